import { say } from '../../i18n/index.js';
import { MESSAGES } from '../../i18n/messages.js';
import { painter } from '../../report/color.js';
import { DIFF_MESSAGES } from '../messages.js';
import type { PolicyChange } from '../diff.js';
import { countLine, showValue, type DiffFormatter } from './formatter.js';
import { terminalFormat } from '../../report/terminal.js';

const COLORS = { added: 'green', removed: 'red', changed: 'yellow' } as const;

/** For people at a terminal: one line per change, then the count. */
export const stylish: DiffFormatter = terminalFormat((changes, options) => {
  const { lang } = options;
  const kind = (change: PolicyChange) => say(lang, DIFF_MESSAGES[`kind.${change.kind}`]);
  const paint = painter(options.color);
  const head = say(lang, DIFF_MESSAGES.compared, { old: options.old, new: options.new });
  if (changes.length === 0) return `${head}\n${say(lang, DIFF_MESSAGES.none)}\n`;
  const width = Math.max(...changes.map((change) => kind(change).length));
  const lines = changes.map((change) => {
    const values = change.kind === 'changed' ? `: ${showValue(change.before) || '—'} → ${showValue(change.after) || '—'}` : '';
    const notes = [change.effect ? say(lang, DIFF_MESSAGES[`effect.${change.effect}`]) : '', change.roles.length ? `${say(lang, DIFF_MESSAGES.roles)}: ${change.roles.join(say(lang, MESSAGES.comma))}` : ''].filter(Boolean);
    return `  ${paint[COLORS[change.kind]](kind(change).padEnd(width))}  ${change.path}${values}${notes.length ? ` (${notes.join(say(lang, MESSAGES.semicolon))})` : ''}`;
  });
  return `${head}\n${lines.join('\n')}\n\n${countLine(changes, options.lang)}\n`;
});

export default stylish;
