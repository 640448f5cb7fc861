// Compiles expressions into closures `(frame) => value`, once per definition.
import { PyBytes } from '../runtime/bytes';
import type { Arguments, Comprehension, Expr, FormattedValue, Keyword, Stmt } from '../parser/ast';
import { PyFloat, PyValue, Kwargs, Cell } from '../objects/core';
import { PyDict, PyList, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyFunction, PyIterator, PySuper } from '../objects/callables';
import { iteratorType } from '../objects/types';
import { Ellipsis } from '../objects/singletons';
import { PyClass } from '../objects/pyclass';
import { HostObject, isHost } from '../host';
import { E, pyException, runtimeError, typeError } from '../exceptions';
import { binaryOp, unaryOp } from '../runtime/operators';
import { MAX_SMALL } from '../runtime/ints';
import { contains, richCompare } from '../runtime/compare';
import { truthy } from '../runtime/truth';
import { getAttr } from '../runtime/attributes';
import { getItem } from '../runtime/subscript';
import { callMethod, callValue } from '../runtime/call';
import { getIter, toArray } from '../runtime/iteration';
import { repr, str } from '../runtime/repr';
import { formatValue } from '../runtime/format-spec';
import { typeOf } from '../runtime/type-name';
import { Scope } from './scope';
import { Ev, Frame, Store } from './frame';
import { compileLoad, compileStoreRef, resolve } from './refs';
import { CompiledCode, ParamSpec, ownerClass } from './functions';
import { compileStore } from './compile-target';
import { GeneratorCode } from './generators/generator-code';
import { NAMES_NEEDING_CALLER_GLOBALS, callerState } from './eval-exec';
import { GeneratorBodyCompiler } from './generators/compile-gen';
import type { BinaryOpName, CompareOpName } from '../host';
import { checkGrowth } from '../runtime/limits';

export class ExprCompiler {
  constructor(readonly scope: Scope, readonly filename: string, readonly moduleName: string, readonly qualPrefix: string) {
    // Free variables and parameters get fixed positions before any code is compiled.
    const layout = scope.layout;
    if (scope.kind === 'function' || scope.kind === 'class') {
      for (const n of scope.free) {
        if (scope.kind === 'function' && scope.locals.has(n)) continue;
        if (!layout.cellIndex.has(n)) { layout.freeNames.push(n); layout.freeCells.push(layout.cell(n, false)); }
      }
    }
  }

  /** A compiler for a nested scope (overridden by the statement compiler). */
  child(scope: Scope, qualPrefix: string): ExprCompiler {
    return new ExprCompiler(scope, this.filename, this.moduleName, qualPrefix);
  }

  load(name: string): Ev { return compileLoad(resolve(this.scope, name)); }
  storeName(name: string): Store { return compileStoreRef(resolve(this.scope, name)); }

  exprs(list: Expr[]): Ev[] { return list.map(e => this.expr(e)); }

