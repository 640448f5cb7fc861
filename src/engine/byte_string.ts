// String tensors hold bytes, as TF's do. Each element is a JS string with one char per byte
// (0..255), so lengths and offsets count bytes; these convert between that form, raw bytes and
// text (UTF-8). Every reader and writer of string elements goes through them.

/** Raw bytes as a byte-string element. */
export function byteStringFromBytes(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

/** A byte-string element as raw bytes. */
export function bytesOfByteString(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Text as the byte-string element of its UTF-8 encoding. */
export function byteStringOfText(text: string): string {
  return byteStringFromBytes(new TextEncoder().encode(text));
}

/** A byte-string element decoded as UTF-8 text. */
export function textOfByteString(s: string): string {
  return new TextDecoder().decode(bytesOfByteString(s));
}
