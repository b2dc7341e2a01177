import { declare, defineCommand, flag, required, requiredChoice, text, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, HELPDESKS, outputLongOnly, today } from './options.js';
import { EXPORT_MESSAGES } from '../export/messages.js';

/** The plan's formats, one module each in src/export/format/. */
export const PLAN_FORMATS = defineFormats({
  text: () => import('../export/format/text.js'),
  json: () => import('../export/format/json.js'),
});

export const exportSpec = declare({
  name: 'export',
  help: EXPORT_MESSAGES['help.export'],
  arguments: { target: requiredChoice(EXPORT_MESSAGES['help.exportTarget'], HELPDESKS), policy: required(EXPORT_MESSAGES['help.exportPolicy']) },
  options: {
    format: format(PLAN_FORMATS.names, 'text', EXPORT_MESSAGES['help.exportFormat']),
    out: text('-o, --out <dir>', EXPORT_MESSAGES['help.exportOut']),
    output: outputLongOnly,
    map: text('--map <file>', EXPORT_MESSAGES['help.exportMap']),
    apply: flag('--apply', EXPORT_MESSAGES['help.apply']),
    prune: flag('--prune', EXPORT_MESSAGES['help.prune']),
    yes: flag('-y, --yes', EXPORT_MESSAGES['help.applyYes']),
    baseUrl: text('--base-url <url>', EXPORT_MESSAGES['help.baseUrl']),
    today,
  },
});
export type ExportInput = CommandInput<typeof exportSpec>;

export const exportCommand = defineCommand(exportSpec, async (input, context) => {
  const { exportPolicy } = await import('./export.js');
  return exportPolicy(input, context);
});
