// The seam between the kernel worker and the Python front end (src/python). The worker only
// knows this interface; `loadPythonBackend` is the single place where the front end is plugged in.

export interface PythonHooks {
  stdout(text: string): void;
  stderr(text: string): void;
  display(value: unknown): void;
  /** Called often by the interpreter and the engine's session; throws KeyboardInterrupt when Stop was pressed. */
  checkInterrupt?(): void;
  /** Called by the interpreter for each step of a cell's outermost `for` loop over an iterable of known length. */
  loopProgress?(done: number, total: number): void;
}

export interface CellError { ename: string; evalue: string; traceback: string[]; line?: number }
export type CellRunResult = { ok: true; value: unknown } | { ok: false; error: CellError };

export interface PythonSessionLike {
  runCell(source: string, filename: string): CellRunResult;
  /** name → value, or already-described entries */
  listGlobals(): unknown;
  /** Graph variables with their values in the last session, once the engine offers them. */
  listGraphVariables?(): unknown;
  /** The loss of the last optimizer step (training telemetry), once the engine offers it. */
  lastLoss?(): number | undefined;
}

export interface PythonBackend {
  name: string;
  createSession(hooks: PythonHooks): PythonSessionLike;
  repr(value: unknown): string;
  /** Python type name of a value (`int`, `Tensor`, `ndarray`), when the front end offers it. */
  typeName?(value: unknown): string;
}

/**
 * The Python front end, or undefined while src/python does not exist yet. esbuild bundles
 * `../python/index` when it exists; the try/catch keeps the build and the worker working without it.
 */
export function loadPythonBackend(): PythonBackend | undefined {
  let mod: any;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../python/index');
  } catch (e: any) {
    if (e?.code === 'MODULE_NOT_FOUND' && String(e.message).includes('python/index')) return undefined;
    throw e;
  }
  return {
    name: 'python',
    createSession: (hooks) => new mod.PythonSession(hooks),
    repr: (value) => mod.pyRepr(value),
    typeName: typeof mod.pyTypeName === 'function' ? (value) => mod.pyTypeName(value) : undefined,
  };
}
