// PythonSession: one interpreter per notebook; globals persist across cells.
import { Cell, PyExceptionObj, PyValue } from './objects/core';
import { PyModule } from './objects/callables';
import { CompileError } from './lexer/syntax-error';
import { parseModule } from './parser/parser';
import type { Module, Stmt } from './parser/ast';
import { analyzeModule } from './interpreter/scope';
import { StmtCompiler } from './interpreter/compile-stmt';
import { Frame, NORMAL, state } from './interpreter/frame';
import { checkInterrupt, fromJsError, toPyException } from './interpreter/errors';
import { NestingTooDeep } from './lexer/syntax-error';
import { E, pyException } from './exceptions';
import { importState } from './interpreter/imports';
import { ModuleCache } from './modules/registry';
import { getBuiltins } from './builtins/install';
import { io } from './builtins/io';
import { formatCompileError, formatException, exceptionHeadline } from './traceback';
import { repr, safeRepr } from './runtime/repr';
import { exceptionStr } from './runtime/repr';
import { typeOf } from './runtime/type-name';
import { setInterruptCheck } from '../engine/session/interrupt';
import { graphVariables, lastTrainingLoss, GraphVariableInfo } from './inspect';
import './modules/math';
import './modules/random';
import './modules/small';
import './modules/numpy/register';
import './modules/tensorflow/register';

export interface SessionHost {
  stdout(text: string): void;
  stderr(text: string): void;
  display(value: PyValue): void;
  /** Called at every loop iteration and function call; throw to interrupt (-> KeyboardInterrupt). */
  checkInterrupt?(): void;
  /** Called after each step of a cell's outermost `for` loop over an iterable of known length. */
  loopProgress?(done: number, total: number): void;
}

export interface CellError {
  ename: string;
  evalue: string;
  /** Full CPython-style text, ending in a newline. */
  traceback: string;
  /** Line in the cell where the error happened (innermost frame of this cell). */
  line?: number;
}

/** `repr` is the text/plain of `value`, computed inside the cell so its errors are the cell's. */
/**
 * Sees every error a cell ends with, as the user would (the test suites' gate against
 * JavaScript texts in errors subscribes here). Returns the unsubscribe function.
 */
export function addCellErrorObserver(fn: (error: CellError, source: string) => void): () => void {
  cellErrorObservers.add(fn);
  return () => { cellErrorObservers.delete(fn); };
}
const cellErrorObservers = new Set<(error: CellError, source: string) => void>();

export type RunResult = { ok: true; value: PyValue | undefined; repr?: string } | { ok: false; error: CellError };

export interface GlobalInfo { name: string; type: string; repr: string }

export class PythonSession {
  readonly globals = new Map<string, PyValue>();
  private readonly sources = new Map<string, string>();
  private readonly modules: ModuleCache;
  /** sys.setrecursionlimit of this session (the interpreter state is shared by all sessions). */
  private recursionLimit = 1000;

  constructor(private readonly host: SessionHost) {
    getBuiltins();
    this.globals.set('__name__', '__main__');
    this.modules = new ModuleCache({
      stdout: t => host.stdout(t), stderr: t => host.stderr(t), display: v => host.display(v),
    });
  }

  /** Imports a registered module into this session (same as `import name` in a cell). */
  importModule(name: string): PyValue {
    return this.withSession(() => this.modules.import(name));
  }

  /** Graph variables of the default graph with their values in the last engine session. */
  listGraphVariables(): GraphVariableInfo[] { return graphVariables(); }
  /** The loss of the last optimizer step the engine recorded (training telemetry). */
  lastLoss(): number | undefined { return lastTrainingLoss(); }

  /** Runs one cell. Never throws: every failure is a Python-style CellError. */
  runCell(source: string, filename: string): RunResult {
    const result = this.runCellUnobserved(source, filename);
    if (!result.ok) for (const observe of cellErrorObservers) observe(result.error, source);
    return result;
  }

  private runCellUnobserved(source: string, filename: string): RunResult {
    this.sources.set(filename, source);
    let mod: Module;
    try {
      mod = parseModule(source);
      analyzeModule(mod);
    } catch (e) {
      return { ok: false, error: this.compileFailure(e, filename, source) };
    }
    try {
      return this.withSession(() => this.execute(mod, filename));
    } catch (e) {
      // Only reached for failures outside any Python frame (the session's own bookkeeping).
      return { ok: false, error: this.describe(fromJsError(e), filename) };
    }
  }

  /** SyntaxError with CPython's layout, or CPython's error for source nested too deep. */
  private compileFailure(e: unknown, filename: string, source: string): CellError {
    if (e instanceof CompileError) return this.syntaxError(e, filename, source);
    const exc = e instanceof NestingTooDeep
      ? pyException(E.RecursionError, 'maximum recursion depth exceeded during compilation')
      : fromJsError(e, ' during compilation');
    const line = e instanceof NestingTooDeep ? e.line : undefined;
    return { ename: exc.cls.name, evalue: exceptionStr(exc), traceback: exceptionHeadline(exc) + '\n', line };
  }

