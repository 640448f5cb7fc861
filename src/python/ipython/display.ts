// IPython.display: display() with display ids and update_display, clear_output, and the rich
// objects (HTML, Markdown, SVG, Latex, Math, JSON, Javascript, Image). Each object knows its mime
// bundle; the kernel adds text/plain (its repr). HTML goes to the notebook unchanged: VS Code
// renders text/html in the output webview, isolated from the editor, and only in trusted
// workspaces (its own rule, as Jupyter's), so there is nothing for the kernel to sanitize.
import type { PyValue } from '../objects/core';
import { PyDict } from '../objects/containers';
import { PyModule } from '../objects/callables';
import { HostObject, hostClass } from '../host';
import { E, pyException, typeError } from '../exceptions';
import { entry, installTable, method, MethodTable, type TableEntry } from '../bind';
import { notImplementedFunction, signatureFunction } from '../bind/objects';
import { sessionFileSystem } from '../io/session-files';
import { PyBytes } from '../io/bytes';
import { repr } from '../runtime/repr';
import { toJson } from './formatter';
import type { ModuleContext } from '../modules/registry';

type Bundle = Record<string, unknown>;

/** HTML, Markdown, ...: data plus how it becomes a bundle. */
export class DisplayObject extends HostObject {
  constructor(readonly kind: string, readonly data: PyValue, private readonly bundle: () => Bundle, private readonly reprs: Record<string, () => PyValue> = {}) { super(); }
  override get pyTypeName(): string { return this.kind; }
  override get type() { return hostClass(this.kind, 'IPython.core.display'); }
  override repr(): string { return `<IPython.core.display.${this.kind} object>`; }
  /** The kernel's display reads this (src/worker/display.ts). */
  _repr_mimebundle_(): Bundle { return this.bundle(); }
  getattr(name: string): PyValue | undefined {
    if (name === 'data') return this.data;
    const r = this.reprs[name];
    return r ? signatureFunction({ name: `IPython.display.${this.kind}.${name}`, doc: `The ${this.kind} object's data for its mime type.`, params: [] }, () => r()) : undefined;
  }
}

/** display(bundle, raw=True): the dict is the bundle. */
class RawBundle extends HostObject {
  constructor(readonly bundle: Bundle, readonly text: string) { super(); }
  override repr(): string { return this.text; }
  _repr_mimebundle_(): Bundle { return this.bundle; }
}

/** IPython's DisplayHandle: display / update one output by its id. */
class DisplayHandle extends HostObject {
  constructor(readonly id: string, readonly show: (obj: PyValue, update: boolean) => void) { super(); }
  override get pyTypeName(): string { return 'DisplayHandle'; }
  override get type() { return hostClass('DisplayHandle', 'IPython.core.display_functions'); }
  override repr(): string { return `<DisplayHandle display_id=${this.id}>`; }
  getattr(name: string): PyValue | undefined {
    if (name === 'display_id') return this.id;
    return DISPLAY_HANDLE_METHODS.get(this, name);
  }
}

/** DisplayHandle.display / update (IPython 8's display_functions.py): their **kwargs go to display(); Gradbook takes none. */
export const DISPLAY_HANDLE_METHODS = new MethodTable<DisplayHandle>([
  method({ name: 'DisplayHandle.display', doc: 'Shows `obj` in a new output with this display id.', params: [{ name: 'obj' }], varkw: 'kwargs' },
    (self: DisplayHandle, a) => { refuseKeywords('display', a.kwargs); self.show(a.obj as PyValue, false); return null; }),
  method({ name: 'DisplayHandle.update', doc: 'Replaces the outputs with this display id by `obj`.', params: [{ name: 'obj' }], varkw: 'kwargs' },
    (self: DisplayHandle, a) => { refuseKeywords('update', a.kwargs); self.show(a.obj as PyValue, true); return null; }),
], { pythonClass: true });

function readText(filename: string): string {
  return new TextDecoder().decode(sessionFileSystem().readFile(filename));
}

