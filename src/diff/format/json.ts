import type { DiffFormatter } from './formatter.js';

/** `{format: "cs-policy/diff", version: 1, changes}`; absent values are null, so every change has every key. */
export const json: DiffFormatter = (changes) =>
  `${JSON.stringify({
    format: 'cs-policy/diff',
    version: 1,
    changes: changes.map((change) => ({
      kind: change.kind, path: change.path, before: change.before ?? null, after: change.after ?? null, effect: change.effect ?? null, roles: change.roles,
    })),
  }, null, 2)}\n`;

export default json;
