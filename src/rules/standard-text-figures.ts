import { clockScale } from '../core/business-time/clock-scale.js';
import { durationSeconds } from '../core/duration.js';
import type { DocPath } from '../core/finding.js';
import type { LocalText, Standard } from '../core/policy.js';
import { amountsIn, durationsIn, figureSeconds, sharesIn, type Figure } from '../core/typed.js';
import { defineRule } from './rule.js';

/** A text's entries with their paths: a plain string, or one per language. */
function entries(text: LocalText | undefined, path: DocPath): [DocPath, string][] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [[path, text]] : Object.entries(text).map(([lang, value]): [DocPath, string] => [[...path, lang], value]);
}

/**
 * The first figure of a kind a text states when none of them is one the standard has: staff read
 * the text, reports count against the figure, and the two must say the same. A text that states
 * no figure of that kind says nothing against the standard.
 */
function disagreeing<T>(figures: Figure<T>[], agrees: (value: T) => boolean): Figure<T> | undefined {
  return figures.length > 0 && !figures.some((figure) => agrees(figure.value)) ? figures[0] : undefined;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export default defineRule({
  meta: {
    id: 'standard-text-figures',
    description: {
      en: "A standard's text states the same time, share and amount as its target, attainment and compensation (figures in digits, Arabic-Indic digits or words, in every language).",
      ar: 'يذكر نص المعيار المدة والنسبة والمبلغ نفسها التي في هدفه ونسبة تحققه وتعويضه (بالأرقام أو بالأرقام العربية الهندية أو بالكلمات، في كل لغة).',
    },
    severity: 'error',
    help: {
      why: {
        en: 'Staff read the text; reports count against the target. When one is changed and the other is not, staff promise one thing and are measured on another.',
        ar: 'يقرأ الموظفون النص، وتُحسب التقارير على الهدف. فإذا تغيّر أحدهما دون الآخر وعد الموظفون بشيء وقيسوا على غيره.',
      },
      fix: 'standards:\n  - id: email-answered\n    target: 3d\n    text: Reply in full within 3 working days.   # not "within 5 working days"',
    },
    messages: {
      duration: {
        en: 'the text of "{standard}" says "{written}" but its target is {target}: write {target} in the text, or change the target',
        ar: 'يقول نص "{standard}" "{written}" لكن هدفه {target}: اكتب {target} في النص، أو غيّر الهدف',
      },
      share: {
        en: 'the text of "{standard}" says "{written}" but its attainment is {attainment}: write {attainment} in the text, or change the attainment',
        ar: 'يقول نص "{standard}" "{written}" لكن نسبة تحققه {attainment}: اكتب {attainment} في النص، أو غيّر نسبة التحقق',
      },
      amount: {
        en: 'the text of "{standard}" says "{written}" but its compensation is {amount} {currency}: write {amount} in the text, or change the compensation',
        ar: 'يقول نص "{standard}" "{written}" لكن تعويضه {amount} {currency}: اكتب {amount} في النص، أو غيّر التعويض',
      },
    },
  },
  check({ policy, index }, report) {
    policy.standards.forEach((standard: Standard, i) => {
      const scale = clockScale(standard, index);
      const target = durationSeconds(standard.target, scale);
      // A text may also name when compensation is paid; that figure is the standard's too.
      const known = [target, durationSeconds(standard.compensation?.within)].filter((value): value is number => value !== undefined);
      const attainment = standard.attainment === undefined ? undefined : Number.parseFloat(standard.attainment);
      const compensation = standard.compensation;
      const amounts = [compensation?.amount, compensation?.late_payment?.amount].filter((value): value is number => typeof value === 'number');
      const texts = [...entries(standard.text, ['standards', i, 'text']), ...entries(compensation?.text, ['standards', i, 'compensation', 'text'])];
      for (const [path, text] of texts) {
        const isStandardText = path[2] === 'text';
        if (target !== undefined && isStandardText) {
          const wrong = disagreeing(durationsIn(text), (value) => known.some((seconds) => near(figureSeconds(value, scale), seconds)));
          if (wrong) report('duration', path, { standard: standard.id, written: wrong.written, target: standard.target! });
        }
        if (attainment !== undefined && Number.isFinite(attainment) && isStandardText) {
          const wrong = disagreeing(sharesIn(text), (value) => near(value, attainment));
          if (wrong) report('share', path, { standard: standard.id, written: wrong.written, attainment: standard.attainment! });
        }
        if (compensation && amounts.length > 0) {
          const wrong = disagreeing(amountsIn(text), (value) => amounts.some((amount) => near(value, amount)));
          if (wrong) report('amount', path, { standard: standard.id, written: wrong.written, amount: compensation.amount, currency: compensation.currency });
        }
      }
    });
  },
});
