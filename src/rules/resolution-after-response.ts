import { clockScale } from '../core/business-time/clock-scale.js';
import { durationSeconds } from '../core/duration.js';
import { RESPONSE_METRICS, type Standard } from '../core/policy.js';
import type { PolicyIndex } from '../core/policy-index.js';
import { defineRule } from './rule.js';

/**
 * The shortest and longest wall-clock time a target can take. On calendar time that is the target;
 * on business hours or working days it takes at least its working seconds and, over closed days,
 * may take any longer.
 */
function wallBounds(standard: Standard, index: PolicyIndex): { min: number; max: number; onClock: number; workingDays: number } | undefined {
  const scale = clockScale(standard, index);
  const onClock = durationSeconds(standard.target, scale);
  if (onClock === undefined) return undefined;
  // On one calendar, business hours and working days both count the same working days.
  const workingDays = onClock / (scale.dayHours * 3600);
  return standard.clock === 'calendar' ? { min: onClock, max: onClock, onClock, workingDays } : { min: onClock, max: Infinity, onClock, workingDays };
}

/** Whether two standards can apply to one case: unset priority, segment or channel applies to all. */
function sameCases(a: Standard, b: Standard, index: PolicyIndex): boolean {
  const agree = (x: string | undefined, y: string | undefined) => x === undefined || y === undefined || x === y;
  if (!agree(a.priority, b.priority) || !agree(a.segment, b.segment)) return false;
  if (!a.channel || !b.channel) return true;
  return a.channel === b.channel || !index.actions.get(a.action)?.item.channels;
}

export default defineRule({
  meta: {
    id: 'resolution-after-response',
    description: {
      en: 'Within one action, no resolution target is shorter than a response target for the same cases (channel, priority, segment; a general standard covers every priority). Targets on different clocks are compared by the least time a business-hours target can take.',
      ar: 'في الإجراء الواحد، لا يقل هدف الحل عن هدف الرد للحالات نفسها (القناة والأولوية والشريحة؛ والمعيار العام يشمل كل الأولويات). وتُقارن الأهداف على ساعات مختلفة بأقل وقت يستغرقه هدف ساعات العمل.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'A case cannot be resolved before it is answered: on the same channel and priority, the resolution target is at least as long as the response target.',
        ar: 'لا تُحل الحالة قبل الرد عليها: على القناة والأولوية نفسيهما يكون هدف الحل بطول هدف الرد على الأقل.',
      },
      fix: 'standards:\n  - { id: first-reply, action: answer-email, metric: first-response, target: 1d, clock: calendar }\n  - { id: resolve, action: answer-email, metric: resolution, target: 5d, clock: calendar }   # not 4h',
    },
    messages: {
      shorter: {
        en: 'the resolution target {resolution} of "{standard}" is shorter than the {metric} target {response} of "{response_standard}" for the same cases',
        ar: 'هدف الحل {resolution} في "{standard}" أقصر من هدف {metric} البالغ {response} في "{response_standard}" للحالات نفسها',
      },
    },
  },
  check({ policy, index }, report) {
    const responsesByAction = new Map<string, Standard[]>();
    for (const standard of policy.standards) {
      if (!RESPONSE_METRICS.has(standard.metric)) continue;
      const list = responsesByAction.get(standard.action) ?? [];
      list.push(standard);
      responsesByAction.set(standard.action, list);
    }
    policy.standards.forEach((standard, i) => {
      if (standard.metric !== 'resolution') return;
      const resolution = wallBounds(standard, index);
      if (!resolution) return;
      for (const response of responsesByAction.get(standard.action) ?? []) {
        if (!sameCases(standard, response, index)) continue;
        const answer = wallBounds(response, index);
        if (!answer) continue;
        const sameClock = standard.clock === response.clock && standard.calendar === response.calendar;
        // A general acknowledgement in working days and an urgent resolution in business hours run on one calendar.
        const sameCalendar = standard.clock !== 'calendar' && response.clock !== 'calendar' && standard.calendar === response.calendar;
        const shorter = sameClock
          ? resolution.onClock < answer.onClock
          : sameCalendar ? resolution.workingDays < answer.workingDays - 1e-9 : resolution.max < answer.min;
        if (shorter) {
          report('shorter', ['standards', i, 'target'], {
            standard: standard.id, resolution: standard.target!, response: response.target!, response_standard: response.id, metric: response.metric,
          });
          return;
        }
      }
    });
  },
});
