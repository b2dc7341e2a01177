import { acknowledgementBeforeRollout } from '../core/date-order.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'rollout-dates',
    description: {
      en: 'Training happens after the pilot starts and no later than the rollout; acknowledgement is due once the rollout has started.',
      ar: 'يكون التدريب بعد بدء التجربة وقبل التعميم أو في يومه، ويُستحق إقرار الموظفين بعد بدء التعميم.',
    },
    severity: 'error',
    messages: {
      trainingAfterRollout: {
        en: 'the training of "{role}" on {date} comes after the rollout starts ({rollout}); train staff before or on that day',
        ar: 'تدريب "{role}" في {date} بعد بدء التعميم ({rollout})؛ درّب الموظفين قبله أو في يومه',
      },
      trainingBeforePilot: {
        en: 'the training of "{role}" on {date} comes before the pilot starts ({pilot}), so it cannot teach what the pilot changes',
        ar: 'تدريب "{role}" في {date} قبل بدء التجربة ({pilot})، فلا يمكن أن يشمل ما تغيّره التجربة',
      },
      acknowledgementBeforeRollout: {
        en: 'acknowledgement is due on {by}, before the rollout starts ({rollout})',
        ar: 'موعد إقرار الموظفين {by}، قبل بدء التعميم ({rollout})',
      },
    },
  },
  check({ policy }, report) {
    const { rollout, pilot } = policy;
    rollout.training?.forEach((training, i) => {
      if (training.date === undefined) return;
      if (training.date > rollout.start) report('trainingAfterRollout', ['rollout', 'training', i, 'date'], { role: training.role, date: training.date, rollout: rollout.start });
      else if (pilot && training.date < pilot.start) report('trainingBeforePilot', ['rollout', 'training', i, 'date'], { role: training.role, date: training.date, pilot: pilot.start });
    });
    const by = rollout.acknowledgement?.by;
    if (by !== undefined && acknowledgementBeforeRollout(by, rollout.start)) report('acknowledgementBeforeRollout', ['rollout', 'acknowledgement', 'by'], { by, rollout: rollout.start });
  },
});
