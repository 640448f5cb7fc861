// docs/API.md sections for the stdlib modules written in Python: their public functions, classes
// (the __init__ signature) and methods, read from the bundled source with Gradbook's own parser.
// Defaults are shown as the source spells them; `@unsupported(param=reason)` marks what raises
// NotImplementedError, as the tables' `unsupported` does.
import type { ParamSpec, Signature } from '../../engine';
import { parseModule } from '../parser/parser';
import type { Arg, Expr, Stmt } from '../parser/ast';
import { STDLIB_SOURCES } from './sources.generated';

export interface SourceFunction { readonly signature: Signature }

type Def = Extract<Stmt, { kind: 'FunctionDef' }>;
type ClassDef = Extract<Stmt, { kind: 'ClassDef' }>;

/** The source text of an expression that starts at (line, col) and ends at a `,` or `)` at depth 0. */
function exprText(lines: string[], e: Expr): string {
  const pos = e as unknown as { line: number; col: number };
  let out = '';
  let depth = 0, quote: string | null = null;
  for (let ln = pos.line - 1, col = pos.col; ln < lines.length; ln++, col = 0) {
    const line = lines[ln];
    for (let i = col; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        out += c;
        if (c === '\\') { out += line[++i] ?? ''; continue; }
        if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) { if (depth === 0) return out.trim(); depth--; }
      else if (c === ',' && depth === 0) return out.trim();
      else if (c === '#') break;
      out += c;
    }
    out += ' ';
  }
  return out.trim();
}

function docOf(body: Stmt[]): string {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value.trim().split('\n')[0];
  }
  return '';
}

/** `@unsupported(name=reason, ...)` decorators: parameter → reason (or true). */
function unsupportedMarks(d: Def): Map<string, string | true> {
  const marks = new Map<string, string | true>();
  for (const dec of d.decorators) {
    if (dec.kind !== 'Call' || dec.func.kind !== 'Name' || (dec.func as { id: string }).id !== 'unsupported') continue;
    for (const k of dec.keywords) {
      if (k.name === null) continue;
      const v = k.value;
      marks.set(k.name, v.kind === 'Constant' && typeof v.value === 'string' ? v.value : true);
    }
  }
  return marks;
}

function signatureOf(qualified: string, d: Def, lines: string[], dropSelf: boolean, doc: string): Signature {
  const marks = unsupportedMarks(d);
  const param = (a: Arg, kind?: 'positional' | 'keyword'): ParamSpec => ({
    name: a.name,
    ...(a.default ? { default: { expr: exprText(lines, a.default) } } : {}),
    ...(kind ? { kind } : {}),
    ...(marks.has(a.name) ? { unsupported: marks.get(a.name)! } : {}),
  });
  const args = d.args;
  const positional = [...args.posonly.map(a => param(a, 'positional')), ...args.args.map(a => param(a))];
  if (dropSelf) positional.shift();
  return {
    name: qualified,
    doc: doc || sameAs(qualified),
    params: [...positional, ...args.kwonly.map(a => param(a, 'keyword'))],
    ...(args.vararg ? { varargs: args.vararg } : {}),
    ...(args.kwarg ? { varkw: args.kwarg } : {}),
  };
}

const isPublic = (name: string) => !name.startsWith('_');

/** Bundled sources model more than the standard library: an undocumented name says which library it follows. */
const UPSTREAM: Record<string, string> = { tensorflow: 'TensorFlow 1.15', sklearn: 'scikit-learn', pandas: 'pandas 0.24', absl: 'absl-py', six: 'six', IPython: 'IPython' };
function sameAs(qualified: string): string {
  return `As in ${UPSTREAM[qualified.split('.')[0]] ?? 'CPython'}.`;
}

/** The public module a bundled source belongs to (`argparse._parser` → `argparse`), or null for private ones. */
function publicModule(name: string): string | null {
  const parts = name.split('.');
  const kept: string[] = [];
  for (const p of parts) { if (!isPublic(p)) break; kept.push(p); }
  return kept.length ? kept.join('.') : null;
}

function moduleFunctions(module: string, source: string): SourceFunction[] {
  const lines = source.split('\n');
  const out: SourceFunction[] = [];
  for (const s of parseModule(source).body) {
    if (s.kind === 'FunctionDef' && isPublic(s.name)) {
      out.push({ signature: signatureOf(`${module}.${s.name}`, s, lines, false, docOf(s.body)) });
    } else if (s.kind === 'ClassDef' && isPublic(s.name)) {
      out.push(...classFunctions(module, s, lines));
    }
  }
  return out;
}

function classFunctions(module: string, c: ClassDef, lines: string[]): SourceFunction[] {
  const out: SourceFunction[] = [];
  const methods = c.body.filter((s): s is Def => s.kind === 'FunctionDef');
  const init = methods.find(m => m.name === '__init__') ?? methods.find(m => m.name === '__new__');
  const classDoc = docOf(c.body);
  out.push({ signature: init ? signatureOf(`${module}.${c.name}`, init, lines, true, classDoc) : { name: `${module}.${c.name}`, doc: classDoc || sameAs(`${module}.${c.name}`), params: [] } });
  for (const m of methods) {
    // Properties are attributes, not functions to call.
    const isProperty = m.decorators.some(d => (d.kind === 'Name' && (d as { id: string }).id === 'property') || d.kind === 'Attribute');
    if (!isPublic(m.name) || isProperty) continue;
    const isStatic = m.decorators.some(d => d.kind === 'Name' && (d as { id: string }).id === 'staticmethod');
    out.push({ signature: signatureOf(`${module}.${c.name}.${m.name}`, m, lines, !isStatic, docOf(m.body)) });
  }
  return out;
}

