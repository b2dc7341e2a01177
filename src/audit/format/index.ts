import type { AuditFormatName } from '../names.js';
import { json } from './json.js';
import type { AuditFormatter } from './report.js';
import { stylish } from './stylish.js';

export type { AuditFormatter, AuditReport } from './report.js';

/** Every report format of audit, one file each. */
export const AUDIT_FORMATTERS: Record<AuditFormatName, AuditFormatter> = { stylish, json };
