import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'goal-has-action',
    description: {
      en: 'Every goal is reached by at least one action (step 4).',
      ar: 'لكل هدف إجراء واحد على الأقل يحققه (الخطوة 4).',
    },
    severity: 'error',
    help: {
      why: {
        en: 'A goal that no action serves will not be reached (step 4). Add an action for it, or remove the goal.',
        ar: 'الهدف الذي لا يخدمه أي إجراء لن يتحقق (الخطوة 4). أضف له إجراءً أو احذف الهدف.',
      },
      fix: 'actions:\n  - { id: answer-calls, goal: easy-contact, title: Answer the phone, owner: front-line }',
    },
    messages: {
      noAction: {
        en: 'no action serves the goal "{goal}"; add an action with goal: {goal}',
        ar: 'لا يوجد إجراء يخدم الهدف "{goal}"؛ أضف إجراءً فيه goal: {goal}',
      },
    },
  },
  check({ policy }, report) {
    const served = new Set(policy.actions.map((action) => action.goal));
    policy.goals.forEach((goal, i) => {
      if (!served.has(goal.id)) report('noAction', ['goals', i, 'id'], { goal: goal.id });
    });
  },
});
