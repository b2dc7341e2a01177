import { RULES } from '../rules/index.js';
import type { Report, RuleParams } from '../rules/rule.js';
import type { Lang, Localized } from '../i18n/index.js';
import { messageAt, say } from '../i18n/index.js';
import type { DocPath, RuleSetting, Severity } from './finding.js';
import type { Anchor } from './locate.js';
import type { Policy } from './policy.js';
import { indexPolicy } from './policy-index.js';

export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  path: DocPath;
  anchor: Anchor | undefined;
}

function localizeParams(params: RuleParams | undefined, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) out[key] = typeof value === 'object' ? value[lang] : value;
  return out;
}

/** Runs every semantic rule that is not turned off on a policy the schema accepted. */
export function runRules(
  policy: Policy,
  options: { lang: Lang; today: string; rules?: Readonly<Record<string, RuleSetting>> },
): RuleFinding[] {
  const found: RuleFinding[] = [];
  const context = { policy, index: indexPolicy(policy), today: options.today };
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const messages: Record<string, Localized> = rule.meta.messages;
    const report: Report<string> = (messageId, path, params, anchor) => {
      const message = messageAt(messages, messageId) ?? { en: messageId, ar: messageId };
      found.push({ ruleId: rule.meta.id, severity: setting, message: say(options.lang, message, localizeParams(params, options.lang)), path, anchor });
    };
    rule.check(context, report);
  }
  return found;
}
