import type { DocPath } from '../core/finding.js';
import { didYouMean } from '../core/suggest.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'reference-resolves',
    description: {
      en: 'Every reference to a goal, KPI, action, role, channel, calendar, priority or segment names one that is defined.',
      ar: 'كل إشارة إلى هدف أو مؤشر أو إجراء أو دور أو قناة أو تقويم أو أولوية أو شريحة تسمّي عنصرًا معرّفًا.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'A reference to an id that is not defined leaves a gap: an action with no owner, a standard on no calendar. Fix the spelling, or define what it names.',
        ar: 'الإشارة إلى معرّف غير معرَّف تترك فجوة: إجراء بلا مسؤول، أو معيار بلا تقويم. صحّح الإملاء أو عرّف ما تشير إليه.',
      },
      fix: 'roles:\n  - { id: front-line, name: Adviser, kind: front-line }\nactions:\n  - { id: answer-calls, goal: easy-contact, title: Answer the phone, owner: front-line }   # not frontline',
    },
    messages: {
      unresolved: {
        en: 'no {kind} has the id "{id}"',
        ar: 'لا يوجد {kind} بالمعرّف "{id}"',
      },
      unresolvedNear: {
        en: 'no {kind} has the id "{id}" (did you mean "{suggestion}"?)',
        ar: 'لا يوجد {kind} بالمعرّف "{id}" (هل تقصد "{suggestion}"؟)',
      },
    },
  },
  check({ policy, index }, report) {
    const names = {
      role: { en: 'role', ar: 'دور' }, calendar: { en: 'calendar', ar: 'تقويم' }, channel: { en: 'channel', ar: 'قناة' },
      goal: { en: 'goal', ar: 'هدف' }, kpi: { en: 'KPI', ar: 'مؤشر أداء' }, action: { en: 'action', ar: 'إجراء' },
      priority: { en: 'priority', ar: 'أولوية' }, segment: { en: 'customer segment', ar: 'شريحة عملاء' },
    } as const;
    const kinds = {
      role: index.roles, calendar: index.calendars, channel: index.channels,
      goal: index.goals, kpi: index.kpis, action: index.actions,
      priority: index.priorities, segment: index.segments,
    } as const;
    const resolve = (kind: keyof typeof kinds, id: string | undefined, path: DocPath) => {
      if (id === undefined || kinds[kind].has(id)) return;
      const suggestion = didYouMean(id, kinds[kind].keys());
      if (suggestion) report('unresolvedNear', path, { kind: names[kind], id, suggestion });
      else report('unresolved', path, { kind: names[kind], id });
    };
    resolve('role', policy.owner.role, ['owner', 'role']);
    policy.channels.forEach((channel, i) => resolve('calendar', channel.calendar, ['channels', i, 'calendar']));
    policy.comparison?.benchmarks.forEach((benchmark, i) => resolve('kpi', benchmark.kpi, ['comparison', 'benchmarks', i, 'kpi']));
    policy.mission.links.forEach((link, i) => resolve('goal', link.goal, ['mission', 'links', i, 'goal']));
    policy.actions.forEach((action, i) => {
      resolve('goal', action.goal, ['actions', i, 'goal']);
      resolve('role', action.owner, ['actions', i, 'owner']);
      action.channels?.forEach((channel, c) => resolve('channel', channel, ['actions', i, 'channels', c]));
    });
    policy.standards.forEach((standard, i) => {
      resolve('action', standard.action, ['standards', i, 'action']);
      resolve('channel', standard.channel, ['standards', i, 'channel']);
      resolve('calendar', standard.calendar, ['standards', i, 'calendar']);
      // A policy that lists no priorities may still name one in free form, as format 1 always allowed.
      if (policy.priorities) resolve('priority', standard.priority, ['standards', i, 'priority']);
      resolve('segment', standard.segment, ['standards', i, 'segment']);
    });
    policy.escalation.levels.forEach((level, i) => {
      resolve('role', level.owner, ['escalation', 'levels', i, 'owner']);
      resolve('calendar', level.calendar, ['escalation', 'levels', i, 'calendar']);
    });
    policy.pilot?.roles.forEach((role, i) => resolve('role', role, ['pilot', 'roles', i]));
    policy.pilot?.success_criteria.forEach((criterion, i) => resolve('kpi', criterion.kpi, ['pilot', 'success_criteria', i, 'kpi']));
    policy.pilot?.results?.criteria?.forEach((criterion, i) => resolve('kpi', criterion.kpi, ['pilot', 'results', 'criteria', i, 'kpi']));
    policy.rollout.audiences.forEach((role, i) => resolve('role', role, ['rollout', 'audiences', i]));
    policy.rollout.training?.forEach((training, i) => resolve('role', training.role, ['rollout', 'training', i, 'role']));
    policy.feedback?.forEach((feedback, f) => {
      feedback.channels?.forEach((channel, c) => resolve('channel', channel, ['feedback', f, 'channels', c]));
      resolve('role', feedback.owner, ['feedback', f, 'owner']);
    });
  },
});
