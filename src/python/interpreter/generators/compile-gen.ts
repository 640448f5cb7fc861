// Compiles a generator function's body into a JS generator function. Only statements that
// contain `yield` become generator code; the rest are the ordinary closures of the statement
// compiler, so ordinary functions pay nothing for generator support.
import type { ExceptHandler, Expr, Stmt } from '../../parser/ast';
import { PyExceptionObj, PyValue } from '../../objects/core';
import { E, pyException } from '../../exceptions';
import { truthy } from '../../runtime/truth';
import { getIter } from '../../runtime/iteration';
import { inplaceOp } from '../../runtime/operators';
import type { StmtCompiler } from '../compile-stmt';
import { matches } from '../raise';
import { compileAugTarget, compileDelete, compileStore } from '../compile-target';
import { BREAK, CONTINUE, Ev, Ex, Frame, NORMAL, RETURN, Signal, state } from '../frame';
import { checkInterrupt, toPyException } from '../errors';
import { enterContext, exitContext } from '../with';
import { exprYields, stmtYields } from './contains-yield';
import { PyGenerator } from './generator-object';

type G<T> = Generator<PyValue, T, PyValue>;
export type GEx = (f: Frame) => G<Signal>;
type GEv = (f: Frame) => G<PyValue>;

export class GeneratorBodyCompiler {
  constructor(private readonly c: StmtCompiler) {}

  block(stmts: Stmt[]): GEx {
    const parts = stmts.map(s => (stmtYields(s) ? { gen: this.stmt(s), sync: null, line: s.line } : { gen: null, sync: this.c.stmt(s), line: s.line }));
    return function* (f) {
      for (const p of parts) {
        f.line = p.line;
        const sig = p.sync ? p.sync(f) : yield* p.gen!(f);
        if (sig !== NORMAL) return sig;
      }
      return NORMAL;
    };
  }

  /** An expression that may suspend; yield-free ones run their ordinary closure. */
  expr(e: Expr): GEv {
    if (!exprYields(e)) {
      const ev = this.c.expr(e);
      // eslint-disable-next-line require-yield
      return function* (f) { return ev(f); };
    }
    switch (e.kind) {
      case 'Yield': {
        const v = e.value ? this.expr(e.value) : null;
        return function* (f) { const x = v ? yield* v(f) : null; return yield x; };
      }
      case 'YieldFrom': return this.yieldFrom(this.expr(e.value));
      default: return this.unsupported(e);
    }
  }

  private unsupported(e: Expr): GEv {
    const what = e.kind;
    // eslint-disable-next-line require-yield
    return function* () {
      throw pyException(E.NotImplementedError, `Gradbook: 'yield' inside a ${what} expression is not supported; assign the yield to a variable first`);
    };
  }

  private yieldFrom(source: GEv): GEv {
    return function* (f) {
      const it = getIter(yield* source(f));
      if (!(it instanceof PyGenerator)) {
        for (let x = it.next(); x !== undefined; x = it.next()) yield x;
        return null;
      }
      let r = it.step('send', null);
      while (!r.done) {
        let sent: PyValue;
        try {
          sent = yield r.value;
        } catch (e) {
          const exc = toPyException(e);
          if (exc.cls.isSubclassOf(E.GeneratorExit)) { it.close(); throw exc; }
          r = it.step('throw', exc);
          continue;
        }
        r = it.step('send', sent);
      }
      return r.value;
    };
  }

  stmt(s: Stmt): GEx {
    switch (s.kind) {
      case 'Expr': {
        const v = this.expr(s.value);
        return function* (f) { yield* v(f); return NORMAL; };
      }
      case 'Assign': {
        const v = this.expr(s.value);
        const stores = s.targets.map(t => compileStore(this.c, t));
        return function* (f) { const x = yield* v(f); for (const st of stores) st(f, x); return NORMAL; };
      }
      case 'AnnAssign': {
        const v = this.expr(s.value!), st = compileStore(this.c, s.target);
        return function* (f) { st(f, yield* v(f)); return NORMAL; };
      }
      case 'AugAssign': {
        const t = compileAugTarget(this.c, s.target), v = this.expr(s.value), op = s.op;
        return function* (f) { const [cur, set] = t.load(f); set(inplaceOp(op, cur, yield* v(f))); return NORMAL; };
      }
      case 'Return': {
        const v = this.expr(s.value!);
        return function* (f) { f.ret = yield* v(f); return RETURN; };
      }
      case 'If': {
        const t = this.expr(s.test), body = this.block(s.body), orelse = this.block(s.orelse);
        return function* (f) { return truthy(yield* t(f)) ? yield* body(f) : yield* orelse(f); };
      }
      case 'While': return this.whileLoop(s);
      case 'For': return this.forLoop(s);
      case 'With': return this.withStmt(s.items, s.body);
      case 'Try': return this.tryStmt(s.body, s.handlers, s.orelse, s.finalbody);
      default: {
        // raise/assert/del with a yield inside: evaluate through the unsupported path.
        const u = this.unsupported({ kind: 'Name', id: s.kind, line: s.line, col: s.col });
        return function* (f) { yield* u(f); return NORMAL; };
      }
    }
  }

