import type { PlanFormatter } from './formatter.js';
import { forTerminal, terminalText, withoutWorkflowCommands } from '../../report/terminal.js';
import { EXPORT_MESSAGES } from '../messages.js';
import { say } from '../../i18n/index.js';

/**
 * The plan for people: numbered requests with their bodies, then what the helpdesk cannot hold.
 * Bodies are JSON, which escapes control characters itself; the rest is made safe for a terminal.
 */
export const text: PlanFormatter = (plan, { lang, policy, title }) => {
  const lines = [say(lang, EXPORT_MESSAGES['plan.heading'], { target: title, policy: terminalText(policy), requests: say(lang, EXPORT_MESSAGES.requests, { count: plan.requests.length }) }), ''];
  const width = String(plan.requests.length).length;
  const made = new Set<string>();
  plan.requests.forEach((request, i) => {
    const creates = request.creates ? `  → {${request.creates}}` : '';
    lines.push(`${String(i + 1).padStart(width)}. ${request.method} ${terminalText(request.path)}${creates}`);
    lines.push(`${' '.repeat(width + 2)}${JSON.stringify(request.body)}`);
    if (request.creates) made.add(`{${request.creates}}`);
  });
  if (made.size > 0) lines.push('', say(lang, EXPORT_MESSAGES['plan.placeholders'], { name: [...made][0]! }));
  lines.push('');
  if (plan.warnings.length === 0) lines.push(say(lang, EXPORT_MESSAGES['plan.noWarnings'], { target: title }));
  else {
    lines.push(say(lang, EXPORT_MESSAGES['plan.warnings'], { target: title }));
    for (const warning of plan.warnings) lines.push(`  - ${say(lang, EXPORT_MESSAGES[warning.id], forTerminal(warning.params))}`);
  }
  return withoutWorkflowCommands(`${lines.join('\n')}\n`);
};

export default text;
