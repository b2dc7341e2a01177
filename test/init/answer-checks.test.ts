import { describe, expect, it } from 'vitest';
import { answerChecks, parseHours } from '../../src/init/answer-checks.js';

describe('opening hours as typed in the wizard', () => {
  it.each([
    ['09:00-17:00', '09:00-17:00'],
    ['00:00-24:00', '00:00-24:00'],
    ['22:00-02:00+1', '22:00-02:00+1'],
    ['09:00-13:00, 16:00-20:00', ['09:00-13:00', '16:00-20:00']],
    ['10:00-16:00,21:00-01:00+1', ['10:00-16:00', '21:00-01:00+1']],
  ])('reads %s', (typed, written) => {
    expect(parseHours(typed)).toEqual(written);
  });

  it.each([
    ['17:00-09:00', 'ends before it starts without +1'],
    ['09:00-09:00', 'is empty'],
    ['09:00-17:00+1', 'runs a whole day and more'],
    ['13:00-17:00, 09:00-12:00', 'goes back in time'],
    ['09:00-14:00, 13:00-17:00', 'overlaps'],
    ['22:00-02:00+1, 03:00-05:00', 'has a span after one past midnight'],
    ['24:00-24:00', 'starts at 24:00'],
    ['9-5', 'is not HH:MM'],
    ['', 'is empty text'],
  ])('refuses %s, which %s', (typed) => {
    expect(parseHours(typed)).toBeUndefined();
    expect(answerChecks('en').hours(typed)).toMatch(/HH:MM-HH:MM/);
  });

  it('takes an empty weekday as closed, and says what is expected in Arabic', () => {
    expect(answerChecks('ar').dayHours('')).toBeUndefined();
    expect(answerChecks('ar').dayHours('صباحًا')).toMatch(/الدوام المجزأ/);
  });

  it.each([['40', undefined], ['12.50', undefined], ['0', 'write an amount'], ['-5', 'write an amount'], ['12.505', 'write an amount'], ['forty', 'write an amount']])('checks the amount %s', (typed, problem) => {
    const message = answerChecks('en').money(typed);
    if (problem) expect(message).toMatch(problem);
    else expect(message).toBeUndefined();
  });

  it.each([['GBP', true], ['SAR', true], ['gbp', false], ['£', false], ['POUND', false]])('checks the currency %s', (typed, ok) => {
    expect(answerChecks('en').currency(typed) === undefined).toBe(ok);
  });
});

describe('idFrom', () => {
  it.each([
    ['E-mails answered within one working day', 'e-mails-answered-within-one-working-day'],
    ['Process returns and issue refunds to every customer who asks', 'process-returns-and-issue-refunds'],
    ['Answer calls', 'answer-calls'],
    ['Keep our customers with a service they can rely on', 'keep-our-customers'],
    ['الرد على المكالمات', 'goal-1'],
  ])('%j → %j', async (name, id) => {
    const { idFrom } = await import('../../src/init/answer-checks.js');
    expect(idFrom(name, 'goal-1', new Set())).toBe(id);
  });
});
