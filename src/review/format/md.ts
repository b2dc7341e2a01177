import { cell } from '../../report/markdown.js';
import { say } from '../../i18n/index.js';
import { REVIEW_MESSAGES } from '../messages.js';
import { cells, countLine, headings, type ReviewFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

/** A table for an issue, a wiki page or a job summary. */
export const md: ReviewFormatter = terminalFormat((rows, options) => {
  const table = [headings(options.lang), Array(7).fill('---') as string[], ...rows.map((row) => cells(row, options.lang).map((text, i) => (i < 2 ? `\`${text}\`` : cell(text))))]
    .map((line) => `| ${line.join(' | ')} |`)
    .join('\n');
  return `## ${say(options.lang, REVIEW_MESSAGES.title)}\n\n${countLine(rows, options.lang)}\n\n${table}\n`;
});

export default md;
