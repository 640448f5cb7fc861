// strftime and strptime over a broken-down time, with the C locale's names and layouts
// (what CPython's time.strftime gives on Linux), shared by `time` and `datetime`.
import { E, pyException } from '../../exceptions';
import { repr } from '../../runtime/repr';

export interface BrokenDown {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  /** Monday is 0, as in struct_time. */
  wday: number;
  /** 1-based day of the year. */
  yday: number;
  isdst: number;
  /** Offset east of UTC in seconds, and the zone name, when known. */
  gmtoff?: number | null;
  zone?: string | null;
  /** Microseconds (datetime's %f). */
  usec?: number;
}

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** ISO 8601 year and week (%G, %V). */
function isoWeek(t: BrokenDown): [number, number] {
  const thursday = Date.UTC(t.year, t.mon - 1, t.mday) + (3 - t.wday) * 86400000;
  const d = new Date(thursday);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return [d.getUTCFullYear(), Math.floor((thursday - jan1) / 86400000 / 7) + 1];
}

function offset(t: BrokenDown): string {
  if (t.gmtoff === null || t.gmtoff === undefined) return '';
  const sign = t.gmtoff < 0 ? '-' : '+';
  const m = Math.floor(Math.abs(t.gmtoff) / 60);
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
}

const DIRECTIVES: Record<string, (t: BrokenDown) => string> = {
  a: t => DAYS[t.wday].slice(0, 3), A: t => DAYS[t.wday],
  b: t => MONTHS[t.mon - 1].slice(0, 3), h: t => MONTHS[t.mon - 1].slice(0, 3), B: t => MONTHS[t.mon - 1],
  c: t => `${DAYS[t.wday].slice(0, 3)} ${MONTHS[t.mon - 1].slice(0, 3)} ${pad(t.mday, 2, ' ')} ${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)} ${t.year}`,
  C: t => pad(Math.floor(t.year / 100)), d: t => pad(t.mday), e: t => pad(t.mday, 2, ' '),
  D: t => `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`, F: t => `${pad(t.year, 4)}-${pad(t.mon)}-${pad(t.mday)}`,
  G: t => String(isoWeek(t)[0]), g: t => pad(isoWeek(t)[0] % 100), V: t => pad(isoWeek(t)[1]),
  H: t => pad(t.hour), I: t => pad(t.hour % 12 || 12), k: t => pad(t.hour, 2, ' '), l: t => pad(t.hour % 12 || 12, 2, ' '),
  j: t => pad(t.yday, 3), m: t => pad(t.mon), M: t => pad(t.min), n: () => '\n', t: () => '\t',
  p: t => (t.hour < 12 ? 'AM' : 'PM'), P: t => (t.hour < 12 ? 'am' : 'pm'),
  r: t => `${pad(t.hour % 12 || 12)}:${pad(t.min)}:${pad(t.sec)} ${t.hour < 12 ? 'AM' : 'PM'}`,
  R: t => `${pad(t.hour)}:${pad(t.min)}`, S: t => pad(t.sec), T: t => `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`,
  u: t => String(t.wday + 1), w: t => String((t.wday + 1) % 7),
  U: t => pad(Math.floor((t.yday - 1 + 7 - ((t.wday + 1) % 7)) / 7)),
  W: t => pad(Math.floor((t.yday - 1 + 7 - t.wday) / 7)),
  x: t => `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`, X: t => `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`,
  y: t => pad(t.year % 100), Y: t => String(t.year), z: offset, Z: t => t.zone ?? '', '%': () => '%',
};

/** C's strftime in the C locale; unknown directives stay as written (glibc does the same). */
export function strftime(format: string, t: BrokenDown): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i + 1 >= format.length) { out += c; continue; }
    const d = format[++i];
    const f = DIRECTIVES[d];
    out += f ? f(t) : '%' + d;
  }
  return out;
}

/** What strptime found; missing fields take CPython's defaults (1900-01-01 00:00:00). */
export interface Parsed {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number; usec: number;
  wday: number | null; yday: number | null; gmtoff: number | null; zone: string | null;
}

