import { Argument, Command, CommanderError, Option } from 'commander';
import { wantsColor, type CommandContext } from './commands/context.js';
import { isIsoDate } from './core/dates.js';
import { AUDIT_FORMAT_NAMES, SOURCE_NAMES } from './audit/names.js';
import { CliError, EXIT } from './errors.js';
import { ACK_FORMAT_NAMES, type AckFormatName } from './acknowledgements/format/names.js';
import { DIFF_FORMAT_NAMES, type DiffFormatName } from './diff/format/names.js';
import { FORMAT_NAMES, type FormatName } from './format/index.js';
import { REVIEW_FORMAT_NAMES, type ReviewFormatName } from './review/format/names.js';
import { isLang, langFromEnv, t, type Lang } from './i18n/index.js';
import { COMPARE_FORMAT_NAMES, type CompareFormatName } from './compare/format/names.js';
import { PILOT_FORMAT_NAMES, type PilotFormatName } from './pilot/format/names.js';
import { TOOL_VERSION } from './version.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: CommandContext['stdin'];
  stdout: CommandContext['stdout'];
  stderr: CommandContext['stderr'];
}

function parseToday(value: string): string {
  if (!isIsoDate(value)) throw new CliError('cli.badToday', { value });
  return value;
}
/** Helpdesks export and import know; kept here so that --help needs no target code. src/targets/index.ts is the registry. */
const TARGET_CHOICES = ['zendesk', 'freshdesk'];

// stdin is a getter: Node sets up process.stdin on first use (3-4 ms), and only init and export ask.
const processIo = (): Io => ({ cwd: process.cwd(), env: process.env, get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr });

const HELP_TITLES: Record<Lang, Record<string, string>> = {
  en: {},
  ar: { 'Usage:': 'الاستخدام:', 'Options:': 'الخيارات:', 'Arguments:': 'المُدخلات:', 'Commands:': 'الأوامر:', 'Global Options:': 'الخيارات العامة:' },
};

/** --lang and --debug shape how even a usage error is reported, so they are read before parsing. */
function earlyFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) return argv[i + 1] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

function usageMessage(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption': return t(lang, 'cli.unknownOption', { option: quoted });
    case 'commander.unknownCommand': return t(lang, 'cli.unknownCommand', { command: quoted });
    case 'commander.missingArgument': return t(lang, 'cli.missingArgument', { argument: quoted });
    case 'commander.optionMissingArgument': return t(lang, 'cli.missingOptionValue', { option: quoted });
    case 'commander.excessArguments': return t(lang, 'cli.excessArguments');
    case 'commander.invalidArgument': {
      const choice = /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(error.message);
      if (choice) return t(lang, 'cli.invalidChoice', { option: choice[1]!, value: choice[2]!, choices: choice[3]! });
      const argumentChoice = /command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/.exec(error.message);
      if (argumentChoice) return t(lang, 'cli.invalidChoice', { option: argumentChoice[2]!, value: argumentChoice[1]!, choices: argumentChoice[3]! });
      return error.message.replace(/^error: /, '');
    }
    default: return error.message.replace(/^error: /, '');
  }
}

