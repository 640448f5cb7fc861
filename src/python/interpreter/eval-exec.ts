// eval(), exec(), globals(): strings compiled by our interpreter in the caller's module namespace.
// The compiler records the caller's globals just before a call to one of these names.
import { Cell, PyValue } from '../objects/core';
import { PyDict } from '../objects/containers';
import { namespaceDict, namespaceOf } from '../objects/namespace-dict';
import { CompileError } from '../lexer/syntax-error';
import { parseModule } from '../parser/parser';
import { E, pyException, typeError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { analyzeModule } from './scope';
import { StmtCompiler } from './compile-stmt';
import { Frame } from './frame';
import { runModuleSource, syntaxErrorFrom } from './run-module';
import { entry, TableEntry } from '../bind';
import { checkPositional, clinic, noArgs } from '../builtins/c_messages';

export const NAMES_NEEDING_CALLER_GLOBALS = new Set(['eval', 'exec', 'globals', 'locals', 'vars']);
export const callerState: { globals: Map<string, PyValue> | null } = { globals: null };

function namespace(fname: string, g: PyValue | undefined): { map: Map<string, PyValue>; writeBack: () => void } {
  if (g === undefined || g === null) {
    const map = callerState.globals;
    if (!map) throw pyException(E.RuntimeError, `${fname}(): no caller namespace`);
    return { map, writeBack: () => {} };
  }
  if (!(g instanceof PyDict)) throw typeError(`${fname}() globals must be a dict, not ${typeOf(g).name}`);
  // globals() or a module's __dict__: run in that very namespace.
  const names = namespaceOf(g);
  if (names) return { map: names, writeBack: () => {} };
  const map = new Map<string, PyValue>();
  for (const e of g.map.values()) if (typeof e.k === 'string') map.set(e.k, e.v);
  return { map, writeBack: () => { for (const [k, v] of map) g.set(k, v); } };
}

function sourceText(fname: string, src: PyValue | undefined): string {
  if (typeof src !== 'string') throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
  return src;
}

function evaluate(source: string, globals: Map<string, PyValue>): PyValue {
  const text = source.replace(/^[ \t]+/, '');
  let ev;
  let scope;
  try {
    const mod = parseModule(text);
    if (mod.body.length !== 1 || mod.body[0].kind !== 'Expr') throw new CompileError('invalid syntax', mod.body[0]?.line ?? 1, 0);
    scope = analyzeModule(mod);
    ev = new StmtCompiler(scope, '<string>', String(globals.get('__name__') ?? '__main__'), '').expr(mod.body[0].value);
  } catch (e) {
    if (e instanceof CompileError) throw syntaxErrorFrom(e, '<string>', text);
    throw e;
  }
  const frame = new Frame(scope.layout.nSlots, scope.layout.nCells, globals, null, null);
  for (const i of scope.layout.ownCells) frame.cells[i] = new Cell();
  return ev(frame);
}

// CPython 3.11's signatures; eval is parsed by _PyArg_CheckPositional (`eval expected at least 1
// argument, got 0`), exec by Argument Clinic (it has the keyword-only `closure`), globals is METH_NOARGS.
const LOCALS = 'a separate locals mapping';
export const EVAL_EXEC_TABLE: readonly TableEntry[] = [
  entry({
    name: 'eval', doc: 'Evaluate the given source in the context of globals and locals.',
    params: [
      { name: 'source', kind: 'positional' },
      { name: 'globals', default: null, kind: 'positional' },
      { name: 'locals', default: null, kind: 'positional', unsupported: LOCALS },
    ],
  }, a => {
    const ns = namespace('eval', a.globals as PyValue);
    const v = evaluate(sourceText('eval', a.source as PyValue), ns.map);
    ns.writeBack();
    return v;
  }, { messages: checkPositional(1, 3) }),
  entry({
    name: 'exec', doc: 'Execute the given source in the context of globals and locals.',
    params: [
      { name: 'source', kind: 'positional' },
      { name: 'globals', default: null, kind: 'positional' },
      { name: 'locals', default: null, kind: 'positional', unsupported: LOCALS },
      { name: 'closure', default: null, kind: 'keyword', unsupported: true },
    ],
  }, a => {
    const ns = namespace('exec', a.globals as PyValue);
    try { runModuleSource(sourceText('exec', a.source as PyValue), '<string>', String(ns.map.get('__name__') ?? '__main__'), ns.map); } finally { ns.writeBack(); }
    return null;
  }, { messages: { ...clinic(['source', 'globals', 'locals'], { keywordOnly: true }), missing: c => `exec() takes at least 1 positional argument (${c.given} given)` } }),
  // The live namespace: assignments through globals()[name] define globals.
  entry({ name: 'globals', doc: "Return the dictionary containing the current scope's global variables.", params: [] },
    () => namespaceDict(namespace('globals', null).map), { messages: noArgs('globals') }),
];
