/**
 * Zendesk names time zones as Ruby on Rails does. The pairs below are ActiveSupport's
 * TimeZone::MAPPING (rails/rails, activesupport/lib/active_support/values/time_zone.rb, 2024),
 * Rails name first, IANA name second, in Rails's order. Kept as data rather than the
 * `rails-timezone` package: the table is all that is needed, and it changes once in years.
 */
const RAILS_ZONES: readonly (readonly [string, string])[] = [
  ['International Date Line West', 'Pacific/Midway'], ['Midway Island', 'Pacific/Midway'], ['American Samoa', 'Pacific/Pago_Pago'],
  ['Hawaii', 'Pacific/Honolulu'], ['Alaska', 'America/Juneau'], ['Pacific Time (US & Canada)', 'America/Los_Angeles'],
  ['Tijuana', 'America/Tijuana'], ['Mountain Time (US & Canada)', 'America/Denver'], ['Arizona', 'America/Phoenix'],
  ['Chihuahua', 'America/Chihuahua'], ['Mazatlan', 'America/Mazatlan'], ['Central Time (US & Canada)', 'America/Chicago'],
  ['Saskatchewan', 'America/Regina'], ['Guadalajara', 'America/Mexico_City'], ['Mexico City', 'America/Mexico_City'],
  ['Monterrey', 'America/Monterrey'], ['Central America', 'America/Guatemala'], ['Eastern Time (US & Canada)', 'America/New_York'],
  ['Indiana (East)', 'America/Indiana/Indianapolis'], ['Bogota', 'America/Bogota'], ['Lima', 'America/Lima'], ['Quito', 'America/Lima'],
  ['Atlantic Time (Canada)', 'America/Halifax'], ['Caracas', 'America/Caracas'], ['La Paz', 'America/La_Paz'], ['Santiago', 'America/Santiago'],
  ['Newfoundland', 'America/St_Johns'], ['Brasilia', 'America/Sao_Paulo'], ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
  ['Montevideo', 'America/Montevideo'], ['Georgetown', 'America/Guyana'], ['Puerto Rico', 'America/Puerto_Rico'], ['Greenland', 'America/Godthab'],
  ['Mid-Atlantic', 'Atlantic/South_Georgia'], ['Azores', 'Atlantic/Azores'], ['Cape Verde Is.', 'Atlantic/Cape_Verde'], ['Dublin', 'Europe/Dublin'],
  ['Edinburgh', 'Europe/London'], ['Lisbon', 'Europe/Lisbon'], ['London', 'Europe/London'], ['Casablanca', 'Africa/Casablanca'],
  ['Monrovia', 'Africa/Monrovia'], ['UTC', 'Etc/UTC'], ['Belgrade', 'Europe/Belgrade'], ['Bratislava', 'Europe/Bratislava'],
  ['Budapest', 'Europe/Budapest'], ['Ljubljana', 'Europe/Ljubljana'], ['Prague', 'Europe/Prague'], ['Sarajevo', 'Europe/Sarajevo'],
  ['Skopje', 'Europe/Skopje'], ['Warsaw', 'Europe/Warsaw'], ['Zagreb', 'Europe/Zagreb'], ['Brussels', 'Europe/Brussels'],
  ['Copenhagen', 'Europe/Copenhagen'], ['Madrid', 'Europe/Madrid'], ['Paris', 'Europe/Paris'], ['Amsterdam', 'Europe/Amsterdam'],
  ['Berlin', 'Europe/Berlin'], ['Bern', 'Europe/Zurich'], ['Zurich', 'Europe/Zurich'], ['Rome', 'Europe/Rome'], ['Stockholm', 'Europe/Stockholm'],
  ['Vienna', 'Europe/Vienna'], ['West Central Africa', 'Africa/Algiers'], ['Bucharest', 'Europe/Bucharest'], ['Cairo', 'Africa/Cairo'],
  ['Helsinki', 'Europe/Helsinki'], ['Kyiv', 'Europe/Kiev'], ['Riga', 'Europe/Riga'], ['Sofia', 'Europe/Sofia'], ['Tallinn', 'Europe/Tallinn'],
  ['Vilnius', 'Europe/Vilnius'], ['Athens', 'Europe/Athens'], ['Istanbul', 'Europe/Istanbul'], ['Minsk', 'Europe/Minsk'],
  ['Jerusalem', 'Asia/Jerusalem'], ['Harare', 'Africa/Harare'], ['Pretoria', 'Africa/Johannesburg'], ['Kaliningrad', 'Europe/Kaliningrad'],
  ['Moscow', 'Europe/Moscow'], ['St. Petersburg', 'Europe/Moscow'], ['Volgograd', 'Europe/Volgograd'], ['Samara', 'Europe/Samara'],
  ['Kuwait', 'Asia/Kuwait'], ['Riyadh', 'Asia/Riyadh'], ['Nairobi', 'Africa/Nairobi'], ['Baghdad', 'Asia/Baghdad'], ['Tehran', 'Asia/Tehran'],
  ['Abu Dhabi', 'Asia/Muscat'], ['Muscat', 'Asia/Muscat'], ['Baku', 'Asia/Baku'], ['Tbilisi', 'Asia/Tbilisi'], ['Yerevan', 'Asia/Yerevan'],
  ['Kabul', 'Asia/Kabul'], ['Ekaterinburg', 'Asia/Yekaterinburg'], ['Islamabad', 'Asia/Karachi'], ['Karachi', 'Asia/Karachi'],
  ['Tashkent', 'Asia/Tashkent'], ['Chennai', 'Asia/Kolkata'], ['Kolkata', 'Asia/Kolkata'], ['Mumbai', 'Asia/Kolkata'], ['New Delhi', 'Asia/Kolkata'],
  ['Kathmandu', 'Asia/Kathmandu'], ['Astana', 'Asia/Dhaka'], ['Dhaka', 'Asia/Dhaka'], ['Sri Jayawardenepura', 'Asia/Colombo'],
  ['Almaty', 'Asia/Almaty'], ['Novosibirsk', 'Asia/Novosibirsk'], ['Rangoon', 'Asia/Rangoon'], ['Bangkok', 'Asia/Bangkok'], ['Hanoi', 'Asia/Bangkok'],
  ['Jakarta', 'Asia/Jakarta'], ['Krasnoyarsk', 'Asia/Krasnoyarsk'], ['Beijing', 'Asia/Shanghai'], ['Chongqing', 'Asia/Chongqing'],
  ['Hong Kong', 'Asia/Hong_Kong'], ['Urumqi', 'Asia/Urumqi'], ['Kuala Lumpur', 'Asia/Kuala_Lumpur'], ['Singapore', 'Asia/Singapore'],
  ['Taipei', 'Asia/Taipei'], ['Perth', 'Australia/Perth'], ['Irkutsk', 'Asia/Irkutsk'], ['Ulaanbaatar', 'Asia/Ulaanbaatar'], ['Seoul', 'Asia/Seoul'],
  ['Osaka', 'Asia/Tokyo'], ['Sapporo', 'Asia/Tokyo'], ['Tokyo', 'Asia/Tokyo'], ['Yakutsk', 'Asia/Yakutsk'], ['Darwin', 'Australia/Darwin'],
  ['Adelaide', 'Australia/Adelaide'], ['Canberra', 'Australia/Melbourne'], ['Melbourne', 'Australia/Melbourne'], ['Sydney', 'Australia/Sydney'],
  ['Brisbane', 'Australia/Brisbane'], ['Hobart', 'Australia/Hobart'], ['Vladivostok', 'Asia/Vladivostok'], ['Guam', 'Pacific/Guam'],
  ['Port Moresby', 'Pacific/Port_Moresby'], ['Magadan', 'Asia/Magadan'], ['Srednekolymsk', 'Asia/Srednekolymsk'], ['Solomon Is.', 'Pacific/Guadalcanal'],
  ['New Caledonia', 'Pacific/Noumea'], ['Fiji', 'Pacific/Fiji'], ['Kamchatka', 'Asia/Kamchatka'], ['Marshall Is.', 'Pacific/Majuro'],
  ['Auckland', 'Pacific/Auckland'], ['Wellington', 'Pacific/Auckland'], ["Nuku'alofa", 'Pacific/Tongatapu'], ['Tokelau Is.', 'Pacific/Fakaofo'],
  ['Chatham Is.', 'Pacific/Chatham'], ['Samoa', 'Pacific/Apia'],
];

