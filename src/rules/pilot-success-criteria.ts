import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'pilot-success-criteria',
    description: {
      en: 'The pilot says how success is judged: at least one criterion on a KPI defined by a goal.',
      ar: 'تبيّن التجربة كيف يُحكم بنجاحها: معيار واحد على الأقل على مؤشر أداء معرّف في هدف.',
    },
    severity: 'error',
    messages: {
      none: {
        en: 'the pilot has no success criteria; add one per KPI you will judge it by',
        ar: 'لا معايير نجاح للتجربة؛ أضف معيارًا لكل مؤشر أداء ستحكم به عليها',
      },
    },
  },
  check({ policy }, report) {
    // Criteria naming an undefined KPI are reported by reference-resolves.
    if (policy.pilot && policy.pilot.success_criteria.length === 0) report('none', ['pilot', 'success_criteria']);
  },
});
