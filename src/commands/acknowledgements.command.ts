import { ACK_FORMAT_NAMES } from '../acknowledgements/format/names.js';
import { declare, defineCommand, required, type CommandInput } from './command.js';
import { format, noColor, output, today } from './options.js';

export const acknowledgementsSpec = declare({
  name: 'acknowledgements',
  help: 'help.acknowledgements',
  arguments: { policy: required('help.policy'), staff: required('help.staff'), acks: required('help.acks') },
  options: { format: format(ACK_FORMAT_NAMES, 'stylish', 'help.reviewFormat'), output, today, color: noColor },
});
export type AcknowledgementsInput = CommandInput<typeof acknowledgementsSpec>;

export const acknowledgementsCommand = defineCommand(acknowledgementsSpec, async (input, context) => {
  const { acknowledgements } = await import('./acknowledgements.js');
  return acknowledgements(input, context);
});
