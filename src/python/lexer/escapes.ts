// Decoding of backslash escapes in non-raw string literals, as Python does it.
const SIMPLE: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

export function decodeEscapes(body: string, bytes = false): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) { out += c; continue; }
    const n = body[++i];
    if (n === '\n') continue; // backslash-newline inside a string joins lines
    const simple = SIMPLE[n];
    if (simple !== undefined) { out += simple; continue; }
    if (n >= '0' && n <= '7') {
      let j = i, digits = '';
      while (j < body.length && digits.length < 3 && body[j] >= '0' && body[j] <= '7') digits += body[j++];
      out += String.fromCodePoint(parseInt(digits, 8));
      i = j - 1;
      continue;
    }
    // \u and \U are not escapes in bytes literals.
    const hexLen = n === 'x' ? 2 : bytes ? 0 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
    if (hexLen) {
      const hex = body.substr(i + 1, hexLen);
      if (hex.length === hexLen && /^[0-9a-fA-F]+$/.test(hex)) {
        out += String.fromCodePoint(parseInt(hex, 16));
        i += hexLen;
        continue;
      }
    }
    out += '\\' + n; // unknown escapes stay as written
  }
  return out;
}
