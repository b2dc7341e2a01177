import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import { diffPolicies } from '../../src/diff/diff.js';
import { changeSentences } from '../../src/diff/sentences.js';
import { ROOT } from '../helpers/run-cli.js';

const load = (name: string): Policy => parse(readFileSync(join(ROOT, 'policies', name), 'utf8')) as Policy;

function sentencesFor(name: string, edit: (p: Policy) => void, role: string, lang: 'en' | 'ar'): string[] {
  const before = load(name);
  const after = structuredClone(before);
  edit(after);
  return changeSentences(diffPolicies(before, after), before, after, role, lang);
}

describe('changeSentences', () => {
  it.each<[string, (p: Policy) => void, string, string[]]>([
    ['a target', (p) => { p.standards.find((s) => s.id === 'email-answered')!.target = '3d'; }, 'contact-centre',
      ['Resolve within 3 working days on e-mail, 90% of the time (was 5 working days).']],
    ['a target and its share', (p) => { Object.assign(p.standards.find((s) => s.id === 'email-answered')!, { target: '3d', attainment: '95%' }); }, 'contact-centre',
      ['Resolve within 3 working days on e-mail, 95% of the time (was 5 working days, 90%).']],
    ['an action handed over, seen by the role that gets it', (p) => { p.actions.find((a) => a.id === 'serve-visitors')!.owner = 'contact-centre'; }, 'contact-centre',
      ['New for you: See visitors at customer service centres.']],
    ['the same, seen by the role that loses it', (p) => { p.actions.find((a) => a.id === 'serve-visitors')!.owner = 'contact-centre'; }, 'reception',
      ['No longer yours: See visitors at customer service centres.']],
    ['an escalation delay, for the level\'s owner', (p) => { p.escalation.levels[1]!.after = '5d'; }, 'team-leader',
      ['Escalation level 2 (Contact centre team leader) is reached after 5 days (was 10 days).']],
    ['a new standard', (p) => { p.standards.push({ id: 'chat-resolved', action: 'answer-email-chat', metric: 'resolution', channel: 'chat', target: '1d', clock: 'business', calendar: 'office-hours' }); }, 'contact-centre',
      ['New: Resolve within 1 working day on Web chat.']],
    ['a KPI target', (p) => { p.goals[0]!.kpis![0]!.target = 85; }, 'reception',
      ['Calls answered within 30 seconds: the target is 85% (was 80%).']],
    ['nothing of the role\'s', (p) => { p.escalation.levels[1]!.after = '5d'; }, 'reception', []],
  ])('%s', (_name, edit, role, expected) => {
    expect(sentencesFor('council-customer-service.en.yaml', edit, role, 'en')).toEqual(expected);
  });

  it('speaks the briefing\'s language', () => {
    const before = load('telecom-complaints.ar.yaml');
    const standard = before.standards.find((s) => s.target !== undefined)!;
    const sentences = sentencesFor('telecom-complaints.ar.yaml', (p) => { p.standards.find((s) => s.id === standard.id)!.target = '2d'; }, before.actions.find((a) => a.id === standard.action)!.owner, 'ar');
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(/يومان|يوما عمل/);
    expect(sentences[0]).toContain('(بعد أن كان ');
  });
});
