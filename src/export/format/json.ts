import type { PlanFormatter } from './formatter.js';
import { say } from '../../i18n/index.js';
import { withoutIsolates } from '../../report/bidi.js';
import { EXPORT_MESSAGES } from '../messages.js';

/** The plan as data: `{format, version, target, policy, requests: [{method, path, body}], warnings}`. */
export const json: PlanFormatter = (plan, { lang, policy }) =>
  `${JSON.stringify({
    format: 'cs-policy/export',
    version: 1,
    target: plan.target,
    policy,
    requests: plan.requests.map(({ method, path, body }) => ({ method, path, body })),
    warnings: plan.warnings.map((warning) => ({ id: warning.id, message: withoutIsolates(say(lang, EXPORT_MESSAGES[warning.id], warning.params)), params: warning.params })),
  }, null, 2)}\n`;

export default json;
