import { SOURCE_NAMES } from '../audit/names.js';
import { DIALECTS } from '../audit/sql/dialects.js';
import { defineFormats } from '../report/formats.js';
import { choice, declare, defineCommand, flag, optionalVariadic, required, text, type CommandInput } from './command.js';
import { format, noColor, output } from './options.js';

/** audit's report formats, one module each in src/audit/format/. */
export const AUDIT_FORMATS = defineFormats({
  stylish: () => import('../audit/format/stylish.js'),
  json: () => import('../audit/format/json.js'),
  md: () => import('../audit/format/md.js'),
  html: () => import('../audit/format/html.js'),
});

export const auditSpec = declare({
  name: 'audit',
  help: 'help.audit',
  arguments: { policy: required('help.policy'), exports: optionalVariadic('help.auditExports') },
  options: {
    source: choice('--source <source>', 'help.auditSource', SOURCE_NAMES),
    map: text('--map <file>', 'help.auditMap'),
    asOf: text('--as-of <time>', 'help.auditAsOf'),
    from: text('--from <time>', 'help.auditFrom'),
    to: text('--to <time>', 'help.auditTo'),
    timezone: text('--timezone <zone>', 'help.auditTimezone'),
    requireAll: flag('--require-all', 'help.auditRequireAll'),
    delimiter: text('--delimiter <separator>', 'help.auditDelimiter'),
    dateOrder: choice('--date-order <order>', 'help.auditDateOrder', ['dmy', 'mdy'] as const),
    engine: choice('--engine <engine>', 'help.auditEngine', ['duckdb', 'postgres', 'stream'] as const),
    database: text('--database <url>', 'help.auditDatabase'),
    table: text('--table <name>', 'help.auditTable'),
    sql: choice('--sql <dialect>', 'help.auditSql', DIALECTS),
    fromSqlResult: text('--from-sql-result <file>', 'help.auditFromSqlResult'),
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
