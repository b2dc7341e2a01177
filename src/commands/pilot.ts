import { policyLocale } from '../core/locale.js';
import { resolve } from 'node:path';
import { todayIso } from '../core/dates.js';
import type { Id, PilotResults, Policy } from '../core/policy.js';
import { didYouMean, didYouMeanHint } from '../core/suggest.js';
import { decodeText, sizeOverLimit } from '../core/text.js';
import { CliError, EXIT } from '../errors.js';
import { say, joinList, type Lang } from '../i18n/index.js';
import { displayPath, readBoundedFile } from '../io/files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import { actualValues, readAuditReport, type AuditFigures } from '../pilot/audit-figures.js';
import { evaluateCriteria, kpisById } from '../pilot/criteria.js';
import { rowProblemText, PILOT_MESSAGES } from '../pilot/messages.js';
import { pilotReport, pilotResults } from '../pilot/report.js';
import { applyScale, readResponses, type BadRow, type Draft, type ScaleMax } from '../pilot/responses.js';
import { policyToUse } from './check-files.js';
import type { CommandContext } from './context.js';
import { PILOT_FORMATS, type PilotInput } from './pilot.command.js';
import { IO_MESSAGES } from '../io/messages.js';

/** pilot's arguments and options, with --scale read as the scale's top value. */
export type PilotOptions = Omit<PilotInput, 'scale'> & { scale?: ScaleMax };

/** A file a user names, read within the size limit and decoded as UTF-8, or a CliError. */
function readText(absolute: string, shown: string, lang: Lang): string {
  return readTextAndBytes(absolute, shown, lang).text;
}

/** readText, with the bytes the text came from (an in-place edit is written only if they are still there). */
function readTextAndBytes(absolute: string, shown: string, lang: Lang): { text: string; bytes: Uint8Array } {
  const read = readBoundedFile(absolute, shown, IO_MESSAGES['io.notFound']);
  if ('tooLarge' in read) throw new CliError(PILOT_MESSAGES['pilot.inputTooLarge'], { file: shown, ...sizeOverLimit(lang, read.tooLarge) });
  const text = decodeText(read.bytes);
  if (text === undefined) throw new CliError(PILOT_MESSAGES['pilot.notText'], { file: shown });
  return { text, bytes: read.bytes };
}

/** `name=value` pairs of a repeatable option; the last one given for a name wins. */
function pairs(values: readonly string[] | undefined, message: (typeof PILOT_MESSAGES)['pilot.badKpiOption' | 'pilot.badKpiFromAudit']): [string, string][] {
  return (values ?? []).map((value) => {
    const at = value.indexOf('=');
    const name = value.slice(0, at).trim();
    const right = value.slice(at + 1).trim();
    if (at <= 0 || right === '') throw new CliError(message, { value });
    return [name, right];
  });
}

function knownKpi(policy: Policy, kpi: string, lang: CommandContext['lang']): void {
  const ids = [...kpisById(policy).keys()];
  if (!ids.includes(kpi)) throw new CliError(PILOT_MESSAGES['pilot.unknownKpi'], { kpi, suggestion: didYouMeanHint(lang, didYouMean(kpi, ids)), kpis: joinList(lang, ids) });
}

function readAudit(options: PilotOptions, context: CommandContext): AuditFigures | undefined {
  if (!options.audit) {
    if (options.kpiFromAudit?.length) throw new CliError(PILOT_MESSAGES['pilot.kpiFromAuditNeedsAudit']);
    return undefined;
  }
  const shown = options.audit;
  const text = readText(resolve(context.cwd, shown), shown, context.lang);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(PILOT_MESSAGES['pilot.auditNotJson'], { file: shown, message: (error as Error).message });
  }
  const figures = readAuditReport(data);
  if ('kind' in figures) {
    if (figures.kind === 'bad-standard') throw new CliError(PILOT_MESSAGES['pilot.auditBadStandard'], { file: shown, index: figures.index });
    throw new CliError(PILOT_MESSAGES['pilot.notAudit'], { file: shown });
  }
  return figures;
}

/**
 * Writes the results into the policy file: spliced into the text as read now, checked to still be
 * a valid policy holding exactly these results, then written whole or not at all.
 */
async function recordInPolicy(absolute: string, file: string, results: PilotResults, lintOptions: { lang: Lang; today: string }): Promise<void> {
  const { text: source, bytes } = readTextAndBytes(absolute, file, lintOptions.lang);
  // Loaded only here: editing YAML in place needs the yaml package, which a pilot report without
  // --record never touches. Imported with the command, it started with every run: the example's
  // pilot took 72.9 against 67.8 ms, timed in process (medians of 41 alternated runs).
  const { recordResults } = await import('../pilot/record.js');
  const outcome = recordResults(source, results);
  if ('problem' in outcome) {
    if (outcome.problem === 'no-pilot') throw new CliError(PILOT_MESSAGES['pilot.noPilot'], { file });
    throw new CliError(PILOT_MESSAGES['pilot.recordNotMapping'], { file });
  }
  const { checkPolicyText } = await import('../core/lint.js');
  const recheck = checkPolicyText(outcome.text, file, lintOptions);
  const errors = recheck.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new CliError(PILOT_MESSAGES['pilot.recordFailed'], { file, reason: `${errors[0]!.line}:${errors[0]!.column} ${errors[0]!.message}` });
  if (JSON.stringify(recheck.policy?.pilot?.results) !== JSON.stringify(results)) throw new CliError(PILOT_MESSAGES['pilot.recordFailed'], { file, reason: 'the written results read back differently' });
  const { writeEditedFile } = await import('../io/write.js');
  await writeEditedFile(absolute, bytes, outcome.text, file);
}

