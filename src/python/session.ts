// PythonSession: one interpreter per notebook; globals persist across cells.
import { Cell, PyExceptionObj, PyValue } from './objects/core';
import { PyModule } from './objects/callables';
import { CompileError } from './lexer/syntax-error';
import { parseModule } from './parser/parser';
import type { Module, Stmt } from './parser/ast';
import { analyzeModule } from './interpreter/scope';
import { StmtCompiler } from './interpreter/compile-stmt';
import { Frame, NORMAL, moduleFrameFiles, state } from './interpreter/frame';
import { checkInterrupt, fromJsError, toPyException } from './interpreter/errors';
import { NestingTooDeep } from './lexer/syntax-error';
import { E, pyException } from './exceptions';
import { importState } from './interpreter/imports';
import { ModuleCache } from './modules/registry';
import { getBuiltins } from './builtins/install';
import { io } from './builtins/io';
import { formatCompileError, formatException, exceptionHeadline, exceptionMessage } from './traceback';
import { repr, safeRepr, str } from './runtime/repr';
import { exceptionStr } from './runtime/repr';
import { typeOf } from './runtime/type-name';
import { setInterruptCheck } from '../engine';
import { PyDict, PyList, PyTuple } from './objects/containers';
import type { FileSystem } from '../engine';
import { PolicyFileSystem } from './io/node-file-system';
import { fileState } from './io/session-files';
import { flushOpenFiles } from './io/file-object';
import { FileSourceModules } from './interpreter/source-modules';
import { knownSources } from './interpreter/source-registry';
import * as os from 'os';
import * as nodePath from 'path';
import { InteractiveShell } from './ipython/shell';
import { transformCell } from './ipython/transform';
import { entry, tableFunction } from './bind';
import { callValue } from './runtime/call';
import { getAttr } from './runtime/attributes';
import { DEFAULT_MAX_STR_DIGITS, withMaxStrDigits } from './runtime/int-text';
import { summarySink } from './modules/tensorflow/summary/sink';
import type { SummaryRecord } from '../shared/payloads/summaries';

/** IPython's display options: `display(obj, display_id=...)` and `update_display(obj, display_id=...)`. */
export interface DisplayOptions {
  displayId?: string;
  /** Replace the outputs shown under `displayId` instead of adding one. */
  update?: boolean;
}

export interface SessionHost {
  stdout(text: string): void;
  stderr(text: string): void;
  display(value: PyValue, options?: DisplayOptions): void;
  /** IPython's clear_output: clear the cell's outputs now, or (wait) when the next output arrives. */
  clearOutput?(wait: boolean): void;
  /** Called at every loop iteration and function call; throw to interrupt (-> KeyboardInterrupt). */
  checkInterrupt?(): void;
  /** Called after each step of a cell's outermost `for` loop over an iterable of known length. */
  loopProgress?(done: number, total: number): void;
  /** Scalar and histogram values a tf.summary.FileWriter wrote (the Summaries view). */
  summaries?(records: SummaryRecord[]): void;
}

/** Where the program lives and what it may touch; every field has a default for tests. */
export interface SessionOptions {
  /** Folders cells may read and write (with everything under them). Default: [cwd, os.tmpdir()]. */
  roots?: string[];
  /** Working folder: relative paths resolve against it. Default: process.cwd(). */
  cwd?: string;
  /** Or a ready FileSystem (then roots/cwd are ignored). */
  fileSystem?: FileSystem;
  /** A .py script being run: sets __file__, sys.path[0] = its folder and sys.argv[0]. */
  scriptPath?: string;
  /** The notebook file: sys.path[0] = its folder (Jupyter has no __file__). */
  notebookPath?: string;
  /** sys.argv after argv[0] (CLI `-- args`). */
  args?: string[];
  /** IPython syntax in cells (%magic, %%magic, !cmd) and get_ipython(). Default: true unless scriptPath is set. */
  ipython?: boolean;
}

export interface CellError {
  ename: string;
  evalue: string;
  /** Full CPython-style text, ending in a newline. */
  traceback: string;
  /** Line in the cell where the error happened (innermost frame of this cell). */
  line?: number;
  /** SystemExit (sys.exit, argparse errors): the process exit status it asks for. */
  exitCode?: number;
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
  private readonly sourceModules: FileSourceModules;
  readonly fileSystem: FileSystem;
  private readonly builtins: Map<string, PyValue>;
  private readonly ipython: boolean;
  private autoreload = 0;
  /** IPython's post_execute event: run after every cell, also one that failed (the inline backend shows figures here). */
  private readonly postExecute: (() => void)[] = [];
  /** sys.setrecursionlimit of this session (the interpreter state is shared by all sessions). */
  private recursionLimit = 1000;

