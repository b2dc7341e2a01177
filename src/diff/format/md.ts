import { say } from '../../i18n/index.js';
import { cell } from '../../report/markdown.js';
import type { PolicyChange } from '../diff.js';
import { DIFF_COLUMNS, DIFF_MESSAGES } from '../messages.js';
import { countLine, showValue, type DiffFormatOptions, type DiffFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** The table of changes both Markdown formats share. */
export function changeTable(changes: readonly PolicyChange[], options: DiffFormatOptions, marker: (change: PolicyChange) => string = () => ''): string {
  const { lang } = options;
  const rows = changes.map((change) => [
    `${marker(change)}${say(lang, DIFF_MESSAGES[`kind.${change.kind}`])}`, code(change.path), cell(showValue(change.before)), cell(showValue(change.after)),
    change.effect ? say(lang, DIFF_MESSAGES[`effect.${change.effect}`]) : '', change.roles.map(code).join(', '),
  ]);
  return [DIFF_COLUMNS.map((id) => say(lang, DIFF_MESSAGES[id])), ['---', '---', '---', '---', '---', '---'], ...rows]
    .map((row) => `| ${row.join(' | ')} |`.replace(/ {2,}\|/g, ' |'))
    .join('\n');
}

export function heading(options: DiffFormatOptions): string {
  return say(options.lang, DIFF_MESSAGES.compared, { old: code(options.old), new: code(options.new) });
}

/** Ready to paste into a pull request: a heading, the count and a table. */
export const md: DiffFormatter = terminalFormat((changes, options) => {
  const body = changes.length === 0 ? say(options.lang, DIFF_MESSAGES.none) : `${countLine(changes, options.lang)}\n\n${changeTable(changes, options)}`;
  return `## ${say(options.lang, DIFF_MESSAGES.title)}\n\n${heading(options)}\n\n${body}\n`;
});

export default md;
