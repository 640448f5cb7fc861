// The printf-style `'%5.2f' % x` operator.
import { checkStringLength } from './limits';
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyTuple } from '../objects/containers';
import { HostObject, isHost } from '../host';
import { typeError, valueError } from '../exceptions';
import { typeOf } from './type-name';
import { repr, str } from './repr';
import { getItem } from './subscript';
import { formatValue } from './format-spec';
import { numValue, toIndex, toNumber } from './numbers';

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

function numberFor(type: string, v: PyValue): number {
  const n = numValue(v);
  if (n !== undefined) return n;
  if (isHost(v) && v.number) return v.number();
  if (v instanceof PyInstance) { try { return toNumber(v); } catch { /* fall through to the TypeError */ } }
  const what = 'diouxX'.includes(type) ? 'a real number is required' : 'must be real number';
  if ('diouxX'.includes(type)) throw typeError(`%${type} format: ${what}, not ${typeOf(v).name}`);
  throw typeError(`${what}, not ${typeOf(v).name}`);
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
    case 'c': return typeof v === 'string' ? v : String.fromCodePoint(toIndex(v));
    case 'd': case 'i': case 'u': {
      const n = Math.trunc(numberFor(type, v));
      const body = formatValue(n, spec.replace('#', ''));
      return prec > 0 ? zeroPadDigits(body, prec) : body;
    }
    case 'x': case 'X': case 'o':
      return formatValue(Math.trunc(numberFor(type, v)), spec + type);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return formatValue(new PyFloat(numberFor(type, v)), spec + '.' + (prec >= 0 ? prec : 6) + type);
    default:
      throw valueError(`unsupported format character '${type}' (0x${type.charCodeAt(0).toString(16)})`);
  }
}

function zeroPadDigits(body: string, prec: number): string {
  return body.replace(/\d+/, d => { if (prec > d.length) checkStringLength(body.length + prec); return d.padStart(prec, '0'); });
}
