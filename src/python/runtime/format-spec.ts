// format(value, spec): the format-spec mini-language for int, float and str.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { HostObject, isHost } from '../host';
import { E, pyException, typeError, valueError } from '../exceptions';
import { PyInt, SSIZE_MAX, intToFloat } from './ints';
import { intDigits } from './int-text';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';
import { str } from './repr';
import { floatRepr } from './float-repr';
import { toExpPy, toFixedPy, toGeneralPy } from './float-format';
import { checkStringLength } from './limits';
import { PyScalarSub } from '../objects/scalar-sub';

export interface Spec {
  fill: string; align: string; sign: string; alt: boolean; zero: boolean;
  width: number; grouping: string; precision: number; type: string;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

export function parseSpec(spec: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) throw valueError('Invalid format specifier');
  // CPython parses width and precision as Py_ssize_t; JS strings end near 2**29 units.
  for (const digits of [m[7], m[9]]) {
    if (digits && digits.replace(/^0+/, '').length > 18 && BigInt(digits) > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
    if (digits && Number(digits) > 2 ** 29) throw pyException(E.MemoryError);
  }
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '), align: m[2] ?? (m[6] ? '=' : ''), sign: m[3] ?? '-',
    alt: !!m[5], zero: !!m[6], width: m[7] ? parseInt(m[7], 10) : 0, grouping: m[8] ?? '',
    precision: m[9] !== undefined ? parseInt(m[9], 10) : -1, type: m[10] ?? '',
  };
}

export function formatValue(v: PyValue, spec: string): string {
  if (v instanceof PyInstance) {
    const r = callMethodIfDefined(v, '__format__', [spec]);
    if (r !== undefined) return str(r);
    if (v instanceof PyScalarSub) return spec === '' ? str(v) : formatValue(v.value, spec);
  }
  if (isHost(v)) {
    if (v.format) return v.format(spec);
    if (v.number && spec) return formatValue(new PyFloat(v.number()), spec);
    return applySpec(str(v), spec);
  }
  if (spec === '') return str(v);
  const s = parseSpec(spec);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    if (typeof v === 'boolean' && !s.type) return pad(v ? 'True' : 'False', s, '<');
    return formatInt(typeof v === 'boolean' ? +v : v, s);
  }
  if (v instanceof PyFloat) return formatFloat(v.v, s);
  if (typeof v === 'string') return formatStr(v, s);
  if (s.type || s.precision >= 0 || s.sign !== '-' || s.grouping) {
    throw typeError(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  }
  return pad(str(v), s, '<');
}

function applySpec(text: string, spec: string): string {
  return spec ? formatStr(text, parseSpec(spec)) : text;
}

function formatStr(v: string, s: Spec): string {
  if (s.type && s.type !== 's') throw valueError(`Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-') throw valueError('Sign not allowed in string format specifier');
  if (s.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  const text = s.precision >= 0 ? v.slice(0, s.precision) : v;
  return pad(text, s, '<');
}

export function pad(body: string, s: Spec, defaultAlign: string, signLen = 0): string {
  const len = [...body].length;
  if (len >= s.width) return body;
  const n = s.width - len;
  checkStringLength(body.length + n);
  const align = s.align || defaultAlign;
  const fill = s.fill;
  switch (align) {
    case '<': return body + fill.repeat(n);
    case '^': return fill.repeat(Math.floor(n / 2)) + body + fill.repeat(n - Math.floor(n / 2));
    case '=': return body.slice(0, signLen) + fill.repeat(n) + body.slice(signLen);
    default: return fill.repeat(n) + body;
  }
}

function group(intDigits: string, sep: string, every: number): string {
  if (!sep) return intDigits;
  let out = '';
  for (let i = intDigits.length; i > 0; i -= every) {
    const chunk = intDigits.slice(Math.max(0, i - every), i);
    out = out ? chunk + sep + out : chunk;
  }
  return out;
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

/**
 * Pads a number: sign and prefix stay left of '=' padding. Zero padding with a grouping option
 * keeps grouping the padded zeros (CPython: format(-2**64, '030,') == '-0,018,446,...').
 */
function finishNumber(sign: string, prefix: string, digits: string, rest: string, s: Spec, every = 3): string {
  if (s.fill === '0' && s.align === '=' && s.grouping) {
    const target = s.width - sign.length - prefix.length - rest.length;
    let raw = digits.split(s.grouping).join('');
    let body = group(raw, s.grouping, every);
    while (body.length < target) { raw = '0' + raw; body = group(raw, s.grouping, every); }
    return sign + prefix + body + rest;
  }
  return pad(sign + prefix + digits + rest, s, '>', sign.length + prefix.length);
}

function formatInt(v: PyInt, s: Spec): string {
  const t = s.type;
  if ('eEfFgG%'.includes(t) && t) return formatFloat(intToFloat(v), s);
  if (s.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  const neg = v < 0;
  let digits: string, prefix = '';
  switch (t) {
    case '': case 'd': case 'n': digits = intDigits(v, 10); break;
    case 'x': digits = intDigits(v, 16); prefix = s.alt ? '0x' : ''; break;
    case 'X': digits = intDigits(v, 16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
    case 'o': digits = intDigits(v, 8); prefix = s.alt ? '0o' : ''; break;
    case 'b': digits = intDigits(v, 2); prefix = s.alt ? '0b' : ''; break;
    case 'c': return pad(charOf(v), s, '<');
    default: throw valueError(`Unknown format code '${t}' for object of type 'int'`);
  }
  const every = t === 'x' || t === 'X' || t === 'o' || t === 'b' ? 4 : 3;
  return finishNumber(signOf(neg, s), prefix, group(digits, s.grouping, every), '', s, every);
}

function charOf(v: PyInt): string {
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) throw pyException(E.OverflowError, 'Python int too large to convert to C long');
  if (v < 0 || v > 0x10ffff) throw pyException(E.OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(v));
}

function formatFloat(x: number, s: Spec): string {
  const t = s.type;
  const p = s.precision >= 0 ? s.precision : 6;
  let body: string;
  switch (t) {
    case 'f': case 'F': body = toFixedPy(x, p); if (t === 'F') body = body.toUpperCase(); break;
    case 'e': case 'E': body = toExpPy(x, p, t === 'E'); break;
    case 'g': case 'G': case 'n': body = toGeneralPy(x, p, s.alt); if (t === 'G') body = body.toUpperCase(); break;
    case '%': body = toFixedPy(x * 100, p) + '%'; break;
    case '': body = s.precision >= 0 ? toGeneralPy(x, p, s.alt, true) : floatRepr(x); break;
    default: throw valueError(`Unknown format code '${t}' for object of type 'float'`);
  }
  const neg = body.startsWith('-');
  if (neg) body = body.slice(1);
  if (s.alt && !body.includes('.') && /^\d+$/.test(body)) body += '.';
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return finishNumber(signOf(neg, s), '', group(m[1], s.grouping, 3), m[2], s);
}
