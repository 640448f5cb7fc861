// IPython's _format_time: 3 significant digits with s, ms, µs or ns; minutes/hours past 60 s.
export function formatTime(seconds: number, precision = 3): string {
  if (seconds >= 60) {
    const parts: [string, number][] = [['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];
    const out: string[] = [];
    let left = seconds;
    for (const [suffix, length] of parts) {
      const value = Math.floor(left / length);
      if (value > 0) { left %= length; out.push(`${value}${suffix}`); }
      if (left < 1) break;
    }
    return out.join(' ');
  }
  const units = ['s', 'ms', '\u00b5s', 'ns'];
  let order = seconds > 0 ? Math.min(-Math.floor(Math.floor(Math.log10(seconds)) / 3), 3) : 3;
  if (order < 0) order = 0;
  return `${formatG(seconds * Math.pow(1000, order), precision)} ${units[order]}`;
}

/** Python's '%.*g'. */
export function formatG(x: number, precision: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= precision) {
    const [m, e] = x.toExponential(precision - 1).split('e');
    const mant = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    const n = parseInt(e, 10);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const s = x.toFixed(Math.max(0, precision - 1 - exp));
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
