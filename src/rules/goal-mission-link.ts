import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'goal-mission-link',
    description: {
      en: 'Every goal is tied to the core mission with a rationale (step 3).',
      ar: 'كل هدف مربوط برسالة الشركة الأساسية مع بيان السبب (الخطوة 3).',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Each goal says why it serves the organisation\'s mission (step 3), so staff know what the targets are for.',
        ar: 'يبيّن كل هدف لماذا يخدم رسالة المؤسسة (الخطوة 3)، ليعرف الموظفون الغاية من الأهداف.',
      },
      fix: 'mission:\n  statement: Excellent public services, delivered fairly.\n  links:\n    - { goal: easy-contact, rationale: Residents who cannot reach us cannot use our services. }',
    },
    messages: {
      unlinked: {
        en: 'the goal "{goal}" is not linked to the mission; add it to mission.links with a rationale',
        ar: 'الهدف "{goal}" غير مربوط بالرسالة؛ أضفه إلى mission.links مع بيان السبب',
      },
    },
  },
  check({ policy }, report) {
    const linked = new Set(policy.mission.links.map((link) => link.goal));
    policy.goals.forEach((goal, i) => {
      if (!linked.has(goal.id)) report('unlinked', ['goals', i, 'id'], { goal: goal.id });
    });
  },
});
