// The kernel's answers to the editor about live values, between cells: the attributes of a
// notebook object (`sess.`, `mnist.train.`, a user class's methods), a value summary for the
// hover of a bound name, and the shapes of the values a cell just assigned (inlay hints).
// Reads names and attributes only; it never calls what it finds.
import type { Inspection } from '../engine';
import { arrayStatistics } from '../engine';
import { Tensor } from '../engine';
import { NDArray } from '../engine';
import { Variable } from '../engine';
import { completionContext, nameAt } from '../language/cursor';
import type { CompletionItemInfo, CompletionKind, HoverInfo, ShapeHint } from '../shared/language';
import { parseCell } from '../language/syntax';
import { assignedNames } from '../language/assignments';
import {
  getAttr, pyRepr, pyStr, PyBuiltin, PyClass, PyFunction, PyInstance, PyModule, typeOf, type PythonSession, type PyValue,
} from '../python/index';
import { isHost } from '../python/host';
import { methodTableNames } from '../python/bind';
import { engineValueOf } from './formatters/context';

function lookup(session: PythonSession, parts: readonly string[]): PyValue | undefined {
  let value = session.globals.get(parts[0]);
  for (let i = 1; i < parts.length && value !== undefined; i++) value = attribute(value, parts[i]);
  return value;
}

function attribute(value: PyValue, name: string): PyValue | undefined {
  try { return getAttr(value, name); } catch { return undefined; }
}

/**
 * Attribute names of a value: its own dict, its class's MRO, and for objects the engine defines
 * in TypeScript, the names their `getattr` hook answers (read from its `case 'name':` labels and
 * confirmed by asking), since those objects keep no dict.
 */
export function attributeNames(value: PyValue): string[] {
  const names = new Set<string>();
  if (value instanceof PyModule || value instanceof PyInstance) for (const k of value.dict.keys()) names.add(k);
  if (value instanceof PyClass) for (const c of value.mro) for (const k of c.dict.keys()) names.add(k);
  try { for (const c of typeOf(value).mro) for (const k of c.dict.keys()) names.add(k); } catch { /* no type */ }
  if (isHost(value)) {
    const hooks = value as { getattr?: (name: string) => PyValue | undefined; attributeNames?: () => string[] };
    // Candidates, each confirmed by asking: the hook's own names, then every method-table name
    // (Session.run, Dataset.batch, ... are served from tables, not from the hook's source).
    const candidates = hooks.attributeNames?.() ?? [...hookCandidates(hooks.getattr), ...methodTableNames()];
    for (const name of candidates) if (names.has(name) || attribute(value, name) !== undefined) names.add(name);
  }
  return [...names].filter((n) => !n.startsWith('__'));
}

