import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { Policy } from '../../src/core/policy.js';
import { replaceSections } from '../../src/init/policy-yaml.js';
import { Splicer, applyEdits } from '../../src/core/yaml-edit.js';
import { STEPS } from '../../src/init/steps/index.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT, fc } from '../helpers/fast-check.js';
import { ROOT } from '../helpers/run-cli.js';

const POLICIES = readdirSync(join(ROOT, 'policies')).filter((name) => name.endsWith('.yaml')).sort();
const shipped = (name: string) => readFileSync(join(ROOT, 'policies', name), 'utf8');

type Path = (string | number)[];
type Mutation = { kind: 'set'; path: Path; value: unknown } | { kind: 'delete'; path: Path } | { kind: 'copy'; path: Path; to: number } | { kind: 'add'; path: Path; value: unknown };

function pathsOf(node: unknown, prefix: Path, out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) pathsOf(value, [...prefix, key], out);
  return out;
}

function mutate(data: Record<string, unknown>, mutation: Mutation): Record<string, unknown> {
  const root = structuredClone(data);
  let parent: any = root;
  for (const segment of mutation.path.slice(0, -1)) parent = parent?.[segment];
  const last = mutation.path.at(-1)!;
  // Only what YAML can hold: a list has numbered items, nothing else.
  if (!parent || typeof parent !== 'object' || (Array.isArray(parent) && (typeof last !== 'number' || last >= parent.length))) return root;
  const target = parent[last];
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else if (mutation.kind === 'copy' && Array.isArray(parent) && target !== undefined) parent.splice(mutation.to % (parent.length + 1), 0, structuredClone(target));
  else if (mutation.kind === 'add' && Array.isArray(target)) target.push(mutation.value);
  else if (mutation.kind === 'add' && target && typeof target === 'object') target.note = mutation.value;
  return root;
}

/** Each top-level section's own text: from its key to the end of its value. */
function sectionTexts(text: string): Map<string, string> {
  const doc = parseDocument(text);
  const texts = new Map<string, string>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const value = pair.value as { range?: number[] } | null;
      if (isScalar(pair.key) && pair.key.range && value?.range) texts.set(String(pair.key.value), text.slice(pair.key.range[0], value.range[1]));
    }
  }
  return texts;
}

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('with: a colon', '# not a comment', 'multi\nline', '[not a list]', '{ not: a map }', "it's", '"quoted"', 'بالعربية', '2026-02-30', '100%', '', ' lead'),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ en: fc.string({ maxLength: 10 }), ar: fc.constantFrom('نص', 'نص آخر') }),
  fc.array(fc.constantFrom('mon', 'tue', 'a long item that is more than twenty-four characters'), { maxLength: 4 }),
);

