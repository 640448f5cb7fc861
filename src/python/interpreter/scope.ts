// Symbol tables: decides for every name whether it is a fast local slot, a closure cell, a
// class-namespace entry or a global, once, before compilation (as CPython's symtable does).
import type { Arguments, Comprehension, Expr, Module, Stmt } from '../parser/ast';
import { CompileError } from '../lexer/syntax-error';
import { generatorExpressionBody } from './generators/genexp-body';

export type ScopeKind = 'module' | 'function' | 'class' | 'comp';

/** A frame owner (module, function or class body) allocates slots and cells for its scopes. */
export class FrameLayout {
  readonly slotIndex = new Map<string, number>();
  readonly cellIndex = new Map<string, number>();
  /** Indices (in the cells array) of cells created fresh when the frame starts. */
  readonly ownCells: number[] = [];
  /** Names of free variables in closure order, and their cell index. */
  readonly freeNames: string[] = [];
  readonly freeCells: number[] = [];
  get nSlots(): number { return this.slotIndex.size; }
  get nCells(): number { return this.cellIndex.size; }
  slot(key: string): number {
    let i = this.slotIndex.get(key);
    if (i === undefined) { i = this.slotIndex.size; this.slotIndex.set(key, i); }
    return i;
  }
  cell(key: string, own: boolean): number {
    let i = this.cellIndex.get(key);
    if (i === undefined) {
      i = this.cellIndex.size;
      this.cellIndex.set(key, i);
      if (own) this.ownCells.push(i);
    }
    return i;
  }
}

let compCounter = 0;

export class Scope {
  readonly locals = new Set<string>();
  readonly used = new Set<string>();
  readonly globalDecl = new Set<string>();
  readonly nonlocalDecl = new Set<string>();
  readonly captured = new Set<string>();
  /** Free variables this scope's frame receives from its closure (function and class scopes). */
  readonly free = new Set<string>();
  readonly children: Scope[] = [];
  readonly layout: FrameLayout;
  /** Unique prefix for comprehension variables so they never clash with the owner's names. */
  readonly keyPrefix: string;
  params: string[] = [];
  /** A function whose body contains `yield` (calling it makes a generator object). */
  isGenerator = false;

  constructor(readonly kind: ScopeKind, readonly parent: Scope | null, readonly name: string) {
    this.layout = kind === 'comp' ? parent!.layout : new FrameLayout();
    this.keyPrefix = kind === 'comp' ? `${++compCounter}#` : '';
    parent?.children.push(this);
  }

  bind(name: string): void {
    if (this.kind === 'module') return;
    if (this.globalDecl.has(name) || this.nonlocalDecl.has(name)) return;
    this.locals.add(name);
  }

  use(name: string): void { this.used.add(name); }
}

/** Builds scopes for a module and all nested functions/classes/comprehensions. */
export function analyzeModule(mod: Module): Scope {
  const top = new Scope('module', null, '<module>');
  mod.scope = top;
  new Collector(top).stmts(mod.body);
  resolveFree(top);
  return top;
}

class Collector {
  constructor(private s: Scope) {}

  stmts(list: Stmt[]): void { for (const st of list) this.stmt(st); }

  private within(scope: Scope, f: () => void): void {
    const saved = this.s;
    this.s = scope;
    try { f(); } finally { this.s = saved; }
  }

  private args(a: Arguments): void {
    for (const arg of [...a.posonly, ...a.args, ...a.kwonly]) if (arg.default) this.expr(arg.default);
  }

  private declareParams(scope: Scope, a: Arguments): void {
    const names = [...a.posonly, ...a.args].map(x => x.name);
    if (a.vararg) names.push(a.vararg);
    names.push(...a.kwonly.map(x => x.name));
    if (a.kwarg) names.push(a.kwarg);
    scope.params = names;
    for (const n of names) scope.locals.add(n);
  }