export async function pilot(options: PilotOptions, context: CommandContext): Promise<number> {
  const lang = context.lang;
  const margin = Number(options.margin);
  // Below a hundredth of a point the responses needed run past any number that can be counted.
  if (!Number.isFinite(margin) || margin < 0.01 || margin >= 100) throw new CliError(PILOT_MESSAGES['pilot.badMargin'], { value: options.margin });
  const absolute = resolve(context.cwd, options.policy);
  const file = displayPath(context.cwd, absolute);
  const responseFiles = options.responses.map((name) => resolve(context.cwd, name));
  const destination = reportDestination(context, options.output, [absolute, ...responseFiles, ...(options.audit ? [options.audit] : [])]);

  const today = options.today ?? todayIso();
  const policy = await policyToUse(context, { absolute, file }, today, 'refuse');
  if (!policy) throw new CliError(PILOT_MESSAGES['pilot.policyHasErrors'], { file });
  if (!policy.pilot) throw new CliError(PILOT_MESSAGES['pilot.noPilot'], { file });

  const criterionKpis = policy.pilot.success_criteria.map((criterion) => criterion.kpi);
  const given = new Map<Id, number>();
  for (const [kpi, text] of pairs(options.kpi, PILOT_MESSAGES['pilot.badKpiOption'])) {
    knownKpi(policy, kpi, lang);
    const value = Number(text);
    if (!Number.isFinite(value)) throw new CliError(PILOT_MESSAGES['pilot.badKpiOption'], { value: `${kpi}=${text}` });
    if (!criterionKpis.includes(kpi)) context.stderr.write(`${say(lang, PILOT_MESSAGES['pilot.notCriterion'], { kpi })}\n`);
    given.set(kpi, value);
  }
  const audit = readAudit(options, context);
  const fromAudit = new Map<Id, Id>();
  for (const [kpi, standard] of pairs(options.kpiFromAudit, PILOT_MESSAGES['pilot.badKpiFromAudit'])) {
    knownKpi(policy, kpi, lang);
    const standards = [...audit!.attainment.keys()];
    if (!standards.includes(standard)) throw new CliError(PILOT_MESSAGES['pilot.unknownAuditStandard'], { file: options.audit!, standard, suggestion: didYouMeanHint(lang, didYouMean(standard, standards)) });
    fromAudit.set(kpi, standard);
  }
  const criteria = evaluateCriteria(policy, actualValues(criterionKpis, { given, ...(audit ? { audit } : {}), fromAudit }));

  const rows: Draft[] = [];
  const bad: BadRow[] = [];
  const shownFiles = options.responses.map((name, i) => displayPath(context.cwd, responseFiles[i]!));
  responseFiles.forEach((path, i) => {
    const shown = shownFiles[i]!;
    const read = readResponses(readText(path, shown, lang), shown);
    if (read.fatal?.kind === 'missing-columns') throw new CliError(PILOT_MESSAGES['pilot.missingColumns'], { file: shown, columns: joinList(lang, read.fatal.columns) });
    if (read.fatal?.kind === 'bad-json') throw new CliError(PILOT_MESSAGES['pilot.badJson'], { file: shown, message: read.fatal.message });
    if (read.fatal?.kind === 'no-rows') throw new CliError(PILOT_MESSAGES['pilot.noRows'], { file: shown });
    rows.push(...read.rows);
    bad.push(...read.bad);
  });
  const scaled = applyScale(rows, bad, options.scale);
  if (scaled.responses.length === 0) {
    for (const row of scaled.bad) context.stderr.write(`${row.file}:${row.line}: ${rowProblemText(lang, row.problem)}\n`);
    throw new CliError(PILOT_MESSAGES['pilot.noResponses']);
  }

  const report = pilotReport({
    policy: { id: policy.id, title: policy.title, file, locale: policyLocale(policy, lang) },
    date: today,
    files: shownFiles,
    scaled,
    criteria,
    margin,
    ...(audit?.asOf ? { auditAsOf: audit.asOf } : {}),
  });
  const text = (await PILOT_FORMATS.load(options.format))(report, { lang, color: reportColor(destination, context, options.color) });
  await writeReport(destination, text, context);

  if (options.record) {
    await recordInPolicy(absolute, file, pilotResults(report, options.notes), { lang, today });
    context.stderr.write(`${say(lang, PILOT_MESSAGES.recorded, { decision: report.decision, file })}\n`);
  }
  return report.decision === 'adopt' ? EXIT.clean : EXIT.findings;
}
