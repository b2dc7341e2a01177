import { painter } from '../../report/color.js';
import { cells, countLine, headings, type ReviewFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

const COLORS = { ok: 'green', due: 'yellow', overdue: 'red' } as const;

/** Aligned columns for a terminal, the status last and coloured. */
export const stylish: ReviewFormatter = terminalFormat((rows, options) => {
  const paint = painter(options.color);
  const table = [headings(options.lang), ...rows.map((row) => cells(row, options.lang))];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  const lines = table.map((line, r) => line.map((cell, i) => {
    if (i === line.length - 1) return r > 0 ? paint[COLORS[rows[r - 1]!.status]](cell) : cell;
    return cell.padEnd(widths[i]!);
  }).join('  '));
  return `${lines.join('\n')}\n\n${countLine(rows, options.lang)}\n`;
});

export default stylish;