  stmt(st: Stmt): void {
    const s = this.s;
    switch (st.kind) {
      case 'Expr': this.expr(st.value); break;
      case 'Assign': for (const t of st.targets) this.target(t); this.expr(st.value); break;
      case 'AugAssign': this.target(st.target); this.expr(st.target); this.expr(st.value); break;
      case 'AnnAssign': this.target(st.target); if (st.value) this.expr(st.value); break;
      case 'If': case 'While': this.expr(st.test); this.stmts(st.body); this.stmts(st.orelse); break;
      case 'For': this.target(st.target); this.expr(st.iter); this.stmts(st.body); this.stmts(st.orelse); break;
      case 'Return': if (st.value) this.expr(st.value); break;
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(d);
        this.args(st.args);
        s.bind(st.name);
        const fs = new Scope('function', s, st.name);
        st.scope = fs;
        this.declareParams(fs, st.args);
        this.within(fs, () => this.stmts(st.body));
        break;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d);
        for (const b of st.bases) this.expr(b);
        for (const k of st.keywords) this.expr(k.value);
        s.bind(st.name);
        const cs = new Scope('class', s, st.name);
        st.scope = cs;
        this.within(cs, () => this.stmts(st.body));
        break;
      }
      case 'With':
        for (const it of st.items) { this.expr(it.context); if (it.target) this.target(it.target); }
        this.stmts(st.body);
        break;
      case 'Try':
        this.stmts(st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) s.bind(h.name);
          this.stmts(h.body);
        }
        this.stmts(st.orelse); this.stmts(st.finalbody);
        break;
      case 'Raise': if (st.exc) this.expr(st.exc); if (st.cause) this.expr(st.cause); break;
      case 'Assert': this.expr(st.test); if (st.msg) this.expr(st.msg); break;
      case 'Delete': for (const t of st.targets) this.target(t); break;
      case 'Global':
        for (const n of st.names) {
          if (s.locals.has(n) || s.used.has(n)) throw new CompileError(`name '${n}' is used prior to global declaration`, st.line, st.col);
          s.globalDecl.add(n);
        }
        break;
      case 'Nonlocal':
        if (s.kind === 'module') throw new CompileError('nonlocal declaration not allowed at module level', st.line, st.col);
        for (const n of st.names) s.nonlocalDecl.add(n);
        break;
      case 'Import':
        for (const a of st.names) s.bind(a.asname ?? a.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of st.names) if (a.name !== '*') s.bind(a.asname ?? a.name);
        break;
    }
  }

  private target(t: Expr): void {
    switch (t.kind) {
      case 'Name': this.s.bind(t.id); break;
      case 'Tuple': case 'List': for (const e of t.elts) this.target(e); break;
      case 'Starred': this.target(t.value); break;
      default: this.expr(t);
    }
  }

  private comprehension(node: Expr & { generators: Comprehension[]; scope?: unknown }, body: () => void): void {
    // The first iterable is evaluated in the enclosing scope, the rest inside the comprehension.
    this.expr(node.generators[0].iter);
    const cs = new Scope('comp', this.s, '<comp>');
    node.scope = cs;
    this.within(cs, () => {
      node.generators.forEach((g, i) => {
        if (i > 0) this.expr(g.iter);
        this.target(g.target);
        for (const c of g.ifs) this.expr(c);
      });
      body();
    });
  }

  expr(e: Expr): void {
    switch (e.kind) {
      case 'Name': this.s.use(e.id); break;
      case 'Constant': break;
      case 'JoinedStr':
        for (const p of e.parts) if (typeof p !== 'string') this.formatted(p);
        break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'BoolOp': for (const v of e.values) this.expr(v); break;
      case 'Compare': this.expr(e.left); for (const c of e.comparators) this.expr(c); break;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Lambda': {
        this.args(e.args);
        const ls = new Scope('function', this.s, '<lambda>');
        e.scope = ls;
        this.declareParams(ls, e.args);
        this.within(ls, () => this.expr(e.body));
        break;
      }
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        if (e.func.kind === 'Name' && e.func.id === 'super') this.s.use('__class__');
        break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Slice': for (const p of [e.lower, e.upper, e.step]) if (p) this.expr(p); break;
      case 'Starred': this.expr(e.value); break;
      case 'Tuple': case 'List': case 'Set': for (const x of e.elts) this.expr(x); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        break;
      case 'ListComp': case 'SetComp':
        this.comprehension(e, () => this.expr(e.elt));
        break;
      case 'GeneratorExp': {
        // Lazy, as in CPython: a generator function over the first iterable (its parameter '.0').
        this.expr(e.generators[0].iter);
        const gs = new Scope('function', this.s, '<genexpr>');
        gs.params = ['.0'];
        gs.locals.add('.0');
        gs.isGenerator = true;
        e.scope = gs;
        e.body = generatorExpressionBody(e);
        this.within(gs, () => this.stmts(e.body!));
        break;
      }
      case 'Yield': case 'YieldFrom': {
        const s = this.s;
        if (s.kind === 'comp') throw new CompileError("'yield' inside list comprehension", e.line, e.col);
        if (s.kind !== 'function') throw new CompileError("'yield' outside function", e.line, e.col);
        if (s.name === '<genexpr>' && !(e.kind === 'Yield' && e.implicit)) throw new CompileError("'yield' inside generator expression", e.line, e.col);
        s.isGenerator = true;
        if (e.value) this.expr(e.value);
        break;
      }
      case 'DictComp':
        this.comprehension(e, () => { this.expr(e.key); this.expr(e.value); });
        break;
      case 'NamedExpr': {
        // The walrus binds in the nearest non-comprehension scope.
        let s = this.s;
        while (s.kind === 'comp') s = s.parent!;
        s.bind((e.target as { id: string }).id);
        this.expr(e.value);
        break;
      }
    }
  }

  private formatted(p: { expr: Expr; spec: (string | { expr: Expr; spec: unknown })[] | null }): void {
    this.expr(p.expr);
    if (p.spec) for (const q of p.spec) if (typeof q !== 'string') this.formatted(q as never);
  }
}

/** Marks captured variables and threads free variables through intermediate frames. */
function resolveFree(scope: Scope): void {
  for (const child of scope.children) resolveFree(child);
  if (scope.kind !== 'function' && scope.kind !== 'class' && scope.kind !== 'comp') return;
  const wanted = new Set<string>([...scope.used, ...scope.nonlocalDecl]);
  for (const name of wanted) {
    if (scope.globalDecl.has(name)) continue;
    if (scope.locals.has(name) && scope.kind !== 'class') continue;
    if (scope.kind === 'class' && scope.locals.has(name)) continue;
    if (scope.kind === 'comp' && scope.locals.has(name)) continue;
    // Walk outwards for a function/comp scope that binds the name (class scopes are invisible).
    const path: Scope[] = [scope];
    let p = scope.parent;
    let found: Scope | null = null;
    while (p && p.kind !== 'module') {
      if ((p.kind === 'function' || p.kind === 'comp') && p.locals.has(name) && !p.globalDecl.has(name)) { found = p; break; }
      if (p.globalDecl.has(name)) break;
      path.push(p);
      p = p.parent;
    }
    if (!found) {
      if (scope.nonlocalDecl.has(name)) throw new CompileError(`no binding for nonlocal '${name}' found`, 0, 0);
      continue;
    }
    found.captured.add(name);
    // Every real frame between the user and the definer needs the cell in its closure. A
    // comprehension runs inline in its owner frame, so it passes the cell through its owner.
    for (const s of path) {
      if (s.kind === 'function' || s.kind === 'class') s.free.add(name);
    }
  }
}
