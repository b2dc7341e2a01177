import { interpolate } from '../../i18n/index.js';
import { painter } from '../../report/color.js';
import { DIFF_LABELS } from '../messages.js';
import { countLine, showValue, type DiffFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

const COLORS = { added: 'green', removed: 'red', changed: 'yellow' } as const;

/** For people at a terminal: one line per change, then the count. */
export const stylish: DiffFormatter = terminalFormat((changes, options) => {
  const labels = DIFF_LABELS[options.lang];
  const paint = painter(options.color);
  const head = interpolate(labels.compared, { old: options.old, new: options.new });
  if (changes.length === 0) return `${head}\n${labels.none}\n`;
  const width = Math.max(...changes.map((change) => labels.kind[change.kind].length));
  const lines = changes.map((change) => {
    const values = change.kind === 'changed' ? `: ${showValue(change.before) || '—'} → ${showValue(change.after) || '—'}` : '';
    const notes = [change.effect ? labels.effect[change.effect] : '', change.roles.length ? `${labels.roles}: ${change.roles.join(labels.comma)}` : ''].filter(Boolean);
    return `  ${paint[COLORS[change.kind]](labels.kind[change.kind].padEnd(width))}  ${change.path}${values}${notes.length ? ` (${notes.join(labels.semicolon)})` : ''}`;
  });
  return `${head}\n${lines.join('\n')}\n\n${countLine(changes, options.lang)}\n`;
});

export default stylish;
