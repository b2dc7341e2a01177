import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'action-measurable',
    description: {
      en: 'Every action has at least one standard with a measurable target (step 5).',
      ar: 'لكل إجراء معيار واحد على الأقل بهدف قابل للقياس (الخطوة 5).',
    },
    severity: 'error',
    help: {
      why: {
        en: 'An action without a standard cannot be measured or briefed as a promise (step 5). Give it at least one standard with a target.',
        ar: 'الإجراء بلا معيار لا يمكن قياسه ولا تقديمه للموظفين وعدًا (الخطوة 5). أعطه معيارًا واحدًا على الأقل له هدف.',
      },
      fix: 'standards:\n  - { id: phone-answer, action: answer-calls, metric: answer, target: 30s, clock: calendar, attainment: 80% }',
    },
    messages: {
      noStandard: {
        en: 'the action "{action}" has no standard; add one with a target such as 1d',
        ar: 'الإجراء "{action}" بلا معيار؛ أضف معيارًا بهدف مثل 1d',
      },
    },
  },
  check({ policy }, report) {
    // A standard without a target is reported by vague-standard, standard by standard.
    const measured = new Set(policy.standards.map((standard) => standard.action));
    policy.actions.forEach((action, i) => {
      if (!measured.has(action.id)) report('noStandard', ['actions', i, 'id'], { action: action.id });
    });
  },
});