/** The text an HTML/Markdown/SVG/... object shows: data, or a file's content; never a download. */
function textSource(kind: string, data: PyValue, url: PyValue, filename: PyValue): string {
  if (url !== null) throw noNetwork(kind);
  if (filename !== null) return readText(String(filename));
  if (data === null) throw pyException(E.ValueError, `${kind}: no data, url or filename given`);
  if (typeof data === 'string' && /^https?:\/\//.test(data) && !data.includes('\n')) throw noNetwork(kind);
  return typeof data === 'string' ? data : repr(data);
}

const noNetwork = (kind: string) => pyException(E.NotImplementedError,
  `IPython.display.${kind}(url=...): Gradbook does not download files (the kernel has no network access); save the file next to the notebook and pass filename=`);

const TEXT_KINDS: readonly { kind: string; mime: string; method: string; wrap?: (s: string) => string }[] = [
  { kind: 'HTML', mime: 'text/html', method: '_repr_html_' },
  { kind: 'Markdown', mime: 'text/markdown', method: '_repr_markdown_' },
  { kind: 'Latex', mime: 'text/latex', method: '_repr_latex_' },
  { kind: 'Math', mime: 'text/latex', method: '_repr_latex_', wrap: (s) => `$\\displaystyle ${s.trim().replace(/^\$+|\$+$/g, '')}$` },
  { kind: 'SVG', mime: 'image/svg+xml', method: '_repr_svg_', wrap: (s) => { const i = s.indexOf('<svg'); return i > 0 ? s.slice(i) : s; } },
  { kind: 'Javascript', mime: 'application/javascript', method: '_repr_javascript_' },
];

function textObject(spec: (typeof TEXT_KINDS)[number], text: string, data: PyValue): DisplayObject {
  const shown = spec.wrap ? spec.wrap(text) : text;
  return new DisplayObject(spec.kind, data ?? shown, () => ({ [spec.mime]: shown }), { [spec.method]: () => shown });
}

const SIGNATURES: Record<string, readonly string[]> = { HTML: ['metadata'], Markdown: ['metadata'], Latex: ['metadata'], Math: ['metadata'], SVG: ['metadata'], Javascript: ['lib', 'css'] };

function textEntries(): TableEntry[] {
  return TEXT_KINDS.map((spec) => entry({
    name: `display.${spec.kind}`, doc: `Display ${spec.mime} from data or a file (filename=).`,
    params: [{ name: 'data', default: null }, { name: 'url', default: null }, { name: 'filename', default: null },
      ...SIGNATURES[spec.kind].map((name) => ({ name, default: null, unsupported: true as const }))],
  }, (a) => textObject(spec, textSource(spec.kind, a.data as PyValue, a.url as PyValue, a.filename as PyValue), a.data as PyValue)));
}

const MAGIC: readonly [string, number[]][] = [['png', [0x89, 0x50, 0x4e, 0x47]], ['jpeg', [0xff, 0xd8]], ['gif', [0x47, 0x49, 0x46]]];

/** IPython.display.Image: embedded PNG/JPEG/GIF bytes from data= or filename=; a url shows as <img>. */
function makeImage(a: Record<string, unknown>): DisplayObject {
  let data = a.data as PyValue, url = a.url as PyValue, filename = a.filename as PyValue;
  if (typeof data === 'string') {
    if (/^https?:\/\//.test(data)) url = data; else filename = data;
    data = null;
  }
  const size = ['width', 'height'].filter((k) => a[k] !== null).map((k) => ` ${k}="${String(a[k])}"`).join('');
  if (url !== null) {
    if (a.embed === true) throw noNetwork('Image');
    // Not embedded: the notebook viewer loads the picture, as in Jupyter (no download by the kernel).
    const html = `<img src="${String(url).replace(/"/g, '&quot;')}"${size}/>`;
    return new DisplayObject('Image', null, () => ({ 'text/html': html }), { _repr_html_: () => html });
  }
  const bytes = filename !== null ? sessionFileSystem().readFile(String(filename)) : data instanceof PyBytes ? data.data : null;
  if (!bytes) throw pyException(E.ValueError, 'Image: give data= (bytes), filename= or url=');
  const fromName = filename !== null ? /\.(png|jpe?g|gif)$/i.exec(String(filename))?.[1].toLowerCase().replace('jpg', 'jpeg') : undefined;
  const format = a.format !== null ? String(a.format).toLowerCase().replace('jpg', 'jpeg') : fromName ?? MAGIC.find(([, m]) => m.every((b, i) => bytes[i] === b))?.[0];
  if (!format || !['png', 'jpeg', 'gif'].includes(format)) throw pyException(E.ValueError, `Cannot embed the '${format ?? 'unknown'}' image format`);
  const b64 = Buffer.from(bytes).toString('base64');
  const mime = `image/${format}`;
  // Jupyter sizes an image by output metadata, which VS Code's image view ignores; an <img> with
  // the size shows it at that size there.
  const html = size ? `<img src="data:${mime};base64,${b64}"${size}/>` : null;
  return new DisplayObject('Image', new PyBytes(bytes), () => ({ [mime]: b64, ...(html ? { 'text/html': html } : {}) }), { [`_repr_${format}_`]: () => new PyBytes(bytes) });
}

let nextId = 0;
const newDisplayId = () => `gradbook-${process.pid.toString(16)}-${(++nextId).toString(16)}`;

export function displayTable(ctx: () => Pick<ModuleContext, 'display' | 'clearOutput'>): TableEntry[] {
  const show = (obj: PyValue, id: string | undefined, update: boolean) => ctx().display(obj, id === undefined ? undefined : { displayId: id, update });
  return [
    entry({
      name: 'display.display', doc: "Display objects as the notebook's richest form (a display_id allows update_display).",
      params: [{ name: 'include', default: null, kind: 'keyword', unsupported: true }, { name: 'exclude', default: null, kind: 'keyword', unsupported: true },
        { name: 'metadata', default: null, kind: 'keyword', unsupported: true }, { name: 'transient', default: null, kind: 'keyword', unsupported: true },
        { name: 'display_id', default: null, kind: 'keyword' }, { name: 'raw', default: false, kind: 'keyword', type: 'flag' }, { name: 'clear', default: false, kind: 'keyword', type: 'flag' }],
      varargs: 'objs',
    }, (a) => {
      const id = a.display_id === null || a.display_id === false ? undefined : a.display_id === true ? newDisplayId() : String(a.display_id);
      if (a.clear) ctx().clearOutput(true);
      for (const obj of a.objs as PyValue[]) show(a.raw ? rawBundle(obj) : obj, id, false);
      return id === undefined ? null : new DisplayHandle(id, (o, update) => show(o, id, update));
    }),
    entry({ name: 'display.update_display', doc: 'Update the output shown under display_id.', params: [{ name: 'obj' }, { name: 'display_id', kind: 'keyword' }], varkw: 'kwargs' },
      (a) => { refuseKeywords('update_display', a.kwargs); show(a.obj as PyValue, String(a.display_id), true); return null; }),
    entry({ name: 'display.clear_output', doc: "Clear the cell's output (wait=True: just before the next output arrives).", params: [{ name: 'wait', default: false, type: 'flag' }] },
      (a) => { ctx().clearOutput(a.wait); return null; }),
    entry({ name: 'display.DisplayHandle', doc: 'A handle on an updatable display.', params: [{ name: 'display_id', default: null }] }, (a) => {
      const id = a.display_id === null ? newDisplayId() : String(a.display_id);
      return new DisplayHandle(id, (o, update) => show(o, id, update));
    }),
    ...textEntries(),
    entry({
      name: 'display.JSON', doc: 'Display JSON data (application/json).',
      params: [{ name: 'data', default: null }, { name: 'url', default: null }, { name: 'filename', default: null }, { name: 'expanded', default: false }, { name: 'metadata', default: null, unsupported: true }, { name: 'root', default: 'root' }],
      varkw: 'kwargs',
    }, (a) => {
      refuseKeywords('JSON', a.kwargs);
      const value = a.filename !== null ? JSON.parse(readText(String(a.filename))) : a.url !== null ? (() => { throw noNetwork('JSON'); })() : toJson(a.data as PyValue);
      return new DisplayObject('JSON', a.data as PyValue, () => ({ 'application/json': value }), { _repr_json_: () => a.data as PyValue });
    }),
    entry({
      name: 'display.Image', doc: 'An image (PNG, JPEG, GIF) from bytes or a file, shown embedded; width and height size it.',
      params: [{ name: 'data', default: null }, { name: 'url', default: null }, { name: 'filename', default: null }, { name: 'format', default: null },
        { name: 'embed', default: null }, { name: 'width', default: null }, { name: 'height', default: null }, { name: 'retina', default: false, unsupported: true },
        { name: 'unconfined', default: false, unsupported: true }, { name: 'metadata', default: null, unsupported: true }, { name: 'alt', default: null, unsupported: true }],
    }, (a) => makeImage(a)),
  ];
}

/** Keywords IPython passes on as metadata: Gradbook sends none, so it refuses them. */
function refuseKeywords(fn: string, kwargs: unknown): void {
  const first = kwargs instanceof Map ? [...kwargs.keys()][0] : undefined;
  if (first !== undefined) throw pyException(E.NotImplementedError, `${fn}() argument '${first}' is not supported by Gradbook`);
}

function rawBundle(obj: PyValue): PyValue {
  if (!(obj instanceof PyDict)) throw typeError('display(raw=True) takes dicts of mime type to data');
  const bundle: Bundle = {};
  for (const { k, v } of obj.map.values()) {
    const mime = String(k);
    bundle[mime] = v instanceof PyBytes ? Buffer.from(v.data).toString('base64') : mime.endsWith('json') ? toJson(v) : typeof v === 'string' ? v : repr(v);
  }
  return new RawBundle(bundle, typeof bundle['text/plain'] === 'string' ? bundle['text/plain'] as string : '');
}

const UNSUPPORTED = ['IFrame', 'YouTubeVideo', 'Audio', 'Video', 'FileLink', 'FileLinks', 'ProgressBar', 'GeoJSON', 'VimeoVideo', 'ScribdDocument'];

export function makeDisplayModule(ctx: ModuleContext): PyModule {
  const m = new PyModule('IPython.display');
  installTable(m, displayTable(() => ctx));
  for (const name of UNSUPPORTED) {
    m.set(name, notImplementedFunction(`IPython.display.${name}`, `IPython.display.${name} is not supported by Gradbook`));
  }
  return m;
}