/** Runs the CLI and returns its exit code; only bin/ sets the process's exit code. */
export async function main(argv: string[], givenIo?: Io): Promise<number> {
  const langFlag = earlyFlag(argv, '--lang');
  const lang: Lang = isLang(langFlag) ? langFlag : langFromEnv(givenIo?.env ?? process.env);
  const debug = argv.includes('--debug');
  let io: Io;
  try {
    io = givenIo ?? processIo();
  } catch (error) {
    // process.cwd() fails when the folder the shell is in was deleted.
    if ((error as NodeJS.ErrnoException).syscall !== 'uv_cwd') throw error;
    process.stderr.write(`${t(lang, 'cli.noWorkingFolder')}\n`);
    return EXIT.failure;
  }
  const context: CommandContext = { cwd: io.cwd, lang, env: io.env, get stdin() { return io.stdin; }, stdout: io.stdout, stderr: io.stderr };
  const paintError = (text: string) => (wantsColor(io.stderr, io.env, !argv.includes('--no-color')) ? `\u001b[31m${text}\u001b[39m` : text);
  let exitCode: number = EXIT.clean;
  // Every command that judges dates takes --today the same way, so runs are reproducible.
  const todayOption = () => new Option('--today <date>', t(lang, 'help.today')).argParser(parseToday);
  let commandName = '';

  const program = new Command('cs-policy')
    .description(t(lang, 'cli.description'))
    .version(TOOL_VERSION, '-V, --version', t(lang, 'help.version'))
    .helpOption('-h, --help', t(lang, 'help.help'))
    .addOption(new Option('--lang <lang>', t(lang, 'help.lang')).choices(['en', 'ar']))
    .option('--debug', t(lang, 'help.debug'))
    .exitOverride()
    .showSuggestionAfterError(true)
    // Commander's own headings, in the user's language; subcommands inherit this.
    .configureHelp({
      styleTitle: (title: string) => HELP_TITLES[lang][title] ?? title,
      optionDescription: (option: Option) => {
        const extra: string[] = [];
        if (option.argChoices) extra.push(t(lang, 'help.choices', { choices: option.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
        if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(t(lang, 'help.default', { value: JSON.stringify(option.defaultValue) }));
        return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
      },
      argumentDescription: (argument: Argument) =>
        argument.argChoices ? `${argument.description} (${t(lang, 'help.choices', { choices: argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ') })})` : argument.description,
    })
    .helpCommand('help [command]', t(lang, 'help.helpCommand'))
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });
  program.hook('preAction', (_program, command) => {
    commandName = command.name();
  });

  program
    .command('validate')
    .description(t(lang, 'help.validate'))
    .argument('<paths...>', t(lang, 'help.paths'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.format')).choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', t(lang, 'help.output'))
    .addOption(new Option('--fail-on <severity>', t(lang, 'help.failOn')).choices(['error', 'warning']))
    .option('-c, --config <file>', t(lang, 'help.config'))
    .option('--no-color', t(lang, 'help.noColor'))
    .addOption(todayOption())
    .action(async (paths: string[], options: { format: FormatName; output?: string; failOn?: 'error' | 'warning'; config?: string; color?: boolean; today?: string }) => {
      const { validate } = await import('./commands/validate.js');
      exitCode = await validate({ paths, ...options, langFromFlag: isLang(langFlag) }, context);
    });

  program
    .command('init')
    .description(t(lang, 'help.init'))
    .argument('[file]', t(lang, 'help.initFile'))
    .option('--resume', t(lang, 'help.resume'))
    .option('--step <name>', t(lang, 'help.step'))
    .option('--answers <file>', t(lang, 'help.answers'))
    .option('-y, --yes', t(lang, 'help.yes'))
    .option('--force', t(lang, 'help.initForce'))
    .addOption(todayOption())
    .action(async (file: string | undefined, options: { resume?: boolean; step?: string; answers?: string; yes?: boolean; force?: boolean; today?: string }) => {
      const { init } = await import('./commands/init.js');
      exitCode = await init({ ...(file ? { file } : {}), ...options, ...(isLang(langFlag) ? { lang: langFlag } : {}) }, context);
    });

  program
    .command('brief')
    .description(t(lang, 'help.brief'))
    .argument('<policy>', t(lang, 'help.policy'))
    .option('-a, --audience <roles...>', t(lang, 'help.audience'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.briefFormat')).choices(['md', 'html', 'pdf']).default('html'))
    .option('-o, --out <dir>', t(lang, 'help.out'), 'briefings')
    .option('-t, --templates <dir>', t(lang, 'help.templates'))
    .option('--force', t(lang, 'help.force'))
    .option('--since <old>', t(lang, 'help.since'))
    .action(async (policy: string, options: { audience?: string[]; format: 'md' | 'html' | 'pdf'; out: string; templates?: string; force?: boolean; since?: string }) => {
      const { brief } = await import('./commands/brief.js');
      exitCode = await brief({ policy, ...options, ...(isLang(langFlag) ? { lang: langFlag } : {}) }, context);
    });

  program
    .command('schema')
    .description(t(lang, 'help.schema'))
    .option('-o, --output <file>', t(lang, 'help.output'))
    .action(async (options: { output?: string }) => {
      const { schema } = await import('./commands/schema.js');
      exitCode = await schema(options, context);
    });

  program
    .command('rules')
    .description(t(lang, 'help.rules'))
    .action(async () => {
      const { rules } = await import('./commands/rules.js');
      exitCode = await rules(context);
    });

  program
    .command('diff')
    .description(t(lang, 'help.diff'))
    .argument('<old>', t(lang, 'help.diffOld'))
    .argument('<new>', t(lang, 'help.diffNew'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.diffFormat')).choices(DIFF_FORMAT_NAMES).default('stylish'))
    .option('--no-color', t(lang, 'help.noColor'))
    .action(async (old: string, newer: string, options: { format: DiffFormatName; color?: boolean }) => {
      const { diff } = await import('./commands/diff.js');
      exitCode = await diff({ old, new: newer, ...options }, context);
    });

  program
    .command('review')
    .description(t(lang, 'help.review'))
    .argument('<paths...>', t(lang, 'help.paths'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.reviewFormat')).choices(REVIEW_FORMAT_NAMES).default('stylish'))
    .addOption(new Option('--within <days>', t(lang, 'help.within')).default(30).argParser((value) => {
      if (!/^\d+$/.test(value)) throw new CliError('review.badWithin', { value });
      return Number(value);
    }))
    .addOption(todayOption())
    .addOption(new Option('--bump <part>', t(lang, 'help.bump')).choices(['major', 'minor', 'patch']))
    .option('--summary <text>', t(lang, 'help.summary'))
    .option('--author <name>', t(lang, 'help.author'))
    .option('--no-color', t(lang, 'help.noColor'))
    .action(async (paths: string[], options: { format: ReviewFormatName; within: number; today?: string; bump?: 'major' | 'minor' | 'patch'; summary?: string; author?: string; color?: boolean }) => {
      const { review } = await import('./commands/review.js');
      exitCode = await review({ paths, ...options }, context);
    });

  program
    .command('acknowledgements')
    .description(t(lang, 'help.acknowledgements'))
    .argument('<policy>', t(lang, 'help.policy'))
    .argument('<staff>', t(lang, 'help.staff'))
    .argument('<acks>', t(lang, 'help.acks'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.reviewFormat')).choices(ACK_FORMAT_NAMES).default('stylish'))
    .addOption(todayOption())
    .option('--no-color', t(lang, 'help.noColor'))
    .action(async (policy: string, staff: string, acks: string, options: { format: AckFormatName; today?: string; color?: boolean }) => {
      const { acknowledgements } = await import('./commands/acknowledgements.js');
      exitCode = await acknowledgements({ policy, staff, acks, ...options }, context);
    });

  program
    .command('export')
    .description(t(lang, 'help.export'))
    .addArgument(new Argument('<target>', t(lang, 'help.exportTarget')).choices(TARGET_CHOICES))
    .argument('<policy>', t(lang, 'help.exportPolicy'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.exportFormat')).choices(['text', 'json']).default('text'))
    .option('-o, --out <dir>', t(lang, 'help.exportOut'))
    .option('--map <file>', t(lang, 'help.exportMap'))
    .option('--apply', t(lang, 'help.apply'))
    .option('-y, --yes', t(lang, 'help.applyYes'))
    .option('--base-url <url>', t(lang, 'help.baseUrl'))
    .addOption(todayOption())
    .action(async (target: 'zendesk' | 'freshdesk', policy: string, options: { format: 'text' | 'json'; out?: string; map?: string; apply?: boolean; yes?: boolean; baseUrl?: string; today?: string }) => {
      const { exportPolicy } = await import('./commands/export.js');
      exitCode = await exportPolicy({ target, policy, ...options }, context);
    });

  program
    .command('import')
    .description(t(lang, 'help.import'))
    .addArgument(new Argument('<target>', t(lang, 'help.exportTarget')).choices(TARGET_CHOICES))
    .argument('<files...>', t(lang, 'help.importFiles'))
    .option('-o, --output <file>', t(lang, 'help.importOutput'), 'policy.yaml')
    .option('--force', t(lang, 'help.importForce'))
    .action(async (target: 'zendesk' | 'freshdesk', files: string[], options: { output: string; force?: boolean }) => {
      const { importPolicy } = await import('./commands/import.js');
      exitCode = await importPolicy({ target, files, ...options, ...(isLang(langFlag) ? { lang: langFlag } : {}) }, context);
    });

  // pilot's repeatable options collect every value.
  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

  program
    .command('pilot')
    .description(t(lang, 'help.pilot'))
    .argument('<policy>', t(lang, 'help.policy'))
    .argument('<responses...>', t(lang, 'help.pilotResponses'))
    .addOption(new Option('--scale <scale>', t(lang, 'help.scale')).choices(['1-5', '1-7', '1-10']))
    .option('--kpi <kpi=value>', t(lang, 'help.kpi'), collect)
    .option('--audit <file>', t(lang, 'help.pilotAudit'))
    .option('--kpi-from-audit <kpi=standard>', t(lang, 'help.kpiFromAudit'), collect)
    .option('--margin <points>', t(lang, 'help.margin'), '5')
    .addOption(new Option('-f, --format <format>', t(lang, 'help.reportFormat')).choices(PILOT_FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', t(lang, 'help.output'))
    .option('--record', t(lang, 'help.record'))
    .option('--notes <text>', t(lang, 'help.notes'))
    .addOption(todayOption())
    .option('--no-color', t(lang, 'help.noColor'))
    .action(async (policy: string, responses: string[], options: { scale?: string; kpi?: string[]; audit?: string; kpiFromAudit?: string[]; margin: string; format: PilotFormatName; output?: string; record?: boolean; notes?: string; today?: string; color?: boolean }) => {
      const { pilot } = await import('./commands/pilot.js');
      const { scale, ...rest } = options;
      exitCode = await pilot({ policy, responses, ...rest, ...(scale ? { scale: Number(scale.slice(2)) as 5 | 7 | 10 } : {}) }, context);
    });

  program
    .command('compare')
    .description(t(lang, 'help.compare'))
    .argument('<policy>', t(lang, 'help.policy'))
    .option('--max-age <duration>', t(lang, 'help.maxAge'), '2y')
    .option('--tolerance <units>', t(lang, 'help.tolerance'), '0')
    .addOption(new Option('-f, --format <format>', t(lang, 'help.reportFormat')).choices(COMPARE_FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', t(lang, 'help.output'))
    .addOption(todayOption())
    .option('--no-color', t(lang, 'help.noColor'))
    .action(async (policy: string, options: { maxAge: string; tolerance: string; format: CompareFormatName; output?: string; today?: string; color?: boolean }) => {
      const { compare } = await import('./commands/compare.js');
      exitCode = await compare({ policy, ...options }, context);
    });

  program
    .command('audit')
    .description(t(lang, 'help.audit'))
    .argument('<policy>', t(lang, 'help.policy'))
    .argument('<exports...>', t(lang, 'help.auditExports'))
    .addOption(new Option('--source <source>', t(lang, 'help.auditSource')).choices(SOURCE_NAMES))
    .option('--map <file>', t(lang, 'help.auditMap'))
    .option('--as-of <time>', t(lang, 'help.auditAsOf'))
    .option('--from <time>', t(lang, 'help.auditFrom'))
    .option('--to <time>', t(lang, 'help.auditTo'))
    .option('--timezone <zone>', t(lang, 'help.auditTimezone'))
    .addOption(new Option('-f, --format <format>', t(lang, 'help.format')).choices(AUDIT_FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', t(lang, 'help.output'))
    .option('--no-color', t(lang, 'help.noColor'))
    .action(async (policy: string, exports: string[], options: Omit<import('./commands/audit.js').AuditOptions, 'policy' | 'exports'>) => {
      const { audit } = await import('./commands/audit.js');
      exitCode = await audit({ policy, exports, ...options }, context);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.clean;
      // No command at all: commander has printed the help to standard error; that is a usage error.
      if (error.code === 'commander.help') return EXIT.failure;
      const names = new Set(program.commands.map((command) => command.name()));
      const command = commandName || argv.find((arg) => names.has(arg)) || '';
      io.stderr.write(`${paintError(t(lang, 'cli.usage', { message: usageMessage(error, lang), command: command ? `${command} ` : '' }))}\n`);
      return EXIT.failure;
    }
    if (error instanceof CliError) {
      io.stderr.write(`${paintError(t(lang, error.messageId as 'io.notFound', error.params))}\n`);
      if (debug) io.stderr.write(`${error.stack}\n`);
      return EXIT.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${paintError(t(lang, debug ? 'cli.internalErrorTraced' : 'cli.internalError', { message }))}\n`);
    if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}
