import { countBySeverity } from '../core/finding.js';
import type { Formatter } from './formatter.js';

/** For programs: a versioned document; lines and columns are 1-based, paths are key/index lists. */
export const json: Formatter = (results, { toolVersion }) => {
  const { errors, warnings } = countBySeverity(results);
  const document = {
    format: 'cs-policy/findings',
    version: 1,
    tool: { name: 'cs-policy', version: toolVersion },
    summary: { files: results.length, errors, warnings },
    files: results.map(({ file, findings }) => ({
      file,
      findings: findings.map(({ ruleId, severity, message, line, column, endLine, endColumn, path }) => ({
        ruleId, severity, message, line, column, endLine, endColumn, path,
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

export default json;
