import { reachedLater } from '../core/value-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'escalation-order',
    description: {
      en: 'Escalation levels are numbered 1, 2, 3… in order, and each is reached strictly later than the one before.',
      ar: 'مستويات التصعيد مرقمة 1، 2، 3… بالترتيب، ويُبلغ كل مستوى بعد الذي قبله بوقت أطول حتمًا.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Staff read the ladder from the bottom up: levels numbered 1, 2, 3 in order, each reached later than the one before.',
        ar: 'يقرأ الموظفون السلّم من أسفله: مستويات مرقّمة 1 و2 و3 بالترتيب، ويُبلغ كل منها بعد الذي قبله.',
      },
      fix: 'escalation:\n  levels:\n    - { level: 1, owner: front-line, after: 0m }\n    - { level: 2, owner: team-lead, after: 2d }\n    - { level: 3, owner: complaints-manager, after: 5d, final: true }',
    },
    messages: {
      misnumbered: {
        en: 'escalation level {found} stands in position {position}; number the levels 1, 2, 3… in order',
        ar: 'مستوى التصعيد {found} في الموضع {position}؛ رقّم المستويات 1، 2، 3… بالترتيب',
      },
      notLater: {
        en: 'level {level} is reached after {after}, which is not later than level {previous} ({previous_after}); delays must grow',
        ar: 'يُبلغ المستوى {level} بعد {after}، وهذا ليس بعد المستوى {previous} ({previous_after})؛ يجب أن تتزايد المهل',
      },
    },
  },
  check({ policy }, report) {
    const levels = policy.escalation.levels;
    levels.forEach((level, i) => {
      if (level.level !== i + 1) report('misnumbered', ['escalation', 'levels', i, 'level'], { found: level.level, position: i + 1 });
      const previous = levels[i - 1];
      if (!previous) return;
      // The same check init makes at the question (core/value-checks.ts).
      if (reachedLater(level.after, previous.after) === false) {
        report('notLater', ['escalation', 'levels', i, 'after'], {
          level: level.level, after: level.after, previous: previous.level, previous_after: previous.after,
        });
      }
    });
  },
});
