// `time`: clocks, a sleep that Stop interrupts, and struct_time conversions in the machine's
// local time zone (as CPython reads it from the C library; here from JavaScript's Date).
import { PyFloat, PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PyTuple } from '../../objects/containers';
import { E, pyException, typeError } from '../../exceptions';
import { entry, installTable, TableEntry } from '../../bind';
import { checkInterrupt } from '../../interpreter/errors';
import { intFromFloat } from '../../runtime/ints';
import { toNumber } from '../../runtime/numbers';
import { toArray } from '../../runtime/iteration';
import { typeOf } from '../../runtime/type-name';
import { structSeq } from '../../runtime/struct-seq';
import { registerModule } from '../registry';
import { BrokenDown, strftime, strptime } from './format';

const clock = typeof performance !== 'undefined' ? performance : { now: () => Date.now() };
/** Never notified: Atomics.wait on it is a plain timed wait. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

export const structTime = structSeq('time.struct_time',
  ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'], ['tm_zone', 'tm_gmtoff']);

/** The C library's zone name for a moment (UTC, CET, PST...). */
function zoneName(d: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find(p => p.type === 'timeZoneName');
  const name = part?.value ?? 'UTC';
  return /^GMT[+-]/.test(name) ? name.replace('GMT', '').replace(/^([+-])(\d)$/, '$10$2') : name === 'GMT' ? 'UTC' : name;
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** A moment as local (or UTC) broken-down time. */
export function brokenDown(ms: number, utc: boolean): BrokenDown {
  const d = new Date(ms);
  const g = utc
    ? { year: d.getUTCFullYear(), mon: d.getUTCMonth() + 1, mday: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(), day: d.getUTCDay() }
    : { year: d.getFullYear(), mon: d.getMonth() + 1, mday: d.getDate(), hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(), day: d.getDay() };
  const gmtoff = utc ? 0 : -d.getTimezoneOffset() * 60;
  const janOffset = new Date(g.year, 0, 1).getTimezoneOffset(), julOffset = new Date(g.year, 6, 1).getTimezoneOffset();
  const isdst = utc ? 0 : (janOffset !== julOffset && d.getTimezoneOffset() === Math.min(janOffset, julOffset) ? 1 : 0);
  return { ...g, wday: (g.day + 6) % 7, yday: dayOfYear(g.year, g.mon, g.mday), isdst, gmtoff, zone: utc ? 'UTC' : zoneName(d) };
}

export function toStructTime(t: BrokenDown): PyTuple {
  return structTime.make([t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst], { tm_zone: t.zone ?? null, tm_gmtoff: t.gmtoff ?? null });
}

/** A struct_time or 9-tuple as broken-down time (for strftime, mktime, asctime). */
export function fromTuple(v: PyValue, fn: string): BrokenDown {
  if (!(v instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  const f = toArray(v);
  if (f.length !== 9) throw typeError(`${fn}(): illegal time tuple argument`);
  const n = f.map(x => Math.trunc(toNumber(x)));
  const zone = v.sub?.dict.get('tm_zone'), off = v.sub?.dict.get('tm_gmtoff');
  return { year: n[0], mon: n[1] || 1, mday: n[2] || 1, hour: n[3], min: n[4], sec: n[5], wday: ((n[6] % 7) + 7) % 7, yday: n[7] || 1, isdst: n[8], zone: typeof zone === 'string' ? zone : null, gmtoff: typeof off === 'number' ? off : null };
}

const secondsArg = (v: PyValue | null) => (v === null ? Date.now() : toNumber(v) * 1000);
const asctime = (t: BrokenDown) => strftime('%a %b %e %H:%M:%S %Y', t);

export const TIME_TABLE: readonly TableEntry[] = [
  entry({ name: 'time.time', doc: 'Seconds since the epoch, as a float.', params: [] }, () => new PyFloat(Date.now() / 1000)),
  entry({ name: 'time.time_ns', doc: 'Nanoseconds since the epoch, as an int.', params: [] }, () => BigInt(Date.now()) * 1000000n),
  entry({ name: 'time.perf_counter', doc: 'A high-resolution clock for measuring durations, in seconds.', params: [] }, () => new PyFloat(clock.now() / 1000)),
  entry({ name: 'time.perf_counter_ns', doc: 'perf_counter() in nanoseconds.', params: [] }, () => intFromFloat(Math.round(clock.now() * 1e6))),
  entry({ name: 'time.monotonic', doc: 'A clock that never goes back, in seconds.', params: [] }, () => new PyFloat(clock.now() / 1000)),
  entry({ name: 'time.monotonic_ns', doc: 'monotonic() in nanoseconds.', params: [] }, () => intFromFloat(Math.round(clock.now() * 1e6))),
  entry({ name: 'time.process_time', doc: 'CPU time of the kernel process, in seconds.', params: [] }, () => new PyFloat(process.cpuUsage().user / 1e6)),
  entry({ name: 'time.process_time_ns', doc: 'process_time() in nanoseconds.', params: [] }, () => intFromFloat(process.cpuUsage().user * 1000)),
  entry({ name: 'time.sleep', doc: 'Waits for the given number of seconds (Stop interrupts it).', params: [{ name: 'secs', kind: 'positional' }] }, a => {
    const seconds = toNumber(a.secs as PyValue);
    if (seconds < 0) throw pyException(E.ValueError, 'sleep length must be non-negative');
    const until = Date.now() + seconds * 1000;
    // A real sleep (cells run in the kernel's own thread), in slices so Stop still interrupts it.
    for (let left = until - Date.now(); left > 0; left = until - Date.now()) {
      Atomics.wait(sleepCell, 0, 0, Math.min(left, 50));
      checkInterrupt();
    }
    return null;
  }),
  entry({ name: 'time.localtime', doc: 'Seconds since the epoch (default: now) as local struct_time.', params: [{ name: 'secs', default: null, kind: 'positional' }] },
    a => toStructTime(brokenDown(secondsArg(a.secs as PyValue), false))),
  entry({ name: 'time.gmtime', doc: 'Seconds since the epoch (default: now) as UTC struct_time.', params: [{ name: 'secs', default: null, kind: 'positional' }] },
    a => toStructTime(brokenDown(secondsArg(a.secs as PyValue), true))),
  entry({ name: 'time.mktime', doc: 'Local struct_time as seconds since the epoch.', params: [{ name: 't', kind: 'positional' }] }, a => {
    const t = fromTuple(a.t as PyValue, 'mktime');
    return new PyFloat(new Date(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec).getTime() / 1000);
  }),
  entry({ name: 'time.strftime', doc: "Formats struct_time (default: now) by C's strftime directives.", params: [{ name: 'format', kind: 'positional' }, { name: 't', default: null, kind: 'positional' }] }, a => {
    if (typeof a.format !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeOf(a.format as PyValue).name}`);
    return strftime(a.format, a.t === null ? brokenDown(Date.now(), false) : fromTuple(a.t as PyValue, 'strftime'));
  }),
  entry({ name: 'time.strptime', doc: 'Parses a string by a format into struct_time.', params: [{ name: 'string', kind: 'positional', type: 'str' }, { name: 'format', default: '%a %b %d %H:%M:%S %Y', kind: 'positional', type: 'str' }] }, a => {
    const p = strptime(a.string as string, a.format as string);
    const day = new Date(Date.UTC(p.year, p.mon - 1, p.mday)).getUTCDay();
    return toStructTime({ ...p, wday: p.wday ?? (day + 6) % 7, yday: p.yday ?? dayOfYear(p.year, p.mon, p.mday), isdst: -1 });
  }),
  entry({ name: 'time.asctime', doc: "struct_time (default: now) as 'Sun Jun 20 23:21:05 1993'.", params: [{ name: 't', default: null, kind: 'positional' }] },
    a => asctime(a.t === null ? brokenDown(Date.now(), false) : fromTuple(a.t as PyValue, 'asctime'))),
  entry({ name: 'time.ctime', doc: "Seconds since the epoch (default: now) as local 'Sun Jun 20 23:21:05 1993'.", params: [{ name: 'secs', default: null, kind: 'positional' }] },
    a => asctime(brokenDown(secondsArg(a.secs as PyValue), false))),
];

registerModule('time', () => {
  const m = new PyModule('time');
  installTable(m, TIME_TABLE);
  m.set('struct_time', structTime.cls);
  const jan = brokenDown(new Date(new Date().getFullYear(), 0, 1).getTime(), false);
  const jul = brokenDown(new Date(new Date().getFullYear(), 6, 1).getTime(), false);
  const std = jan.gmtoff! <= jul.gmtoff! ? jan : jul, dst = std === jan ? jul : jan;
  m.set('timezone', -std.gmtoff!).set('altzone', -dst.gmtoff!).set('daylight', std.gmtoff !== dst.gmtoff ? 1 : 0);
  m.set('tzname', new PyTuple([std.zone!, dst.zone!]));
  return m;
});
