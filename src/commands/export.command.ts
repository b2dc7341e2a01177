import { declare, defineCommand, flag, required, requiredChoice, text, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, HELPDESKS, outputLongOnly, today } from './options.js';
import { CLI_MESSAGES } from './messages.js';

/** The plan's formats, one module each in src/export/format/. */
export const PLAN_FORMATS = defineFormats({
  text: () => import('../export/format/text.js'),
  json: () => import('../export/format/json.js'),
});

export const exportSpec = declare({
  name: 'export',
  help: CLI_MESSAGES['help.export'],
  arguments: { target: requiredChoice(CLI_MESSAGES['help.exportTarget'], HELPDESKS), policy: required(CLI_MESSAGES['help.exportPolicy']) },
  options: {
    format: format(PLAN_FORMATS.names, 'text', CLI_MESSAGES['help.exportFormat']),
    out: text('-o, --out <dir>', CLI_MESSAGES['help.exportOut']),
    output: outputLongOnly,
    map: text('--map <file>', CLI_MESSAGES['help.exportMap']),
    apply: flag('--apply', CLI_MESSAGES['help.apply']),
    prune: flag('--prune', CLI_MESSAGES['help.prune']),
    yes: flag('-y, --yes', CLI_MESSAGES['help.applyYes']),
    baseUrl: text('--base-url <url>', CLI_MESSAGES['help.baseUrl']),
    today,
  },
});
export type ExportInput = CommandInput<typeof exportSpec>;

export const exportCommand = defineCommand(exportSpec, async (input, context) => {
  const { exportPolicy } = await import('./export.js');
  return exportPolicy(input, context);
});
