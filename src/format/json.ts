import { countBySeverity } from '../core/finding.js';
import { ciPath } from '../io/repository-root.js';
import type { Formatter } from './formatter.js';

/** For programs: a versioned document; files from the repository root, lines and columns 1-based, paths key/index lists. */
export const json: Formatter = (results, { toolVersion, cwd, sourceRoot, skipped = 0 }) => {
  const { errors, warnings } = countBySeverity(results);
  const document = {
    format: 'cs-policy/findings',
    version: 1,
    tool: { name: 'cs-policy', version: toolVersion },
    summary: { files: results.length, errors, warnings, skipped },
    files: results.map(({ file, findings }) => ({
      file: ciPath(file, cwd, sourceRoot),
      findings: findings.map(({ ruleId, severity, message, line, column, endLine, endColumn, path }) => ({
        ruleId, severity, message, line, column, endLine, endColumn, path,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

export default json;