const NAMES_RE = (names: string[]) => `(${names.map(n => n.toLowerCase()).join('|')}|${names.map(n => n.slice(0, 3).toLowerCase()).join('|')})`;

const PARSE: Record<string, [string, (p: Parsed, s: string) => void]> = {
  Y: ['(\\d{4})', (p, s) => { p.year = +s; }],
  y: ['(\\d{2})', (p, s) => { const y = +s; p.year = y < 69 ? 2000 + y : 1900 + y; }],
  m: ['(1[0-2]|0[1-9]|[1-9])', (p, s) => { p.mon = +s; }],
  d: ['(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])', (p, s) => { p.mday = +s; }],
  H: ['(2[0-3]|[0-1]\\d|\\d)', (p, s) => { p.hour = +s; }],
  I: ['(1[0-2]|0[1-9]|[1-9])', (p, s) => { p.hour = +s % 12; }],
  M: ['([0-5]\\d|\\d)', (p, s) => { p.min = +s; }],
  S: ['(6[0-1]|[0-5]\\d|\\d)', (p, s) => { p.sec = +s; }],
  f: ['(\\d{1,6})', (p, s) => { p.usec = +s.padEnd(6, '0'); }],
  j: ['(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])', (p, s) => { p.yday = +s; }],
  a: [NAMES_RE(DAYS), (p, s) => { p.wday = DAYS.findIndex(d => d.toLowerCase().startsWith(s.toLowerCase().slice(0, 3))); }],
  A: [NAMES_RE(DAYS), (p, s) => { p.wday = DAYS.findIndex(d => d.toLowerCase().startsWith(s.toLowerCase().slice(0, 3))); }],
  b: [NAMES_RE(MONTHS), (p, s) => { p.mon = MONTHS.findIndex(m => m.toLowerCase().startsWith(s.toLowerCase().slice(0, 3))) + 1; }],
  B: [NAMES_RE(MONTHS), (p, s) => { p.mon = MONTHS.findIndex(m => m.toLowerCase().startsWith(s.toLowerCase().slice(0, 3))) + 1; }],
  p: ['(am|pm)', (p, s) => { if (s.toLowerCase() === 'pm') p.hour += 12; }],
  z: ['(z|[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?)', (p, s) => {
    if (s.toLowerCase() === 'z') { p.gmtoff = 0; return; }
    const digits = s.slice(1).replace(/:/g, '');
    const v = +digits.slice(0, 2) * 3600 + +digits.slice(2, 4) * 60 + +(digits.slice(4, 6) || 0);
    p.gmtoff = s[0] === '-' ? -v : v;
  }],
  Z: ['(utc|gmt|[a-z]{3,5})', (p, s) => { p.zone = s.toUpperCase(); }],
  '%': ['%', () => undefined],
};

/** C's strptime subset CPython's _strptime accepts, with its ValueError texts. */
export function strptime(text: string, format: string): Parsed {
  const setters: ((p: Parsed, s: string) => void)[] = [];
  let pattern = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const d = format[++i];
      const rule = PARSE[d];
      if (!rule) throw pyException(E.ValueError, `'${d}' is a bad directive in format '%${d}'`);
      pattern += rule[0];
      if (d !== '%') setters.push(rule[1]);
    } else if (/\s/.test(c)) pattern += '\\s+';
    else pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const m = new RegExp('^' + pattern, 'i').exec(text);
  if (!m) throw pyException(E.ValueError, `time data ${repr(text)} does not match format ${repr(format)}`);
  if (m[0].length !== text.length) throw pyException(E.ValueError, `unconverted data remains: ${text.slice(m[0].length)}`);
  const p: Parsed = { year: 1900, mon: 1, mday: 1, hour: 0, min: 0, sec: 0, usec: 0, wday: null, yday: null, gmtoff: null, zone: null };
  // %p adjusts %I's hour: apply it after the hour.
  const order = setters.map((s, i) => ({ s, i, late: s === PARSE.p[1] }));
  for (const { s, i } of order.filter(o => !o.late)) s(p, m[i + 1].trim());
  for (const { s, i } of order.filter(o => o.late)) s(p, m[i + 1]);
  return p;
}
