import { durationSeconds } from '../core/duration.js';
import { textIn, type EscalationLevel, type Policy, type Standard } from '../core/policy.js';
import { indexPolicy, type PolicyIndex } from '../core/policy-index.js';
import { interpolate, type Lang } from '../i18n/index.js';
import { humanizeDate, humanizeDuration, timetableText } from './humanize.js';
import {
  CHANNEL_KIND_LABELS, EXPECTATION_LABELS, LABELS, METRIC_SENTENCES, ROLE_KIND_LABELS, SENTENCE_PARTS, STATUS_LABELS,
  type BriefingLabels,
} from './labels.js';

/** Everything a briefing template may show, as plain text; the template engine escapes it. */
export interface BriefingView {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  labels: BriefingLabels;
  heading: string;
  policy: { id: string; title: string; organisation: string; summary: string; version: string; status: string; effective: string; nextReview: string; owner: string };
  role: { id: string; name: string; kind: string; description: string };
  mission: { statement: string; goals: { title: string; rationale: string; kpis: string[] }[] };
  actions: {
    title: string; description: string; channels: string; steps: string[];
    standards: { sentence: string; text: string; target: string; clock: string; attainment: string; remedy: string }[];
  }[];
  channels: { name: string; kind: string; contact: string; hours: string }[];
  escalation: { levels: { level: number; owner: string; after: string; when: string; mine: boolean; final: boolean }[]; guidance: string[] };
  expectations: { label: string; hint: string }[];
  firstContact: string[];
  pilot?: { intro: string; customers: string; notice: string; feedback: string; criteria: string[] };
  changes: { version: string; date: string; summary: string }[];
  /** With --since: what changed for this role, as sentences, and the heading that names the older version. */
  whatChanged?: { heading: string; sentences: string[] };
  acknowledgement?: { by: string };
  reviewNote: string;
}

/** A standard as a briefing says it, without the full stop: "Resolve within 5 working days on e-mail, 90% of the time". */
export function standardSentence(standard: Standard, index: PolicyIndex, lang: Lang): string {
  const target = standard.target ? humanizeDuration(standard.target, lang, standard.clock === 'business') : '';
  const parts = SENTENCE_PARTS[lang];
  const channel = standard.channel ? index.channels.get(standard.channel)?.item : undefined;
  const channelName = channel ? textIn(channel.name, lang) || CHANNEL_KIND_LABELS[lang][channel.kind] || channel.id : standard.channel;
  let sentence = interpolate(METRIC_SENTENCES[lang][standard.metric] ?? '{target}', { target });
  if (channelName) sentence += interpolate(parts.channel, { channel: channelName });
  if (standard.priority) sentence += interpolate(parts.priority, { priority: standard.priority });
  if (standard.attainment) sentence += interpolate(parts.attainment, { share: standard.attainment });
  return sentence;
}

/**
 * `whatChanged`: sentences on what changed for this role since an older version (brief --since);
 * undefined when no older version was given.
 */
