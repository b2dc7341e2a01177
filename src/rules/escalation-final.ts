import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'escalation-final',
    description: {
      en: 'The escalation ladder ends at a final level, marked final: true, and only the last level is final.',
      ar: 'ينتهي سلم التصعيد بمستوى نهائي معلَّم بـ final: true، ولا يكون نهائيًا إلا المستوى الأخير.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Customers and staff need to know where the ladder ends: mark the last level final, and only the last.',
        ar: 'يحتاج العملاء والموظفون إلى معرفة أين ينتهي السلّم: علّم المستوى الأخير بأنه نهائي، والأخير وحده.',
      },
      fix: 'escalation:\n  levels:\n    - { level: 1, owner: front-line, after: 0m }\n    - { level: 2, owner: team-lead, after: 2d, final: true }',
    },
    messages: {
      noFinal: {
        en: 'the last escalation level ({level}) is not marked final: true, so the ladder has no end',
        ar: 'مستوى التصعيد الأخير ({level}) غير معلَّم بـ final: true، فلا نهاية للسلم',
      },
      finalTooEarly: {
        en: 'escalation level {level} is marked final but level {next} follows it',
        ar: 'مستوى التصعيد {level} معلَّم بأنه نهائي لكن المستوى {next} يليه',
      },
    },
  },
  check({ policy }, report) {
    const levels = policy.escalation.levels;
    levels.forEach((level, i) => {
      const next = levels[i + 1];
      if (next && level.final) report('finalTooEarly', ['escalation', 'levels', i, 'final'], { level: level.level, next: next.level });
      // A `final: false` is where the author said it; point there rather than at the level.
      if (!next && !level.final) report('noFinal', ['escalation', 'levels', i, ...(level.final === false ? ['final'] : [])], { level: level.level });
    });
  },
});
