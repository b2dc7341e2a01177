import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'pilot-informs-customers',
    description: {
      en: 'Every customer in the pilot knows it is a trial and that their comments shape the final procedures: customers_informed is true and a notice says what they are told.',
      ar: 'يعلم كل عميل في التجربة أنها تجربة وأن ملاحظاته ستشكّل الإجراءات النهائية: customers_informed صحيحة وnotice يبيّن ما يُقال له.',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Customers in a trial are told it is one and that their comments shape the final procedures (step 6).',
        ar: 'يُبلَّغ العملاء المشاركون في التجربة بأنها تجربة وبأن ملاحظاتهم تشكّل الإجراءات النهائية (الخطوة 6).',
      },
      fix: 'pilot:\n  customers_informed: true\n  notice: This is a four-week trial; your comments shape our final standards.',
    },
    messages: {
      notInformed: {
        en: 'the pilot does not tell its customers it is a trial; set customers_informed: true',
        ar: 'لا تُعلِم التجربة عملاءها بأنها تجربة؛ اجعل customers_informed: true',
      },
      noNotice: {
        en: 'the pilot has no notice: write what customers are told about the trial and their feedback',
        ar: 'لا يوجد notice للتجربة: اكتب ما يُقال للعملاء عن التجربة وعن ملاحظاتهم',
      },
    },
  },
  check({ policy }, report) {
    const pilot = policy.pilot;
    if (!pilot) return;
    if (!pilot.customers_informed) report('notInformed', ['pilot', 'customers_informed']);
    else if (pilot.notice === undefined) report('noNotice', ['pilot', 'customers_informed']);
  },
});