  constructor(private readonly host: SessionHost, options: SessionOptions = {}) {
    getBuiltins();
    const cwd = nodePath.resolve(options.cwd ?? process.cwd());
    this.fileSystem = options.fileSystem ?? new PolicyFileSystem({ roots: options.roots ?? [cwd, os.tmpdir()], cwd });
    this.sourceModules = new FileSourceModules(this.fileSystem);
    const mainPath = options.scriptPath ?? options.notebookPath;
    const home = mainPath ? nodePath.dirname(this.fileSystem.resolve(mainPath)) : cwd;
    // CPython's sys.argv[0] is the script; for a notebook, its file (prog in argparse's usage).
    const argv0 = options.scriptPath ?? options.notebookPath ?? '';
    this.ipython = options.ipython ?? options.scriptPath === undefined;
    this.modules = new ModuleCache({
      stdout: t => host.stdout(t), stderr: t => host.stderr(t), display: (v, o) => host.display(v, o),
      clearOutput: wait => host.clearOutput?.(wait), onPostExecute: hook => { this.postExecute.push(hook); }, ipython: this.ipython,
    }, this.sourceModules, { modules: new PyDict(), path: new PyList([home]), argv: new PyList([argv0, ...(options.args ?? [])]) });
    this.globals.set('__name__', '__main__');
    this.globals.set('__doc__', null);
    this.globals.set('__package__', null);
    this.globals.set('__spec__', null);
    if (options.scriptPath) this.globals.set('__file__', options.scriptPath);
    const main = new PyModule('__main__', this.globals);
    this.modules.sys.modules.set('__main__', main);
    this.builtins = new Map(getBuiltins());
    if (this.ipython) {
      const shell = new InteractiveShell({
        ns: this.globals,
        hidden: new Set(this.globals.keys()),
        print: t => this.host.stdout(t),
        importModule: n => this.modules.import(n),
        setAutoreload: mode => { if (mode < 0) this.reloadChangedModules(); else this.autoreload = mode; },
      });
      this.builtins.set('get_ipython', tableFunction(entry({ name: 'get_ipython', doc: 'Get the global InteractiveShell instance.', params: [] }, () => shell), 'IPython'));
      // IPython puts display() in every notebook's builtins; it is IPython.display.display, which
      // binds the arguments (imported on first call, so a session that never displays skips it).
      this.builtins.set('display', tableFunction(entry({ name: 'display', doc: 'Display a Python object in all frontends (IPython.display.display).', params: [], varargs: 'objs', varkw: 'kwargs' },
        a => callValue(getAttr(this.modules.import('IPython.display'), 'display'), a.objs as PyValue[], (a.kwargs as Map<string, PyValue>).size ? a.kwargs as Map<string, PyValue> : null)),
      'IPython.core.display_functions'));
    }
  }

  /** %autoreload: modules whose file changed since they ran are run again (IPython's mode 2). */
  private reloadChangedModules(): void {
    for (const mod of this.sourceModules.changedModules(this.modules)) this.modules.reload(mod);
  }

  /** Imports a registered module into this session (same as `import name` in a cell). */
  importModule(name: string): PyValue {
    return this.withSession(() => this.modules.import(name));
  }

  /** sys.set_int_max_str_digits() of this session. */
  private readonly intLimits = { maxStrDigits: DEFAULT_MAX_STR_DIGITS };

  /**
   * Runs one cell. Never throws: every failure is a Python-style CellError. The value of a last
   * expression statement is the result (shown, as Jupyter does) unless `displayLast` is false:
   * then it is evaluated as a plain statement, as python3 runs a script (no value, no `_`, no repr).
   */
  runCell(source: string, filename: string, options: { displayLast?: boolean } = {}): RunResult {
    const displayLast = options.displayLast ?? true;
    const result = withMaxStrDigits(this.intLimits, () => this.compileAndRun(source, filename, displayLast));
    if (!result.ok) for (const observe of cellErrorObservers) observe(result.error, source);
    return result;
  }