  expr(e: Expr): Ev {
    switch (e.kind) {
      case 'Name': return this.load(e.id);
      case 'Constant': return constant(e.value);
      case 'JoinedStr': return this.joinedStr(e.parts);
      case 'BinOp': return binop(e.op, this.expr(e.left), this.expr(e.right));
      case 'UnaryOp': {
        const v = this.expr(e.operand);
        if (e.op === 'not') return f => !truthy(v(f));
        const op = e.op;
        if (op === 'neg') return f => { const x = v(f); return typeof x === 'number' ? (x === 0 ? 0 : -x) : unaryOp(op, x); };
        return f => unaryOp(op, v(f));
      }
      case 'BoolOp': {
        const vs = this.exprs(e.values);
        if (e.op === 'and') {
          return f => { let r: PyValue = null; for (let i = 0; i < vs.length; i++) { r = vs[i](f); if (!truthy(r)) return r; } return r; };
        }
        return f => { let r: PyValue = null; for (let i = 0; i < vs.length; i++) { r = vs[i](f); if (truthy(r)) return r; } return r; };
      }
      case 'Compare': return this.compare(e.left, e.ops, e.comparators);
      case 'IfExp': {
        const t = this.expr(e.test), b = this.expr(e.body), o = this.expr(e.orelse);
        return f => (truthy(t(f)) ? b(f) : o(f));
      }
      case 'Lambda': return this.makeFunction('<lambda>', e.args, e.scope as Scope, null, e.body);
      case 'Call': return this.call(e.func, e.args, e.keywords);
      case 'Attribute': {
        const v = this.expr(e.value), name = e.attr;
        return f => getAttr(v(f), name);
      }
      case 'Subscript': {
        const v = this.expr(e.value), k = this.expr(e.slice);
        return f => getItem(v(f), k(f));
      }
      case 'Slice': {
        const lo = e.lower ? this.expr(e.lower) : null, hi = e.upper ? this.expr(e.upper) : null, st = e.step ? this.expr(e.step) : null;
        return f => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
      }
      case 'Starred': throw runtimeError("can't use starred expression here");
      case 'Tuple': { const items = this.sequence(e.elts); return f => new PyTuple(items(f)); }
      case 'List': { const items = this.sequence(e.elts); return f => new PyList(items(f)); }
      case 'Set': {
        const items = this.sequence(e.elts);
        return f => { const s = new PySet(); for (const x of items(f)) s.add(x); return s; };
      }
      case 'Dict': return this.dict(e.keys, e.values);
      case 'ListComp': case 'SetComp': case 'DictComp': return this.comprehension(e);
      case 'GeneratorExp': return this.generatorExpression(e);
      case 'Yield': case 'YieldFrom':
        // Scope analysis allows yield only in functions; the generator compiler handles the
        // positions it supports before reaching here.
        return () => { throw pyException(E.NotImplementedError, "Gradbook: 'yield' in this position is not supported; assign the yield to a variable first"); };
      case 'NamedExpr': {
        let s = this.scope;
        while (s.kind === 'comp') s = s.parent!;
        const store = compileStoreRef(resolve(s, (e.target as { id: string }).id));
        const v = this.expr(e.value);
        return f => { const x = v(f); store(f, x); return x; };
      }
    }
  }

  /** Elements of a display, expanding `*iterable`. */
  sequence(elts: Expr[]): (f: Frame) => PyValue[] {
    if (!elts.some(x => x.kind === 'Starred')) {
      const evs = this.exprs(elts);
      const n = evs.length;
      if (n === 0) return () => [];
      if (n === 1) { const a = evs[0]; return f => [a(f)]; }
      if (n === 2) { const a = evs[0], b = evs[1]; return f => [a(f), b(f)]; }
      if (n === 3) { const a = evs[0], b = evs[1], c = evs[2]; return f => [a(f), b(f), c(f)]; }
      return f => { const out = new Array(n); for (let i = 0; i < n; i++) out[i] = evs[i](f); return out; };
    }
    const parts = elts.map(x => (x.kind === 'Starred' ? { star: true, ev: this.expr(x.value) } : { star: false, ev: this.expr(x) }));
    return f => {
      const out: PyValue[] = [];
      for (const p of parts) {
        if (p.star) for (const x of toArray(p.ev(f))) out.push(x);
        else out.push(p.ev(f));
      }
      return out;
    };
  }

  private dict(keys: (Expr | null)[], values: Expr[]): Ev {
    const ks = keys.map(k => (k ? this.expr(k) : null));
    const vs = this.exprs(values);
    return f => {
      const d = new PyDict();
      for (let i = 0; i < vs.length; i++) {
        const k = ks[i];
        if (k) { const key = k(f); d.set(key, vs[i](f)); }
        else mergeInto(d, vs[i](f));
      }
      return d;
    };
  }

  private compare(left: Expr, ops: string[], rights: Expr[]): Ev {
    const l = this.expr(left);
    const rs = this.exprs(rights);
    const fns = ops.map(op => compareFn(op));
    if (ops.length === 1) {
      const r = rs[0], op = ops[0];
      if (op === '<') return f => { const a = l(f), b = r(f); return typeof a === 'number' && typeof b === 'number' ? a < b : richCompare('<', a, b); };
      if (op === '==') return f => { const a = l(f), b = r(f); return typeof a === 'number' && typeof b === 'number' ? a === b : fns[0](a, b); };
      const fn = fns[0];
      return f => fn(l(f), r(f));
    }
    return f => {
      let a = l(f);
      for (let i = 0; i < rs.length; i++) {
        const b = rs[i](f);
        const r = fns[i](a, b);
        if (i === rs.length - 1 || !truthy(r)) return r;
        a = b;
      }
      return true;
    };
  }

