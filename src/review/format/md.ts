import { cell } from '../../report/markdown.js';
import { REVIEW_LABELS } from '../messages.js';
import { cells, countLine, type ReviewFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

/** A table for an issue, a wiki page or a job summary. */
export const md: ReviewFormatter = terminalFormat((rows, options) => {
  const labels = REVIEW_LABELS[options.lang];
  const c = labels.columns;
  const table = [[c.file, c.id, c.version, c.owner, c.last, c.next, c.status], Array(7).fill('---') as string[], ...rows.map((row) => cells(row, options.lang).map((text, i) => (i < 2 ? `\`${text}\`` : cell(text))))]
    .map((line) => `| ${line.join(' | ')} |`)
    .join('\n');
  return `## ${labels.title}\n\n${countLine(rows, options.lang)}\n\n${table}\n`;
});

export default md;