describe('replaceSections', { timeout: PROPERTY_TIMEOUT }, () => {
  it.each(POLICIES)('writes any change to the sections of a step of %s in place, and leaves the rest byte for byte', (name) => {
    const source = shipped(name);
    const policy = parse(source) as Record<string, unknown>;
    const before = sectionTexts(source);
    const changes = fc.constantFrom(...STEPS.map((step) => step.keys)).chain((keys) => {
      const paths = keys.filter((key) => policy[key] !== undefined).flatMap((key) => pathsOf(policy[key], [key]));
      const path = fc.constantFrom(...paths);
      const mutation: fc.Arbitrary<Mutation> = fc.oneof(
        fc.record({ kind: fc.constant('set' as const), path, value }),
        fc.record({ kind: fc.constant('delete' as const), path }),
        fc.record({ kind: fc.constant('copy' as const), path, to: fc.nat() }),
        fc.record({ kind: fc.constant('add' as const), path, value }),
      );
      return fc.tuple(fc.constant(keys), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    });
    fc.assert(
      fc.property(changes, ([keys, mutations]) => {
        const wanted = mutations.reduce(mutate, policy);
        const text = replaceSections(source, policy as Partial<Policy>, wanted as Partial<Policy>, keys, 'en');
        const now = parse(text) as Record<string, unknown>;
        for (const key of new Set([...Object.keys(policy), ...Object.keys(wanted)])) {
          expect(now[key], key).toEqual(keys.includes(key as keyof Policy) ? wanted[key] : policy[key]);
        }
        // A section that is as it was keeps its bytes, comments and layout inside it included.
        for (const [key, written] of before) {
          if (JSON.stringify(wanted[key]) === JSON.stringify(policy[key])) expect(text).toContain(written);
        }
      }),
      { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_OPTIONS.numRuns ?? 1000, 300) },
    );
  });

  it.each(POLICIES)('edits %s so that it reads back as the change, whenever it edits in place', (name) => {
    const source = shipped(name);
    const policy = parse(source) as Record<string, unknown>;
    const doc = parseDocument(source);
    const changes = fc.constantFrom(...Object.keys(policy)).chain((key) => {
      const path = fc.constantFrom(...pathsOf(policy[key], [key]));
      const mutation: fc.Arbitrary<Mutation> = fc.oneof(
        fc.record({ kind: fc.constant('set' as const), path, value }),
        fc.record({ kind: fc.constant('delete' as const), path }),
        fc.record({ kind: fc.constant('copy' as const), path, to: fc.nat() }),
        fc.record({ kind: fc.constant('add' as const), path, value }),
      );
      return fc.tuple(fc.constant(key), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    });
    const runs = Math.min(PROPERTY_OPTIONS.numRuns ?? 1000, 300);
    let inPlace = 0;
    fc.assert(
      fc.property(changes, ([key, mutations]) => {
        const wanted = mutations.reduce(mutate, policy);
        const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
        const edits = new Splicer(source).value(pair!.value as Node, policy[key], wanted[key]);
        if (!edits) return;
        inPlace++;
        expect(parse(applyEdits(source, edits))).toEqual(wanted);
      }),
      { ...PROPERTY_OPTIONS, numRuns: runs },
    );
    // Most changes are made in place; the rest are written anew by replaceSections.
    expect(inPlace).toBeGreaterThan(runs / 2);
  });

  it('changes a value where it stands: its key, its quotes and the comment after it stay', () => {
    const source = 'cs-policy: 1\ncalendars:\n  - id: office   # the main one\n    name: "Office hours"\n    timezone: Europe/London\n    hours: [09:00-17:00]   # all year\n';
    const previous = parse(source) as Partial<Policy>;
    const calendars = structuredClone(previous.calendars)!;
    calendars[0]!.name = 'Opening hours';
    calendars[0]!.hours = ['09:00-12:00', '13:00-17:00'];
    const text = replaceSections(source, previous, { calendars }, ['calendars'], 'en');
    expect(text).toBe('cs-policy: 1\ncalendars:\n  - id: office   # the main one\n    name: "Opening hours"\n    timezone: Europe/London\n    hours: [09:00-12:00, 13:00-17:00]   # all year\n');
  });

  it('removes an entry and adds one where it belongs, in the style of its neighbours', () => {
    const source = 'cs-policy: 1\nholidays:\n  # closed days\n  - { date: 2027-01-01, name: New Year }\n  - { date: 2027-03-26, name: Good Friday }\n\nnext: 1\n';
    const previous = parse(source) as Record<string, unknown>;
    const holidays = [{ date: '2027-01-01', name: 'New Year' }, { date: '2027-12-25', name: 'Christmas Day' }];
    const text = replaceSections(source, previous as Partial<Policy>, { holidays } as unknown as Partial<Policy>, ['holidays' as keyof Policy], 'en');
    expect(text).toBe('cs-policy: 1\nholidays:\n  # closed days\n  - { date: 2027-01-01, name: New Year }\n  - { date: 2027-12-25, name: Christmas Day }\n\nnext: 1\n');
  });
});
