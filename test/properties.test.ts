import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderBriefing } from '../src/brief/render.js';
import { briefingView } from '../src/brief/view.js';
import type { Finding } from '../src/core/finding.js';
import { lintBytes, lintText } from '../src/core/lint.js';
import type { Policy } from '../src/core/policy.js';
import { quickCheck } from '../src/core/quick-check.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT, fc } from './helpers/fast-check.js';
import { ROOT } from './helpers/run-cli.js';

const OPTIONS = { lang: 'en' as const, today: '2026-06-01' };
const EXAMPLES = readdirSync(join(ROOT, 'policies')).map((name) => readFileSync(join(ROOT, 'policies', name), 'utf8'));
const encoder = new TextEncoder();

/** Every finding points inside the file: a line that exists (or the one after the last newline). */
function expectLocated(findings: readonly Finding[], text: string): void {
  const lines = text.split('\n').length;
  for (const finding of findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    // No placeholder left unfilled; quoted text is the user's own and may hold braces.
    expect(finding.message.replace(/"[^"]*"/g, '""')).not.toMatch(/\{\w+\}/);
  }
}

/** The fast path may only call a file clean when the full check agrees. */
function expectFastPathAgrees(text: string): void {
  const bytes = encoder.encode(text);
  if (quickCheck(bytes, OPTIONS)) expect(lintBytes(bytes, 'p.yaml', OPTIONS)).toEqual([]);
}

const YAML_PIECES = [
  'a', 'cs-policy', ': ', ':', ' ', '  ', '\n', '\r\n', '\t', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '\\', '#', '&x ', '*x', '!!str ',
  '!!binary ', '? ', '|\n', '>-\n', '---\n', '...\n', '%YAML 1.2\n', '<<: ', '~', 'null', 'true', '0x1F', '1e400', '2026-02-30', '__proto__',
  'é', 'ع', '\u202E', '\uFEFF', '\u0000', 'cs-policy: 1\n', 'goals:\n', '  - id: g\n', 'target: soon\n',
  '%YAML 1.3\n---\n', '%FOO bar\n---\n', '&x: ', '!foo ', '!!int ', '!!seq ', '9_0', '0b11', '-0x1', '+.5', 'target: ',
];

const arbitraryYaml = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

/** A path inside a document, and a value to put there or a key to remove. */
type Mutation = { kind: 'set'; path: (string | number)[]; value: unknown } | { kind: 'delete'; path: (string | number)[] } | { kind: 'rename'; path: (string | number)[]; to: string };

function pathsOf(node: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) pathsOf(value, [...prefix, key], out);
  return out;
}

function applyMutation(data: unknown, mutation: Mutation): unknown {
  const root = structuredClone(data);
  const parentPath = mutation.path.slice(0, -1);
  const last = mutation.path.at(-1);
  if (last === undefined) return mutation.kind === 'set' ? mutation.value : root;
  let parent: any = root;
  for (const segment of parentPath) parent = parent?.[segment];
  if (!parent || typeof parent !== 'object') return root;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else if (!Array.isArray(parent)) {
    parent[mutation.to] = parent[last];
    delete parent[last];
  }
  return root;
}

const example = fc.constantFrom(...EXAMPLES);
const mutatedPolicy = example.chain((text) => {
  const data = parse(text);
  const paths = pathsOf(data);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('ASAP', 'بأسرع وقت', '0m', '99y', 'P1M', '2026-13-01', 'x', '', -1, 1e9)) }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
    fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...paths), to: fc.constantFrom('gaols', '__proto__', 'constructor', 'id', 'extra') }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => stringify(mutations.reduce(applyMutation, data)));
});

/** Line-level damage: the kind of thing a bad merge or a careless edit does. */
const damagedPolicy = fc.tuple(example, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'dup', 'tab', 'indent', 'cut', 'insert')), { minLength: 1, maxLength: 5 }), fc.constantFrom(...YAML_PIECES)).map(([text, edits, piece]) => {
  const lines = text.split('\n');
  for (const [a, b, op] of edits) {
    const i = a % lines.length;
    const line = lines[i] ?? '';
    if (op === 'drop') lines.splice(i, 1);
    else if (op === 'dup') lines.splice(i, 0, line);
    else if (op === 'tab') lines[i] = `\t${line}`;
    else if (op === 'indent') lines[i] = ` ${line}`;
    else if (op === 'cut') lines[i] = line.slice(0, b % (line.length + 1));
    else lines[i] = `${line.slice(0, b % (line.length + 1))}${piece}${line.slice(b % (line.length + 1))}`;
  }
  return lines.join('\n');
});

