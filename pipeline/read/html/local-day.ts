// A publication time given in UTC ("2023-11-09T01:09:55Z") may fall on the next calendar day of
// the place the page was published. When the page also writes the same moment in its own time
// ("2023-11-08T18:09:55-07:00", or "2023-11-08 18:09:55" without a zone), that local day is the
// page's day: htmldate's labels (and readers) take the day the page shows.
const TIMESTAMP = /(?<!\d)((?:19|20)\d\d)-?(\d\d)-?(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.\d{1,6})?(Z|[+-]\d\d:?\d\d)?(?!\d)/g;

interface Stamp {
  day: string;
  /** Minutes since the epoch of the wall-clock reading (as if UTC). */
  wall: number;
  seconds: string;
  /** Offset in minutes east of UTC; 0 for "Z"; null for a time without a zone. */
  offset: number | null;
}

function parseStamp(m: RegExpExecArray): Stamp {
  const [, y, mo, d, h, mi, s, zone] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 60000;
  let offset: number | null = null;
  if (zone === 'Z') offset = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    offset = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return { day: `${y}-${mo}-${d}`, wall, seconds: `${mi}:${s}`, offset };
}

const isUtc = (s: Stamp): boolean => s.offset === 0;

/** The publication time, when it is written in UTC ("2023-11-09T01:09:55Z"); else null. */
function utcStamp(raw: string): ReturnType<typeof parseStamp> | null {
  TIMESTAMP.lastIndex = 0;
  const own = TIMESTAMP.exec(raw);
  const stamp = own ? parseStamp(own) : null;
  return stamp && isUtc(stamp) ? stamp : null;
}

/**
 * The local day of a UTC publication time, when the page writes the same moment with an offset or
 * as local wall-clock time (same minutes and seconds, 1 to 14 hours earlier, on another day).
 * accepts  raw "2023-11-09T01:09:55Z" + page "2023-11-08 18:09:55"        -> "2023-11-08"
 *          raw "2020-02-25T02:25:54Z" + page "2020-02-24T21:25:54-05:00"   -> "2020-02-24"
 * rejects  raw "2020-01-20T09:49:32+0000" alone (no local reading: the UTC day stands),
 *          a local reading 8 hours away with other seconds (another moment)
 */
export function localDay(raw: string, html: string): string | null {
  const utc = utcStamp(raw);
  if (!utc) return null;
  TIMESTAMP.lastIndex = 0;
  for (let m = TIMESTAMP.exec(html); m; m = TIMESTAMP.exec(html)) {
    const other = parseStamp(m);
    if (other.day === utc.day || other.seconds !== utc.seconds || isUtc(other)) continue;
    const instant = other.offset === null ? null : other.wall - other.offset;
    const hoursEarlier = (utc.wall - other.wall) / 60;
    if (instant === utc.wall || (other.offset === null && hoursEarlier >= 1 && hoursEarlier <= 14 && Number.isInteger(hoursEarlier))) return other.day;
  }
  return null;
}

/** Offsets written with times elsewhere on the page: ISO ("18:09:55-07:00") and RFC 2822 ("23:00:00 -0400"). */
const OFFSET_AFTER_TIME = /\d\d:\d\d:\d\d(?:\.\d{1,6})?[ ]?([+-])(\d\d):?(\d\d)(?!\d)/g;

/**
 * The day of a UTC publication time in the site's own time zone, when every other timestamp with
 * an offset on the page has the same non-zero offset (the site's clock).
 * accepts  raw "2020-05-02T02:54:29Z" + page "Fri, 01 May 2020 23:00:00 -0400"  -> "2020-05-01"
 * rejects  pages whose offsets disagree ("+00:00" beside "-0600"), times that stay on the same day
 */
export function siteZoneDay(raw: string, html: string): string | null {
  const utc = utcStamp(raw);
  if (!utc) return null;
  const offsets = new Set<number>();
  OFFSET_AFTER_TIME.lastIndex = 0;
  for (let m = OFFSET_AFTER_TIME.exec(html); m && offsets.size < 3; m = OFFSET_AFTER_TIME.exec(html)) {
    offsets.add((m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])));
  }
  const [offset] = offsets;
  if (offsets.size !== 1 || !offset) return null;
  const local = new Date((utc.wall + offset!) * 60000).toISOString().slice(0, 10);
  return local !== utc.day ? local : null;
}
