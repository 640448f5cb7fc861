// The Python object model's base pieces.
//
// Value representation (chosen for speed of the common cases):
//   int      -> JS number when |n| <= 2**53-1, JS bigint otherwise (arbitrary precision, as in
//               CPython). A bigint is never inside the safe range: results are normalised
//               (runtime/ints.ts: isPyInt, intOf, normBig, intFromFloat, intToFloat), so small ints keep
//               the fast number path and `===` between ints stays exact.
//   float    -> PyFloat (boxed, so 1.0 and 1 stay distinct types)
//   bool     -> JS boolean          str  -> JS string (indexing is by UTF-16 unit)
//   None     -> JS null             everything else -> a PyObject subclass
import type { PyClass } from './pyclass';
import { InstanceDict } from './instance-dict';

export type PyValue = number | bigint | boolean | string | null | PyObject;
export type Kwargs = Map<string, PyValue> | null;

export abstract class PyObject {
  /** The Python class of this object (type(x)). */
  abstract get type(): PyClass;
}

export class PyFloat extends PyObject {
  constructor(readonly v: number) { super(); }
  get type(): PyClass { return floatTypeRef.cls!; }
}
/** Filled in by types.ts; avoids an import cycle for the hottest getter. */
export const floatTypeRef: { cls: PyClass | null } = { cls: null };

export const pyFloat = (v: number): PyFloat => new PyFloat(v);

/** Singletons other than None: NotImplemented and Ellipsis. */
export class PySingleton extends PyObject {
  constructor(readonly name: string, private readonly cls: () => PyClass) { super(); }
  get type(): PyClass { return this.cls(); }
}

/** Instance of a user-defined class (or of object()). */
export class PyInstance extends PyObject {
  readonly dict = new InstanceDict();
  constructor(readonly cls: PyClass) { super(); }
  get type(): PyClass { return this.cls; }
}

/** A traceback entry, innermost last once the exception reaches the top. */
export interface TbEntry { filename: string; line: number; name: string }

/** Instance of BaseException or a subclass. Thrown directly as a JS exception. */
export class PyExceptionObj extends PyInstance {
  args: PyValue[] = [];
  /** Frames the exception passed through, innermost first (reversed when printed). */
  traceback: TbEntry[] = [];
  cause: PyExceptionObj | null = null;
  context: PyExceptionObj | null = null;
  suppressContext = false;
  /** Set once the frame that raised it has been recorded, so re-raises don't duplicate it. */
  constructor(cls: PyClass, args: PyValue[]) { super(cls); this.args = args; }
}

/** Variable captured by an inner function. */
export class Cell {
  constructor(public v: PyValue | undefined = undefined) {}
}
