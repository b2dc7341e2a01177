import { screen } from '@inquirer/testing/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerChecks } from '../../src/init/answer-checks.js';
import { InquirerPrompter } from '../../src/init/interactive.js';
import { INIT_MESSAGES } from '../../src/init/messages.js';
import { askCalendar } from '../../src/init/steps/calendar.js';
import { goalsStep } from '../../src/init/steps/goals.js';
import type { Draft } from '../../src/init/steps/index.js';

const prompter = (lang: 'en' | 'ar') => new InquirerPrompter(() => undefined, () => lang);

describe('the wizard at a terminal', () => {
  it('checks a duration as it is typed, in Arabic, and takes the corrected answer', async () => {
    const answer = prompter('ar').text({ id: ['x'], message: 'خلال كم؟', validate: answerChecks('ar').duration });
    expect(screen.getScreen()).toContain('خلال كم؟');
    screen.type('بسرعة');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('اكتب مدة: رقمًا ووحدة، مثل ٩٠ ثانية أو ٤ ساعات أو يومين أو 4h');
    for (let i = 0; i < 'بسرعة'.length; i++) screen.keypress('backspace');
    screen.type('2d');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('2d');
  });

  it('offers the suggestion as the default, taken with Enter', async () => {
    const answer = prompter('en').text({ id: ['x'], message: 'Opening hours', default: '09:00-17:00', validate: answerChecks('en').hours });
    expect(screen.getScreen()).toContain('Opening hours (09:00-17:00)');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('09:00-17:00');
  });

  it('chooses from Arabic choices, with Arabic key hints', async () => {
    const answer = prompter('ar').select({ id: ['x'], message: 'ما نوع هذا الهدف؟', choices: [{ value: 'retention', name: 'الحفاظ على عملائنا' }, { value: 'inform', name: 'تعريف العملاء بالمنتجات الجديدة' }] });
    expect(screen.getScreen()).toContain('الحفاظ على عملائنا');
    expect(screen.getScreen()).toContain('تنقّل');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('inform');
  });

  it('says under the question why a choice is refused, and asks again', async () => {
    const written: string[] = [];
    const ask = new InquirerPrompter((text) => written.push(text), () => 'en');
    const answer = ask.select({
      id: ['x'], message: 'Where do you stand?', default: 'ahead',
      choices: [{ value: 'ahead', name: 'ahead of them' }, { value: 'behind', name: 'behind them' }],
      validate: (value) => (value === 'ahead' ? 'your target 90% against their 95 puts you behind them' : undefined),
    });
    screen.keypress('enter');
    await screen.next();
    expect(written.join('')).toContain('your target 90% against their 95 puts you behind them');
    expect(screen.getScreen()).toContain('Where do you stand?');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('behind');
  });

  it('pre-checks the suggested items of a list and refuses an empty one', async () => {
    const answer = prompter('en').multi({
      id: ['x'], message: 'Channels', default: ['phone'], validate: answerChecks('en').pickOne,
      choices: [{ value: 'phone', name: 'phone' }, { value: 'email', name: 'e-mail' }],
    });
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('pick at least one');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['email']);
  });

  it('answers yes or no in the wizard’s language', async () => {
    const answer = prompter('ar').confirm({ id: ['x'], message: 'هل تجري تجربة؟', default: true });
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(screen.getScreen()).toContain('نعم');
  });

  it('runs a whole step: a goal with its KPI, typed at the terminal, ids made from the names without asking', async () => {
    const draft: Draft = {};
    const done = goalsStep.run({ ask: prompter('en'), lang: 'en', today: '2026-06-01', draft, previous: {}, check: answerChecks('en') });
    const answers: (string | null)[] = [
      'Answer every customer within a day', // title
      null, // category: retention
      'Enquiries answered within 1 working day', // KPI name
      '95', // target
      null, // unit %
      null, // at-least
    ];
    for (const text of answers) {
      if (text) screen.type(text);
      screen.keypress('enter');
      await screen.next();
    }
    screen.keypress('enter'); // no more KPIs
    await screen.next();
    screen.keypress('enter'); // no more goals
    await done;
    expect(draft.goals).toEqual([
      {
        id: 'answer-every-customer-within-a-day', category: 'retention', title: 'Answer every customer within a day',
        kpis: [{ id: 'enquiries-answered-within-1-working-day', name: 'Enquiries answered within 1 working day', target: 95, unit: '%', direction: 'at-least' }],
      },
    ]);
  });

  it("offers a country's public holidays as a checkbox list, Islamic ones marked estimated, in Arabic", async () => {
    const draft: Draft = {};
    const done = askCalendar({ ask: prompter('ar'), lang: 'ar', today: '2027-01-01', draft, previous: {}, check: answerChecks('ar') }, undefined);
    screen.keypress('enter'); // the same hours on each working day
    await screen.next();
    screen.keypress('enter'); // Sunday to Thursday
    await screen.next();
    screen.keypress('enter'); // 08:00-16:00
    await screen.next();
    for (let i = 0; i < 'Asia/Riyadh'.length + 20; i++) screen.keypress('backspace');
    screen.type('Asia/Riyadh');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('السعودية (SA)');
    for (let i = 0; i < 5; i++) screen.keypress('down'); // none, England, Scotland, Wales, Northern Ireland, Saudi Arabia
    screen.keypress('enter');
    await screen.next();
    const offered = screen.getScreen();
    expect(offered).toContain('2027-03-09..2027-03-12 عيد الفطر (تقديري)');
    expect(offered).toContain('2027-02-22 يوم التأسيس');
    expect(offered).not.toContain('يوم التأسيس (تقديري)');
    screen.keypress('enter'); // all of them
    await screen.next();
    screen.keypress('enter'); // no season
    const calendar = await done;
    expect(calendar).toMatchObject({ timezone: 'Asia/Riyadh', days: ['sun', 'mon', 'tue', 'wed', 'thu'], hours: '08:00-16:00', country: 'SA' });
    expect(calendar.holidays?.filter((holiday) => holiday.estimated).map((holiday) => holiday.date)).toEqual(['2027-03-09', '2027-05-15']);
  });
});

