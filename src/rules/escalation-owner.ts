import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'escalation-owner',
    description: {
      en: 'Each escalation level has one owner: a role of the team, or an outside body such as an ombudsman or regulator.',
      ar: 'لكل مستوى تصعيد مسؤول واحد: دور من الفريق، أو جهة خارجية مثل أمين المظالم أو الجهة التنظيمية.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Someone must act at each level: one role of the team, or one outside body the customer can turn to. A level with both is two levels.',
        ar: 'لا بد أن يتصرف أحد عند كل مستوى: دور واحد من الفريق أو جهة خارجية واحدة يلجأ إليها العميل. والمستوى الذي يجمعهما مستويان.',
      },
      fix: 'escalation:\n  levels:\n    - { level: 1, owner: front-line, after: 0m }\n    - { level: 2, external: { name: Ombudsman, deadline: 1y }, after: 8w, final: true }',
    },
    messages: {
      noOwner: {
        en: 'escalation level {level} has no owner; add owner: <role> or external: {name: …}',
        ar: 'مستوى التصعيد {level} بلا مسؤول؛ أضف owner: <role> أو external: {name: …}',
      },
      twoOwners: {
        en: 'escalation level {level} names both a role and an outside body; split it into two levels',
        ar: 'مستوى التصعيد {level} يسمّي دورًا وجهة خارجية معًا؛ افصلهما في مستويين',
      },
    },
  },
  check({ policy }, report) {
    policy.escalation.levels.forEach((level, i) => {
      const path = ['escalation', 'levels', i];
      if (!level.owner && !level.external) report('noOwner', [...path, 'level'], { level: level.level });
      else if (level.owner && level.external) report('twoOwners', [...path, 'external'], { level: level.level });
    });
  },
});
