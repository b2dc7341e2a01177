import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPolicyText } from '../../src/core/lint.js';
import type { PilotResults } from '../../src/core/policy.js';
import { recordResults } from '../../src/pilot/record.js';
import { ROOT } from '../helpers/run-cli.js';

const RESULTS: PilotResults = {
  date: '2026-03-02',
  responses: 96,
  dissatisfied: 20,
  satisfied: 60,
  loyal: 16,
  nps: -12.5,
  criteria: [{ kpi: 'calls-answered-30s', target: 80, actual: 83, met: true }, { kpi: 'first-contact-resolution', target: 72, met: 'unknown' }],
  topics: [{ topic: 'first-contact, "callbacks"', gap: -0.24, responses: 34 }],
  decision: 'revise',
};

const example = (name: string) => readFileSync(join(ROOT, 'policies', name), 'utf8');

/** The text outside the pilot section must be the same bytes: everything before `pilot:` and from the next top-level key. */
function outsidePilot(text: string): [string, string] {
  const start = text.search(/^pilot:/m);
  const after = text.indexOf('\n', start) + 1;
  const next = text.slice(after).search(/^[^\s]/m);
  return [text.slice(0, start), text.slice(after + next)];
}

function recorded(source: string, results: PilotResults = RESULTS): string {
  const outcome = recordResults(source, results);
  if (!('text' in outcome)) throw new Error(outcome.problem);
  return outcome.text;
}

const valid = (text: string) => checkPolicyText(text, 'p.yaml', { lang: 'en', today: '2026-06-01' });

describe('recording pilot results in the policy', () => {
  it.each(['council-customer-service.en.yaml', 'telecom-complaints.ar.yaml', 'bank-complaints.bilingual.yaml'])('keeps every byte outside the pilot section of %s, and the file validates', (name) => {
    const source = example(name);
    const kpis = parse(source).pilot.success_criteria.map((c: { kpi: string; target: number }) => c);
    const results: PilotResults = { ...RESULTS, criteria: [{ ...kpis[0], actual: 83, met: true }, { ...kpis[1], met: 'unknown' }] };
    const text = recorded(source, results);
    expect(outsidePilot(text)).toEqual(outsidePilot(source));
    // Inside the pilot, the old lines stay too: the results are added after them.
    const pilotBefore = source.slice(source.search(/^pilot:/m)).split(/\n(?=\S)/)[0]!;
    expect(text).toContain(pilotBefore);
    const checked = valid(text);
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checked.policy?.pilot?.results).toEqual(results);
  });

  it('replaces existing results, and a second record gives the same file', () => {
    const source = example('council-customer-service.en.yaml');
    const once = recorded(source);
    const changed: PilotResults = { ...RESULTS, responses: 10, dissatisfied: 1, satisfied: 8, loyal: 1, decision: 'adopt', topics: [] };
    const twice = recorded(once, changed);
    expect(parse(twice).pilot.results).toEqual(changed);
    expect(outsidePilot(twice)).toEqual(outsidePilot(source));
    expect(recorded(twice, changed)).toBe(twice);
    expect(recorded(twice, RESULTS)).toBe(once);
  });

  const FLOW = [
    'cs-policy: 1',
    '# before',
    'pilot: { start: 2026-02-02, duration: 4w,   # the trial',
    '  success_criteria: [{ kpi: x, target: 80 }] }',
    '# after',
    'rollout: { start: 2026-03-16 }',
    '',
  ].join('\n');

  it('writes flow-style results into a flow-style pilot, and replaces them the next time', () => {
    const text = recorded(FLOW);
    expect(text.split('\n')).toEqual([
      'cs-policy: 1',
      '# before',
      'pilot: { start: 2026-02-02, duration: 4w,   # the trial',
      `  success_criteria: [{ kpi: x, target: 80 }], results: { date: 2026-03-02, responses: 96, dissatisfied: 20, satisfied: 60, loyal: 16, nps: -12.5, criteria: [ { kpi: calls-answered-30s, target: 80, actual: 83, met: true }, { kpi: first-contact-resolution, target: 72, met: unknown } ], topics: [ { topic: 'first-contact, "callbacks"', gap: -0.24, responses: 34 } ], decision: revise } }`,
      '# after',
      'rollout: { start: 2026-03-16 }',
      '',
    ]);
    expect(parse(text).pilot.results).toEqual(RESULTS);
    const again = recorded(text, { ...RESULTS, decision: 'adopt' });
    expect(parse(again).pilot.results.decision).toBe('adopt');
    expect(again.replace('decision: adopt', 'decision: revise')).toBe(text);
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const source = `\uFEFF${example('council-customer-service.en.yaml').replace(/\n/g, '\r\n')}`;
    const text = recorded(source);
    expect(text.startsWith('\uFEFFcs-policy: 1') || text.startsWith('\uFEFF#')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(text.slice(1)).pilot.results).toEqual(RESULTS);
  });

  it('adds the results at the end of a file with no final line break', () => {
    const source = 'cs-policy: 1\npilot:\n  start: 2026-02-02\n  duration: 4w';
    expect(recorded(source, { ...RESULTS, criteria: [], topics: [] })).toBe(
      'cs-policy: 1\npilot:\n  start: 2026-02-02\n  duration: 4w\n  results:\n    date: 2026-03-02\n    responses: 96\n    dissatisfied: 20\n    satisfied: 60\n    loyal: 16\n    nps: -12.5\n    criteria: []\n    topics: []\n    decision: revise\n',
    );
  });

  it('indents the results as the pilot is indented', () => {
    const source = 'cs-policy: 1\npilot:\n    start: 2026-02-02 # start\n    results: { date: 2020-01-01 }\n    duration: 4w\nrollout: {}\n';
    const text = recorded(source, { ...RESULTS, criteria: [], topics: [RESULTS.topics![0]!] });
    expect(text).toBe('cs-policy: 1\npilot:\n    start: 2026-02-02 # start\n    results:\n        date: 2026-03-02\n        responses: 96\n        dissatisfied: 20\n        satisfied: 60\n        loyal: 16\n        nps: -12.5\n        criteria: []\n        topics:\n            - topic: first-contact, "callbacks"\n              gap: -0.24\n              responses: 34\n        decision: revise\n    duration: 4w\nrollout: {}\n');
  });

  it.each([['cs-policy: 1\nrollout: {}\n', 'no-pilot'], ['cs-policy: 1\npilot: [1, 2]\n', 'pilot-not-mapping'], ['cs-policy: 1\npilot: later\n', 'pilot-not-mapping']])('refuses %j', (source, problem) => {
    expect(recordResults(source, RESULTS)).toEqual({ problem });
  });
});
