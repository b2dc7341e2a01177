import { resolve } from 'node:path';
import { CSV_REASONS, ACK_MESSAGES } from '../acknowledgements/messages.js';
import { acknowledgementReport } from '../acknowledgements/status.js';
import { readAcknowledgements, readStaff, type TableProblem } from '../acknowledgements/tables.js';
import { todayIso } from '../core/dates.js';
import { textIn } from '../core/policy.js';
import { didYouMean, didYouMeanHint } from '../core/suggest.js';
import { decodeText } from '../core/text.js';
import { CliError, EXIT } from '../errors.js';
import { joinList, say, type Lang } from '../i18n/index.js';
import { parseCsv, type CsvRecord } from '../core/csv.js';
import { displayPath, readBoundedFile } from '../io/files.js';
import { policyToUse } from './check-files.js';
import { reportColor, reportDestination, writeReport } from '../report/destination.js';
import type { CommandContext } from './context.js';
import { ACK_FORMATS, type AcknowledgementsInput } from './acknowledgements.command.js';
import { IO_MESSAGES } from '../io/messages.js';

export type AcknowledgementsOptions = AcknowledgementsInput;

const csvError = (lang: Lang, file: string, line: number, reason: keyof typeof CSV_REASONS, params: Record<string, string> = {}) =>
  new CliError(ACK_MESSAGES['acks.badCsv'], { file, line, reason: say(lang, CSV_REASONS[reason], params) });

/** A CSV the user names, read whole (staff lists and form exports are small), every bad row named by its line. */
function readCsv(path: string, context: CommandContext): { file: string; records: CsvRecord[] } {
  const absolute = resolve(context.cwd, path);
  const file = displayPath(context.cwd, absolute);
  const read = readBoundedFile(absolute, file, IO_MESSAGES['io.notFound']);
  if ('tooLarge' in read) throw csvError(context.lang, file, 1, 'tooLarge');
  const text = decodeText(read.bytes);
  if (text === undefined) throw csvError(context.lang, file, 1, 'notText');
  const { records, problems } = parseCsv(text);
  const problem = problems[0];
  if (problem) throw csvError(context.lang, file, problem.line, problem.kind === 'too-long' ? 'tooLarge' : problem.kind);
  return { file, records };
}

function tableError(lang: Lang, file: string, problem: TableProblem, today = ''): CliError {
  switch (problem.kind) {
    case 'empty': return csvError(lang, file, 1, 'empty');
    case 'missingColumn': return new CliError(ACK_MESSAGES['acks.missingColumn'], { file, column: problem.column, columns: joinList(lang, problem.columns.map((c) => `"${c}"`)) });
    case 'missingCell': return csvError(lang, file, problem.line, 'missingCell', { column: problem.column });
    case 'badDate': return csvError(lang, file, problem.line, 'badDate', { value: problem.value });
    case 'notRealDate': return csvError(lang, file, problem.line, 'notRealDate', { value: problem.value });
    case 'futureDate': return csvError(lang, file, problem.line, 'futureDate', { value: problem.value, today });
    case 'noStaff': return csvError(lang, file, 1, 'noStaff');
  }
}

export async function acknowledgements(options: AcknowledgementsOptions, context: CommandContext): Promise<number> {
  const lang = context.lang;
  const today = options.today ?? todayIso();
  const absolute = resolve(context.cwd, options.policy);
  const file = displayPath(context.cwd, absolute);
  const destination = reportDestination(context, options.output, [absolute, options.staff, options.acks]);
  const policy = await policyToUse(context, { absolute, file }, today, 'allow');
  if (!policy) {
    context.stderr.write(`${say(lang, ACK_MESSAGES['acks.notReadable'], { file })}\n`);
    return EXIT.failure;
  }
  if (!policy.rollout.acknowledgement?.required) throw new CliError(ACK_MESSAGES['acks.noDeadline'], { file });

  const staffCsv = readCsv(options.staff, context);
  const staff = readStaff(staffCsv.records);
  if ('problem' in staff) throw tableError(lang, staffCsv.file, staff.problem);
  const acksCsv = readCsv(options.acks, context);
  // No acknowledgement can be dated after the real today; one dated after --today (a look at an
  // earlier day) had not happened yet then, and the report leaves it out.
  const clockToday = todayIso();
  const acks = readAcknowledgements(acksCsv.records, clockToday > today ? clockToday : today);
  if ('problem' in acks) throw tableError(lang, acksCsv.file, acks.problem, clockToday > today ? clockToday : today);

  const report = acknowledgementReport(policy, staff.staff, acks.acks.filter((ack) => ack.date <= today), today);
  const unknown = report.unknownRoles[0];
  if (unknown) {
    const ids = policy.roles.map((role) => role.id);
    throw csvError(lang, staffCsv.file, unknown.line, 'unknownRole', { role: unknown.role, suggestion: didYouMeanHint(lang, didYouMean(unknown.role, ids)), roles: joinList(lang, ids) });
  }
  const roleNames = Object.fromEntries(policy.roles.map((role) => [role.id, textIn(role.name, lang)]));
  await writeReport(destination, (await ACK_FORMATS.load(options.format))(report, { lang, color: reportColor(destination, context, options.color), roleNames }), context);
  return report.roles.some((role) => role.people.some((person) => person.status === 'late')) ? EXIT.findings : EXIT.clean;
}