describe("the wizard's prose at a terminal", () => {
  /** What a terminal shows: lines of at most `width` columns (Arabic marks such as the tanween take none). */
  const columns = (line: string) => [...line.replace(/[\u064B-\u065F\u0670\u2066-\u2069]/g, '')].length;

  it.each([
    ['en', 72, 'cs-policy init walks you through a customer-service policy step by step:\nwho it is for, the steps of the method from goals to rollout, then its\nreview. Press Enter to take a suggestion; your answers are saved after\nevery step to p.yaml.draft.'],
    ['ar', 72, 'يأخذك cs-policy init خطوةً خطوةً في سياسة خدمة العملاء: لمن هي، ثم خطوات\nالمنهجية من الأهداف إلى التعميم، ثم مراجعتها. اضغط Enter لقبول الاقتراح؛\nوتُحفظ إجاباتك بعد كل خطوة في \u2066p.yaml.draft\u2069.'],
  ] as const)('breaks the welcome (%s) between words at a width of %i', (lang, width, expected) => {
    const written: string[] = [];
    // The file name as init gives it: isolated left to right in Arabic text.
    const text = INIT_MESSAGES.welcome[lang].replace('{draft}', lang === 'ar' ? '\u2066p.yaml.draft\u2069' : 'p.yaml.draft');
    new InquirerPrompter((chunk) => written.push(chunk), () => lang, () => width).say(text);
    expect(written.join('')).toBe(`\n${expected}\n`);
  });

  it('keeps every word whole and every line within the width, for any words that fit', () => {
    const word = fc.stringMatching(/^[a-zA-Z\u0621-\u064A]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 160 }), (words, width) => {
        const fitted = new InquirerPrompter(() => undefined, () => 'en', () => width).fit(words.join(' '));
        const lines = fitted.split('\n');
        expect(lines.every((line) => columns(line) <= width)).toBe(true);
        expect(lines.join(' ')).toBe(words.join(' '));
      }),
    );
  });
});
