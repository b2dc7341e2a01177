/**
 * The one way a command declares its report formats: a name and a loader per format, where each
 * format is one module whose default export is its formatter. `--format` takes exactly the names
 * declared (and `--help` lists them without loading any format); a format's module is loaded only
 * when it is chosen. Adding a format is its file, its line in the command's declaration, and its test.
 */

/** A loader per format name: `() => import('./stylish.js')`. */
export type FormatLoaders = Record<string, () => Promise<{ default: unknown }>>;

/** The formatter type the loaders give: one type when every format module is typed as the command's formatter. */
type FormatterOf<L extends FormatLoaders> = Awaited<ReturnType<L[keyof L]>>['default'];

export interface Formats<N extends string, F> {
  /** In the order declared: --format's choices, and what --help shows. */
  readonly names: readonly N[];
  /** The formatter of one format, its module loaded now. */
  load(name: N): Promise<F>;
}

export function defineFormats<const L extends FormatLoaders>(loaders: L): Formats<keyof L & string, FormatterOf<L>> {
  return {
    names: Object.keys(loaders) as (keyof L & string)[],
    load: async (name) => (await loaders[name]!()).default as FormatterOf<L>,
  };
}
