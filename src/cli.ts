import { Argument, Command, CommanderError, Help, Option } from 'commander';
import type { Command as CliCommand, CommandInput, GlobalInput } from './commands/command.js';
import { wantsColor, type CommandContext } from './commands/context.js';
import { COMMANDS } from './commands/index.js';
import { CliError, EXIT } from './errors.js';
import { isLang, langFromEnv, type Lang, say, termFor, type Terms } from './i18n/index.js';

import { TOOL_VERSION } from './version.js';
import { CLI_MESSAGES } from './commands/messages.js';
import { IO_MESSAGES } from './io/messages.js';
import { standardInput, standardOutput } from './io/standard-output.js';
import { diagnosticStream, forTerminal, terminalText } from './report/terminal.js';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: CommandContext['stdin'];
  stdout: CommandContext['stdout'];
  stderr: CommandContext['stderr'];
}

// Node sets up each standard stream on first use, which costs milliseconds (standard-output.ts):
// standard output and error are written without their streams where Node's would write
// synchronously, and standard input is asked only whether it is a terminal.
const processIo = (): Io => ({
  cwd: process.cwd(), env: process.env, stdout: standardOutput(() => process.stdout, 1), stderr: standardOutput(() => process.stderr, 2),
  stdin: standardInput(() => process.stdin),
});

/** commander's section titles, by its own English words. */
const HELP_TITLE_TERMS = {
  'Usage:': { en: 'Usage:', ar: 'الاستخدام:' },
  'Options:': { en: 'Options:', ar: 'الخيارات:' },
  'Arguments:': { en: 'Arguments:', ar: 'المُدخلات:' },
  'Commands:': { en: 'Commands:', ar: 'الأوامر:' },
  'Global Options:': { en: 'Global Options:', ar: 'الخيارات العامة:' },
} as const satisfies Terms;

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
    case 'commander.unknownOption': return say(lang, CLI_MESSAGES['cli.unknownOption'], { option: quoted });
    case 'commander.unknownCommand': return say(lang, CLI_MESSAGES['cli.unknownCommand'], { command: quoted });
    case 'commander.missingArgument': return say(lang, CLI_MESSAGES['cli.missingArgument'], { argument: quoted });
    case 'commander.optionMissingArgument': return say(lang, CLI_MESSAGES['cli.missingOptionValue'], { option: quoted });
    case 'commander.excessArguments': return say(lang, CLI_MESSAGES['cli.excessArguments']);
    case 'commander.invalidArgument': {
      const choice = /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(error.message);
      if (choice) return say(lang, CLI_MESSAGES['cli.invalidChoice'], { option: choice[1]!, value: choice[2]!, choices: choice[3]! });
      const argumentChoice = /command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/.exec(error.message);
      if (argumentChoice) return say(lang, CLI_MESSAGES['cli.invalidChoice'], { option: argumentChoice[2]!, value: argumentChoice[1]!, choices: argumentChoice[3]! });
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
    process.stderr.write(`${say(lang, CLI_MESSAGES['cli.noWorkingFolder'])}\n`);
    return EXIT.failure;
  }
  // Errors and warnings quote what the user gave (file names, a parser's excerpt of a file):
  // shown, never obeyed by the terminal or the CI log.
  const stderr = diagnosticStream(io.stderr);
  const context: CommandContext = { cwd: io.cwd, lang, env: io.env, get stdin() { return io.stdin; }, get stdout() { return io.stdout; }, get stderr() { return stderr; } };
  const paintError = (text: string) => (wantsColor(stderr, io.env, !argv.includes('--no-color')) ? `\u001b[31m${text}\u001b[39m` : text);
  let exitCode: number = EXIT.clean;
  let commandName = '';

  const program = new Command('cs-policy')
    .description(say(lang, CLI_MESSAGES['cli.description']))
    .version(TOOL_VERSION, '-V, --version', say(lang, CLI_MESSAGES['help.version']))
    .helpOption('-h, --help', say(lang, CLI_MESSAGES['help.help']))
    .addOption(new Option('--lang <lang>', say(lang, CLI_MESSAGES['help.lang'])).choices(['en', 'ar']))
    .option('--debug', say(lang, CLI_MESSAGES['help.debug']))
    .exitOverride()
    .showSuggestionAfterError(true)
    // Commander's own headings, in the user's language; subcommands inherit this.
    .configureHelp({
      // Each command's --help also lists --lang and --debug, which every command honours;
      // --version is the program's alone.
      showGlobalOptions: true,
      visibleGlobalOptions(this: Help, command: Command) {
        return Help.prototype.visibleGlobalOptions.call(this, command).filter((option) => option.long !== '--version');
      },
      styleTitle: (title: string) => termFor(lang, HELP_TITLE_TERMS, title),
      optionDescription: (option: Option) => {
        const extra: string[] = [];
        if (option.argChoices) extra.push(say(lang, CLI_MESSAGES['help.choices'], { choices: option.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
        if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(say(lang, CLI_MESSAGES['help.default'], { value: JSON.stringify(option.defaultValue) }));
        return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
      },
      argumentDescription: (argument: Argument) =>
        argument.argChoices ? `${argument.description} (${say(lang, CLI_MESSAGES['help.choices'], { choices: argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ') })})` : argument.description,
    })
    .helpCommand('help [command]', say(lang, CLI_MESSAGES['help.helpCommand']))
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => stderr.write(text),
      outputError: () => undefined,
    });
  program.hook('preAction', (_program, command) => {
    commandName = command.name();
  });
  const globals: GlobalInput = isLang(langFlag) ? { lang: langFlag } : {};
  for (const declared of COMMANDS) {
    register(program, declared, lang, async (input) => {
      exitCode = await declared.run(input, context, globals);
    });
  }

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
      stderr.write(`${paintError(say(lang, CLI_MESSAGES['cli.usage'], { message: terminalText(usageMessage(error, lang)), help: `"cs-policy ${command ? `${command} ` : ''}--help"` }))}\n`);
      return EXIT.failure;
    }
    if (error instanceof CliError) {
      // A line break in a parameter (a file name) would end the message early; it reads as a space.
      stderr.write(`${paintError(say(lang, error.words, forTerminal(error.params)))}\n`);
      if (debug) stderr.write(`${error.stack}\n`);
      return EXIT.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`${paintError(say(lang, debug ? CLI_MESSAGES['cli.internalErrorTraced'] : CLI_MESSAGES['cli.internalError'], { message: terminalText(message) }))}\n`);
    if (debug && error instanceof Error) stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}

