import { choice, declare, defineCommand, flag, repeatable, required, text, variadic, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output, today } from './options.js';
import { CLI_MESSAGES } from './messages.js';
import { PILOT_MESSAGES } from '../pilot/messages.js';

/** pilot's report formats, one module each in src/pilot/format/. */
export const PILOT_FORMATS = defineFormats({
  stylish: () => import('../pilot/format/stylish.js'),
  json: () => import('../pilot/format/json.js'),
  md: () => import('../pilot/format/md.js'),
  html: () => import('../pilot/format/html.js'),
});

export const pilotSpec = declare({
  name: 'pilot',
  help: PILOT_MESSAGES['help.pilot'],
  arguments: { policy: required(CLI_MESSAGES['help.policy']), responses: variadic(PILOT_MESSAGES['help.pilotResponses']) },
  options: {
    scale: choice('--scale <scale>', PILOT_MESSAGES['help.scale'], ['1-5', '1-7', '1-10']),
    kpi: repeatable('--kpi <kpi=value>', PILOT_MESSAGES['help.kpi']),
    audit: text('--audit <file>', PILOT_MESSAGES['help.pilotAudit']),
    kpiFromAudit: repeatable('--kpi-from-audit <kpi=standard>', PILOT_MESSAGES['help.kpiFromAudit']),
    margin: text('--margin <points>', PILOT_MESSAGES['help.margin'], '5'),
    format: format(PILOT_FORMATS.names, 'stylish', CLI_MESSAGES['help.reportFormat']),
    output,
    record: flag('--record', PILOT_MESSAGES['help.record']),
    notes: text('--notes <text>', PILOT_MESSAGES['help.notes']),
    today,
    color: noColor,
  },
});
export type PilotInput = CommandInput<typeof pilotSpec>;

export const pilotCommand = defineCommand(pilotSpec, async ({ scale, ...input }, context) => {
  const { pilot } = await import('./pilot.js');
  return pilot({ ...input, ...(scale ? { scale: Number(scale.slice(2)) as 5 | 7 | 10 } : {}) }, context);
});
