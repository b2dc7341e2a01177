import { declare, defineCommand, required, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output, today } from './options.js';
import { CLI_MESSAGES } from './messages.js';
import { ACK_MESSAGES } from '../acknowledgements/messages.js';

/** acknowledgements's report formats, one module each in src/acknowledgements/format/. */
export const ACK_FORMATS = defineFormats({
  stylish: () => import('../acknowledgements/format/stylish.js'),
  json: () => import('../acknowledgements/format/json.js'),
  md: () => import('../acknowledgements/format/md.js'),
});

export const acknowledgementsSpec = declare({
  name: 'acknowledgements',
  help: ACK_MESSAGES['help.acknowledgements'],
  arguments: { policy: required(CLI_MESSAGES['help.policy']), staff: required(ACK_MESSAGES['help.staff']), acks: required(ACK_MESSAGES['help.acks']) },
  options: { format: format(ACK_FORMATS.names, 'stylish', CLI_MESSAGES['help.reviewFormat']), output, today, color: noColor },
});
export type AcknowledgementsInput = CommandInput<typeof acknowledgementsSpec>;

export const acknowledgementsCommand = defineCommand(acknowledgementsSpec, async (input, context) => {
  const { acknowledgements } = await import('./acknowledgements.js');
  return acknowledgements(input, context);
});
