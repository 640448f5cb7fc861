// Runtime frame and the per-session interpreter state the compiled closures read.
import { Cell, PyExceptionObj, PyValue } from '../objects/core';
import type { PyFunction } from '../objects/callables';

export class Frame {
  readonly slots: (PyValue | undefined)[];
  readonly cells: Cell[];
  /** Current line, updated per statement, read when building tracebacks. */
  line = 0;
  /** Return value, set by a `return` statement (which yields the RETURN signal). */
  ret: PyValue = null;
  constructor(
    nSlots: number,
    nCells: number,
    readonly globals: Map<string, PyValue>,
    readonly ns: Map<string, PyValue> | null,
    readonly fn: PyFunction | null,
  ) {
    this.slots = new Array(nSlots);
    this.cells = new Array(nCells);
  }
}

/** Statement completion signals (no JS exceptions for control flow). */
export const NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;
export type Signal = number;
export type Ev = (f: Frame) => PyValue;
export type Ex = (f: Frame) => Signal;
export type Store = (f: Frame, v: PyValue) => void;

export interface InterpreterHooks {
  checkInterrupt: (() => void) | null;
  builtins: Map<string, PyValue>;
  /** Progress of a cell's outermost `for` loop over an iterable of known length. */
  loopProgress?: ((done: number, total: number) => void) | null;
}

/** Shared mutable state: hooks of the running session and the active-exception stack. */
export const state = {
  hooks: { checkInterrupt: null, builtins: new Map() } as InterpreterHooks,
  depth: 0,
  maxDepth: 1000,
  /** Nesting of running `for` loops (only the outermost one reports progress). */
  loopDepth: 0,
  /** Exceptions currently being handled (for bare `raise` and implicit chaining). */
  handling: [] as PyExceptionObj[],
  /** The frame running at each call depth (entries above `depth` are stale), for warnings' locations. */
  frames: [] as Frame[],
};

/** File names of module and cell frames (function frames know theirs through their code). */
export const moduleFrameFiles = new WeakMap<Frame, string>();
