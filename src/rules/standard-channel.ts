import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'standard-channel',
    description: {
      en: "A standard limited to a channel names one of its action's channels.",
      ar: 'المعيار المقصور على قناة يسمّي قناة من قنوات إجرائه.',
    },
    severity: 'error',
    messages: {
      notOfAction: {
        en: 'the standard "{standard}" is on the channel "{channel}", which the action "{action}" does not use ({channels})',
        ar: 'المعيار "{standard}" على القناة "{channel}"، وهي ليست من قنوات الإجراء "{action}" ({channels})',
      },
    },
  },
  check({ policy, index }, report) {
    policy.standards.forEach((standard, i) => {
      const channels = index.actions.get(standard.action)?.item.channels;
      // An undefined channel is reference-resolves' finding; an action without channels allows any.
      if (!standard.channel || !channels || !index.channels.has(standard.channel) || channels.includes(standard.channel)) return;
      report('notOfAction', ['standards', i, 'channel'], { standard: standard.id, channel: standard.channel, action: standard.action, channels: channels.join(', ') });
    });
  },
});
