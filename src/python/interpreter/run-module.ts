// Runs a module's source in a namespace: parse, analyze, compile, execute (imports and exec()).
import { Cell, PyExceptionObj } from '../objects/core';
import { PyValue } from '../objects/core';
import { CompileError } from '../lexer/syntax-error';
import { parseModule } from '../parser/parser';
import { E } from '../exceptions';
import { analyzeModule } from './scope';
import { StmtCompiler } from './compile-stmt';
import { Frame, moduleFrameFiles, state } from './frame';
import { toPyException } from './errors';

/** SyntaxError as raised by import/exec: str() is "msg (file, line N)", with lineno/filename. */
export function syntaxErrorFrom(e: CompileError, filename: string, source: string): PyExceptionObj {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const cls = e.pyType === 'IndentationError' ? E.IndentationError : E.SyntaxError;
  const exc = new PyExceptionObj(cls, [`${e.message} (${base}, line ${e.line})`]);
  exc.dict.set('msg', e.message);
  exc.dict.set('lineno', e.line);
  exc.dict.set('offset', e.col + 1);
  exc.dict.set('filename', filename);
  exc.dict.set('text', source.split('\n')[e.line - 1] ?? null);
  return exc;
}

/** Executes `source` with `globals` as the module namespace; exceptions get a `<module>` frame. */
export function runModuleSource(source: string, filename: string, moduleName: string, globals: Map<string, PyValue>, frameName = '<module>'): void {
  let run;
  let scope;
  try {
    const mod = parseModule(source);
    scope = analyzeModule(mod);
    run = new StmtCompiler(scope, filename, moduleName, '').block(mod.body);
  } catch (e) {
    if (e instanceof CompileError) throw syntaxErrorFrom(e, filename, source);
    throw e;
  }
  const layout = scope.layout;
  const frame = new Frame(layout.nSlots, layout.nCells, globals, null, null);
  for (const i of layout.ownCells) frame.cells[i] = new Cell();
  moduleFrameFiles.set(frame, filename);
  const caller = state.frames[state.depth];
  state.frames[state.depth] = frame;
  try {
    run(frame);
  } catch (e) {
    const exc = toPyException(e);
    exc.traceback.push({ filename, line: frame.line, name: frameName });
    throw exc;
  } finally {
    state.frames[state.depth] = caller;
  }
}

/**
 * Compiles `source` once for repeated runs in `globals` (IPython's %time/%timeit): the value of a
 * final expression statement is returned, otherwise None.
 */
export function compileRunner(source: string, filename: string, globals: Map<string, PyValue>): () => PyValue {
  let scope;
  let body;
  let last = null;
  try {
    const mod = parseModule(source);
    scope = analyzeModule(mod);
    const c = new StmtCompiler(scope, filename, String(globals.get('__name__') ?? '__main__'), '');
    const tail = mod.body[mod.body.length - 1];
    const hasValue = tail !== undefined && tail.kind === 'Expr';
    body = c.block(hasValue ? mod.body.slice(0, -1) : mod.body);
    if (hasValue) last = c.expr((tail as { value: Parameters<StmtCompiler['expr']>[0] }).value);
  } catch (e) {
    if (e instanceof CompileError) throw syntaxErrorFrom(e, filename, source);
    throw e;
  }
  const layout = scope.layout;
  const lastEv = last;
  return () => {
    const frame = new Frame(layout.nSlots, layout.nCells, globals, null, null);
    for (const i of layout.ownCells) frame.cells[i] = new Cell();
    try {
      body(frame);
      return lastEv ? lastEv(frame) : null;
    } catch (e) {
      const exc = toPyException(e);
      exc.traceback.push({ filename, line: frame.line, name: '<module>' });
      throw exc;
    }
  };
}
