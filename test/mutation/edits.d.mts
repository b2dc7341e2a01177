// Types of edits.mjs, which stays plain JavaScript so that `npm run mutation` runs it without a build.
import type { Edit } from './harness.mjs';
export const EXAMPLES: Record<string, string>;
export const EDITS: readonly (Edit & { kind: 'careless' | 'harmless' })[];
