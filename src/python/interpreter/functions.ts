// The code object behind a def/lambda: binds arguments into a fresh frame and runs the body.
import { Cell, PyExceptionObj, PyValue, Kwargs } from '../objects/core';
import { PyDict, PyTuple } from '../objects/containers';
import { FunctionCode, PyFunction } from '../objects/callables';
import type { PyClass } from '../objects/pyclass';
import { E, pyException, typeError } from '../exceptions';
import { Frame, state, Ex, Ev, RETURN } from './frame';
import { checkInterrupt, toPyException } from './errors';
import { enterRecursiveCall } from './recursion';

export interface ParamSpec {
  /** Positional-or-keyword parameter names (posonly first). */
  positional: string[];
  posonlyCount: number;
  vararg: string | null;
  kwonly: string[];
  kwarg: string | null;
  /** Where each parameter lives in the frame, in order positional, vararg, kwonly, kwarg. */
  storage: { slot: number; cell: number }[];
}

export class CompiledCode implements FunctionCode {
  body: Ex | null = null;
  lambdaBody: Ev | null = null;
  nSlots = 0;
  nCells = 0;
  ownCells: number[] = [];
  freeCells: number[] = [];
  private readonly posIndex = new Map<string, number>();

  constructor(readonly name: string, readonly filename: string, readonly params: ParamSpec) {
    params.positional.forEach((n, i) => this.posIndex.set(n, i));
  }

  invoke(fn: PyFunction, self: PyValue | undefined, args: PyValue[], kw: Kwargs): PyValue {
    checkInterrupt();
    enterRecursiveCall();
    const f = new Frame(this.nSlots, this.nCells, fn.globals, null, fn);
    state.frames[state.depth] = f;
    try {
      this.bind(fn, f, self, args, kw);
      if (this.lambdaBody) return this.lambdaBody(f);
      return this.body!(f) === RETURN ? f.ret : null;
    } catch (e) {
      const exc = e instanceof PyExceptionObj ? e : toPyException(e);
      exc.traceback.push({ filename: this.filename, line: f.line, name: this.name });
      throw exc;
    } finally {
      state.depth--;
    }
  }

  protected bind(fn: PyFunction, f: Frame, self: PyValue | undefined, args: PyValue[], kw: Kwargs): void {
    const p = this.params;
    const nPos = p.positional.length;
    const values: (PyValue | undefined)[] = new Array(p.storage.length);
    let ai = 0;
    let pi = 0;
    if (self !== undefined) {
      if (nPos > 0) values[pi++] = self;
      else if (p.vararg === null) throw this.tooMany(args.length + 1, fn);
    }
    const nargs = args.length;
    while (ai < nargs && pi < nPos) values[pi++] = args[ai++];
    if (p.vararg !== null) {
      const rest = ai === 0 && self === undefined ? args.slice() : args.slice(ai);
      if (self !== undefined && nPos === 0) rest.unshift(self);
      values[nPos] = new PyTuple(rest);
    } else if (ai < nargs) throw this.tooMany(nargs + (self !== undefined ? 1 : 0), fn);
    const kwonlyBase = nPos + (p.vararg !== null ? 1 : 0);
    let extra: PyDict | null = null;
    if (kw !== null && kw.size) {
      for (const [name, v] of kw) {
        const i = this.posIndex.get(name);
        if (i !== undefined && i >= p.posonlyCount) {
          if (values[i] !== undefined) throw typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
          values[i] = v;
          continue;
        }
        const k = p.kwonly.indexOf(name);
        if (k >= 0) { values[kwonlyBase + k] = v; continue; }
        if (p.kwarg === null) throw typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
        (extra ??= new PyDict()).set(name, v);
      }
    }
    if (p.kwarg !== null) values[kwonlyBase + p.kwonly.length] = extra ?? new PyDict();
    // Defaults for missing positionals.
    const defaults = fn.defaults;
    const firstDefault = nPos - defaults.length;
    let missing: string[] | null = null;
    for (let i = 0; i < nPos; i++) {
      if (values[i] === undefined) {
        if (i >= firstDefault) values[i] = defaults[i - firstDefault];
        else (missing ??= []).push(p.positional[i]);
      }
    }
    if (missing) throw this.missing(missing, 'positional', fn);
    for (let k = 0; k < p.kwonly.length; k++) {
      if (values[kwonlyBase + k] === undefined) {
        const d = fn.kwdefaults?.get(p.kwonly[k]);
        if (d !== undefined) values[kwonlyBase + k] = d;
        else (missing ??= []).push(p.kwonly[k]);
      }
    }
    if (missing) throw this.missing(missing, 'keyword-only', fn);
    // Fresh cells, then closure cells, then parameters into their slots or cells.
    const cells = f.cells;
    for (const i of this.ownCells) cells[i] = new Cell();
    const closure = fn.closure;
    if (closure) for (let i = 0; i < this.freeCells.length; i++) cells[this.freeCells[i]] = closure[i];
    const storage = p.storage;
    for (let i = 0; i < storage.length; i++) {
      const s = storage[i];
      if (s.slot >= 0) f.slots[s.slot] = values[i];
      else cells[s.cell].v = values[i];
    }
  }

  private tooMany(given: number, fn: PyFunction) {
    const p = this.params;
    const n = p.positional.length;
    const nDefaults = fn.defaults.length;
    const takes = nDefaults ? `from ${n - nDefaults} to ${n}` : `${n}`;
    return typeError(`${fn.qualname}() takes ${takes} positional argument${n === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }

  private missing(names: string[], kind: string, fn: PyFunction) {
    const quoted = names.map(n => `'${n}'`);
    const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : quoted.slice(0, -1).join(', ') + ', and ' + quoted[quoted.length - 1];
    return typeError(`${fn.qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
  }
}

/** Class each method was defined in, for zero-argument super(). */
export const ownerClass = new WeakMap<PyFunction, PyClass>();
