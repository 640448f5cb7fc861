// Text encodings open() supports: utf-8 (and utf-8-sig), latin-1, ascii; errors strict,
// ignore, replace. Errors use CPython's UnicodeDecodeError/UnicodeEncodeError texts.
import { PyExceptionObj } from '../objects/core';
import { E, pyException } from '../exceptions';

export type Encoding = 'utf-8' | 'utf-8-sig' | 'latin-1' | 'ascii';
export type ErrorMode = 'strict' | 'ignore' | 'replace';

const ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf_8': 'utf-8', u8: 'utf-8', 'utf-8-sig': 'utf-8-sig', 'utf_8_sig': 'utf-8-sig',
  'latin-1': 'latin-1', latin1: 'latin-1', 'latin_1': 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1', l1: 'latin-1',
  ascii: 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
};

export function lookupEncoding(name: string): Encoding {
  const e = ALIASES[name.toLowerCase().replace(/ /g, '-')];
  if (!e) throw pyException(E.LookupError, `unknown encoding: ${name}`);
  return e;
}

export function lookupErrors(name: string): ErrorMode {
  if (name === 'strict' || name === 'ignore' || name === 'replace') return name;
  throw pyException(E.LookupError, `unknown error handler name '${name}'`);
}

const CODEC_NAME: Record<Encoding, string> = { 'utf-8': 'utf-8', 'utf-8-sig': 'utf-8', 'latin-1': 'latin-1', ascii: 'ascii' };

export function decode(bytes: Uint8Array, enc: Encoding, errors: ErrorMode): string {
  if (enc === 'latin-1') { let s = ''; for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192)); return s; }
  if (enc === 'ascii') {
    let s = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b < 128) s += String.fromCharCode(b);
      else if (errors === 'replace') s += '\ufffd';
      else if (errors === 'strict') throw decodeError('ascii', b, i, 'ordinal not in range(128)');
    }
    return s;
  }
  let view = bytes;
  if (enc === 'utf-8-sig' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) view = bytes.subarray(3);
  if (errors === 'strict') {
    try { return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(view); } catch {
      const [bad, reason] = firstInvalidUtf8(view);
      throw decodeError(CODEC_NAME[enc], view[bad], bad, reason);
    }
  }
  const s = new TextDecoder('utf-8', { ignoreBOM: true }).decode(view);
  return errors === 'ignore' ? s.replace(/\ufffd/g, '') : s;
}

export function encode(text: string, enc: Encoding, errors: ErrorMode): Uint8Array {
  if (enc === 'utf-8' || enc === 'utf-8-sig') return new TextEncoder().encode(text);
  const limit = enc === 'ascii' ? 128 : 256;
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === 'replace') out.push(63);
    else if (errors === 'strict') {
      const e = new PyExceptionObj(E.UnicodeEncodeError, [`'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${i}: ordinal not in range(${limit})`]);
      throw e;
    }
    i++;
  }
  return Uint8Array.from(out);
}

function decodeError(codec: string, byte: number, pos: number, reason: string): PyExceptionObj {
  return new PyExceptionObj(E.UnicodeDecodeError, [`'${codec}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${pos}: ${reason}`]);
}

/** Position and CPython's reason for the first byte that is not valid UTF-8. */
function firstInvalidUtf8(b: Uint8Array): [number, string] {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0) return [i, 'invalid start byte'];
    for (let k = 1; k < n; k++) {
      if (i + k >= b.length) return [i, 'unexpected end of data'];
      if ((b[i + k] & 0xc0) !== 0x80) return [i, 'invalid continuation byte'];
    }
    i += n;
  }
  return [0, 'invalid start byte'];
}
