// Typed op attributes. An op declares each attr once (kind and default); makeOp fills the
// defaults and checks the kinds with TF's op_def_library texts, so kernels and gradients read
// complete attrs of the declared types instead of testing `attrs.x === true` everywhere.
import { DType, isDType } from '../dtypes';
import { typeError, valueError } from '../errors';

export interface AttrSpec<T> {
  /** TF's attr type, for docs: 'bool', 'int', 'float', 'string', 'type', 'list(int)', 'shape'. */
  readonly kind: string;
  /** Absent: the attr is required. */
  readonly default?: T;
  /** The value as T, or TF's TypeError/ValueError for a value of the wrong kind. */
  check(value: unknown, name: string): T;
}

export type AttrSchema = Readonly<Record<string, AttrSpec<unknown>>>;
/** The attrs record an op's kernels and gradient see. */
export type AttrsOf<S extends AttrSchema> = { -readonly [K in keyof S]: S[K] extends AttrSpec<infer T> ? T : never };

/** A JS value as Python would print it in an error text. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return String(v);
}

function spec<T>(kind: string, check: (v: unknown, name: string) => T, dflt?: T): AttrSpec<T> {
  return dflt === undefined ? { kind, check } : { kind, check, default: dflt };
}

function checkBool(v: unknown, name: string): boolean {
  if (typeof v !== 'boolean') throw typeError(`Expected bool for argument '${name}' not ${pyRepr(v)}.`);
  return v;
}
function checkInt(v: unknown, name: string): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw typeError(`Expected int for argument '${name}' not ${pyRepr(v)}.`);
  return v;
}
function checkFloat(v: unknown, name: string): number {
  if (typeof v !== 'number') throw typeError(`Expected float for argument '${name}' not ${pyRepr(v)}.`);
  return v;
}
function checkString(v: unknown, name: string): string {
  if (typeof v !== 'string') throw typeError(`Expected string for argument '${name}' not ${pyRepr(v)}.`);
  return v;
}
function checkList<T>(item: (v: unknown, name: string) => T) {
  return (v: unknown, name: string): T[] => {
    if (!Array.isArray(v)) throw typeError(`Expected list for attr ${name}`);
    return v.map(x => item(x, name));
  };
}

export const attr = {
  bool: (dflt?: boolean) => spec('bool', checkBool, dflt),
  int: (dflt?: number) => spec('int', checkInt, dflt),
  float: (dflt?: number) => spec('float', checkFloat, dflt),
  string: (dflt?: string) => spec('string', checkString, dflt),
  ints: (dflt?: number[]) => spec('list(int)', checkList(checkInt), dflt),
  type: (dflt?: DType) => spec<DType>('type', (v, name) => {
    if (!isDType(v)) throw typeError(`Expected DataType for argument '${name}' not ${pyRepr(v)}.`);
    return v;
  }, dflt),
  /** A string attr with allowed values (TF's `padding: {'SAME', 'VALID'}`). */
  oneOf: <S extends string>(values: readonly S[], dflt?: S) => spec<S>(`{${values.map(s => `'${s}'`).join(', ')}}`, (v, name) => {
    if (!values.includes(v as S)) {
      throw valueError(`Value for attr '${name}' of "${v === null || v === undefined ? 'None' : String(v)}" is not in the list of allowed values: ${values.map(s => `"${s}"`).join(', ')}`);
    }
    return v as S;
  }, dflt),
  /** Anything (Const's value, shapes): kept as given. */
  any: <T = unknown>(kind = 'any', dflt?: T) => spec<T>(kind, v => v as T, dflt),
};

/**
 * Complete, checked attrs: every declared attr gets its default when absent; undeclared attrs
 * pass through unchanged (internal bookkeeping some builders attach). A missing required attr
 * is a bug in the builder, not a user error.
 */
export function normalizeAttrs(schema: AttrSchema, attrs: Readonly<Record<string, unknown>>, opType: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...attrs };
  for (const name of Object.keys(schema)) {
    const s = schema[name];
    const given = attrs[name];
    if (given === undefined) {
      if (s.default === undefined) throw new Error(`Op ${opType} built without its required attr '${name}'`);
      out[name] = Array.isArray(s.default) ? s.default.slice() : s.default;
    } else out[name] = s.check(given, name);
  }
  return out;
}
