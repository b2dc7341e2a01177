/**
 * The one shape of a command: its name, arguments and options as data, and a run function that
 * takes them typed. The declaration is small and loaded for --help; the run function imports the
 * command's code only when it runs. The types a command's code works with are derived from its
 * declaration (CommandInput), so an option is declared and typed in one place.
 */
import type { Lang, Localized } from '../i18n/index.js';
import type { CommandContext } from './context.js';

/** A help text: a message in both languages, without plural forms. */
export type HelpText = Localized;

/** T is the value commander gives; never set, it only carries the type. */
export interface OptionSpec<T> {
  readonly flags: string;
  readonly help: HelpText;
  readonly choices?: readonly string[];
  readonly fallback?: string | number;
  /** Turns and checks the text given; throws CliError for a value it refuses. */
  parse?(value: string, previous: T): T;
  /**
   * For an option with choices: takes a value outside them (a formatter module's path), or answers
   * undefined, and the value is refused as any other that is not a choice.
   */
  beyondChoices?(value: string): T | undefined;
  readonly type?: T;
}

export interface ArgumentSpec<T> {
  readonly kind: 'required' | 'optional' | 'variadic' | 'optionalVariadic';
  readonly help: HelpText;
  readonly choices?: readonly string[];
  readonly type?: T;
}

export type OptionSpecs = Record<string, OptionSpec<unknown>>;
export type ArgumentSpecs = Record<string, ArgumentSpec<unknown>>;

export interface CommandSpec<A extends ArgumentSpecs = ArgumentSpecs, O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly help: HelpText;
  /** In the order the user gives them; each key is the argument's name in --help. */
  readonly arguments: A;
  /** Each key is the name commander derives from the long flag (`--fail-on` → failOn, `--no-color` → color). */
  readonly options: O;
}

type ValueOf<S> = S extends { type?: infer T } ? T : never;

/** What a command's code is given: its arguments and options by name, typed from the declaration. */
export type CommandInput<S extends CommandSpec> = { [K in keyof S['arguments']]: ValueOf<S['arguments'][K]> } & {
  [K in keyof S['options']]: ValueOf<S['options'][K]>;
};

/** What every command may know of the global options, besides the language already in the context. */
export interface GlobalInput {
  /** --lang as given; absent when the language came from the environment. */
  lang?: Lang;
}

export interface Command<S extends CommandSpec = CommandSpec> {
  readonly spec: S;
  // A method, so that every command fits one table of Command.
  run(input: CommandInput<S>, context: CommandContext, globals: GlobalInput): Promise<number>;
}

/** Declares a command's arguments and options; its type is what CommandInput reads. */
export const declare = <A extends ArgumentSpecs, O extends OptionSpecs>(spec: CommandSpec<A, O>): CommandSpec<A, O> => spec;

/** A declared command with the function that runs it (which should import the command's code lazily). */
export const defineCommand = <S extends CommandSpec>(spec: S, run: Command<S>['run']): Command<S> => ({ spec, run });

// Arguments.
export const required = (help: HelpText): ArgumentSpec<string> => ({ kind: 'required', help });
export const optional = (help: HelpText): ArgumentSpec<string | undefined> => ({ kind: 'optional', help });
export const variadic = (help: HelpText): ArgumentSpec<string[]> => ({ kind: 'variadic', help });
/** Zero or more: `[name...]`. */
export const optionalVariadic = (help: HelpText): ArgumentSpec<string[]> => ({ kind: 'optionalVariadic', help });
export const requiredChoice = <const C extends string>(help: HelpText, choices: readonly C[]): ArgumentSpec<C> => ({ kind: 'required', help, choices });

// Options.
export const flag = (flags: string, help: HelpText): OptionSpec<boolean | undefined> => ({ flags, help });
/** `--no-x`: true unless given. */
export const negation = (flags: `--no-${string}`, help: HelpText): OptionSpec<boolean> => ({ flags, help });
export function text(flags: string, help: HelpText): OptionSpec<string | undefined>;
export function text(flags: string, help: HelpText, fallback: string): OptionSpec<string>;
export function text(flags: string, help: HelpText, fallback?: string): OptionSpec<string | undefined> {
  return { flags, help, ...(fallback !== undefined ? { fallback } : {}) };
}
export function choice<const C extends string>(flags: string, help: HelpText, choices: readonly C[]): OptionSpec<C | undefined>;
export function choice<const C extends string>(flags: string, help: HelpText, choices: readonly C[], fallback: C): OptionSpec<C>;
export function choice<const C extends string>(flags: string, help: HelpText, choices: readonly C[], fallback?: C): OptionSpec<C | undefined> {
  return { flags, help, choices, ...(fallback !== undefined ? { fallback } : {}) };
}
/** An option whose value is turned and checked as it is read. */
export function parsed<T>(flags: string, help: HelpText, parse: (value: string) => T): OptionSpec<T | undefined>;
export function parsed<T extends string | number>(flags: string, help: HelpText, parse: (value: string) => T, fallback: T): OptionSpec<T>;
export function parsed<T>(flags: string, help: HelpText, parse: (value: string) => T, fallback?: T): OptionSpec<T | undefined> {
  return { flags, help, parse: (value) => parse(value), ...(fallback !== undefined ? { fallback: fallback as string | number } : {}) };
}
/** An option given once with several values (`-a agent lead`). */
export const list = (flags: `${string}...>`, help: HelpText): OptionSpec<string[] | undefined> => ({ flags, help });
/** An option given as many times as needed; every value is kept, in order. */
export const repeatable = (flags: string, help: HelpText): OptionSpec<string[] | undefined> => ({
  flags, help, parse: (value, previous) => [...(previous ?? []), value],
});
