/**
 * Every command, in the order --help lists them. A new command is one module and one line here.
 * A command's own bundle (scripts/build.mjs) replaces this list with that command alone, so a run
 * of one command neither loads nor registers the others.
 */
import type { Command } from './command.js';
import { acknowledgementsCommand } from './acknowledgements.command.js';
import { auditCommand } from './audit.command.js';
import { briefCommand } from './brief.command.js';
import { compareCommand } from './compare.command.js';
import { diffCommand } from './diff.command.js';
import { exportCommand } from './export.command.js';
import { importCommand } from './import.command.js';
import { initCommand } from './init.command.js';
import { pilotCommand } from './pilot.command.js';
import { reviewCommand } from './review.command.js';
import { rulesCommand } from './rules.command.js';
import { schemaCommand } from './schema.command.js';
import { validateCommand } from './validate.command.js';

export const COMMANDS: readonly Command[] = [
  validateCommand, initCommand, briefCommand, schemaCommand, rulesCommand, diffCommand, reviewCommand,
  acknowledgementsCommand, exportCommand, importCommand, pilotCommand, compareCommand, auditCommand,
];