describe('validate never falls over', { timeout: PROPERTY_TIMEOUT }, () => {
  it.each([
    { name: 'arbitrary YAML-like text', texts: arbitraryYaml },
    { name: 'example policies with their data mutated', texts: mutatedPolicy },
    { name: 'example policies damaged line by line', texts: damagedPolicy },
  ])('on $name: findings inside the file, and the fast path agrees', ({ texts }) => {
    fc.assert(
      fc.property(texts, (text) => {
        expectLocated(lintText(text, 'p.yaml', OPTIONS), text);
        expectFastPathAgrees(text);
      }),
      PROPERTY_OPTIONS,
    );
  });

  // Cases the properties found, or a reading of yaml's warnings did, checked on every run whatever the seed.
  it.each([
    {
      name: 'a flow sequence continued on a line less indented than its key (FC_SEED=11)',
      text: EXAMPLES.find((text) => text.includes('whatsapp, letter]'))!.replace('whatsapp, letter]', 'whatsapp, \nletter]'),
      rule: 'yaml-syntax',
    },
    { name: 'an unsupported YAML version', text: `%YAML 1.3\n---\n${EXAMPLES[0]}`, rule: 'yaml-syntax' },
    { name: 'an unknown directive', text: `%FOO bar\n---\n${EXAMPLES[0]}`, rule: 'yaml-syntax' },
    { name: 'an anchor ending in a colon', text: EXAMPLES[0]!.replace(/^id: /m, 'id: &a: '), rule: 'yaml-syntax' },
    {
      name: 'a quoted scalar continued on a line less indented than its key (FC_SEED=23)',
      text: EXAMPLES.find((text) => text.includes('contact: "900"'))!.replace('contact: "900"', 'contact: "90\n0"'),
      rule: 'yaml-syntax',
    },
    { name: 'a carriage return alone as a line end', text: EXAMPLES[0]!.replace(/\nid: /, '\rid: '), rule: 'yaml-syntax' },
  ])('found before: $name', ({ text, rule }) => {
    expect(lintText(text, 'p.yaml', OPTIONS).map((finding) => finding.ruleId)).toContain(rule);
    expectFastPathAgrees(text);
  });

  it('leaves the example policies to the fast path: the careful path is for what needs it', () => {
    for (const text of EXAMPLES) expect(quickCheck(encoder.encode(text), OPTIONS)).toBeDefined();
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const findings = lintBytes(bytes, 'p.yaml', OPTIONS);
        for (const finding of findings) expect(finding.line).toBeGreaterThanOrEqual(1);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

describe('brief never turns policy text into markup', { timeout: PROPERTY_TIMEOUT }, () => {
  const policy = parse(EXAMPLES.find((text) => text.includes('id: bank-complaints'))!) as Policy;
  const html = readFileSync(join(ROOT, 'templates/briefing.html.eta'), 'utf8');
  const md = readFileSync(join(ROOT, 'templates/briefing.md.eta'), 'utf8');
  const templateTags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()));
  const hostileText = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', 'script', 'img', ' ', 'on', '=', '*', '_', '[', ']', '(', ')', '`', '#', '|', '\n', 'a', 'ع', '@', ':', 'www.', '!') , maxLength: 40 });

  it('in HTML or Markdown, in either language', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.constantFrom('en' as const, 'ar' as const), (goal, step, lang) => {
        const copy = structuredClone(policy);
        copy.goals[0]!.title = { en: goal || 'x', ar: goal || 'x' };
        copy.actions[1]!.title = step || 'y';
        copy.mission.statement = `${goal}${step}` || 'z';
        const view = briefingView(copy, 'complaints-handler', lang);
        const page = renderBriefing(html, view, 'html');
        const tags = [...page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase());
        for (const tag of tags) expect(templateTags.has(tag)).toBe(true);
        expect(page).not.toMatch(/<script|<img|<[^>]*\son\w*=[^>]*>/i);
        const markdown = renderBriefing(md, view, 'md');
        expect(markdown).not.toMatch(/(^|[^\\])<(?!\/?\s)/m);
      }),
      PROPERTY_OPTIONS,
    );
  });
});

describe('init --answers with mutated answers', { timeout: PROPERTY_TIMEOUT }, () => {
  const answers = parse(readFileSync(join(ROOT, 'test/fixtures/answers/water-utility.en.yaml'), 'utf8'));
  const paths = pathsOf(answers).filter((path) => path.length > 0);
  const mutatedAnswers = fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('soon', '0m', '2026-02-30', '101%', 'agent', '=external', 'not-a-role', true, [])) }),
      fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
    ),
    { minLength: 1, maxLength: 3 },
  ).map((mutations) => mutations.reduce<unknown>(applyMutation, answers));

  it('either builds a policy that validate judges, or names the answer that is wrong', async () => {
    const { ScriptedPrompter, AnswerError } = await import('../src/init/prompter.js');
    const { STEPS } = await import('../src/init/steps/index.js');
    const { answerChecks } = await import('../src/init/answer-checks.js');
    const { policyToYaml } = await import('../src/init/policy-yaml.js');
    await fc.assert(
      fc.asyncProperty(mutatedAnswers, fc.boolean(), async (data, yes) => {
        const draft = {};
        const context = { ask: new ScriptedPrompter(data, yes), lang: 'en' as const, today: OPTIONS.today, draft, previous: {}, check: answerChecks('en') };
        try {
          for (const step of STEPS) await step.run(context);
        } catch (error) {
          expect(error).toBeInstanceOf(AnswerError);
          expect((error as InstanceType<typeof AnswerError>).id).toMatch(/^[\w\-.[\]=]+$/);
          return;
        }
        const text = policyToYaml({ 'cs-policy': 1, version: '1.0.0', status: 'draft', effective_date: OPTIONS.today, ...draft }, 'en', 'schema.json');
        expectLocated(lintText(text, 'p.yaml', OPTIONS), text);
      }),
      { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_OPTIONS.numRuns ?? 1000, 500) },
    );
  });
});