  private withSession<T>(f: () => T): T {
    const saved = { hooks: { ...state.hooks }, io: { ...io }, cache: importState.cache, depth: state.depth, maxDepth: state.maxDepth, handling: state.handling };
    state.hooks.checkInterrupt = this.host.checkInterrupt ? () => this.host.checkInterrupt!() : null;
    state.hooks.loopProgress = this.host.loopProgress ? (d, t) => this.host.loopProgress!(d, t) : null;
    // The engine's session checks the same flag between ops, so Stop also ends a long sess.run.
    // Whatever the host's hook throws becomes KeyboardInterrupt there too.
    setInterruptCheck(state.hooks.checkInterrupt ? checkInterrupt : null);
    state.hooks.builtins = getBuiltins();
    io.stdout = t => this.host.stdout(t);
    io.stderr = t => this.host.stderr(t);
    io.display = v => this.host.display(v);
    importState.cache = this.modules;
    // The cell's module frame counts, as CPython's does: a runaway recursion shows 999 frames.
    state.depth = 1;
    state.maxDepth = this.recursionLimit;
    state.loopDepth = 0;
    state.handling = [];
    try {
      return f();
    } finally {
      Object.assign(state.hooks, saved.hooks);
      Object.assign(io, saved.io);
      importState.cache = saved.cache;
      setInterruptCheck(saved.hooks.checkInterrupt ? checkInterrupt : null);
      state.depth = saved.depth;
      this.recursionLimit = state.maxDepth;
      state.maxDepth = saved.maxDepth;
      state.handling = saved.handling;
    }
  }

  private execute(mod: Module, filename: string): RunResult {
    const scope = mod.scope as ReturnType<typeof analyzeModule>;
    const compiler = new StmtCompiler(scope, filename, '__main__', '');
    const body = mod.body;
    const last: Stmt | undefined = body[body.length - 1];
    const lastIsExpr = last !== undefined && last.kind === 'Expr';
    let run, lastEv;
    try {
      run = compiler.block(lastIsExpr ? body.slice(0, -1) : body);
      lastEv = lastIsExpr ? compiler.expr((last as Extract<Stmt, { kind: 'Expr' }>).value) : null;
    } catch (e) {
      return { ok: false, error: this.compileFailure(e, filename, this.sources.get(filename) ?? '') };
    }
    const layout = scope.layout;
    const frame = new Frame(layout.nSlots, layout.nCells, this.globals, null, null);
    for (const i of layout.ownCells) frame.cells[i] = new Cell();
    try {
      if (body.length > (lastIsExpr ? 1 : 0)) run(frame);
      let value: PyValue | undefined;
      if (lastEv) {
        frame.line = last!.line;
        const v = lastEv(frame);
        value = v === null ? undefined : v;
        if (value !== undefined) this.globals.set('_', value);
      }
      // The value is shown by its repr; one that cannot be made (nested too deep, a raising
      // __repr__) fails the cell here, with a traceback, as IPython's display hook does.
      if (value === undefined) return { ok: true, value };
      return { ok: true, value, repr: repr(value) };
    } catch (e) {
      const exc = toPyException(e);
      exc.traceback.push({ filename, line: frame.line, name: '<module>' });
      return { ok: false, error: this.describe(exc, filename) };
    }
    void NORMAL;
  }

  private describe(exc: PyExceptionObj, filename: string): CellError {
    const lookup = (f: string) => this.sources.get(f);
    const entries = exc.traceback.filter(t => t.filename === filename);
    return {
      ename: exc.cls.name,
      evalue: exceptionStr(exc),
      traceback: formatException(exc, lookup),
      line: entries.length ? entries[0].line : undefined,
    };
  }

  private syntaxError(e: CompileError, filename: string, source: string): CellError {
    return { ename: e.pyType, evalue: e.message, traceback: formatCompileError(e, filename, source), line: e.line };
  }

  /** Variables for the Variables view: user globals, no modules/functions/classes/private names. */
  listGlobals(): GlobalInfo[] {
    const out: GlobalInfo[] = [];
    for (const [name, v] of this.globals) {
      if (name.startsWith('_') || v instanceof PyModule) continue;
      let r = safeRepr(v);
      if (r.length > 120) r = r.slice(0, 117) + '...';
      out.push({ name, type: typeOf(v).name, repr: r });
    }
    return out;
  }

  /** Headline for an exception object (e.g. for the kernel's error event). */
  static headline(e: PyExceptionObj): string { return exceptionHeadline(e); }
}
