// The printf-style `'%5.2f' % x` operator.
import { checkStringLength } from './limits';
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyTuple } from '../objects/containers';
import { HostObject, isHost } from '../host';
import { E, pyException, typeError, valueError } from '../exceptions';
import { typeOf } from './type-name';
import { repr, str } from './repr';
import { getItem } from './subscript';
import { formatValue } from './format-spec';
import { indexValue, toIndex } from './numbers';
import { PyInt, intFromFloat, intOf, intToFloat } from './ints';
import { floatToInt } from './float-int';
import { callMethodIfDefined } from './attributes';
import { PyScalarSub } from '../objects/scalar-sub';

const CONV_RE = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)?/gs;

export function percentFormat(fmt: string, arg: PyValue): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  const mapping = arg instanceof PyDict || (arg instanceof PyInstance && !(arg instanceof PyTuple)) ? arg : null;
  let argi = 0;
  let usedMapping = false;
  const nextArg = (): PyValue => {
    if (argi >= args.length) throw typeError('not enough arguments for format string');
    return args[argi++];
  };
  const out = fmt.replace(CONV_RE, (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, type: string | undefined) => {
    if (type === undefined) throw valueError('incomplete format');
    if (type === '%' && key === undefined && !flags && !width && !prec) return '%';
    let value: PyValue;
    if (key !== undefined) {
      if (!mapping) throw typeError('format requires a mapping');
      usedMapping = true;
      value = getItem(mapping, key);
    }
    const w = width === '*' ? toIndex(nextArg()) : width ? parseInt(width, 10) : 0;
    const p = prec === '*' ? toIndex(nextArg()) : prec !== undefined ? parseInt(prec, 10) : -1;
    if (key === undefined) value = nextArg();
    return convert(type, value!, flags, w, p);
  });
  if (argi < args.length && !usedMapping && !(mapping && args.length === 1)) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

/** %d/%i/%u: an int, or int(x) for floats and objects with __int__/__index__ (truncating). */
function intForD(type: string, v: PyValue): PyInt {
  const i = intOf(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return floatToInt(v.v);
  if (isHost(v) && (v.index || v.number)) return v.index ? intFromFloat(v.index()) : floatToInt(v.number!());
  if (v instanceof PyInstance) {
    for (const m of ['__int__', '__index__']) {
      const r = callMethodIfDefined(v, m);
      if (r !== undefined) { const n = intOf(r); if (n !== undefined) return n; }
    }
    if (v instanceof PyScalarSub) return intForD(type, v.value);
  }
  throw typeError(`%${type} format: a real number is required, not ${typeOf(v).name}`);
}

/** %x/%X/%o: only true integers (operator.index). */
function intForX(type: string, v: PyValue): PyInt {
  try { return indexValue(v); } catch {
    throw typeError(`%${type} format: an integer is required, not ${typeOf(v).name}`);
  }
}

function floatFor(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  const i = intOf(v);
  if (i !== undefined) return intToFloat(i);
  if (isHost(v) && v.number) return v.number();
  if (v instanceof PyInstance) {
    const f = callMethodIfDefined(v, '__float__');
    if (f instanceof PyFloat) return f.v;
    const r = callMethodIfDefined(v, '__index__');
    if (r !== undefined && intOf(r) !== undefined) return intToFloat(intOf(r)!);
    if (v instanceof PyScalarSub) return floatFor(v.value);
  }
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

function charFor(v: PyValue): string {
  if (typeof v === 'string' && [...v].length === 1) return v;
  const i = intOf(v);
  if (i === undefined) throw typeError('%c requires int or char');
  if (i < 0 || i > 0x10ffff) throw pyException(E.OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
}

function convert(type: string, v: PyValue, flags: string, width: number, prec: number): string {
  const left = flags.includes('-');
  let spec = '';
  if (left) spec += '<';
  if (flags.includes('+')) spec += '+'; else if (flags.includes(' ')) spec += ' ';
  if (flags.includes('#')) spec += '#';
  if (flags.includes('0') && !left && !'sr'.includes(type)) spec += '0';
  if (width) spec += width;
  switch (type) {
    case 's': case 'r': case 'a': {
      let text = type === 's' ? str(v) : repr(v);
      if (prec >= 0) text = text.slice(0, prec);
      return formatValue(text, (left ? '<' : '>') + (width || ''));
    }
    case 'c': return formatValue(charFor(v), (left ? '<' : '>') + (width || ''));
    case 'd': case 'i': case 'u': {
      const body = formatValue(intForD(type, v), spec.replace('#', ''));
      return prec > 0 ? zeroPadDigits(body, prec) : body;
    }
    case 'x': case 'X': case 'o':
      return formatValue(intForX(type, v), spec + type);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return formatValue(new PyFloat(floatFor(v)), spec + '.' + (prec >= 0 ? prec : 6) + type);
    default:
      throw valueError(`unsupported format character '${type}' (0x${type.charCodeAt(0).toString(16)})`);
  }
}

function zeroPadDigits(body: string, prec: number): string {
  return body.replace(/\d+/, d => { if (prec > d.length) checkStringLength(body.length + prec); return d.padStart(prec, '0'); });
}