  private whileLoop(s: Extract<Stmt, { kind: 'While' }>): GEx {
    const t = this.expr(s.test), body = this.block(s.body), orelse = this.block(s.orelse), line = s.line;
    return function* (f) {
      for (;;) {
        f.line = line;
        if (!truthy(yield* t(f))) break;
        checkInterrupt();
        const sig = yield* body(f);
        if (sig === BREAK) return NORMAL;
        if (sig === RETURN) return sig;
      }
      return yield* orelse(f);
    };
  }

  private forLoop(s: Extract<Stmt, { kind: 'For' }>): GEx {
    // Loops inside generators never report cell progress: they suspend while the cell runs on.
    const iterable = this.expr(s.iter), store = compileStore(this.c, s.target);
    const body = this.block(s.body), orelse = this.block(s.orelse), line = s.line;
    return function* (f) {
      const it = getIter(yield* iterable(f));
      for (;;) {
        checkInterrupt();
        f.line = line;
        const x = it.next();
        if (x === undefined) break;
        store(f, x);
        const sig = yield* body(f);
        if (sig === BREAK) return NORMAL;
        if (sig === RETURN) return sig;
        void CONTINUE;
      }
      return yield* orelse(f);
    };
  }

  private withStmt(items: { context: Expr; target: Expr | null }[], bodyStmts: Stmt[]): GEx {
    let inner = this.block(bodyStmts);
    for (let k = items.length - 1; k >= 0; k--) {
      const ctx = this.expr(items[k].context);
      const store = items[k].target ? compileStore(this.c, items[k].target!) : null;
      const body = inner;
      inner = function* (f) {
        const mgr = yield* ctx(f);
        const entered = enterContext(mgr);
        if (store) store(f, entered);
        let sig: Signal;
        try {
          sig = yield* body(f);
        } catch (e) {
          const exc = toPyException(e);
          if (exitContext(mgr, exc)) return NORMAL;
          throw exc;
        }
        exitContext(mgr, null);
        return sig;
      };
    }
    return inner;
  }

  private tryStmt(bodyStmts: Stmt[], handlers: ExceptHandler[], orelseStmts: Stmt[], finalStmts: Stmt[]): GEx {
    const c = this.c;
    const body = this.block(bodyStmts);
    const hs = handlers.map(h => ({
      type: h.type ? c.expr(h.type) : null,
      store: h.name ? c.storeName(h.name) : null,
      del: h.name ? compileDelete(c, { kind: 'Name', id: h.name, line: h.line, col: h.col }) : null,
      body: this.block(h.body),
      line: h.line,
    }));
    const orelse = this.block(orelseStmts);
    const finalbody = finalStmts.length ? this.block(finalStmts) : null;
    const tryExcept: GEx = function* (f) {
      let sig: Signal;
      try {
        sig = yield* body(f);
      } catch (e) {
        const exc = toPyException(e);
        for (const h of hs) {
          f.line = h.line;
          if (h.type && !matches(exc, h.type(f))) continue;
          if (h.store) h.store(f, exc);
          state.handling.push(exc);
          try {
            return yield* h.body(f);
          } finally {
            removeHandled(exc);
            if (h.del) { try { h.del(f); } catch { /* already unbound */ } }
          }
        }
        throw exc;
      }
      if (sig === NORMAL) return yield* orelse(f);
      return sig;
    };
    if (!finalbody) return tryExcept;
    return function* (f) {
      let sig: Signal = NORMAL;
      let pending: unknown = null;
      let failed = false;
      try {
        sig = yield* tryExcept(f);
      } catch (e) {
        pending = e; failed = true;
      }
      const savedRet = f.ret;
      const fsig = yield* finalbody(f);
      if (fsig !== NORMAL) return fsig;
      if (failed) throw pending;
      f.ret = savedRet;
      return sig;
    };
  }
}

/** The handled exception leaves the stack (it may not be on top after a suspension). */
function removeHandled(exc: PyExceptionObj): void {
  const i = state.handling.lastIndexOf(exc);
  if (i >= 0) state.handling.splice(i, 1);
}

export type { Ev, Ex };
