import { SOURCE_CHECKS } from '../core/checks.js';
import { RULES } from '../rules/index.js';
import type { Formatter } from './formatter.js';

const toUri = (file: string) => file.split('\\').join('/').split('/').map(encodeURIComponent).join('/');

/** For GitHub code scanning: SARIF 2.1.0 with every rule's metadata. */
export const sarif: Formatter = (results, { lang, toolVersion }) => {
  const metas = [
    ...SOURCE_CHECKS,
    ...RULES.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, severity: rule.meta.severity })),
  ];
  const ruleIndex = new Map(metas.map((meta, i) => [meta.id, i]));
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
            rules: metas.map((meta) => ({
              id: meta.id,
              name: meta.id,
              shortDescription: { text: meta.description[lang] },
              fullDescription: { text: meta.description[lang] },
              help: { text: meta.description[lang] },
              defaultConfiguration: { level: meta.severity },
            })),
          },
        },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.ruleId,
            ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
            level: f.severity,
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(file) },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
