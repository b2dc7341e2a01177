import { interpolate } from '../../i18n/index.js';
import { cell } from '../../report/markdown.js';
import type { PolicyChange } from '../diff.js';
import { DIFF_LABELS } from '../messages.js';
import { countLine, showValue, type DiffFormatOptions, type DiffFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** The table of changes both Markdown formats share. */
export function changeTable(changes: readonly PolicyChange[], options: DiffFormatOptions, marker: (change: PolicyChange) => string = () => ''): string {
  const labels = DIFF_LABELS[options.lang];
  const c = labels.columns;
  const rows = changes.map((change) => [
    `${marker(change)}${labels.kind[change.kind]}`, code(change.path), cell(showValue(change.before)), cell(showValue(change.after)),
    change.effect ? labels.effect[change.effect] : '', change.roles.map(code).join(', '),
  ]);
  return [[c.change, c.where, c.before, c.after, c.effect, c.roles], ['---', '---', '---', '---', '---', '---'], ...rows]
    .map((row) => `| ${row.join(' | ')} |`.replace(/ {2,}\|/g, ' |'))
    .join('\n');
}

export function heading(options: DiffFormatOptions): string {
  return interpolate(DIFF_LABELS[options.lang].compared, { old: code(options.old), new: code(options.new) });
}

/** Ready to paste into a pull request: a heading, the count and a table. */
export const md: DiffFormatter = terminalFormat((changes, options) => {
  const labels = DIFF_LABELS[options.lang];
  const body = changes.length === 0 ? labels.none : `${countLine(changes, options.lang)}\n\n${changeTable(changes, options)}`;
  return `## ${labels.title}\n\n${heading(options)}\n\n${body}\n`;
});

export default md;