export interface SourceSection { title: string; source: string; functions: SourceFunction[] }

/**
 * Private modules the TypeScript bindings load by name (`fromPython` in numpy/register.ts), so no
 * public source re-exports them: `_numpy_<part>.py` holds NumPy functions written in Python.
 */
function loadedByBindings(module: string): string | null {
  return module.startsWith('_numpy_') && !module.includes('.') ? 'numpy' : null;
}

/** `from .x import a` inside module `m` (a package when isPackage) as an absolute module name. */
function resolveImport(m: string, isPackage: boolean, from: string, level: number): string {
  if (level === 0) return from;
  const parts = m.split('.');
  const base = parts.slice(0, parts.length - level + (isPackage ? 1 : 0));
  return [...base, ...(from ? [from] : [])].join('.');
}

/**
 * Where each private module's definitions are public: private module → name → the public module
 * that imports it (`from sklearn._regression_metrics import mean_squared_error` in sklearn/metrics.py
 * makes it sklearn.metrics.mean_squared_error). A definition nothing public imports is internal.
 */
function reexports(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  // Several public modules may import one definition: the shortest (the package) names it.
  const note = (from: string, name: string, target: string) => {
    const names = out.get(from) ?? new Map<string, string>();
    const prev = names.get(name);
    if (!prev || target.split('.').length < prev.split('.').length) names.set(name, target);
    out.set(from, names);
  };
  const isPrivateModule = (m: string) => m in STDLIB_SOURCES && publicModule(m) !== m;
  for (const [name, { source, isPackage }] of Object.entries(STDLIB_SOURCES)) {
    if (publicModule(name) !== name) continue;
    const aliases = new Map<string, string>();  // local name → private module it binds
    for (const s of parseModule(source).body) {
      if (s.kind === 'ImportFrom') {
        const from = resolveImport(name, isPackage, s.module, s.level);
        for (const a of s.names) {
          if (isPrivateModule(`${from}.${a.name}`)) aliases.set(a.asname ?? a.name, `${from}.${a.name}`);
          else if (publicModule(from) !== from && isPublic(a.asname ?? a.name)) note(from, a.name, name);
        }
      } else if (s.kind === 'Assign' && s.value.kind === 'Attribute' && s.value.value.kind === 'Name') {
        // `optimize_loss = _optimize_loss.optimize_loss` after `from pkg import _optimize_loss`.
        const module = aliases.get(s.value.value.id);
        const target = s.targets[0];
        if (module && target.kind === 'Name' && isPublic(target.id)) note(module, s.value.attr, name);
      }
    }
  }
  for (const module of Object.keys(STDLIB_SOURCES)) {
    const target = loadedByBindings(module);
    if (target) note(module, '*', target);
  }
  return out;
}

/** One section per public module, with the definitions its private modules export folded in. */
export function pythonSourceSections(): SourceSection[] {
  const byModule = new Map<string, { files: string[]; functions: SourceFunction[] }>();
  const add = (module: string, file: string, functions: SourceFunction[]) => {
    const entry = byModule.get(module) ?? { files: [], functions: [] };
    if (!entry.files.includes(file)) entry.files.push(file);
    const seen = new Set(entry.functions.map(f => f.signature.name));
    for (const f of functions) if (!seen.has(f.signature.name)) entry.functions.push(f);
    byModule.set(module, entry);
  };
  const exported = reexports();
  for (const [name, { source, file }] of Object.entries(STDLIB_SOURCES).sort(([a], [b]) => a.localeCompare(b))) {
    if (publicModule(name) === name) { add(name, file, moduleFunctions(name, source)); continue; }
    const names = exported.get(name);
    if (!names) continue;
    // Each top-level definition under the public module that imports it (classes keep their methods).
    const targets = new Map<string, string>();
    for (const s of parseModule(source).body) {
      if ((s.kind === 'FunctionDef' || s.kind === 'ClassDef') && isPublic(s.name)) {
        const target = names.get(s.name) ?? names.get('*');
        if (target) targets.set(s.name, target);
      }
    }
    for (const target of new Set(targets.values())) {
      const wanted = new Set([...targets].filter(([, t]) => t === target).map(([n]) => n));
      const fns = moduleFunctions(target, source).filter(f => wanted.has(f.signature.name.slice(target.length + 1).split('.')[0]));
      add(target, file, fns);
    }
  }
  return [...byModule].map(([module, e]) => ({
    title: `\`${module}\` (Python source)`,
    source: e.files.length > 1 ? `${e.files[0].replace(/\/[^/]*$/, '/')}` : e.files[0],
    functions: e.functions,
  })).filter(s => s.functions.length > 0);
}
