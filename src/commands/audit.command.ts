import { SOURCE_NAMES } from '../audit/names.js';
import { DIALECTS } from '../audit/sql/dialects.js';
import { defineFormats } from '../report/formats.js';
import { choice, declare, defineCommand, flag, optionalVariadic, required, text, type CommandInput } from './command.js';
import { format, noColor, output } from './options.js';
import { CLI_MESSAGES } from './messages.js';
import { AUDIT_MESSAGES } from '../audit/messages.js';

/** audit's report formats, one module each in src/audit/format/. */
export const AUDIT_FORMATS = defineFormats({
  stylish: () => import('../audit/format/stylish.js'),
  json: () => import('../audit/format/json.js'),
  md: () => import('../audit/format/md.js'),
  html: () => import('../audit/format/html.js'),
});

export const auditSpec = declare({
  name: 'audit',
  help: AUDIT_MESSAGES['help.audit'],
  arguments: { policy: required(CLI_MESSAGES['help.policy']), exports: optionalVariadic(AUDIT_MESSAGES['help.auditExports']) },
  options: {
    source: choice('--source <source>', AUDIT_MESSAGES['help.auditSource'], SOURCE_NAMES),
    map: text('--map <file>', AUDIT_MESSAGES['help.auditMap']),
    asOf: text('--as-of <time>', AUDIT_MESSAGES['help.auditAsOf']),
    from: text('--from <time>', AUDIT_MESSAGES['help.auditFrom']),
    to: text('--to <time>', AUDIT_MESSAGES['help.auditTo']),
    timezone: text('--timezone <zone>', AUDIT_MESSAGES['help.auditTimezone']),
    requireAll: flag('--require-all', AUDIT_MESSAGES['help.auditRequireAll']),
    delimiter: text('--delimiter <separator>', AUDIT_MESSAGES['help.auditDelimiter']),
    dateOrder: choice('--date-order <order>', AUDIT_MESSAGES['help.auditDateOrder'], ['dmy', 'mdy'] as const),
    engine: choice('--engine <engine>', AUDIT_MESSAGES['help.auditEngine'], ['duckdb', 'postgres', 'stream'] as const),
    database: text('--database <url>', AUDIT_MESSAGES['help.auditDatabase']),
    table: text('--table <name>', AUDIT_MESSAGES['help.auditTable']),
    sql: choice('--sql <dialect>', AUDIT_MESSAGES['help.auditSql'], DIALECTS),
    fromSqlResult: text('--from-sql-result <file>', AUDIT_MESSAGES['help.auditFromSqlResult']),
    format: format(AUDIT_FORMATS.names, 'stylish'),
    output,
    color: noColor,
  },
});
export type AuditInput = CommandInput<typeof auditSpec>;

export const auditCommand = defineCommand(auditSpec, async (input, context) => {
  const { audit } = await import('./audit.js');
  return audit(input, context);
});
