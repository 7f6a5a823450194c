const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ZONES: Readonly<Record<string, number>> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, name.length >= 4 && name.toLowerCase().startsWith('sept') ? 4 : 3)];
}

function formatDate(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

// 2007-05-28, 2007-05-28T14:30, 2007-05-28 14:30:00+03:00, 2007-05-28T14:30:00.000Z
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// Mon, 28 May 2007 14:30:00 GMT (RSS) and 28 May 2007
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})?)?$/i;
// Monday, May 28, 2007 and May 28, 2007 10:30 AM
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

function withZone(date: string, hour: string, minute: string, second: string | undefined, zone: string | undefined): string | null {
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second ?? 0);
  if (h > 23 || m > 59 || s > 60) return null;
  const time = `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
  if (zone === undefined) return time;
  if (/^z$/i.test(zone)) return `${time}Z`;
  const offset = zone.replace(':', '');
  return `${time}${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/**
 * Normalizes a publication date to ISO 8601 ("2007-05-28" or "2007-05-28T14:30:00Z"), or null when it
 * cannot be read. Understands ISO dates, RSS (RFC 822) dates and "May 28, 2007".
 */
export function normalizePublished(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  const iso = ISO.exec(text);
  if (iso) {
    const date = formatDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!date || iso[4] === undefined) return date;
    return withZone(date, iso[4], iso[5]!, iso[6], iso[7]?.toUpperCase());
  }
  if (/^\d{8}$/.test(text)) return formatDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = monthOf(dmy[2]!);
    const date = month ? formatDate(Number(dmy[3]), month, Number(dmy[1])) : null;
    if (!date || dmy[4] === undefined) return date;
    const zone = dmy[7];
    const minutes =
      zone === undefined
        ? undefined
        : /^[+-]\d{4}$/.test(zone)
          ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
          : ZONES[zone.toLowerCase()];
    if (minutes === undefined) return zone === undefined ? withZone(date, dmy[4], dmy[5]!, dmy[6], undefined) : date;
    const utc = Date.UTC(Number(dmy[3]), month! - 1, Number(dmy[1]), Number(dmy[4]), Number(dmy[5]), Number(dmy[6] ?? 0)) - minutes * 60_000;
    return Number.isNaN(utc) ? date : new Date(utc).toISOString().replace(/\.000Z$/, 'Z');
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = monthOf(mdy[1]!);
    return month ? formatDate(Number(mdy[3]), month, Number(mdy[2])) : null;
  }
  return null;
}
