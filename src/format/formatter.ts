import type { FileResult } from '../core/finding.js';
import type { Lang } from '../i18n/index.js';

export interface FormatOptions {
  lang: Lang;
  /** Colour for a terminal; formatters that are not for terminals ignore it. */
  color: boolean;
  /** Version of cs-policy, for formats that name their tool. */
  toolVersion: string;
}

/** A formatter is pure: results in, text out. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
