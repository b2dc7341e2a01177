import { countBySeverity } from '../core/finding.js';
import { say } from '../i18n/index.js';
import { ciPath } from '../io/repository-root.js';
import type { Formatter } from './formatter.js';
import { FORMAT_MESSAGES } from './messages.js';

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * For GitHub Actions: one workflow command per finding, which GitHub shows on the changed lines;
 * paths are from the repository root, which is what GitHub matches them against.
 * GitHub shows only ten annotations of each level per step, so the full list follows as plain lines.
 */
export const github: Formatter = (results, { lang, cwd, sourceRoot, skipped = 0 }) => {
  const lines: string[] = [];
  const plain: string[] = [];
  for (const result of results) {
    const file = ciPath(result.file, cwd, sourceRoot);
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(file)}`, `line=${f.line}`, `endLine=${f.endLine}`,
        `col=${f.column}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`cs-policy ${f.ruleId}`)}`,
      ].join(',');
      lines.push(`::${f.severity} ${properties}::${escapeData(f.message)}`);
      plain.push(`${file}:${f.line}:${f.column}: ${f.severity}: ${f.message.replace(/[\r\n]+/g, ' ')} (${f.ruleId})`);
    }
  }
  const { errors, warnings } = countBySeverity(results);
  const summary = errors + warnings === 0
    ? say(lang, FORMAT_MESSAGES['summary.clean'], { count: results.length })
    : `${say(lang, FORMAT_MESSAGES['summary.errors'], { count: errors })}, ${say(lang, FORMAT_MESSAGES['summary.warnings'], { count: warnings })}`;
  const skippedLine = skipped > 0 ? [say(lang, FORMAT_MESSAGES['summary.skipped'], { count: skipped })] : [];
  return `${[...lines, ...plain, summary, ...skippedLine].join('\n')}\n`;
};

export default github;
