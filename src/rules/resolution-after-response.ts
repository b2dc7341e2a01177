import { clockScale } from '../core/clock.js';
import { durationSeconds } from '../core/duration.js';
import { RESPONSE_METRICS, type Standard } from '../core/policy.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'resolution-after-response',
    description: {
      en: 'On the same channel and priority, no resolution target is shorter than a response target.',
      ar: 'على القناة والأولوية نفسيهما، لا يقل هدف الحل عن هدف الرد.',
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
        en: 'the resolution target {resolution} of "{standard}" is shorter than the response target {response} of "{response_standard}" on the channel "{channel}"',
        ar: 'هدف الحل {resolution} في "{standard}" أقصر من هدف الرد {response} في "{response_standard}" على القناة "{channel}"',
      },
    },
  },
  check({ policy, index }, report) {
    // Longest response target per channel, priority and clock: one pass to collect, one to compare.
    type Slowest = { seconds: number; standard: Standard };
    const slowestResponse = new Map<string, Slowest>();
    const channelsOf = (standard: Standard): string[] =>
      standard.channel ? [standard.channel] : (index.actions.get(standard.action)?.item.channels ?? ['*']);
    const keyOf = (standard: Standard, channel: string) => `${channel}\u0000${standard.priority ?? ''}\u0000${standard.clock}`;

    for (const standard of policy.standards) {
      if (!RESPONSE_METRICS.has(standard.metric)) continue;
      const seconds = durationSeconds(standard.target, clockScale(standard, index));
      if (seconds === undefined) continue;
      for (const channel of channelsOf(standard)) {
        const key = keyOf(standard, channel);
        if ((slowestResponse.get(key)?.seconds ?? -1) < seconds) slowestResponse.set(key, { seconds, standard });
      }
    }
    policy.standards.forEach((standard, i) => {
      if (standard.metric !== 'resolution') return;
      const seconds = durationSeconds(standard.target, clockScale(standard, index));
      if (seconds === undefined) return;
      for (const channel of channelsOf(standard)) {
        const response = slowestResponse.get(keyOf(standard, channel));
        if (response && seconds < response.seconds) {
          report('shorter', ['standards', i, 'target'], {
            standard: standard.id, resolution: standard.target!, response: response.standard.target!,
            response_standard: response.standard.id, channel,
          });
          return;
        }
      }
    });
  },
});
