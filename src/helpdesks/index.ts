import { freshdesk } from './freshdesk.js';
import type { Target } from './target.js';
import { zendesk } from './zendesk.js';

/** Every helpdesk export and import know, one file each. */
export const TARGETS = { zendesk, freshdesk } as const satisfies Record<string, Target>;
export type TargetName = keyof typeof TARGETS;
export const TARGET_NAMES = Object.keys(TARGETS) as TargetName[];
