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

export interface CellError { ename: string; evalue: string; traceback: string[] | string; line?: number }
export type CellRunResult = { ok: true; value: unknown } | { ok: false; error: CellError };

export interface PythonSessionLike {
  runCell(source: string, filename: string): CellRunResult;
  /** name → value, or already-described entries */
  listGlobals(): unknown;
  /** The value of a global, for showing it in full. */
  getGlobal?(name: string): unknown;
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
 * The Python front end, or undefined while src/python does not exist. esbuild bundles
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
    createSession: (hooks) => adaptSession(new mod.PythonSession(hooks), mod),
    repr: (value) => mod.pyRepr(value ?? null),
    typeName: (value) => mod.typeOf(value ?? null).name,
  };
}

/** src/python's PythonSession, seen through PythonSessionLike. */
function adaptSession(session: any, mod: any): PythonSessionLike {
  return {
    runCell: (source, filename) => session.runCell(source, filename),
    listGlobals: () => (session.listGlobals() as Array<{ name: string; type: string; repr: string }>).map((g) => {
      const value = session.globals.get(g.name);
      return { name: g.name, type: g.type, value: g.repr, ...shapeAndDtype(value, mod) };
    }),
    getGlobal: (name) => session.globals.get(name),
    listGraphVariables: session.listGraphVariables ? () => session.listGraphVariables() : undefined,
    lastLoss: session.lastLoss ? () => session.lastLoss() : undefined,
  };
}

/** shape and dtype of array-like values (np.ndarray, tf.Tensor, tf.Variable), read through Python attributes. */
function shapeAndDtype(value: unknown, mod: any): { shape?: string; dtype?: string } {
  if (!value || typeof value !== 'object') return {};
  const attr = (name: string) => { try { return mod.getAttr(value, name); } catch { return undefined; } };
  const shape = attr('shape');
  const dtype = attr('dtype');
  return {
    shape: shape === undefined ? undefined : mod.pyStr(shape),
    dtype: dtype === undefined ? undefined : (dtype?.name !== undefined ? String(dtype.name) : mod.pyStr(dtype)),
  };
}
