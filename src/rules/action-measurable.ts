import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'action-measurable',
    description: {
      en: 'Every action has at least one standard with a measurable target (step 5).',
      ar: 'لكل إجراء معيار واحد على الأقل بهدف قابل للقياس (الخطوة 5).',
    },
    severity: 'error',
    messages: {
      noStandard: {
        en: 'the action "{action}" has no standard; add one with a target such as 1d',
        ar: 'الإجراء "{action}" بلا معيار؛ أضف معيارًا بهدف مثل 1d',
      },
      noTarget: {
        en: 'no standard of the action "{action}" has a target, so none can be measured',
        ar: 'لا يحمل أي معيار من معايير الإجراء "{action}" هدفًا، فلا يمكن قياس أي منها',
      },
    },
  },
  check({ policy }, report) {
    const standardsOf = new Map<string, { measurable: boolean }>();
    for (const standard of policy.standards) {
      const entry = standardsOf.get(standard.action) ?? { measurable: false };
      entry.measurable ||= standard.target !== undefined;
      standardsOf.set(standard.action, entry);
    }
    policy.actions.forEach((action, i) => {
      const entry = standardsOf.get(action.id);
      if (!entry) report('noStandard', ['actions', i, 'id'], { action: action.id });
      else if (!entry.measurable) report('noTarget', ['actions', i, 'id'], { action: action.id });
    });
  },
});
