import { say } from '../../i18n/index.js';
import { DIFF_MESSAGES } from '../messages.js';
import { countLine, type DiffFormatter } from './formatter.js';
import { changeTable, heading } from './md.js';
import { terminalFormat } from '../../report/terminal.js';

const MARKERS = { added: '🟢 ', removed: '🔴 ', changed: '🟡 ' } as const;

/**
 * A GitHub Actions job summary (append it to $GITHUB_STEP_SUMMARY): the count up front, and the
 * table folded away when it is long, since a summary shows every step of the job on one page.
 */
export const github: DiffFormatter = terminalFormat((changes, options) => {
  const title = say(options.lang, DIFF_MESSAGES.title);
  if (changes.length === 0) return `### ${title}\n\n${heading(options)}: ${say(options.lang, DIFF_MESSAGES.none)}\n`;
  const table = changeTable(changes, options, (change) => MARKERS[change.kind]);
  const folded = changes.length > 10 ? `<details><summary>${countLine(changes, options.lang)}</summary>\n\n${table}\n\n</details>` : table;
  return `### ${title}\n\n${heading(options)}: ${countLine(changes, options.lang)}\n\n${folded}\n`;
});

export default github;
