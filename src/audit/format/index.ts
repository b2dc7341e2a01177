import type { AuditFormatName } from '../names.js';
import { htmlReport } from './html.js';
import { json } from './json.js';
import { md } from './md.js';
import type { AuditFormatter } from './report.js';
import { stylish } from './stylish.js';

export type { AuditFormatter, AuditReport } from './report.js';

/** Every report format of audit, one file each. */
export const AUDIT_FORMATTERS: Record<AuditFormatName, AuditFormatter> = { stylish, json, md, html: htmlReport };
