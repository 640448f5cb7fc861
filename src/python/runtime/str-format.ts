// str.format(): replacement fields {name.attr[key]!conv:spec} with auto/manual numbering.
import { PyValue, Kwargs } from '../objects/core';
import { indexError, keyError, valueError } from '../exceptions';
import { repr, str } from './repr';
import { getAttr } from './attributes';
import { getItem } from './subscript';
import { formatValue } from './format-spec';

export function strFormat(fmt: string, args: PyValue[], kw: Kwargs): string {
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      const end = matchingBrace(fmt, i);
      out += field(fmt.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      throw valueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;

  function field(body: string): string {
    let spec = '';
    let conv: string | null = null;
    const colon = findTopLevel(body, ':');
    if (colon >= 0) { spec = body.slice(colon + 1); body = body.slice(0, colon); }
    const bang = body.indexOf('!');
    if (bang >= 0) { conv = body.slice(bang + 1); body = body.slice(0, bang); }
    if (spec.includes('{')) spec = strFormat(spec, args, kw);
    const m = /^([^.[]*)(.*)$/s.exec(body)!;
    let value: PyValue;
    const first = m[1];
    if (first === '') {
      if (auto < 0) throw valueError('cannot switch from manual field specification to automatic field numbering');
      value = positional(auto++);
    } else if (/^\d+$/.test(first)) {
      if (auto > 0) throw valueError('cannot switch from automatic field numbering to manual field specification');
      auto = -1;
      value = positional(parseInt(first, 10));
    } else {
      const v = kw?.get(first);
      if (v === undefined) throw keyError(first);
      value = v;
    }
    const rest = m[2];
    const re = /\.([^.[]+)|\[([^\]]*)\]/gy;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(rest))) {
      if (mm[1] !== undefined) value = getAttr(value, mm[1]);
      else value = getItem(value, /^\d+$/.test(mm[2]) ? parseInt(mm[2], 10) : mm[2]);
    }
    if (conv === 'r' || conv === 'a') value = repr(value);
    else if (conv === 's') value = str(value);
    else if (conv !== null) throw valueError(`Unknown conversion specifier ${conv}`);
    return formatValue(value, spec);
  }

  function positional(n: number): PyValue {
    if (n >= args.length) throw indexError(`Replacement index ${n} out of range for positional args tuple`);
    return args[n];
  }
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') { depth--; if (depth === 0) return i; }
  }
  throw valueError("expected '}' before end of string");
}

function findTopLevel(s: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') depth--;
    else if (s[i] === ch && depth === 0) return i;
  }
  return -1;
}
