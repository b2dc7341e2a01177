import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lsp-client.js';
import { policyText } from '../helpers/policy-text.js';
import { ROOT, tempProject } from '../helpers/run-cli.js';

/** yaml-language-server (the YAML support of VS Code, Neovim and others), driven as an editor drives it. */
const SERVER = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');

interface Position { line: number; character: number }
interface Diagnostic { range: { start: Position; end: Position }; message: string; severity?: number }
interface CompletionItem { label: string }
interface Hover { contents: { kind: string; value: string } | string }

const MODELINE = '# yaml-language-server: $schema=../schema/policy.schema.json\n';

let client: LspClient;
let project: string;

beforeAll(async () => {
  project = tempProject();
  mkdirSync(join(project, 'schema'));
  mkdirSync(join(project, 'policies'));
  copyFileSync(join(ROOT, 'schema', 'policy.schema.json'), join(project, 'schema', 'policy.schema.json'));
  const settings = { validate: true, hover: true, completion: true, schemaStore: { enable: false }, format: { enable: false } };
  client = new LspClient(process.execPath, [SERVER, '--stdio'], (section) => (section === 'yaml' ? settings : section === undefined ? { yaml: settings } : null));
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(project).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { completion: { completionItem: { snippetSupport: false } }, hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
    },
    workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'project' }],
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
}, 30_000);

afterAll(async () => {
  await client?.close();
});

let opened = 0;
/** Opens a policy as an editor would and waits for the server's first diagnostics on it. */
async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = pathToFileURL(join(project, 'policies', `p${++opened}.yaml`)).href;
  const published = client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (params) => params.uri === uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  return { uri, diagnostics: (await published).diagnostics };
}

/** The position `shift` characters into the first occurrence of `marker` in `text` (by default, just after it). */
function at(text: string, marker: string, shift = marker.length): Position {
  expect(text).toContain(marker);
  const before = text.slice(0, text.indexOf(marker) + shift).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('yaml-language-server with the policy schema from the modeline', () => {
  it('accepts a valid policy', async () => {
    const { diagnostics } = await open(MODELINE + policyText());
    expect(diagnostics).toEqual([]);
  });

  it('puts a diagnostic on a typo\'d key, where the key is', async () => {
    const text = MODELINE + policyText().replace('organisation:', 'organization:');
    const { diagnostics } = await open(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('organization:'));
    expect(diagnostics.map((d) => ({ line: d.range.start.line, character: d.range.start.character, end: d.range.end.character }))).toContainEqual({ line, character: 0, end: 'organization'.length });
    expect(diagnostics.find((d) => d.range.start.line === line)!.message).toContain('organization');
  });

  it.each([
    ['a duration', 'target: 1h', 'target: soon', 'target: '.length, 'Write a duration such as 90s, 4h or 5d'],
    ['an id', '{ id: answer,', '{ id: Answer,', '{ id: '.length, 'Write an id: lower-case letters, digits and hyphens, such as front-line.'],
    ['a duration given as a number', 'target: 2d', 'target: 2', 'target: '.length, 'Write a duration such as 90s, 4h or 5d'],
  ])('says how to write %s instead of showing a regular expression', async (_name, from, to, offset, advice) => {
    const text = MODELINE + policyText().replace(from, to);
    const { diagnostics } = await open(text);
    const start = at(text, to, offset);
    const found = diagnostics.filter((d) => d.range.start.line === start.line && d.range.start.character === start.character);
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining(advice)]);
    expect(diagnostics.every((d) => !d.message.includes('pattern'))).toBe(true);
  });

  it.each([
    ['target: 1h', 'Standard: target'],
    ['metric: resolution', 'Standard: metric'],
    ['kind: supervisor', 'Staff role: kind'],
    ['after: 1d', 'Escalation level: after'],
    ['cadence: 1y', 'Review: cadence'],
  ])('names the thing under the cursor on hover (%s)', async (marker, title) => {
    const text = MODELINE + policyText();
    const { uri } = await open(text);
    const position = at(text, marker, 2);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    const contents = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(contents.split('\n')[0]).toBe(`#### ${title}`);
  });

  it('offers the keys of a standard when completing inside one', async () => {
    const text = MODELINE + policyText({ standards: 'standards:\n  - id: new\n    \n' });
    const { uri } = await open(text);
    const completion = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: at(text, 'standards:\n  - id: new\n    '),
    });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['action', 'metric', 'target', 'clock', 'calendar', 'attainment']));
    expect(labels).not.toContain('goals');
  });
});
