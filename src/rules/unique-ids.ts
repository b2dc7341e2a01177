import { pathToString } from '../core/finding.js';
import type { Localized } from '../i18n/index.js';
import { defineRule } from './rule.js';

type WithId = { id: string };

const KINDS = {
  roles: { en: 'roles', ar: 'الأدوار' },
  priorities: { en: 'priorities', ar: 'الأولويات' },
  segments: { en: 'customer segments', ar: 'شرائح العملاء' },
  calendars: { en: 'calendars', ar: 'التقويمات' },
  channels: { en: 'channels', ar: 'القنوات' },
  goals: { en: 'goals', ar: 'الأهداف' },
  kpis: { en: 'KPIs', ar: 'مؤشرات الأداء' },
  actions: { en: 'actions', ar: 'الإجراءات' },
  standards: { en: 'standards', ar: 'المعايير' },
} satisfies Record<string, Localized>;

export default defineRule({
  meta: {
    id: 'unique-ids',
    description: {
      en: 'Ids are unique within roles, priorities, segments, calendars, channels, goals, KPIs, actions and standards.',
      ar: 'المعرّفات فريدة داخل الأدوار والأولويات والشرائح والتقويمات والقنوات والأهداف والمؤشرات والإجراءات والمعايير.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Sections refer to each other by id, so two with one id make every reference to it ambiguous. Rename one and update the references to it.',
        ar: 'تشير الأقسام بعضها إلى بعض بالمعرّف، ومعرّفان متماثلان يجعلان كل إشارة إليهما ملتبسة. غيّر أحدهما وحدّث الإشارات إليه.',
      },
      fix: 'roles:\n  - { id: front-line, name: Adviser, kind: front-line }\n  - { id: team-lead, name: Team lead, kind: supervisor }   # was a second front-line',
    },
    messages: {
      duplicate: {
        en: 'the id "{id}" is used twice among the {kind} (first at {first})',
        ar: 'المعرّف "{id}" مستخدم مرتين في {kind} (أول مرة في {first})',
      },
    },
  },
  check({ policy }, report) {
    const check = (kind: keyof typeof KINDS, items: readonly WithId[] | undefined, at: (i: number) => (string | number)[]) => {
      const first = new Map<string, number>();
      items?.forEach((item, i) => {
        const seen = first.get(item.id);
        if (seen === undefined) first.set(item.id, i);
        else report('duplicate', [...at(i), 'id'], { id: item.id, kind: KINDS[kind], first: pathToString(at(seen)) });
      });
    };
    check('roles', policy.roles, (i) => ['roles', i]);
    check('priorities', policy.priorities, (i) => ['priorities', i]);
    check('segments', policy.segments, (i) => ['segments', i]);
    check('calendars', policy.calendars, (i) => ['calendars', i]);
    check('channels', policy.channels, (i) => ['channels', i]);
    check('goals', policy.goals, (i) => ['goals', i]);
    check('actions', policy.actions, (i) => ['actions', i]);
    check('standards', policy.standards, (i) => ['standards', i]);
    // KPI ids are referenced without their goal, so they must be unique across all goals.
    const kpis = policy.goals.flatMap((goal, g) => (goal.kpis ?? []).map((kpi, k) => ({ id: kpi.id, path: ['goals', g, 'kpis', k] })));
    check('kpis', kpis, (i) => kpis[i]!.path);
  },
});
