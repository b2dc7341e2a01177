import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOURCE_CHECKS, type CheckMeta } from '../core/checks.js';
import type { Finding, RuleSetting } from '../core/finding.js';
import { type Lang, say } from '../i18n/index.js';
import { pathFromRoot } from '../io/repository-root.js';
import { RULES } from '../rules/index.js';
import type { Formatter } from './formatter.js';
import { FORMAT_MESSAGES } from './messages.js';

/** The README's rules table, as the package page shows it. */
export const RULES_HELP_URI = 'https://www.npmjs.com/package/cs-policy#rules';

/** The fingerprint's name; the version changes only if what it is computed from ever does. */
export const FINGERPRINT_KEY = 'csPolicyFinding/v1';

const SOURCE_ROOT = '%SRCROOT%';

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * SARIF's friendly rule name: a PascalCase identifier that differs from the id even ignoring case
 * (unique-ids → UniqueIds, schema → PolicySchema), as the SARIF Multitool asks.
 */
export function friendlyName(id: string): string {
  const name = id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return name.toLowerCase() === id.toLowerCase() ? `Policy${name}` : name;
}

/**
 * A 64-bit hash (two multiply-xorshift lanes, as cyrb53 does) printed as 16 hex digits: enough to
 * keep the fingerprints of one repository apart, without loading node:crypto at start-up.
 */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

type Location = { uri: string; uriBaseId?: typeof SOURCE_ROOT };

/**
 * Where a file is, for GitHub: relative to the repository root, which GitHub matches against its
 * checkout, whatever folder cs-policy ran in. A file outside the repository keeps its absolute URI.
 */
function locate(file: string, cwd: string | undefined, sourceRoot: string | undefined): Location {
  if (cwd === undefined && sourceRoot === undefined) return { uri: encodePath(file.split(sep).join('/')), uriBaseId: SOURCE_ROOT };
  const fromRoot = pathFromRoot(file, cwd, sourceRoot);
  if (fromRoot === undefined) return { uri: pathToFileURL(resolve(cwd ?? sourceRoot!, file)).href };
  return { uri: encodePath(fromRoot), uriBaseId: SOURCE_ROOT };
}

function helpOf(meta: CheckMeta, lang: Lang): { text: string; markdown: string } {
  const description = meta.description[lang];
  const link = `[${say(lang, FORMAT_MESSAGES['sarif.rulesTable'])}](${RULES_HELP_URI})`;
  if (!meta.help) return { text: description, markdown: `${description}\n\n${link}` };
  const why = meta.help.why[lang];
  const fix = meta.help.fix.trimEnd();
  const example = say(lang, FORMAT_MESSAGES['sarif.fixExample']);
  return {
    text: `${description} ${why}\n\n${example}\n\n${fix.replace(/^/gm, '    ')}`,
    markdown: `${description}\n\n${why}\n\n${example}\n\n\`\`\`yaml\n${fix}\n\`\`\`\n\n${link}`,
  };
}

/** A rule as SARIF describes it; built from the rule's metadata alone, so a new rule needs nothing here. */
export function ruleDescriptor(meta: CheckMeta, lang: Lang) {
  return {
    id: meta.id,
    name: friendlyName(meta.id),
    shortDescription: { text: meta.description[lang] },
    fullDescription: { text: meta.help ? `${meta.description[lang]} ${meta.help.why[lang]}` : meta.description[lang] },
    help: helpOf(meta, lang),
    helpUri: RULES_HELP_URI,
    defaultConfiguration: { level: meta.severity },
  };
}

/**
 * Survives edits elsewhere in the file: made of the rule, the file and the place in the document,
 * never the line, so an alert stays the same alert when lines move. `occurrence` tells apart
 * findings of one rule at one place.
 */
function fingerprint(ruleId: string, uri: string, finding: Finding, occurrence: number): string {
  return hash64(JSON.stringify([ruleId, uri, finding.path, occurrence]));
}

/** Settings from the project config that differ from a rule's default, as SARIF records them. */
function overrides(metas: readonly CheckMeta[], settings: Readonly<Record<string, RuleSetting>>) {
  return metas.flatMap((meta, index) => {
    const setting = settings[meta.id];
    if (setting === undefined || setting === meta.severity) return [];
    return [{ descriptor: { id: meta.id, index }, configuration: setting === 'off' ? { enabled: false } : { level: setting } }];
  });
}

/** For GitHub code scanning: SARIF 2.1.0 with every rule's metadata and help. */
export const sarif: Formatter = (results, { lang, toolVersion, cwd, sourceRoot, ruleSettings = {} }) => {
  const metas: CheckMeta[] = [
    ...SOURCE_CHECKS,
    ...RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, severity: meta.severity, ...(meta.help ? { help: meta.help } : {}) })),
  ];
  const ruleIndex = new Map(metas.map((meta, i) => [meta.id, i]));
  const root = sourceRoot ?? cwd;
  const recorded = overrides(metas, ruleSettings);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cs-policy',
            version: toolVersion,
            informationUri: 'https://www.npmjs.com/package/cs-policy',
            rules: metas.map((meta) => ruleDescriptor(meta, lang)),
          },
        },
        invocations: [{ executionSuccessful: true, ...(recorded.length > 0 ? { ruleConfigurationOverrides: recorded } : {}) }],
        language: lang,
        ...(root === undefined ? {} : { originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } } }),
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, findings }) => {
          const location = locate(file, cwd, sourceRoot);
          const seen = new Map<string, number>();
          return findings
            .filter((f) => ruleSettings[f.ruleId] !== 'off')
            .map((f) => {
              const place = JSON.stringify([f.ruleId, f.path]);
              const occurrence = seen.get(place) ?? 0;
              seen.set(place, occurrence + 1);
              return {
                ruleId: f.ruleId,
                ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
                level: f.severity,
                message: { text: f.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: location,
                      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                    },
                  },
                ],
                partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.ruleId, location.uri, f, occurrence) },
              };
            });
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
