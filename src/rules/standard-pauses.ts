import type { Metric } from '../core/policy.js';
import { defineRule } from './rule.js';

/**
 * Helpdesks stop two kinds of clock while a case waits: resolution (Zendesk's requester_wait_time
 * and agent_work_time, Freshdesk's resolution timer) and updates (Zendesk's pausable_update_time).
 * Replies are never paused, and no helpdesk stops a clock on hold while it runs on waiting-on-customer.
 */
const PAUSABLE: ReadonlySet<Metric> = new Set(['resolution', 'update']);

export default defineRule({
  meta: {
    id: 'standard-pauses',
    description: {
      en: 'A standard pauses only a resolution or update clock, and pauses on hold only as well as while waiting on the customer.',
      ar: 'لا يوقف المعيار إلا ساعة الحل أو التحديث، ولا يوقفها أثناء التعليق إلا إذا أوقفها أيضًا أثناء انتظار العميل.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Helpdesks stop the resolution clock (Zendesk requester wait and agent work time, Freshdesk SLA timers) and Zendesk the pausable update clock while a case waits; a reply clock never stops. Zendesk\'s agent work time stops both on pending and on hold, so on hold alone is a clock no helpdesk keeps, and audit and export could not measure or configure it.',
        ar: 'توقف أنظمة الدعم ساعة الحل (وقت انتظار العميل ووقت عمل الموظف في Zendesk، ومؤقتات SLA في Freshdesk)، ويوقف Zendesk ساعة التحديث القابلة للإيقاف ما دامت الحالة تنتظر؛ أما ساعة الرد فلا تتوقف. ووقت عمل الموظف في Zendesk يتوقف أثناء الانتظار والتعليق معًا، فالإيقاف أثناء التعليق وحده ساعة لا يحسبها نظام دعم، فلا يقيسها التدقيق ولا يضبطها التصدير.',
      },
      fix: 'standards:\n  - { id: resolved, action: answer, metric: resolution, target: 2d, clock: business, calendar: office, pauses: [waiting-on-customer, on-hold] }',
    },
    messages: {
      notPausable: {
        en: '"{standard}" pauses a {metric} clock; helpdesks pause only resolution and update clocks',
        ar: '"{standard}" يوقف ساعة {metric}؛ ولا توقف أنظمة الدعم إلا ساعتي الحل والتحديث',
      },
      onHoldAlone: {
        en: '"{standard}" pauses on hold but not while waiting on the customer; list waiting-on-customer too',
        ar: '"{standard}" يتوقف أثناء التعليق لا أثناء انتظار العميل؛ أضف waiting-on-customer أيضًا',
      },
    },
  },
  check({ policy }, report) {
    policy.standards.forEach((standard, i) => {
      const pauses = standard.pauses;
      if (!pauses || pauses.length === 0) return;
      if (!PAUSABLE.has(standard.metric)) report('notPausable', ['standards', i, 'pauses'], { standard: standard.id, metric: standard.metric });
      else if (pauses.includes('on-hold') && !pauses.includes('waiting-on-customer')) report('onHoldAlone', ['standards', i, 'pauses'], { standard: standard.id });
    });
  },
});
