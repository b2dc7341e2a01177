import type { AuditFormatter } from './report.js';

/** For machines: `{format: "cs-policy/audit", version: 1, ...}`, percentages as numbers 0-100. */
export const json: AuditFormatter = (report) => {
  const { as_of, ...rest } = report.result;
  return `${JSON.stringify({ format: 'cs-policy/audit', version: 1, as_of, policy: report.policy, inputs: report.inputs, ...(report.engine ? { engine: report.engine } : {}), ...rest }, null, 2)}\n`;
};

export default json;
