// IPython's display formatters: the rich forms an object offers through `_repr_mimebundle_` and the
// `_repr_html_` / `_repr_png_` / ... methods, as the mime bundle Jupyter would send. The kernel
// adds `text/plain` (the repr) itself. A method that raises is skipped and its traceback printed,
// as IPython does; one that returns None offers nothing.
import { PyExceptionObj, PyFloat, type PyValue } from '../objects/core';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { PyModule } from '../objects/callables';
import { getAttrIfAny } from '../runtime/attributes';
import { callValue } from '../runtime/call';
import { toPyException } from '../interpreter/errors';
import { formatException } from '../traceback';
import { io } from '../builtins/io';
import { PyBytes } from '../io/bytes';
import { E, typeError } from '../exceptions';
import { typeOf } from '../runtime/type-name';

export type MimeBundle = Record<string, unknown>;

/** IPython's formatters in its order: method → mime, and how the result becomes the mime's data. */
const FORMATTERS: readonly { method: string; mime: string; kind: 'text' | 'binary' | 'json' }[] = [
  { method: '_repr_html_', mime: 'text/html', kind: 'text' },
  { method: '_repr_markdown_', mime: 'text/markdown', kind: 'text' },
  { method: '_repr_svg_', mime: 'image/svg+xml', kind: 'text' },
  { method: '_repr_png_', mime: 'image/png', kind: 'binary' },
  { method: '_repr_pdf_', mime: 'application/pdf', kind: 'binary' },
  { method: '_repr_jpeg_', mime: 'image/jpeg', kind: 'binary' },
  { method: '_repr_latex_', mime: 'text/latex', kind: 'text' },
  { method: '_repr_json_', mime: 'application/json', kind: 'json' },
  { method: '_repr_javascript_', mime: 'application/javascript', kind: 'text' },
];

/** Values whose type IPython's formatters never look into (and classes: their methods are unbound). */
function skipped(v: PyValue): boolean {
  return v === null || typeof v !== 'object' || v instanceof PyClass || v instanceof PyModule || v instanceof PyList
    || v instanceof PyTuple || v instanceof PyDict || v instanceof PyFloat;
}

/** The rich mimes `value` offers through Python methods; undefined when none. */
export function pythonMimeBundle(value: PyValue): MimeBundle | undefined {
  if (skipped(value)) return undefined;
  const bundle: MimeBundle = {};
  const viaBundle = guarded(() => mimebundleMethod(value));
  if (viaBundle) Object.assign(bundle, viaBundle);
  for (const f of FORMATTERS) {
    if (f.mime in bundle) continue;
    const method = getAttrIfAny(value, f.method);
    if (method === undefined || method === null) continue;
    const data = guarded(() => mimeData(unwrapMetadata(callValue(method, [], null)), f.kind, f.method));
    if (data !== undefined) bundle[f.mime] = data;
  }
  return Object.keys(bundle).length ? bundle : undefined;
}

function mimebundleMethod(value: PyValue): MimeBundle | undefined {
  const method = getAttrIfAny(value, '_repr_mimebundle_');
  if (method === undefined || method === null) return undefined;
  const r = unwrapMetadata(callValue(method, [], new Map([['include', null], ['exclude', null]])));
  if (r === null) return undefined;
  if (!(r instanceof PyDict)) throw typeError(`_repr_mimebundle_ returned ${typeOf(r).name}, expected a dict`);
  const out: MimeBundle = {};
  for (const { k, v } of r.map.values()) {
    const mime = String(k);
    out[mime] = mimeData(v, mime.startsWith('image/') && !mime.includes('svg') ? 'binary' : mime.endsWith('json') ? 'json' : 'text', '_repr_mimebundle_');
  }
  return out;
}

/** `(data, metadata)` from a formatter method: the metadata is not used. */
function unwrapMetadata(r: PyValue): PyValue {
  return r instanceof PyTuple && r.items.length === 2 ? r.items[0] : r;
}

function mimeData(v: PyValue, kind: 'text' | 'binary' | 'json', method: string): unknown {
  if (v === null) return undefined;
  if (kind === 'json') return toJson(v);
  if (kind === 'binary') {
    if (v instanceof PyBytes) return Buffer.from(v.data).toString('base64');
    // A str is base64 already (as Jupyter sends images), or bytes held as a str (b'...' literals).
    if (typeof v === 'string') return /^[A-Za-z0-9+/=\s]*$/.test(v) ? v.replace(/\s/g, '') : Buffer.from(v, 'latin1').toString('base64');
    throw typeError(`${method} must return bytes or a base64 str, not ${typeOf(v).name}`);
  }
  if (typeof v !== 'string') throw typeError(`${method} must return str, not ${typeOf(v).name}`);
  return v;
}

/** A JSON value for application/json (dicts, lists, str, numbers, bools, None). */
export function toJson(v: PyValue): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJson);
  if (v instanceof PyDict) {
    const o: Record<string, unknown> = {};
    for (const { k, v: x } of v.map.values()) o[String(k)] = toJson(x);
    return o;
  }
  throw typeError(`Object of type ${typeOf(v).name} is not JSON serializable`);
}

/** A formatter that raises prints its traceback and offers nothing. */
function guarded<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    const exc: PyExceptionObj = toPyException(e);
    if (exc.cls.isSubclassOf(E.KeyboardInterrupt)) throw exc;
    io.stderr(formatException(exc, () => undefined));
    return undefined;
  }
}
