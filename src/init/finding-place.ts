import type { DocPath, Finding } from '../core/finding.js';
import { textIn } from '../core/policy.js';
import { METRIC_TERMS } from '../i18n/terms.js';
import type { Lang } from '../i18n/index.js';
import { type InitMessageId, INIT_MESSAGES } from './messages.js';
import { STEPS, type Draft } from './steps/index.js';
import { MESSAGES } from '../i18n/messages.js';
import { say } from '../i18n/index.js';
import { termFor } from '../i18n/index.js';

/** Sections no step asks about but one step decides: the policy takes effect when rollout starts. */
const DECIDED_BY: Record<string, string> = { effective_date: 'rollout' };

/** The question that gave a field its answer, by the field's section and name. */
const QUESTIONS: Record<string, Record<string, InitMessageId>> = {
  goals: { title: 'goalTitle', category: 'goalCategory', name: 'kpiName', target: 'kpiTarget', unit: 'kpiUnit', direction: 'kpiDirection' },
  comparison: { kind: 'benchmarkKind', value: 'benchmarkValue', source: 'benchmarkSource', date: 'benchmarkDate', position: 'benchmarkPosition' },
  mission: { statement: 'missionStatement', rationale: 'rationale' },
  actions: { title: 'actionTitle', channels: 'actionChannels', owner: 'actionOwner', serves: 'actionServes' },
  standards: { metric: 'standardMetric', target: 'standardTarget', clock: 'standardClock', attainment: 'standardAttainment', priority: 'standardPriority', segment: 'standardSegment', amount: 'compensationAmount', currency: 'compensationCurrency', within: 'compensationWithin' },
  escalation: { owner: 'levelOwner', external: 'levelExternal', after: 'levelAfter', when: 'levelWhen' },
  pilot: { start: 'pilotStart', duration: 'pilotDuration', roles: 'pilotRoles', customers: 'pilotCustomers', notice: 'pilotNotice', success_criteria: 'pilotCriteria' },
  rollout: { start: 'rolloutStart', audiences: 'rolloutAudiences', acknowledgement: 'rolloutAck', by: 'rolloutAckBy', training: 'trainingPlan', format: 'trainingFormat', duration: 'trainingDuration', refresher: 'trainingRefresher' },
  review: { cadence: 'reviewCadence', next: 'reviewNext', feedback: 'feedbackTopics', method: 'feedbackMethod', frequency: 'feedbackFrequency', owner: 'feedbackOwner', follow_up: 'feedbackFollowUp' },
  identity: { organisation: 'organisation', title: 'policyTitle', owner: 'owner', roles: 'roles', channels: 'channels', priorities: 'priorities', segments: 'segments', timezone: 'timezone', hours: 'workingHours', days: 'workingDays' },
};

function nameOf(node: unknown, lang: Lang): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const item = node as Record<string, unknown>;
  for (const key of ['title', 'name', 'against']) {
    const text = textIn(item[key] as never, lang);
    if (text) return text;
  }
  return typeof item.id === 'string' ? item.id : undefined;
}

/**
 * Where a finding on a policy not yet written comes from, in the wizard's terms: the step, the
 * item (goal, benchmark, standard…) by its name, and the question, rather than a line number in a
 * file that does not exist yet.
 */
export function findingPlace(policy: Draft, path: DocPath, lang: Lang): string {
  const section = String(path[0] ?? '');
  const stepName = DECIDED_BY[section] ?? STEPS.find((candidate) => (candidate.keys as readonly string[]).includes(section))?.name;
  const step = STEPS.find((candidate) => candidate.name === stepName);
  let node: unknown = policy;
  let item: unknown;
  let itemIndex = 0;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[segment];
    if (typeof segment === 'number') {
      item = node;
      itemIndex = segment;
    }
  }
  const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  const questionId = field && step ? QUESTIONS[step.name]?.[field] : undefined;
  const record = (item ?? {}) as Record<string, unknown>;
  const actionOf = (id: unknown) => policy.actions?.find((action) => action.id === id);
  const params = {
    number: itemIndex + 1, level: typeof record.level === 'number' ? record.level : itemIndex + 1,
    goal: textIn(policy.goals?.find((goal) => goal.id === record.goal)?.title ?? (record.title as never), lang),
    action: textIn(actionOf(record.action)?.title, lang),
    metric: typeof record.metric === 'string' && record.metric in METRIC_TERMS ? termFor(lang, METRIC_TERMS, record.metric) : '',
    role: textIn(policy.roles?.find((role) => role.id === record.role)?.name, lang),
    topic: String(record.topic ?? ''),
  };
  const parts = [
    step ? say(lang, INIT_MESSAGES.findingStep, { number: STEPS.indexOf(step) + 1, title: say(lang, INIT_MESSAGES[step.title]) }) : undefined,
    item !== undefined ? `"${nameOf(item, lang) ?? (params.goal || params.action || params.role || itemIndex + 1)}"` : undefined,
    questionId ? say(lang, INIT_MESSAGES[questionId], params) : undefined,
  ].filter(Boolean);
  return parts.join(say(lang, MESSAGES.comma)) || section;
}

/** Findings on the policy the wizard is about to write, each named by its step and question. */
export function describeFindings(policy: Draft, findings: readonly Finding[], lang: Lang): string {
  return findings
    .map((finding) => say(lang, INIT_MESSAGES.findingAt, { severity: say(lang, INIT_MESSAGES[finding.severity === 'error' ? 'findingError' : 'findingWarning']), place: findingPlace(policy, finding.path, lang), message: finding.message, rule: finding.ruleId }))
    .join('\n');
}
