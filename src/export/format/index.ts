import type { Lang } from '../../i18n/index.js';
import type { Plan } from '../plan.js';
import { json } from './json.js';
import { text } from './text.js';

export interface PlanFormatOptions { lang: Lang; policy: string; title: string }
export type PlanFormatter = (plan: Plan, options: PlanFormatOptions) => string;

/** One file per format; --format's choices are these keys. */
export const PLAN_FORMATS = { text, json } as const satisfies Record<string, PlanFormatter>;
export type PlanFormatName = keyof typeof PLAN_FORMATS;
export const PLAN_FORMAT_NAMES = Object.keys(PLAN_FORMATS) as PlanFormatName[];
