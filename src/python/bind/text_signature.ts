// A Signature written as CPython prints it (`inspect.signature`, `__text_signature__` without
// `$self`): `(sep=None, maxsplit=-1)`, `(width, fillchar=' ', /)`, `(*, key=None, reverse=False)`.
// The builtin types' methods are ~150 small signatures; writing them in Python's own notation keeps
// each table row one line and lets a test compare them with CPython 3.11's text signatures
// (test/python/fixtures/builtin_signatures.json, written by python3).
import type { ParamSpec, PyDefault, Signature } from '../../engine';

/** A default as the data the binder reads: literals become values, anything else `{ expr }`. */
function parseDefault(text: string): PyDefault {
  if (text === 'None') return null;
  if (text === 'True' || text === 'False') return text === 'True';
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?\d+\.\d+$/.test(text)) return { float: Number(text) };
  const quoted = /^'([^'\\]*)'$/.exec(text);
  if (quoted) return quoted[1];
  // b' ', sys.maxsize, <unrepresentable>, (): the body applies these itself.
  return { expr: text };
}

/** Splits on top-level commas (defaults such as `()` may hold none today, but keep it honest). */
function splitParams(inner: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0, quote = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) { out.push(inner.slice(start, i).trim()); start = i + 1; }
  }
  const last = inner.slice(start).trim();
  if (last) out.push(last);
  return out;
}

export interface TextSignatureExtra {
  /** Parameters Gradbook does not implement: name → why (or true). */
  readonly unsupported?: Readonly<Record<string, true | string>>;
  /**
   * Parameters whose omission the body must see (`int(x, base=10)`: an explicit base, even 10,
   * refuses a non-string): their default is kept as `{ expr }`, so an omitted one arrives undefined.
   */
  readonly omittedAs?: readonly string[];
  /** Per-parameter docs for hover and docs/API.md. */
  readonly paramDocs?: Readonly<Record<string, string>>;
}

/** `pySignature('str.split', '(sep=None, maxsplit=-1)', 'Return a list of the words.')`. */
export function textSignature(name: string, text: string, doc: string, extra: TextSignatureExtra = {}): Signature {
  const m = /^\((.*)\)$/.exec(text.trim());
  if (!m) throw new Error(`${name}: signature text must be parenthesized: ${text}`);
  const items = splitParams(m[1]);
  const slash = items.indexOf('/');
  const params: ParamSpec[] = [];
  let varargs: string | undefined, varkw: string | undefined, keywordOnly = false;
  items.forEach((item, i) => {
    if (item === '/') return;
    if (item === '*') { keywordOnly = true; return; }
    if (item.startsWith('**')) { varkw = item.slice(2); return; }
    if (item.startsWith('*')) { varargs = item.slice(1); keywordOnly = true; return; }
    const eq = item.indexOf('=');
    const pname = eq < 0 ? item : item.slice(0, eq).trim();
    const kind = keywordOnly ? 'keyword' : i < slash ? 'positional' : undefined;
    const why = extra.unsupported?.[pname], pdoc = extra.paramDocs?.[pname];
    params.push({
      name: pname,
      ...(eq < 0 ? {} : { default: extra.omittedAs?.includes(pname) ? { expr: item.slice(eq + 1).trim() } : parseDefault(item.slice(eq + 1).trim()) }),
      ...(kind ? { kind } : {}),
      ...(why ? { unsupported: why } : {}),
      ...(pdoc ? { doc: pdoc } : {}),
    });
  });
  for (const p of Object.keys(extra.unsupported ?? {})) {
    if (!params.some(q => q.name === p)) throw new Error(`${name}: unsupported parameter '${p}' is not in ${text}`);
  }
  return { name, doc, params, ...(varargs ? { varargs } : {}), ...(varkw ? { varkw } : {}) };
}
