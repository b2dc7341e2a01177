import { declare, defineCommand, flag, required, requiredChoice, text, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, HELPDESKS, outputLongOnly, today } from './options.js';

/** The plan's formats, one module each in src/export/format/. */
export const PLAN_FORMATS = defineFormats({
  text: () => import('../export/format/text.js'),
  json: () => import('../export/format/json.js'),
});

export const exportSpec = declare({
  name: 'export',
  help: 'help.export',
  arguments: { target: requiredChoice('help.exportTarget', HELPDESKS), policy: required('help.exportPolicy') },
  options: {
    format: format(PLAN_FORMATS.names, 'text', 'help.exportFormat'),
    out: text('-o, --out <dir>', 'help.exportOut'),
    output: outputLongOnly,
    map: text('--map <file>', 'help.exportMap'),
    apply: flag('--apply', 'help.apply'),
    prune: flag('--prune', 'help.prune'),
    yes: flag('-y, --yes', 'help.applyYes'),
    baseUrl: text('--base-url <url>', 'help.baseUrl'),
    today,
  },
});
export type ExportInput = CommandInput<typeof exportSpec>;

export const exportCommand = defineCommand(exportSpec, async (input, context) => {
  const { exportPolicy } = await import('./export.js');
  return exportPolicy(input, context);
});
