import { CliError } from '../errors.js';
import { choice, declare, defineCommand, parsed, text, variadic, type CommandInput } from './command.js';
import { defineFormats } from '../report/formats.js';
import { format, noColor, output, today } from './options.js';
import { CLI_MESSAGES } from './messages.js';
import { REVIEW_MESSAGES } from '../review/messages.js';

/** review's report formats, one module each in src/review/format/. */
export const REVIEW_FORMATS = defineFormats({
  stylish: () => import('../review/format/stylish.js'),
  json: () => import('../review/format/json.js'),
  md: () => import('../review/format/md.js'),
});

export const reviewSpec = declare({
  name: 'review',
  help: REVIEW_MESSAGES['help.review'],
  arguments: { paths: variadic(CLI_MESSAGES['help.paths']) },
  options: {
    format: format(REVIEW_FORMATS.names, 'stylish', CLI_MESSAGES['help.reviewFormat']),
    output,
    within: parsed('--within <days>', REVIEW_MESSAGES['help.within'], (value) => {
      // Past 200 years ahead no date is on the calendars cs-policy knows (1900-2199).
      if (!/^\d+$/.test(value) || Number(value) > 73_000) throw new CliError(REVIEW_MESSAGES['review.badWithin'], { value });
      return Number(value);
    }, 30),
    today,
    bump: choice('--bump <part>', REVIEW_MESSAGES['help.bump'], ['major', 'minor', 'patch']),
    summary: text('--summary <text>', REVIEW_MESSAGES['help.summary']),
    author: text('--author <name>', REVIEW_MESSAGES['help.author']),
    color: noColor,
  },
});
export type ReviewInput = CommandInput<typeof reviewSpec>;

export const reviewCommand = defineCommand(reviewSpec, async (input, context) => {
  const { review } = await import('./review.js');
  return review(input, context);
});
