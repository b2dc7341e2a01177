import { readlinkSync } from 'node:fs';
import { TIME_ZONES } from '../generated/time-zones.js';

/** Names of UTC that Intl gives as "UTC" (IANA links to Etc/UTC and Etc/GMT). */
const UTC_NAMES = /^(?:Etc\/)?(?:UTC|UCT|Universal|Zulu|Greenwich|GMT(?:[+-]?0)?)$/;

/**
 * The computer's time zone as `Intl.DateTimeFormat().resolvedOptions().timeZone` gives it, read
 * where ICU reads it on Linux and macOS (the TZ variable, else the zone /etc/localtime links to)
 * without making a formatter: the first of a process costs about 20 ms here, a tenth of init's
 * start-up. Only a name Intl would give unchanged is taken (a canonical name from the build's list,
 * or a name of UTC); any other (a link such as US/Eastern, which Intl renames, a POSIX rule, a
 * copied /etc/localtime, Windows) is asked of Intl.
 */
export function systemTimeZone(): string | undefined {
  // ICU takes a zone name from TZ (after a colon, as POSIX allows), not a path to a zone file.
  const name = process.env.TZ !== undefined ? process.env.TZ.replace(/^:/, '') : localtimeLink();
  if (name !== undefined && name !== '') {
    if (UTC_NAMES.test(name)) return 'UTC';
    if (TIME_ZONES.includes(name)) return name;
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function localtimeLink(): string | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    // /usr/share/zoneinfo/Europe/London, ../usr/share/zoneinfo/…, /var/db/timezone/zoneinfo/… (macOS).
    const target = readlinkSync('/etc/localtime');
    const at = target.lastIndexOf('zoneinfo/');
    return at === -1 ? undefined : target.slice(at + 'zoneinfo/'.length);
  } catch {
    return undefined;
  }
}
