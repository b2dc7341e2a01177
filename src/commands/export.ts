import { join, resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import { CliError, EXIT } from '../errors.js';
import planJson from '../export/format/json.js';
import { checkMap, type HelpdeskMap } from '../helpdesks/map.js';
import { EXPORT_MESSAGES } from '../export/messages.js';
import { openPlaceholders, type Plan } from '../helpdesks/plan.js';
import { say, type Lang } from '../i18n/index.js';
import { readExisting, sendSteps, TooManyPages, UnfilledPlaceholder } from '../io/apply.js';
import { displayPath, readBoundedFile } from '../io/files.js';
import { HttpError, httpClient, redactor, type HttpClient } from '../io/http.js';
import { checkBaseUrl, shownUrl } from '../helpdesks/shared.js';
import { sameFile } from '../io/same-file.js';
import { ensureDir, writeFileAtomic } from '../io/write.js';
import { reportDestination, writeReport } from '../report/destination.js';
import { TARGETS } from '../helpdesks/index.js';
import type { Step, Target } from '../helpdesks/target.js';
import { policyToUse } from './check-files.js';
import type { CommandContext } from './context.js';
import { PLAN_FORMATS, type ExportInput } from './export.command.js';
import { IO_MESSAGES } from '../io/messages.js';

export type ExportOptions = ExportInput;

async function readMap(file: string, context: CommandContext): Promise<HelpdeskMap> {
  const absolute = resolve(context.cwd, file);
  const shown = displayPath(context.cwd, absolute);
  const read = readBoundedFile(absolute, shown, IO_MESSAGES['io.notFound']);
  if ('tooLarge' in read) throw new CliError(EXPORT_MESSAGES['export.badMapFile'], { file: shown, reason: `${read.tooLarge} bytes` });
  const { parse } = await import('yaml');
  let value: unknown;
  try {
    value = parse(Buffer.from(read.bytes).toString('utf8'), { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    throw new CliError(EXPORT_MESSAGES['export.badMapFile'], { file: shown, reason: (error as Error).message.split('\n')[0]! });
  }
  const checked = checkMap(value ?? {});
  if ('path' in checked) throw new CliError(EXPORT_MESSAGES['export.badMap'], { file: shown, path: checked.path || '(root)', expected: checked.expected });
  return checked.map;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** The files a plan folder holds: each request's body, numbered in the order they are sent, then plan.json. */
function planFolderFiles(plan: Plan, dir: string): { file: string; body?: unknown }[] {
  const width = Math.max(2, String(plan.requests.length).length);
  const bodies = plan.requests.map((request, i) => ({
    file: join(dir, `${String(i + 1).padStart(width, '0')}-${request.method.toLowerCase()}-${request.object.kind}-${slug(request.object.name)}.json`),
    body: request.body,
  }));
  return [...bodies, { file: join(dir, 'plan.json') }];
}

/** The plan as JSON and each request's body as its own file; an input it would overwrite is refused first. */
async function writePlanFolder(plan: Plan, dir: string, shownDir: string, policyId: string, title: string, inputs: readonly string[], context: CommandContext): Promise<void> {
  const files = planFolderFiles(plan, dir);
  for (const { file } of files) {
    const input = inputs.find((item) => sameFile(item, file));
    if (input) throw new CliError(EXPORT_MESSAGES['export.outIsInput'], { dir: shownDir, file: displayPath(context.cwd, input) });
  }
  await ensureDir(dir, shownDir);
  for (const { file, body } of files) {
    const text = body === undefined ? planJson(plan, { lang: context.lang, policy: policyId, title }) : `${JSON.stringify(body, null, 2)}\n`;
    await writeFileAtomic(file, text, displayPath(context.cwd, file));
  }
}

function failureMessage(error: unknown, done: number, total: number, title: string, lang: Lang, baseUrl: string): CliError | undefined {
  if (error instanceof UnfilledPlaceholder) return new CliError(EXPORT_MESSAGES['export.unfilled'], { method: error.method, path: error.path, names: error.names.join(', ') });
  if (!(error instanceof HttpError)) return undefined;
  const { method, path, failure } = error;
  if (failure.kind === 'rate-limited') return new CliError(EXPORT_MESSAGES['export.rateLimited'], { method, path, target: title, tries: failure.tries, done, total });
  if (failure.kind === 'network') return new CliError(EXPORT_MESSAGES['export.networkFailed'], { method, path, reason: failure.reason, done, total });
  if (failure.kind === 'timeout' || failure.kind === 'too-large') return new CliError(EXPORT_MESSAGES['export.networkFailed'], { method, path, reason: sizeOrTime(failure, lang), done, total });
  if (failure.kind === 'next-elsewhere') return new CliError(EXPORT_MESSAGES['export.networkFailed'], { method, path, reason: say(lang, EXPORT_MESSAGES['apply.nextElsewhere'], { origin: failure.origin, base: baseUrl }), done, total });
  return new CliError(EXPORT_MESSAGES['export.httpFailed'], { method, path, status: failure.status, detail: failure.detail ? ` (${failure.detail})` : '', done, total });
}

function sizeOrTime(failure: { kind: 'timeout'; seconds: number } | { kind: 'too-large'; limitBytes: number }, lang: Lang): string {
  return failure.kind === 'timeout' ? say(lang, EXPORT_MESSAGES['apply.timeout'], { seconds: failure.seconds }) : say(lang, EXPORT_MESSAGES['apply.tooLarge'], { size: Math.round(failure.limitBytes / 1048576) });
}

/** The helpdesk's address: --base-url, else the target's variable for a test server, else the account's own. */
function helpdeskUrl(target: Target, given: string | undefined, fromEnv: string, env: NodeJS.ProcessEnv, lang: Lang): string {
  const variable = `CS_POLICY_${target.title.toUpperCase()}_URL`;
  const [source, value] = given ? ['--base-url', given] : env[variable] ? [variable, env[variable]!] : [undefined, fromEnv];
  const checked = checkBaseUrl(value);
  if ('problem' in checked) throw new CliError(EXPORT_MESSAGES['export.badBaseUrl'], { source: source ?? variable, value: shownUrl(value), problem: say(lang, EXPORT_MESSAGES[checked.problem]) });
  return checked.url;
}

/** A stream that removes secrets from everything written to it. */
function redacting(stream: CommandContext['stdout'], redact: (text: string) => string): CommandContext['stdout'] {
  return new Proxy(stream, {
    get(target, property, receiver) {
      if (property === 'write') return (text: string) => target.write(redact(String(text)));
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** An error as it may be printed: its parameters, message and stack without secrets. */
function redactedError(error: unknown, redact: (text: string) => string): unknown {
  if (error instanceof CliError) {
    const params = Object.fromEntries(Object.entries(error.params).map(([key, value]) => [key, typeof value === 'string' ? redact(value) : value]));
    return Object.assign(new CliError(error.words, params), { stack: redact(error.stack ?? '') });
  }
  if (error instanceof Error) {
    const clean = new Error(redact(error.message));
    clean.stack = redact(error.stack ?? '');
    return clean;
  }
  return new Error(redact(String(error)));
}

async function confirm(lang: Lang, message: string, context: CommandContext): Promise<boolean> {
  const { InquirerPrompter } = await import('../init/interactive.js');
  const prompter = new InquirerPrompter((text) => context.stdout.write(text), () => lang);
  try {
    return await prompter.confirm({ id: ['apply'], message, default: false });
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) return false;
    throw error;
  }
}

async function apply(target: Target, plan: Plan, options: ExportOptions, context: CommandContext): Promise<number> {
  const interactive = Boolean(context.stdin.isTTY && context.stdout.isTTY);
  if (!interactive && !options.yes) throw new CliError(EXPORT_MESSAGES['export.needsYes']);
  const credentials = target.credentials(context.env);
  if ('missing' in credentials) throw new CliError(EXPORT_MESSAGES['export.noCredentials'], { target: target.title, names: credentials.missing.join(', ') });
  if ('invalid' in credentials) throw new CliError(EXPORT_MESSAGES['export.badVariable'], { name: credentials.invalid.name, expected: say(context.lang, EXPORT_MESSAGES[credentials.invalid.expected]) });
  // Every word printed from here on, errors and --debug traces included, passes through this.
  const redact = redactor(credentials.secrets);
  const quiet = { ...context, stdout: redacting(context.stdout, redact), stderr: redacting(context.stderr, redact) };
  try {
    return await applyWith(target, plan, options, quiet, credentials.headers, credentials.secrets, helpdeskUrl(target, options.baseUrl, credentials.baseUrl, context.env, context.lang));
  } catch (error) {
    throw redactedError(error, redact);
  }
}

async function applyWith(target: Target, plan: Plan, options: ExportOptions, context: CommandContext, headers: Record<string, string>, secrets: string[], baseUrl: string): Promise<number> {
  const lang = context.lang;
  const client: HttpClient = httpClient({
    baseUrl, headers, secrets,
    onWait: (seconds) => context.stderr.write(`${say(lang, EXPORT_MESSAGES['apply.retrying'], { target: target.title, seconds })}\n`),
  });
  const out = (text: string) => context.stdout.write(`${text}\n`);
  for (const warning of plan.warnings) context.stderr.write(`${say(lang, EXPORT_MESSAGES[warning.id], warning.params)}\n`);
  out(say(lang, EXPORT_MESSAGES['apply.reading'], { target: target.title, url: baseUrl }));
  let steps: Step[];
  let left: Step[] = [];
  try {
    const existing = await readExisting(target, client);
    steps = target.reconcile(plan, existing);
    const leftovers = target.leftovers(plan, existing);
    if (options.prune) steps = [...steps, ...leftovers];
    else left = leftovers;
  } catch (error) {
    if (error instanceof TooManyPages) throw new CliError(EXPORT_MESSAGES['export.readNetworkFailed'], { path: error.path, target: target.title, reason: say(lang, EXPORT_MESSAGES['apply.tooManyPages'], { pages: error.pages }) });
    if (!(error instanceof HttpError)) throw error;
    const failure = error.failure;
    if (failure.kind === 'http') throw new CliError(EXPORT_MESSAGES['export.readFailed'], { path: error.path, target: target.title, status: failure.status, detail: failure.detail ? ` (${failure.detail})` : '' });
    if (failure.kind === 'next-elsewhere') throw new CliError(EXPORT_MESSAGES['export.readNetworkFailed'], { path: error.path, target: target.title, reason: say(lang, EXPORT_MESSAGES['apply.nextElsewhere'], { origin: failure.origin, base: baseUrl }) });
    if (failure.kind === 'timeout' || failure.kind === 'too-large') throw new CliError(EXPORT_MESSAGES['export.readNetworkFailed'], { path: error.path, target: target.title, reason: sizeOrTime(failure, lang) });
    throw new CliError(EXPORT_MESSAGES['export.readNetworkFailed'], { path: error.path, target: target.title, reason: failure.kind === 'network' ? failure.reason : `HTTP 429 × ${failure.tries}` });
  }
  const counts = { create: 0, update: 0, unchanged: 0, remove: 0 };
  for (const step of steps) {
    counts[step.action] += 1;
    const where = step.action === 'unchanged' ? `${step.request.method} ${step.request.path}` : `${step.method} ${step.path}`;
    out(`  ${say(lang, EXPORT_MESSAGES[`apply.step.${step.action}`]).padEnd(10)} ${step.request.object.kind} "${step.request.object.name}"  ${where}`);
  }
  // What this policy made earlier and no longer has: removed with --prune, else listed and left.
  for (const step of left) out(`  ${say(lang, EXPORT_MESSAGES['apply.step.left']).padEnd(10)} ${step.request.object.kind} "${step.request.object.name}"`);
  out(`${say(lang, EXPORT_MESSAGES['apply.summary'], counts)}${counts.remove > 0 ? ` ${say(lang, EXPORT_MESSAGES['apply.summaryRemove'], counts)}` : ''}`);
  if (left.length > 0) out(say(lang, EXPORT_MESSAGES['apply.left'], { count: left.length }));
  const total = counts.create + counts.update + counts.remove;
  if (total === 0) {
    out(say(lang, EXPORT_MESSAGES['apply.nothing'], { target: target.title }));
    return EXIT.clean;
  }
  if (!options.yes && !(await confirm(lang, say(lang, EXPORT_MESSAGES['apply.confirm'], { count: total, target: target.title }), context))) {
    out(say(lang, EXPORT_MESSAGES['apply.declined']));
    return EXIT.clean;
  }
  let done = 0;
  try {
    await sendSteps(target, steps, client, (step, status, path) => {
      done += 1;
      out(say(lang, EXPORT_MESSAGES['apply.sent'], { method: step.action === 'unchanged' ? '' : step.method, path, status }));
    });
  } catch (error) {
    const message = failureMessage(error, done, total, target.title, lang, baseUrl);
    if (message) throw message;
    throw error;
  }
  out(say(lang, EXPORT_MESSAGES['apply.done'], { count: done, target: target.title }));
  return EXIT.clean;
}

export async function exportPolicy(options: ExportOptions, context: CommandContext): Promise<number> {
  const target = TARGETS[options.target];
  const absolute = resolve(context.cwd, options.policy);
  const file = displayPath(context.cwd, absolute);
  const destination = reportDestination(context, options.output, [absolute, ...(options.map ? [options.map] : [])]);
  const today = options.today ?? todayIso();
  const policy = await policyToUse(context, { absolute, file }, today, 'refuse');
  if (!policy) {
    context.stderr.write(`${say(context.lang, EXPORT_MESSAGES['export.notExportable'], { file })}\n`);
    return EXIT.failure;
  }
  const map = options.map ? await readMap(options.map, context) : undefined;
  const plan = target.plan(policy, { ...(map ? { map } : {}), today });
  // A placeholder no request creates would reach the helpdesk as text: that is a bug in a target.
  const made = new Set(plan.requests.flatMap((request) => (request.creates ? [request.creates] : [])));
  for (const request of plan.requests) {
    for (const name of openPlaceholders([request.path, request.body])) if (!made.has(name)) throw new Error(`${request.path}: nothing creates {${name}}`);
  }
  const formatOptions = { lang: context.lang, policy: policy.id, title: target.title };
  if (options.out) {
    const dir = resolve(context.cwd, options.out);
    const shownDir = displayPath(context.cwd, dir);
    await writePlanFolder(plan, dir, shownDir, policy.id, target.title, [absolute, ...(options.map ? [resolve(context.cwd, options.map)] : [])], context);
    context.stderr.write(`${say(context.lang, EXPORT_MESSAGES['plan.wrote'], { count: plan.requests.length, dir: shownDir })}\n`);
  }
  if (options.apply) return apply(target, plan, options, context);
  await writeReport(destination, (await PLAN_FORMATS.load(options.format))(plan, formatOptions), context);
  return EXIT.clean;
}
