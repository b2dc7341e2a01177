import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'rollout-briefs-owners',
    description: {
      en: 'The rollout briefs every role that owns an action or an escalation level (step 7).',
      ar: 'يشمل التعميم كل دور مسؤول عن إجراء أو عن مستوى تصعيد (الخطوة 7).',
    },
    severity: 'error',
    help: {
      why: {
        en: 'A role that owns an action or an escalation level must be briefed, or nobody will tell it what it owns (step 7).',
        ar: 'الدور الذي يملك إجراءً أو مستوى تصعيد يجب أن يُحاط علمًا، وإلا فلن يخبره أحد بما يملكه (الخطوة 7).',
      },
      fix: 'rollout:\n  start: 2026-03-16\n  audiences: [front-line, team-lead]   # every owner',
    },
    messages: {
      notBriefed: {
        en: 'the role "{role}" owns {what} but is not among the rollout audiences',
        ar: 'الدور "{role}" مسؤول عن {what} لكنه ليس من جمهور التعميم',
      },
    },
  },
  check({ policy, index }, report) {
    const audiences = new Set(policy.rollout.audiences);
    const reported = new Set<string>();
    const require = (role: string, what: { en: string; ar: string }) => {
      // An undefined role is reported by reference-resolves; briefing it would not help.
      if (audiences.has(role) || reported.has(role) || !index.roles.has(role)) return;
      reported.add(role);
      report('notBriefed', ['rollout', 'audiences'], { role, what });
    };
    for (const action of policy.actions) require(action.owner, { en: `the action "${action.id}"`, ar: `الإجراء "${action.id}"` });
    for (const level of policy.escalation.levels) {
      if (level.owner) require(level.owner, { en: `escalation level ${level.level}`, ar: `مستوى التصعيد ${level.level}` });
    }
  },
});