/** Adds one declared command to the program: its arguments and options in the user's language, and its run. */
function register(program: Command, declared: CliCommand, lang: Lang, run: (input: CommandInput<CliCommand['spec']>) => Promise<void>): void {
  const { spec } = declared;
  const command = program.command(spec.name).description(say(lang, spec.help));
  for (const [name, argument] of Object.entries(spec.arguments)) {
    const syntax = argument.kind === 'required' ? `<${name}>` : argument.kind === 'optional' ? `[${name}]` : argument.kind === 'optionalVariadic' ? `[${name}...]` : `<${name}...>`;
    const made = new Argument(syntax, say(lang, argument.help));
    if (argument.choices) made.choices(argument.choices);
    command.addArgument(made);
  }
  for (const [key, option] of Object.entries(spec.options)) {
    const made = new Option(option.flags, say(lang, option.help));
    // The key is what the command's code reads; commander names the value after the long flag.
    if (made.attributeName() !== key) throw new Error(`${spec.name}: option ${option.flags} is declared as "${key}"`);
    if (option.choices) made.choices(option.choices);
    if (option.parse) made.argParser(option.parse);
    if (option.choices && option.beyondChoices) {
      // commander's own check of the choices, kept for every value the option does not take itself.
      const checkChoice = made.parseArg!;
      const beyond = option.beyondChoices;
      made.argParser((value: string, previous: unknown) => beyond(value) ?? checkChoice(value, previous));
    }
    if (option.fallback !== undefined) made.default(option.fallback);
    command.addOption(made);
  }
  const names = Object.keys(spec.arguments);
  command.action(async (...values: unknown[]) => {
    // An optional argument not given is left out, as an option not given is.
    const input: Record<string, unknown> = Object.fromEntries(names.flatMap((name, i) => (values[i] === undefined ? [] : [[name, values[i]]])));
    await run({ ...input, ...command.opts() });
  });
}