export interface ZoneMatch {
  name: string;
  /** `exact`: the IANA zone is in the table; `same-offsets`: another zone with the same offsets all year. */
  how: 'exact' | 'same-offsets';
}

const city = (iana: string) => iana.slice(iana.lastIndexOf('/') + 1).replace(/_/g, ' ');

const formats = new Map<string, Intl.DateTimeFormat | undefined>();
function offsetAt(zone: string, instant: number): number | undefined {
  if (!formats.has(zone)) {
    try {
      formats.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }));
    } catch {
      formats.set(zone, undefined);
    }
  }
  const format = formats.get(zone);
  if (!format) return undefined;
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - instant) / 60_000);
}

const START = Date.UTC(2026, 0, 1);
const WEEK_MS = 7 * 86_400_000;

/** Whether two zones keep the same clock through two years, sampled weekly; January and July are tried first, cheaply. */
function sameOffsets(a: string, b: string): boolean {
  for (const instant of [START, START + 26 * WEEK_MS]) if (offsetAt(a, instant) !== offsetAt(b, instant)) return false;
  for (let week = 0; week < 104; week++) if (offsetAt(a, START + week * WEEK_MS) !== offsetAt(b, START + week * WEEK_MS)) return false;
  return true;
}

/**
 * The Zendesk name of an IANA time zone. Where Rails has several names for one zone, the one
 * named after the zone's own city wins ("London", not "Edinburgh"). A zone Rails lacks
 * (Asia/Dubai) takes a Rails zone that keeps the same clock all year, which the caller reports.
 */
export function zendeskTimeZone(iana: string): ZoneMatch | undefined {
  const exact = RAILS_ZONES.filter(([, zone]) => zone === iana);
  if (exact.length > 0) return { name: (exact.find(([name]) => name === city(iana)) ?? exact[0]!)[0], how: 'exact' };
  if (offsetAt(iana, START) === undefined) return undefined;
  // A zone of the same region reads better than one across the world with the same clock (Dubai: Abu Dhabi, not Samara).
  const region = iana.slice(0, iana.indexOf('/') + 1);
  const candidates = [...RAILS_ZONES.filter(([, zone]) => zone.startsWith(region)), ...RAILS_ZONES];
  const same = candidates.find(([, zone]) => sameOffsets(iana, zone));
  return same ? { name: same[0], how: 'same-offsets' } : undefined;
}

/** The IANA zone behind a Zendesk (Rails) name; an IANA name is returned as it is. */
export function ianaTimeZone(zendeskName: string): string | undefined {
  const found = RAILS_ZONES.find(([name]) => name === zendeskName);
  if (found) return found[1];
  return offsetAt(zendeskName, START) !== undefined ? zendeskName : undefined;
}