  private joinedStr(parts: (string | FormattedValue)[]): Ev {
    const pieces: ((f: Frame) => string)[] = parts.map(p => {
      if (typeof p === 'string') return () => p;
      const v = this.expr(p.expr);
      const spec = p.spec ? this.joinedStr(p.spec) : null;
      const conv = p.conversion;
      const prefix = p.selfDoc ?? '';
      return f => {
        let x = v(f);
        if (conv === 'r' || conv === 'a') x = repr(x);
        else if (conv === 's') x = str(x);
        return prefix + formatValue(x, spec ? (spec(f) as string) : '');
      };
    });
    return f => { let s = ''; for (let i = 0; i < pieces.length; i++) s += pieces[i](f); return s; };
  }

  private call(func: Expr, args: Expr[], keywords: Keyword[]): Ev {
    if (func.kind === 'Name' && func.id === 'super' && args.length === 0 && resolve(this.scope, 'super').k === 'global') {
      return this.zeroArgSuper();
    }
    const simpleArgs = !args.some(a => a.kind === 'Starred');
    const argv = this.sequence(args);
    const kwv = keywords.length ? this.keywords(keywords) : null;
    if (func.kind === 'Attribute') {
      const obj = this.expr(func.value), name = func.attr;
      if (!kwv) return f => callMethod(obj(f), name, argv(f), null);
      return f => { const o = obj(f); const a = argv(f); return callMethod(o, name, a, kwv(f)); };
    }
    const fn = this.expr(func);
    if (func.kind === 'Name' && NAMES_NEEDING_CALLER_GLOBALS.has(func.id) && resolve(this.scope, func.id).k === 'global') {
      return f => { callerState.globals = f.globals; const c = fn(f); const a = argv(f); return callValue(c, a, kwv ? kwv(f) : null); };
    }
    if (!kwv) {
      if (simpleArgs && args.length === 1) { const a0 = this.expr(args[0]); return f => callValue(fn(f), [a0(f)], null); }
      return f => callValue(fn(f), argv(f), null);
    }
    return f => { const c = fn(f); const a = argv(f); return callValue(c, a, kwv(f)); };
  }

  private keywords(keywords: Keyword[]): (f: Frame) => Kwargs {
    const parts = keywords.map(k => ({ name: k.name, ev: this.expr(k.value) }));
    return f => {
      const m = new Map<string, PyValue>();
      for (const p of parts) {
        if (p.name !== null) {
          if (m.has(p.name)) throw typeError(`keyword argument repeated: ${p.name}`);
          m.set(p.name, p.ev(f));
        } else {
          const src = p.ev(f);
          if (!(src instanceof PyDict)) throw typeError(`argument after ** must be a mapping, not ${typeOf(src).name}`);
          for (const e of src.map.values()) {
            if (typeof e.k !== 'string') throw typeError('keywords must be strings');
            if (m.has(e.k)) throw typeError(`got multiple values for keyword argument '${e.k}'`);
            m.set(e.k, e.v);
          }
        }
      }
      return m;
    };
  }

  private zeroArgSuper(): Ev {
    const scope = this.scope;
    if (scope.kind !== 'function' || !scope.params.length) return () => { throw runtimeError('super(): no arguments'); };
    const first = compileLoad(resolve(scope, scope.params[0]));
    return f => {
      const cls = f.fn ? ownerClass.get(f.fn) : undefined;
      if (!cls) throw runtimeError('super(): __class__ cell not found');
      const self = first(f);
      const selfClass = self instanceof PyClass ? self : typeOf(self);
      return new PySuper(cls, self, selfClass);
    };
  }

