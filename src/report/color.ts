import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The colours of a terminal report, through chalk, or none. Whether to colour is decided by the
 * command (reportColor: a terminal, NO_COLOR, FORCE_COLOR, --no-color), never by chalk itself.
 */
export const painter = (color: boolean): ChalkInstance => new Chalk({ level: color ? 1 : 0 });
