// Compiles statements into closures returning a completion signal (NORMAL/BREAK/CONTINUE/RETURN).
import type { ExceptHandler, Expr, Stmt } from '../parser/ast';
import { PyExceptionObj, PyValue } from '../objects/core';
import { PyList, PyRange, PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { E, pyException, runtimeError, typeError } from '../exceptions';
import { truthy } from '../runtime/truth';
import { getIter } from '../runtime/iteration';
import { inplaceOp } from '../runtime/operators';
import { MAX_SMALL, addSmall } from '../runtime/ints';
import { callValue } from '../runtime/call';
import { typeOf } from '../runtime/type-name';
import { ExprCompiler } from './compile-expr';
import { compileAugTarget, compileDelete, compileStore } from './compile-target';
import { Scope } from './scope';
import { BREAK, CONTINUE, Ev, Ex, Frame, NORMAL, RETURN, Signal, state } from './frame';
import { HostObject } from '../host';
import { checkInterrupt, toPyException } from './errors';
import { buildClass } from './classes';
import { enterContext, exitContext } from './with';
import { compileImport, compileImportFrom } from './imports';
import { instantiate, matches } from './raise';

export class StmtCompiler extends ExprCompiler {
  /** Set by the session for the module's last expression statement (Jupyter display). */
  lastExprSink: ((v: PyValue) => void) | null = null;

  override child(scope: Scope, qualPrefix: string): ExprCompiler {
    return new StmtCompiler(scope, this.filename, this.moduleName, qualPrefix);
  }

  block(stmts: Stmt[]): Ex {
    const fns = stmts.map(s => this.stmt(s));
    const lines = stmts.map(s => s.line);
    const n = fns.length;
    if (n === 1) { const s0 = fns[0], l0 = lines[0]; return f => { f.line = l0; return s0(f); }; }
    return f => {
      for (let i = 0; i < n; i++) {
        f.line = lines[i];
        const sig = fns[i](f);
        if (sig !== NORMAL) return sig;
      }
      return NORMAL;
    };
  }

  stmt(s: Stmt): Ex {
    switch (s.kind) {
      case 'Expr': {
        const v = this.expr(s.value);
        return f => { v(f); return NORMAL; };
      }
      case 'Assign': {
        const v = this.expr(s.value);
        const stores = s.targets.map(t => compileStore(this, t));
        if (stores.length === 1) { const st = stores[0]; return f => { st(f, v(f)); return NORMAL; }; }
        return f => { const x = v(f); for (const st of stores) st(f, x); return NORMAL; };
      }
      case 'AnnAssign': {
        if (!s.value) return () => NORMAL;
        const v = this.expr(s.value), st = compileStore(this, s.target);
        return f => { st(f, v(f)); return NORMAL; };
      }
      case 'AugAssign': return this.augAssign(s.target, s.op, s.value);
      case 'If': {
        const t = this.expr(s.test), body = this.block(s.body), orelse = s.orelse.length ? this.block(s.orelse) : null;
        const line = s.line;
        return f => { f.line = line; return truthy(t(f)) ? body(f) : orelse ? orelse(f) : NORMAL; };
      }
      case 'While': return this.whileLoop(s.test, s.body, s.orelse, s.line);
      case 'For': return this.forLoop(s.target, s.iter, s.body, s.orelse, s.line);
      case 'Break': return () => BREAK;
      case 'Continue': return () => CONTINUE;
      case 'Pass': case 'Global': case 'Nonlocal': return () => NORMAL;
      case 'Return': {
        if (!s.value) return f => { f.ret = null; return RETURN; };
        const v = this.expr(s.value);
        return f => { f.ret = v(f); return RETURN; };
      }
      case 'FunctionDef': {
        const make = this.makeFunction(s.name, s.args, s.scope as Scope, s.body, null);
        const decorators = this.exprs(s.decorators);
        const store = this.storeName(s.name);
        const doc = docstring(s.body);
        return f => {
          const decs = decorators.map(d => d(f));
          let fn: PyValue = make(f);
          if (doc !== null) (fn as unknown as { doc: PyValue }).doc = doc;
          for (let i = decs.length - 1; i >= 0; i--) fn = callValue(decs[i], [fn], null);
          store(f, fn);
          return NORMAL;
        };
      }
      case 'ClassDef': return buildClass(this, s);
      case 'With': return this.withStmt(s.items, s.body);
      case 'Try': return this.tryStmt(s.body, s.handlers, s.orelse, s.finalbody);
      case 'Raise': return this.raise(s.exc, s.cause);
      case 'Assert': {
        const t = this.expr(s.test), m = s.msg ? this.expr(s.msg) : null;
        return f => {
          if (!truthy(t(f))) throw pyException(E.AssertionError, m ? m(f) : undefined);
          return NORMAL;
        };
      }
      case 'Delete': {
        const dels = s.targets.map(t => compileDelete(this, t));
        return f => { for (const d of dels) d(f); return NORMAL; };
      }
      case 'Import': return compileImport(this, s.names);
      case 'ImportFrom': return compileImportFrom(this, s.module, s.names, s.level);
    }
  }

  private augAssign(target: Expr, op: Parameters<typeof inplaceOp>[0], value: Expr): Ex {
    const v = this.expr(value);
    if (target.kind === 'Name') {
      const load = this.load(target.id), store = this.storeName(target.id);
      if (op === '+') {
        return f => {
          const a = load(f), b = v(f);
          if (typeof a === 'number' && typeof b === 'number') {
            const s = a + b;
            store(f, s <= MAX_SMALL && s >= -MAX_SMALL ? s : addSmall(a, b));
          } else store(f, inplaceOp('+', a, b));
          return NORMAL;
        };
      }
      return f => { const a = load(f); store(f, inplaceOp(op, a, v(f))); return NORMAL; };
    }
    const t = compileAugTarget(this, target);
    return f => { const [cur, set] = t.load(f); set(inplaceOp(op, cur, v(f))); return NORMAL; };
  }

  private whileLoop(test: Expr, bodyStmts: Stmt[], orelseStmts: Stmt[], line: number): Ex {
    const t = this.expr(test), body = this.block(bodyStmts), orelse = orelseStmts.length ? this.block(orelseStmts) : null;
    return f => {
      for (;;) {
        f.line = line;
        if (!truthy(t(f))) break;
        checkInterrupt();
        const sig = body(f);
        if (sig === BREAK) return NORMAL;
        if (sig === RETURN) return sig;
      }
      return orelse ? orelse(f) : NORMAL;
    };
  }

  private forLoop(target: Expr, iterExpr: Expr, bodyStmts: Stmt[], orelseStmts: Stmt[], line: number): Ex {
    const iterable = this.expr(iterExpr);
    const store = compileStore(this, target);
    const body = this.block(bodyStmts);
    const orelse = orelseStmts.length ? this.block(orelseStmts) : null;
    const finish = (f: Frame): Signal => (orelse ? orelse(f) : NORMAL);
    const run: Ex = f => {
      const it = iterable(f);
      // The outermost loop of a cell reports its progress (the kernel shows a progress bar).
      const report = state.loopDepth === 0 ? state.hooks.loopProgress : null;
      state.loopDepth++;
      try {
        if (it instanceof PyRange) {
          const { start, step, length } = it;
          if (report) report(0, length);
          for (let i = 0; i < length; i++) {
            checkInterrupt();
            store(f, start + i * step);
            const sig = body(f);
            if (report) report(i + 1, length);
            if (sig === BREAK) return NORMAL;
            if (sig === RETURN) return sig;
          }
          return finish(f);
        }
        if (it instanceof PyList || it instanceof PyTuple) {
          const total = it.items.length;
          if (report) report(0, total);
          for (let i = 0; i < it.items.length; i++) {
            checkInterrupt();
            store(f, it.items[i]);
            const sig = body(f);
            if (report) report(i + 1, total);
            if (sig === BREAK) return NORMAL;
            if (sig === RETURN) return sig;
          }
          return finish(f);
        }
        return iterate(f, it, report);
      } finally {
        state.loopDepth--;
      }
    };
    const iterate = (f: Frame, it: PyValue, report: ((done: number, total: number) => void) | null | undefined): Signal => {
      // Any other iterable of known length (len() works) reports progress too.
      let total: number | null = null;
      if (report && it instanceof HostObject && (it as { len?: () => number }).len) {
        try { total = (it as unknown as { len: () => number }).len(); } catch { total = null; }
      }
      const iter = getIter(it);
      let done = 0;
      for (;;) {
        checkInterrupt();
        f.line = line;
        const x = iter.next();
        if (x === undefined) break;
        store(f, x);
        const sig = body(f);
        done++;
        if (report && total !== null) report(done, total);
        if (sig === BREAK) return NORMAL;
        if (sig === RETURN) return sig;
      }
      return finish(f);
    };
    return run;
  }

  private withStmt(items: { context: Expr; target: Expr | null }[], bodyStmts: Stmt[]): Ex {
    // Nested items behave like nested with statements.
    let inner = this.block(bodyStmts);
    for (let k = items.length - 1; k >= 0; k--) {
      const ctx = this.expr(items[k].context);
      const store = items[k].target ? compileStore(this, items[k].target!) : null;
      const body = inner;
      inner = f => {
        const mgr = ctx(f);
        const entered = enterContext(mgr);
        if (store) store(f, entered);
        let sig: Signal;
        try {
          sig = body(f);
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

  private tryStmt(bodyStmts: Stmt[], handlers: ExceptHandler[], orelseStmts: Stmt[], finalStmts: Stmt[]): Ex {
    const body = this.block(bodyStmts);
    const hs = handlers.map(h => ({
      type: h.type ? this.expr(h.type) : null,
      store: h.name ? this.storeName(h.name) : null,
      del: h.name ? compileDelete(this, { kind: 'Name', id: h.name, line: h.line, col: h.col }) : null,
      body: this.block(h.body),
      line: h.line,
    }));
    const orelse = orelseStmts.length ? this.block(orelseStmts) : null;
    const finalbody = finalStmts.length ? this.block(finalStmts) : null;
    const tryExcept: Ex = hs.length === 0 ? body : f => {
      let sig: Signal;
      try {
        sig = body(f);
      } catch (e) {
        const exc = toPyException(e);
        for (const h of hs) {
          f.line = h.line;
          if (h.type && !matches(exc, h.type(f))) continue;
          if (h.store) h.store(f, exc);
          state.handling.push(exc);
          try {
            return h.body(f);
          } finally {
            state.handling.pop();
            if (h.del) { try { h.del(f); } catch { /* already unbound */ } }
          }
        }
        throw exc;
      }
      if (orelse && sig === NORMAL) return orelse(f);
      return sig;
    };
    if (!finalbody) return tryExcept;
    return f => {
      let sig: Signal = NORMAL;
      let pending: unknown = null;
      let failed = false;
      try {
        sig = tryExcept(f);
      } catch (e) {
        pending = e; failed = true;
      }
      const savedRet = f.ret;
      const fsig = finalbody(f);
      if (fsig !== NORMAL) return fsig; // return/break in finally discards the exception
      if (failed) throw pending;
      f.ret = savedRet;
      return sig;
    };
  }

  private raise(excExpr: Expr | null, causeExpr: Expr | null): Ex {
    const ev = excExpr ? this.expr(excExpr) : null;
    const cause = causeExpr ? this.expr(causeExpr) : null;
    return f => {
      if (!ev) {
        const cur = state.handling[state.handling.length - 1];
        if (!cur) throw runtimeError('No active exception to reraise');
        throw cur;
      }
      const exc = instantiate(ev(f));
      const ctx = state.handling[state.handling.length - 1];
      if (ctx && ctx !== exc) exc.context = ctx;
      if (cause) {
        const c = cause(f);
        exc.cause = c === null ? null : instantiate(c);
        exc.suppressContext = true;
      }
      throw exc;
    };
  }
}

function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

export function typeNameOf(v: PyValue): string { return typeOf(v).name; }
export type { Ev };
