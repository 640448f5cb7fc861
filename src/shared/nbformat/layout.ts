// How a notebook file was written, beyond its values: the indent, whether keys were sorted (as
// nbformat writes them), key orders JSON.parse cannot keep, and the spelling of leaves that would
// come out differently when re-serialized (`1.0`, `1e-05`, `"\u00e9"`, integers beyond 2^53).
// Found by one iterative scan of the text, so the writer can give back the same bytes.

/** Hints of one part of the file, keyed by JSON pointer relative to that part. */
export interface LayoutHints {
  /** leaf → its original token, where JSON.stringify would spell it differently */
  raw?: Record<string, string>;
  /** object → its original key order, where the writer's default order differs */
  order?: Record<string, string[]>;
}

export interface FileLayout {
  /** one level of indentation; null for a file on one line */
  indent: string | null;
  /** '\r\n' for a file with Windows line ends */
  newline: string;
  finalNewline: boolean;
  /** every object's keys were in sorted order (nbformat's sort_keys=True) */
  sortedKeys: boolean;
  hints: LayoutHints;
}

interface Frame { kind: 'object' | 'array'; path: string; keys: string[]; index: number }

const stringToken = /"(?:[^"\\]|\\.)*"/y;
const literalToken = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const whitespace = /[ \t\r\n]*/y;

export const pointer = (parent: string, key: string | number) => `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * Scans valid JSON text. `rebuilt(path)` names the objects the reader takes apart and the writer
 * builds again in sorted order (the document, cells, outputs): their original order is kept as a
 * hint when the file was not sorted.
 */
export function scanLayout(text: string, rebuilt: (path: string) => boolean): FileLayout {
  const hints: Required<LayoutHints> = { raw: {}, order: {} };
  const objects: Frame[] = [];
  const stack: Frame[] = [];
  let pos = 0;
  let sortedKeys = true;

  const skip = () => { whitespace.lastIndex = pos; whitespace.exec(text); pos = whitespace.lastIndex; };
  const read = (re: RegExp) => { re.lastIndex = pos; const m = re.exec(text); if (!m) throw new SyntaxError(`unexpected JSON at ${pos}`); pos = re.lastIndex; return m[0]; };
  const leaf = (path: string, token: string) => {
    const needsCheck = token[0] === '"' ? token.includes('\\u') || token.includes('\\/') : true;
    if (needsCheck && JSON.stringify(JSON.parse(token)) !== token) hints.raw[path] = token;
  };

  let path = '';
  for (;;) {
    skip();
    // A value at `path`.
    const c = text[pos];
    if (c === '{' || c === '[') {
      pos++;
      const frame: Frame = { kind: c === '{' ? 'object' : 'array', path, keys: [], index: 0 };
      stack.push(frame);
      if (frame.kind === 'object') objects.push(frame);
      skip();
      if (text[pos] === (c === '{' ? '}' : ']')) { pos++; stack.pop(); }
      else { path = nextPath(frame); continue; }
    } else {
      leaf(path, read(c === '"' ? stringToken : literalToken));
    }
    // After a value: a separator, or closing brackets.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (!frame) return finish();
      skip();
      const s = text[pos++];
      if (s === ',') { frame.index++; path = nextPath(frame); break; }
      stack.pop();
    }
  }

  function nextPath(frame: Frame): string {
    if (frame.kind === 'array') return pointer(frame.path, frame.index);
    skip();
    const key = JSON.parse(read(stringToken)) as string;
    frame.keys.push(key);
    skip();
    pos++; // ':'
    return pointer(frame.path, key);
  }

  function finish(): FileLayout {
    for (const o of objects) if (!isSorted(o.keys)) { sortedKeys = false; break; }
    if (!sortedKeys) {
      for (const o of objects) {
        const expected = rebuilt(o.path) ? [...o.keys].sort() : jsKeyOrder(o.keys);
        if (o.keys.some((k, i) => k !== expected[i])) hints.order[o.path] = o.keys;
      }
    }
    const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? null;
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    return { indent: indent ?? (text.trimEnd().includes('\n') ? '' : null), newline, finalNewline: text.endsWith('\n'), sortedKeys, hints: compact(hints) };
  }
}

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** The order JS objects give keys: integer-like keys first, ascending, then the others as inserted. */
export function jsKeyOrder(keys: string[]): string[] {
  const isIndex = (k: string) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < 2 ** 32 - 1;
  return [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))];
}

function compact(h: Required<LayoutHints>): LayoutHints {
  return { ...(Object.keys(h.raw).length ? { raw: h.raw } : {}), ...(Object.keys(h.order).length ? { order: h.order } : {}) };
}

/** The hints under `prefix` (excluding those under any of `except`), relative to it. */
export function hintsUnder(h: LayoutHints, prefix: string, except: (rel: string) => boolean = () => false): LayoutHints | undefined {
  const pick = (m: Record<string, unknown> | undefined) => {
    const out: Record<string, any> = {};
    for (const [p, v] of Object.entries(m ?? {})) {
      if (p !== prefix && !p.startsWith(prefix + '/')) continue;
      const rel = p.slice(prefix.length);
      if (!except(rel)) out[rel] = v;
    }
    return Object.keys(out).length ? out : undefined;
  };
  const raw = pick(h.raw), order = pick(h.order);
  return raw || order ? { ...(raw ? { raw } : {}), ...(order ? { order } : {}) } : undefined;
}