  /** def and lambda: evaluate defaults now, build the code once, capture closure cells. */
  makeFunction(name: string, args: Arguments, scope: Scope, body: unknown, lambdaBody: Expr | null, qualname?: string): Ev {
    const inner = this.child(scope, (qualname ?? name) + '.<locals>.');
    const layout = scope.layout;
    const positional = [...args.posonly, ...args.args];
    const order = [...positional.map(a => a.name), ...(args.vararg ? [args.vararg] : []), ...args.kwonly.map(a => a.name), ...(args.kwarg ? [args.kwarg] : [])];
    const storage = order.map(n => (scope.captured.has(n) ? { slot: -1, cell: layout.cell(n, true) } : { slot: layout.slot(n), cell: -1 }));
    const spec: ParamSpec = {
      positional: positional.map(a => a.name), posonlyCount: args.posonly.length,
      vararg: args.vararg, kwonly: args.kwonly.map(a => a.name), kwarg: args.kwarg, storage,
    };
    const code = scope.isGenerator ? new GeneratorCode(name, this.filename, spec) : new CompiledCode(name, this.filename, spec);
    if (code instanceof GeneratorCode) {
      if (lambdaBody) code.genBody = new GeneratorBodyCompiler(inner as never).block([{ kind: 'Return', value: lambdaBody, line: lambdaBody.line, col: lambdaBody.col }]);
      else code.genBody = new GeneratorBodyCompiler(inner as never).block(body as Stmt[]);
    } else if (lambdaBody) code.lambdaBody = inner.expr(lambdaBody);
    else code.body = (inner as unknown as { block(b: unknown): CompiledCode['body'] }).block(body);
    code.nSlots = layout.nSlots;
    code.nCells = layout.nCells;
    code.ownCells = layout.ownCells.filter(i => !storage.some(s => s.cell === i)).concat(storage.filter(s => s.cell >= 0).map(s => s.cell));
    code.freeCells = layout.freeCells;
    const defaults = positional.filter(a => a.default).map(a => this.expr(a.default!));
    const kwdefaults = args.kwonly.filter(a => a.default).map(a => ({ name: a.name, ev: this.expr(a.default!) }));
    // In a class body a free name resolves to the class namespace first; the closure takes the cell.
    const closureRefs = layout.freeNames.map(n => { const r = resolve(this.scope, n); return r.k === 'ns' ? r.fallback : r; });
    for (const r of closureRefs) if (r.k !== 'cell') throw new Error(`internal: free variable ${r.name} is not a cell in the enclosing scope`);
    const closureIdx = closureRefs.map(r => (r as { i: number }).i);
    const qual = this.qualPrefix + (qualname ?? name);
    const moduleName = this.moduleName;
    return f => {
      const defs = defaults.map(d => d(f));
      let kwd: Map<string, PyValue> | null = null;
      if (kwdefaults.length) { kwd = new Map(); for (const k of kwdefaults) kwd.set(k.name, k.ev(f)); }
      const closure: Cell[] | null = closureIdx.length ? closureIdx.map(i => f.cells[i]) : null;
      const fn = new PyFunction(name, code, defs, kwd, closure, f.globals, moduleName);
      fn.qualname = qual;
      return fn;
    };
  }

  /** `(elt for x in it)`: iter(it) now, in this scope; the rest runs lazily in a generator. */
  private generatorExpression(e: Extract<Expr, { kind: 'GeneratorExp' }>): Ev {
    const first = this.expr(e.generators[0].iter);
    const noArgs: Arguments = { posonly: [], args: [{ name: '.0', default: null, line: e.line, col: e.col }], vararg: null, kwonly: [], kwarg: null };
    const make = this.makeFunction('<genexpr>', noArgs, e.scope as Scope, e.body, null);
    return f => {
      const it = getIter(first(f));
      const fn = make(f) as PyFunction;
      return fn.code.invoke(fn, undefined, [it], null);
    };
  }