const hookNames = new WeakMap<Function, string[]>();
function hookCandidates(getattr: Function | undefined): string[] {
  if (!getattr) return [];
  let names = hookNames.get(getattr);
  if (!names) {
    const source = Function.prototype.toString.call(getattr);
    // `case"graph":` once minified, `case 'graph':` in source.
    names = [...new Set([...source.matchAll(/(?:case\s*|name\s*===\s*)(['"])([A-Za-z_]\w*)\1/g)].map((m) => m[2]))];
    hookNames.set(getattr, names);
  }
  return names;
}

function kindOf(value: PyValue | undefined): CompletionKind {
  if (value instanceof PyModule) return 'module';
  if (value instanceof PyClass) return 'class';
  if (value instanceof PyFunction || value instanceof PyBuiltin) return 'function';
  if (value && typeof value === 'object' && typeOf(value).name.includes('method')) return 'method';
  return 'variable';
}

function typeName(value: PyValue | undefined): string {
  try { return value === undefined ? '' : typeOf(value).name; } catch { return ''; }
}

/** Names from the running kernel: globals for a bare name, attributes after `object.`. */
export function liveCompletions(session: PythonSession, text: string, offset: number): CompletionItemInfo[] {
  const ctx = completionContext(text, offset);
  if (ctx.kind === 'none') return [];
  if (ctx.kind === 'name') {
    return [...session.globals].filter(([n]) => !n.startsWith('_')).map(([label, v]) => ({ label, kind: kindOf(v), detail: typeName(v) }));
  }
  const object = lookup(session, ctx.object);
  if (object === undefined) return [];
  return attributeNames(object).filter((n) => ctx.prefix.startsWith('_') || !n.startsWith('_')).map((label) => {
    const v = attribute(object, label);
    return { label, kind: kindOf(v), detail: typeName(v) };
  });
}

/** `(?, 7, 7, 64) float32` for a Tensor, Variable or numpy array; undefined for other values. */
export function shapeLabel(value: PyValue | undefined): string | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return undefined;
  const engine = engineValueOf(value);
  const array = (value as { array?: unknown }).array;
  if (!(engine instanceof Tensor || engine instanceof Variable || array instanceof NDArray)) return undefined;
  const shape = attribute(value, 'shape');
  const dtype = attribute(value, 'dtype') as (PyValue & { name?: unknown }) | undefined;
  if (shape === undefined || dtype === undefined) return undefined;
  const dtypeName = engine instanceof Variable ? engine.dtype : dtype.name !== undefined ? String(dtype.name) : pyStr(dtype);
  return `${pyStr(shape)} ${dtypeName}`;
}

const fmt = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x));
function statsLine(a: NDArray): string {
  if (a.dtype === 'string' || a.size === 0) return '';
  const s = arrayStatistics(a.numeric);
  return `min ${fmt(s.min)}, max ${fmt(s.max)}, mean ${fmt(s.mean)}, std ${fmt(s.std)}${s.nan ? `, ${s.nan} NaN` : ''}`;
}

/** What the hover of a notebook name shows: its kind, shape and dtype, op, and values. */
export function valueSummary(value: PyValue, inspection: Inspection): string {
  const engine = engineValueOf(value);
  const shape = shapeLabel(value);
  if (engine instanceof Variable) {
    const current = inspection.graphVariableValue(engine.op.name);
    const values = current ? statsLine(current) : 'no value yet: run its initializer in a session';
    return [`tf.Variable '${engine.name}' ${shape}`, values].filter(Boolean).join('\n\n');
  }
  if (engine instanceof Tensor) return `Tensor '${engine.name}' ${shape}\n\nop: ${engine.op.type} '${engine.op.name}'`;
  const array = (value as { array?: unknown }).array;
  if (array instanceof NDArray) return [`ndarray ${shape}`, statsLine(array)].filter(Boolean).join('\n\n');
  let repr: string;
  try { repr = pyRepr(value); } catch { repr = `<${typeName(value)}>`; }
  return `${typeName(value)}: ${repr.length > 200 ? `${repr.slice(0, 199)}…` : repr}`;
}

/** The hover of a name bound in the kernel (modules and functions are the catalogue's to show). */
export function liveHover(session: PythonSession, inspection: Inspection, text: string, offset: number): HoverInfo | null {
  const parts = nameAt(text, offset);
  if (!parts.length) return null;
  const value = lookup(session, parts.map((p) => p.name));
  if (value === undefined || value instanceof PyModule || value instanceof PyBuiltin) return null;
  const last = parts[parts.length - 1];
  const summary = valueSummary(value, inspection);
  const [head, ...rest] = summary.split('\n\n');
  return { markdown: ['```text', `${parts.map((p) => p.name).join('.')}: ${head}`, '```', ...rest.flatMap((r) => ['', r])].join('\n'), start: last.start, end: last.end };
}

/** After a cell ran: the shape and dtype of each Tensor, Variable or array it assigned, by line. */
export function shapeHints(session: PythonSession, source: string): ShapeHint[] {
  const parsed = parseCell(source);
  if (!('module' in parsed)) return [];
  const lines = source.split('\n');
  const out: ShapeHint[] = [];
  for (const a of assignedNames(parsed.module)) {
    const labels = a.names.map((n) => shapeLabel(session.globals.get(n))).filter((l): l is string => !!l);
    if (!labels.length) continue;
    const line = a.line - 1;
    out.push({ line, lineText: lines[line] ?? '', label: `▸ ${labels.join(', ')}` });
  }
  return out;
}
