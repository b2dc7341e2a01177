import { durationSeconds } from '../core/duration.js';
import { textIn, type Calendar, type Clock, type Compensation, type EscalationLevel, type Policy, type Standard } from '../core/policy.js';
import { indexPolicy, type PolicyIndex } from '../core/policy-index.js';
import { DIRECTION, messageAt, say, type Lang, type Localized, termFor } from '../i18n/index.js';
import { madeOnce } from '../core/made-once.js';
import { MESSAGES } from '../i18n/messages.js';
import { policyLocale } from '../core/locale.js';
import { integer, num, withUnit as valueInUnit } from '../report/numbers.js';
import { isolate } from '../report/bidi.js';
import { humanizeDate, humanizeDuration, humanizeMoney, timetableText } from './humanize.js';
import { CHANNEL_KIND_TERMS, EXPECTATION_HINTS, EXPECTATION_TERMS, FEEDBACK_METHOD_TERMS, FEEDBACK_TOPIC_TERMS, FREQUENCY_TERMS, ROLE_KIND_TERMS, STATUS_TERMS, TRAINING_FORMAT_TERMS } from '../i18n/terms.js';
import { BRIEF_MESSAGES, METRIC_SENTENCES } from './messages.js';

/** Clocks that count working time: "5 working days", "24 working hours". */
const countsWorkingTime = (clock: Clock | undefined) => clock === 'business' || clock === 'working-days';

/** Every message of a briefing in one language, as a template shows it: a sentence's placeholders as written. */
export type BriefingLabels = Readonly<Record<keyof typeof BRIEF_MESSAGES, string>>;

/** Said once per language for the run, not once per briefing: a run briefs every role from them. */
const briefingLabels = (lang: Lang) =>
  madeOnce(`briefing labels ${lang}`, () => Object.fromEntries(Object.entries(BRIEF_MESSAGES).map(([id, message]) => [id, say(lang, message)])) as BriefingLabels);

/** A pilot criterion's verdict, by whether it was met (unknown: no figure yet). */
const CRITERION_VERDICT = { true: 'criterionMet', false: 'criterionNotMet', unknown: 'criterionUnknown' } as const;

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
    standards: { sentence: string; text: string; target: string; clock: string; attainment: string; remedy: string; compensation: string; segment: string }[];
  }[];
  /** Seasons and closures of the calendars the role works to, from today on. */
  closures: { calendar: string; seasons: string[]; closed: { dates: string; name: string; estimated: boolean }[] }[];
  training: { format: string; when: string; length: string; topics: string[]; refresher: string }[];
  feedback: { line: string; followUp: string }[];
  pilotResults?: { responses: string; criteria: string[]; topics: string[]; decision: string; notes: string };
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

export interface BriefingOptions {
  /** Closures that ended before this day (YYYY-MM-DD) are left out; without it, all are shown. */
  today?: string;
  /** brief --since: sentences on what changed for this role since an older version. */
  whatChanged?: { since: string; sentences: string[] };
}

/**
 * A standard as a briefing says it, without the full stop: "Resolve within 5 working days on
 * e-mail, 90% of the time". `diff` words its changes with it too, so both say a standard alike.
 */
export function standardSentence(standard: Standard, index: PolicyIndex, lang: Lang): string {
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, lang);
  const target = standard.target ? humanizeDuration(standard.target, lang, countsWorkingTime(standard.clock)) : '';
  const channel = standard.channel ? index.channels.get(standard.channel)?.item : undefined;
  const channelName = channel ? text(channel.name) || termFor(lang, CHANNEL_KIND_TERMS, channel.kind) || channel.id : standard.channel;
  // A metric the schema does not know (a policy briefed with --force) reads as its target alone.
  const metric: Localized | undefined = METRIC_SENTENCES[standard.metric];
  let sentence = metric ? say(lang, metric, { target }) : target;
  if (channelName) sentence += say(lang, BRIEF_MESSAGES.onChannel, { channel: channelName });
  const segment = standard.segment ? text(index.segments.get(standard.segment)?.item.name) || standard.segment : '';
  if (segment) sentence += say(lang, BRIEF_MESSAGES.forSegment, { segment });
  if (standard.priority) sentence += say(lang, BRIEF_MESSAGES.withPriority, { priority: text(index.priorities.get(standard.priority)?.item.name) || standard.priority });
  if (standard.attainment) sentence += say(lang, BRIEF_MESSAGES.shareOfTime, { share: standard.attainment });
  return sentence;
}

