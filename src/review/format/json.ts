import type { ReviewFormatter } from './formatter.js';

/** `{format: "cs-policy/review", version: 1, policies}`; a policy never reviewed has `last: null`. */
export const json: ReviewFormatter = (rows) =>
  `${JSON.stringify({
    format: 'cs-policy/review',
    version: 1,
    policies: rows.map((row) => ({ file: row.file, id: row.id, version: row.version, owner: row.owner, last: row.last ?? null, next: row.next, status: row.status })),
  }, null, 2)}\n`;

export default json;