  private comprehension(e: Expr & { generators: Comprehension[]; scope?: unknown }): Ev {
    const outerFirst = this.expr(e.generators[0].iter);
    const saved = (this as { scope: Scope }).scope;
    (this as { scope: Scope }).scope = e.scope as Scope;
    try {
      const gens = e.generators.map((g, i) => ({
        iter: i === 0 ? outerFirst : this.expr(g.iter),
        target: compileStore(this, g.target),
        ifs: this.exprs(g.ifs),
      }));
      let emit: (f: Frame, acc: unknown) => void;
      let init: () => unknown;
      let finish: (acc: unknown) => PyValue;
      if (e.kind === 'DictComp') {
        const k = this.expr(e.key), v = this.expr(e.value);
        init = () => new PyDict();
        emit = (f, acc) => { const key = k(f); (acc as PyDict).set(key, v(f)); };
        finish = acc => acc as PyDict;
      } else {
        const elt = this.expr((e as { elt: Expr }).elt);
        if (e.kind === 'SetComp') {
          init = () => new PySet();
          emit = (f, acc) => (acc as PySet).add(elt(f));
          finish = acc => acc as PySet;
        } else {
          init = () => [];
          emit = (f, acc) => { (acc as PyValue[]).push(elt(f)); checkGrowth(acc as PyValue[]); };
          finish = acc => new PyList(acc as PyValue[]);
        }
      }
      const run = (f: Frame, level: number, acc: unknown, iterable: PyValue): void => {
        const g = gens[level];
        const it = getIter(iterable);
        outer: for (let x = it.next(); x !== undefined; x = it.next()) {
          g.target(f, x);
          for (const c of g.ifs) if (!truthy(c(f))) continue outer;
          if (level + 1 < gens.length) run(f, level + 1, acc, gens[level + 1].iter(f));
          else emit(f, acc);
        }
      };
      return f => {
        const acc = init();
        run(f, 0, acc, outerFirst(f));
        return finish(acc);
      };
    } finally {
      (this as { scope: Scope }).scope = saved;
    }
  }
}

function constant(v: unknown): Ev {
  if (v === 'Ellipsis') return () => Ellipsis;
  if (v !== null && typeof v === 'object' && 'bytes' in v) { const b = new PyBytes((v as { bytes: Uint8Array }).bytes); return () => b; }
  if (v !== null && typeof v === 'object') { const fl = new PyFloat((v as { float: number }).float); return () => fl; }
  const c = v as PyValue;
  return () => c;
}

function binop(op: BinaryOpName, l: Ev, r: Ev): Ev {
  switch (op) {
    // Small ints inline; a result past 2**53-1 (or -0 from *) takes binaryOp's exact path.
    case '+': return f => {
      const a = l(f), b = r(f);
      if (typeof a === 'number' && typeof b === 'number') { const s = a + b; if (s <= MAX_SMALL && s >= -MAX_SMALL) return s; }
      return binaryOp('+', a, b);
    };
    case '-': return f => {
      const a = l(f), b = r(f);
      if (typeof a === 'number' && typeof b === 'number') { const s = a - b; if (s <= MAX_SMALL && s >= -MAX_SMALL) return s; }
      return binaryOp('-', a, b);
    };
    case '*': return f => {
      const a = l(f), b = r(f);
      if (typeof a === 'number' && typeof b === 'number') { const p = a * b; if (p <= MAX_SMALL && p >= -MAX_SMALL) return p + 0; }
      return binaryOp('*', a, b);
    };
    default: return f => { const a = l(f); return binaryOp(op, a, r(f)); };
  }
}

function compareFn(op: string): (a: PyValue, b: PyValue) => PyValue {
  switch (op) {
    case 'in': return (a, b) => contains(b, a);
    case 'not in': return (a, b) => !contains(b, a);
    case 'is': return (a, b) => a === b;
    case 'is not': return (a, b) => a !== b;
    default: { const o = op as CompareOpName; return (a, b) => richCompare(o, a, b); }
  }
}

export function mergeInto(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) { for (const e of src.map.values()) d.set(e.k, e.v); return; }
  if (isHost(src) || typeof src !== 'object' || src === null) throw typeError(`'${typeOf(src).name}' object is not a mapping`);
  const keys = callMethod(src, 'keys', [], null);
  for (const k of toArray(keys)) d.set(k, getItem(src, k));
}