export function briefingView(policy: Policy, roleId: string, lang: Lang, whatChanged?: { since: string; sentences: string[] }): BriefingView {
  const index = indexPolicy(policy);
  const labels = LABELS[lang];
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, lang);
  const role = index.roles.get(roleId)?.item;
  if (!role) throw new RangeError(`no role "${roleId}" in the policy`);

  const roleName = (id: string | undefined) => (id ? text(index.roles.get(id)?.item.name) || id : '');
  const channelName = (id: string) => {
    const channel = index.channels.get(id)?.item;
    return channel ? text(channel.name) || CHANNEL_KIND_LABELS[lang][channel.kind] || id : id;
  };
  const calendarText = (id: string | undefined) => {
    const calendar = id ? index.calendars.get(id)?.item : undefined;
    return calendar ? `${text(calendar.name) || calendar.id} ${timetableText(calendar, lang, labels.alwaysOpen)}` : '';
  };
  const levelOwner = (level: EscalationLevel) => (level.owner ? roleName(level.owner) : text(level.external?.name));

  const myActions = policy.actions.filter((action) => action.owner === roleId);
  const myGoalIds = new Set(myActions.map((action) => action.goal));
  const goals = policy.goals.filter((goal) => myGoalIds.size === 0 || myGoalIds.has(goal.id));
  const rationale = new Map(policy.mission.links.map((link) => [link.goal, text(link.rationale)]));

  const standardView = (standard: Standard) => {
    const working = standard.clock === 'business';
    const target = standard.target ? humanizeDuration(standard.target, lang, working) : '';
    const parts = SENTENCE_PARTS[lang];
    const sentence = standardSentence(standard, index, lang);
    return {
      sentence: `${sentence}.`,
      text: text(standard.text),
      target,
      clock: working ? interpolate(parts.business, { calendar: calendarText(standard.calendar) }) : parts.calendar,
      attainment: standard.attainment ?? '',
      remedy: text(standard.remedy),
    };
  };

  const myChannelIds = new Set(myActions.flatMap((action) => action.channels ?? []));
  const levels = policy.escalation.levels;
  const guidance: string[] = [];
  const mine = levels.filter((level) => level.owner === roleId);
  for (const level of mine) {
    const next = levels[levels.indexOf(level) + 1];
    if (next) guidance.push(interpolate(labels.escalateTo, { after: humanizeDuration(next.after, lang), owner: levelOwner(next) }));
    else guidance.push(labels.lastLevel);
  }
  const first = levels[0];
  if (mine.length === 0 && myActions.length > 0 && first) {
    guidance.push([interpolate(labels.passTo, { owner: levelOwner(first) }), text(first.when)].filter(Boolean).join(' '));
  }

  const expectations = [...new Set(myActions.flatMap((action) => action.serves ?? []))].map((key) => EXPECTATION_LABELS[lang][key] ?? { label: key, hint: '' });

  const pilot = policy.pilot;
  const inPilot = pilot && policy.status === 'pilot' && pilot.roles.includes(roleId);
  const kpiName = (id: string) => text(index.kpis.get(id)?.item.name) || id;
  const kpiTarget = (id: string, target: number) => `${kpiName(id)}: ${target}${index.kpis.get(id)?.item.unit === '%' ? '%' : ` ${index.kpis.get(id)?.item.unit ?? ''}`.trimEnd()}`;

  const version = String(policy.version);
  const current = (policy.changes ?? []).filter((change) => String(change.version) === version);
  const changes = (current.length > 0 ? current : (policy.changes ?? []).slice(0, 1)).map((change) => ({
    version: String(change.version), date: humanizeDate(change.date, lang), summary: text(change.summary),
  }));
  const acknowledgement = policy.rollout.acknowledgement;

  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    labels,
    heading: interpolate(labels.briefingFor, { role: text(role.name) }),
    policy: {
      id: policy.id, title: text(policy.title), organisation: text(policy.organisation), summary: text(policy.summary),
      version, status: STATUS_LABELS[lang][policy.status] ?? policy.status,
      effective: humanizeDate(policy.effective_date, lang), nextReview: humanizeDate(policy.review.next, lang), owner: text(policy.owner.name),
    },
    role: { id: role.id, name: text(role.name), kind: ROLE_KIND_LABELS[lang][role.kind] ?? role.kind, description: text(role.description) },
    mission: {
      statement: text(policy.mission.statement),
      goals: goals.map((goal) => ({
        title: text(goal.title),
        rationale: rationale.get(goal.id) ?? '',
        kpis: (goal.kpis ?? []).map((kpi) => kpiTarget(kpi.id, kpi.target)),
      })),
    },
    actions: myActions.map((action) => ({
      title: text(action.title),
      description: text(action.description),
      channels: (action.channels ?? []).map(channelName).join(lang === 'ar' ? '، ' : ', '),
      steps: (action.steps ?? []).map(text),
      standards: policy.standards.filter((standard) => standard.action === action.id).map(standardView),
    })),
    channels: policy.channels
      .filter((channel) => myChannelIds.has(channel.id))
      .map((channel) => ({
        name: channelName(channel.id), kind: CHANNEL_KIND_LABELS[lang][channel.kind] ?? channel.kind,
        contact: channel.contact ?? '', hours: channel.calendar ? calendarText(channel.calendar) : labels.alwaysOpen,
      })),
    escalation: {
      levels: levels.map((level) => {
        const deadline = level.external?.deadline ? interpolate(labels.customerDeadline, { deadline: humanizeDuration(level.external.deadline, lang) }) : '';
        return {
          level: level.level,
          owner: levelOwner(level),
          after: durationSeconds(level.after) === 0 ? labels.atStart : interpolate(labels.afterDuration, { duration: humanizeDuration(level.after, lang) }),
          when: [text(level.when), deadline].filter(Boolean).join(' '),
          mine: level.owner === roleId,
          final: level.final === true,
        };
      }),
      guidance,
    },
    expectations,
    firstContact: role.kind === 'front-line' || myActions.length > 0 ? (policy.first_contact ?? []).map(text) : [],
    ...(inPilot && pilot
      ? {
          pilot: {
            intro: interpolate(labels.pilotIntro, { start: humanizeDate(pilot.start, lang), duration: humanizeDuration(pilot.duration, lang) }),
            customers: text(pilot.customers),
            notice: text(pilot.notice),
            feedback: text(pilot.feedback),
            criteria: pilot.success_criteria.map((criterion) => kpiTarget(criterion.kpi, criterion.target)),
          },
        }
      : {}),
    changes,
    ...(whatChanged ? { whatChanged: { heading: interpolate(labels.whatChanged, { since: whatChanged.since }), sentences: whatChanged.sentences.length > 0 ? whatChanged.sentences : [labels.nothingChanged] } } : {}),
    ...(acknowledgement?.required ? { acknowledgement: { by: acknowledgement.by ? interpolate(labels.acknowledgeBy, { date: humanizeDate(acknowledgement.by, lang) }) : '' } } : {}),
    reviewNote: interpolate(labels.reviewNote, { cadence: humanizeDuration(policy.review.cadence, lang), date: humanizeDate(policy.review.next, lang) }),
  };
}