export function briefingView(policy: Policy, roleId: string, lang: Lang, options: BriefingOptions = {}): BriefingView {
  // Dates as the organisation writes them: its locale, or its calendars' country (core/locale.ts).
  const dateLocale = policyLocale(policy, lang);
  const index = indexPolicy(policy);
  const labels = briefingLabels(lang);
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, lang);
  const role = index.roles.get(roleId)?.item;
  if (!role) throw new RangeError(`no role "${roleId}" in the policy`);

  const roleName = (id: string | undefined) => (id ? text(index.roles.get(id)?.item.name) || id : '');
  const channelName = (id: string) => {
    const channel = index.channels.get(id)?.item;
    return channel ? text(channel.name) || termFor(lang, CHANNEL_KIND_TERMS, channel.kind) || id : id;
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

  const compensationText = (compensation: Compensation | undefined, working: boolean) => {
    if (!compensation) return '';
    const within = compensation.within ? say(lang, BRIEF_MESSAGES.paidWithin, { duration: humanizeDuration(compensation.within, lang, working) }) : '';
    let sentence = say(lang, compensation.payment === 'automatic' ? BRIEF_MESSAGES.paidAutomatically : BRIEF_MESSAGES.paidOnClaim, {
      amount: humanizeMoney(compensation.amount, compensation.currency, lang, dateLocale), within,
    });
    const late = compensation.late_payment;
    if (late) sentence += say(lang, BRIEF_MESSAGES.paidLate, { amount: humanizeMoney(late.amount, late.currency ?? compensation.currency, lang, dateLocale) });
    return [`${sentence}.`, text(compensation.text)].filter(Boolean).join(' ');
  };
  const standardView = (standard: Standard) => {
    const working = countsWorkingTime(standard.clock);
    const target = standard.target ? humanizeDuration(standard.target, lang, working) : '';
    const sentence = standardSentence(standard, index, lang);
    const segment = standard.segment ? text(index.segments.get(standard.segment)?.item.name) || standard.segment : '';
    const clock = standard.clock === 'business' ? BRIEF_MESSAGES.businessClock : standard.clock === 'working-days' ? BRIEF_MESSAGES.workingDaysClock : undefined;
    return {
      sentence: `${sentence}.`,
      text: text(standard.text),
      target,
      clock: clock ? say(lang, clock, { calendar: calendarText(standard.calendar) }) : labels.calendarClock,
      attainment: standard.attainment ?? '',
      remedy: text(standard.remedy),
      compensation: compensationText(standard.compensation, working),
      segment,
    };
  };
  const levelAfter = (level: EscalationLevel) => humanizeDuration(level.after, lang, countsWorkingTime(level.clock));

  const myChannelIds = new Set(myActions.flatMap((action) => action.channels ?? []));
  const levels = policy.escalation.levels;
  const guidance: string[] = [];
  const mine = levels.filter((level) => level.owner === roleId);
  for (const level of mine) {
    const next = levels[levels.indexOf(level) + 1];
    if (next) guidance.push(say(lang, BRIEF_MESSAGES.escalateTo, { after: levelAfter(next), owner: levelOwner(next) }));
    else guidance.push(labels.lastLevel);
  }
  const first = levels[0];
  if (mine.length === 0 && myActions.length > 0 && first) {
    guidance.push([say(lang, BRIEF_MESSAGES.passTo, { owner: levelOwner(first) }), text(first.when)].filter(Boolean).join(' '));
  }

  const expectations = [...new Set(myActions.flatMap((action) => action.serves ?? []))].map((key) => {
    const hint = messageAt(EXPECTATION_HINTS, key);
    return { label: termFor(lang, EXPECTATION_TERMS, key), hint: hint ? say(lang, hint) : '' };
  });

  const pilot = policy.pilot;
  const inPilot = pilot && policy.status === 'pilot' && pilot.roles.includes(roleId);
  const kpiName = (id: string) => text(index.kpis.get(id)?.item.name) || id;
  // Figures as the organisation writes them, as its dates (report/numbers.ts).
  const withUnit = (id: string, value: number) => { const unit = index.kpis.get(id)?.item.unit; return unit ? valueInUnit(dateLocale, value, unit) : num(dateLocale, value); };
  const kpiTarget = (id: string, target: number) => `${kpiName(id)}: ${withUnit(id, target)}`;

  const version = String(policy.version);
  const current = (policy.changes ?? []).filter((change) => String(change.version) === version);
  const changes = (current.length > 0 ? current : (policy.changes ?? []).slice(0, 1)).map((change) => ({
    version: isolate(lang, String(change.version)), date: humanizeDate(change.date, dateLocale), summary: text(change.summary),
  }));
  const acknowledgement = policy.rollout.acknowledgement;

  const myStandards = policy.standards.filter((standard) => myActions.some((action) => action.id === standard.action));
  const myCalendarIds = new Set([
    ...policy.channels.filter((channel) => myChannelIds.has(channel.id)).map((channel) => channel.calendar),
    ...myStandards.map((standard) => standard.calendar),
  ].filter((id): id is string => id !== undefined));
  const dateRange = (from: string, to: string | undefined) => (to && to !== from ? say(lang, BRIEF_MESSAGES.dateRange, { from: humanizeDate(from, dateLocale), to: humanizeDate(to, dateLocale) }) : humanizeDate(from, dateLocale));
  const upcoming = (end: string) => options.today === undefined || end >= options.today;
  const closures = (policy.calendars ?? [])
    .filter((calendar) => myCalendarIds.has(calendar.id))
    .map((calendar: Calendar) => ({
      calendar: text(calendar.name) || calendar.id,
      seasons: (calendar.seasons ?? []).filter((season) => upcoming(season.to)).map((season) => say(lang, BRIEF_MESSAGES.season, {
        name: text(season.name) || dateRange(season.from, season.to), from: humanizeDate(season.from, dateLocale), to: humanizeDate(season.to, dateLocale),
        // A season that gives only hours keeps the calendar's working days.
        hours: timetableText(season.week || season.days ? season : { ...season, days: calendar.days }, lang, labels.alwaysOpen),
      })),
      closed: (calendar.holidays ?? []).filter((holiday) => upcoming(holiday.until ?? holiday.date)).map((holiday) => ({
        dates: dateRange(holiday.date, holiday.until), name: text(holiday.name), estimated: holiday.estimated === true,
      })),
    }))
    .filter((calendar) => calendar.seasons.length > 0 || calendar.closed.length > 0);

  const training = (policy.rollout.training ?? []).filter((item) => item.role === roleId).map((item) => ({
    format: termFor(lang, TRAINING_FORMAT_TERMS, item.format),
    when: item.date ? humanizeDate(item.date, dateLocale) : '',
    length: item.duration ? humanizeDuration(item.duration, lang) : '',
    topics: (item.topics ?? []).map(text),
    refresher: item.refresher ? say(lang, BRIEF_MESSAGES.refresher, { duration: humanizeDuration(item.refresher, lang) }) : '',
  }));

  const feedback = (policy.feedback ?? []).filter((item) => item.owner === roleId).map((item) => ({
    line: say(lang, BRIEF_MESSAGES.feedbackLine, {
      topic: termFor(lang, FEEDBACK_TOPIC_TERMS, item.topic),
      method: termFor(lang, FEEDBACK_METHOD_TERMS, item.method),
      frequency: termFor(lang, FREQUENCY_TERMS, item.frequency),
    }),
    followUp: text(item.follow_up),
  }));

  const results = pilot?.results;
  const share = (count: number) => (results && results.responses > 0 ? Math.round((count / results.responses) * 100) : 0);
  const pilotResults = results && pilot.roles.includes(roleId)
    ? {
        responses: say(lang, BRIEF_MESSAGES.pilotResponses, {
          responses: integer(dateLocale, results.responses), date: humanizeDate(results.date, dateLocale),
          dissatisfied: share(results.dissatisfied), satisfied: share(results.satisfied), loyal: share(results.loyal),
        }),
        criteria: (results.criteria ?? []).map((criterion) => say(lang, BRIEF_MESSAGES.criterionLine, {
          kpi: kpiName(criterion.kpi), actual: criterion.actual === undefined ? '?' : withUnit(criterion.kpi, criterion.actual), target: withUnit(criterion.kpi, criterion.target), met: labels[CRITERION_VERDICT[String(criterion.met) as 'true' | 'false' | 'unknown']],
        })),
        topics: (results.topics ?? []).map((topic) => say(lang, BRIEF_MESSAGES.topicLine, {
          topic: termFor(lang, FEEDBACK_TOPIC_TERMS, topic.topic), gap: topic.gap, responses: topic.responses,
        })),
        decision: results.decision === 'adopt' ? labels.decisionAdopt : labels.decisionRevise,
        notes: text(results.notes),
      }
    : undefined;

  return {
    lang,
    dir: DIRECTION[lang],
    labels,
    heading: say(lang, BRIEF_MESSAGES.briefingFor, { role: text(role.name) }),
    policy: {
      id: policy.id, title: text(policy.title), organisation: text(policy.organisation), summary: text(policy.summary),
      version: isolate(lang, version), status: termFor(lang, STATUS_TERMS, policy.status),
      effective: humanizeDate(policy.effective_date, dateLocale), nextReview: humanizeDate(policy.review.next, dateLocale), owner: text(policy.owner.name),
    },
    role: { id: role.id, name: text(role.name), kind: termFor(lang, ROLE_KIND_TERMS, role.kind), description: text(role.description) },
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
      channels: (action.channels ?? []).map(channelName).join(say(lang, MESSAGES.comma)),
      steps: (action.steps ?? []).map(text),
      standards: policy.standards.filter((standard) => standard.action === action.id).map(standardView),
    })),
    channels: policy.channels
      .filter((channel) => myChannelIds.has(channel.id))
      .map((channel) => ({
        name: channelName(channel.id), kind: termFor(lang, CHANNEL_KIND_TERMS, channel.kind),
        contact: isolate(lang, channel.contact ?? ''), hours: channel.calendar ? calendarText(channel.calendar) : labels.alwaysOpen,
      })),
    escalation: {
      levels: levels.map((level) => {
        const deadline = level.external?.deadline ? say(lang, BRIEF_MESSAGES.customerDeadline, { deadline: humanizeDuration(level.external.deadline, lang) }) : '';
        return {
          level: level.level,
          owner: levelOwner(level),
          after: durationSeconds(level.after) === 0 ? labels.atStart : say(lang, BRIEF_MESSAGES.afterDuration, { duration: levelAfter(level) }),
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
            intro: say(lang, BRIEF_MESSAGES.pilotIntro, { start: humanizeDate(pilot.start, dateLocale), duration: humanizeDuration(pilot.duration, lang) }),
            customers: text(pilot.customers),
            notice: text(pilot.notice),
            feedback: text(pilot.feedback),
            criteria: pilot.success_criteria.map((criterion) => kpiTarget(criterion.kpi, criterion.target)),
          },
        }
      : {}),
    closures,
    training,
    feedback,
    ...(pilotResults ? { pilotResults } : {}),
    changes,
    ...(options.whatChanged ? { whatChanged: { heading: say(lang, BRIEF_MESSAGES.whatChanged, { since: options.whatChanged.since }), sentences: options.whatChanged.sentences.length > 0 ? options.whatChanged.sentences : [labels.nothingChanged] } } : {}),
    ...(acknowledgement?.required ? { acknowledgement: { by: acknowledgement.by ? say(lang, BRIEF_MESSAGES.acknowledgeBy, { date: humanizeDate(acknowledgement.by, dateLocale) }) : '' } } : {}),
    reviewNote: say(lang, BRIEF_MESSAGES.reviewNote, { cadence: humanizeDuration(policy.review.cadence, lang), date: humanizeDate(policy.review.next, dateLocale) }),
  };
}