  private compileAndRun(source: string, filename: string, displayLast: boolean): RunResult {
    this.sources.set(filename, source);
    let mod: Module;
    try {
      mod = parseModule(this.ipython ? transformCell(source) : source);
      analyzeModule(mod);
    } catch (e) {
      return { ok: false, error: this.compileFailure(e, filename, source) };
    }
    try {
      return this.withSession(() => {
        if (this.autoreload === 2) {
          try { this.reloadChangedModules(); } catch (e) { return { ok: false, error: this.describe(toPyException(e), filename) }; }
        }
        return this.afterCell(this.execute(mod, filename, displayLast), filename);
      });
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
    const saved = { hooks: { ...state.hooks }, io: { ...io }, cache: importState.cache, depth: state.depth, maxDepth: state.maxDepth, handling: state.handling, fs: fileState.fs, summaries: summarySink.emit };
    fileState.fs = this.fileSystem;
    summarySink.emit = this.host.summaries ? records => this.host.summaries!(records) : null;
    state.hooks.checkInterrupt = this.host.checkInterrupt ? () => this.host.checkInterrupt!() : null;
    state.hooks.loopProgress = this.host.loopProgress ? (d, t) => this.host.loopProgress!(d, t) : null;
    // The engine's session checks the same flag between ops, so Stop also ends a long sess.run.
    // Whatever the host's hook throws becomes KeyboardInterrupt there too.
    setInterruptCheck(state.hooks.checkInterrupt ? checkInterrupt : null);
    state.hooks.builtins = this.builtins;
    io.stdout = t => this.host.stdout(t);
    io.stderr = t => this.host.stderr(t);
    io.display = v => this.host.display(v);
    io.clearOutput = wait => this.host.clearOutput?.(wait);
    importState.cache = this.modules;
    // The cell's module frame counts, as CPython's does: a runaway recursion shows 999 frames.
    state.depth = 1;
    state.maxDepth = this.recursionLimit;
    state.loopDepth = 0;
    state.handling = [];
    try {
      return f();
    } finally {
      // CPython flushes files a program leaves open when it exits; a cell's end is our exit.
      flushOpenFiles();
      fileState.fs = saved.fs;
      summarySink.emit = saved.summaries;
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

  private execute(mod: Module, filename: string, displayLast: boolean): RunResult {
    const scope = mod.scope as ReturnType<typeof analyzeModule>;
    const compiler = new StmtCompiler(scope, filename, '__main__', '');
    const body = mod.body;
    const last: Stmt | undefined = body[body.length - 1];
    const lastIsExpr = displayLast && last !== undefined && last.kind === 'Expr';
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
    moduleFrameFiles.set(frame, filename);
    state.frames[state.depth] = frame;
    knownSources.set(filename, this.sources.get(filename) ?? '');
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

  /** post_execute hooks; an error there is the cell's error unless the cell already failed. */
  private afterCell(result: RunResult, filename: string): RunResult {
    for (const hook of this.postExecute) {
      try {
        hook();
      } catch (e) {
        if (!result.ok) continue;
        const exc = toPyException(e);
        result = { ok: false, error: this.describe(exc, filename) };
      }
    }
    return result;
  }

  /** Runs `f` with this session's streams, files and modules in place (formatting a cell's value calls Python code). */
  inSession<T>(f: () => T): T {
    return this.withSession(f);
  }

  private describe(exc: PyExceptionObj, filename: string): CellError {
    if (exc.cls.isSubclassOf(E.SystemExit)) return this.systemExit(exc);
    const lookup = (f: string) => this.sources.get(f) ?? this.sourceModules.sources.get(f) ?? knownSources.get(f);
    const entries = exc.traceback.filter(t => t.filename === filename);
    return {
      ename: exc.cls.name,
      evalue: exceptionMessage(exc),
      traceback: formatException(exc, lookup),
      line: entries.length ? entries[0].line : undefined,
    };
  }

  /**
   * SystemExit ends a script with its status and no traceback (a non-int status is printed, as
   * CPython does); in a notebook the cell stops with IPython's two lines instead of a traceback.
   */
  private systemExit(exc: PyExceptionObj): CellError {
    const code = exc.args.length === 0 ? null : exc.args.length === 1 ? exc.args[0] : new PyTuple(exc.args);
    const exitCode = code === null ? 0 : typeof code === 'number' ? code : typeof code === 'boolean' ? Number(code) : 1;
    const evalue = exceptionStr(exc);
    if (this.ipython) {
      // traceback.format_exception_only: an empty str(exc) gives the bare class name, no colon.
      const headline = evalue ? `SystemExit: ${evalue}` : 'SystemExit';
      return { ename: 'SystemExit', evalue, exitCode, traceback: `An exception has occurred, use %tb to see the full traceback.\n\n${headline}\n` };
    }
    const message = code === null || typeof code === 'number' || typeof code === 'boolean' ? '' : `${str(code)}\n`;
    return { ename: 'SystemExit', evalue, exitCode, traceback: message };
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
