// TF's OpDef of each op type Gradbook has, written in REGISTER_OP's own notation
// ("x: T", "values: N * T", "ref: Ref(T)", "keep_dims: bool = false") from TF 1.15's
// core/ops/*.cc. Export uses it to name inputs' type attrs and fill TF's defaults; import uses
// it to decode attrs; MetaGraphDef's stripped_op_list is built from it.
import { notImplemented } from '../../errors';

export type AttrType = 'type' | 'int' | 'float' | 'bool' | 'string' | 'shape' | 'tensor'
  | 'list(int)' | 'list(type)' | 'list(float)' | 'list(string)' | 'list(shape)';

export interface ArgSpec {
  name: string;
  /** A fixed DataType name ("int32", "bool", "string", "float"). */
  fixedType?: string;
  typeAttr?: string;
  numberAttr?: string;
  typeListAttr?: string;
  isRef: boolean;
}

export interface AttrSpec { name: string; type: AttrType; defaultText?: string; minimum?: number }

export interface OpSpec {
  name: string;
  inputs: ArgSpec[];
  outputs: ArgSpec[];
  attrs: AttrSpec[];
  stateful: boolean;
  commutative: boolean;
  /** Not a TF op: Gradbook's own (exported as is; real TF cannot import it). */
  gradbookOnly: boolean;
}

const FIXED = new Set(['int32', 'int64', 'float', 'double', 'bool', 'string', 'uint8']);

function parseArg(text: string): ArgSpec {
  const m = /^(\w+)\s*:\s*(.+)$/.exec(text.trim());
  if (!m) throw new Error(`bad arg spec ${text}`);
  let body = m[2].trim();
  const arg: ArgSpec = { name: m[1], isRef: false };
  const ref = /^Ref\((\w+)\)$/.exec(body);
  if (ref) { arg.isRef = true; body = ref[1]; }
  const n = /^(\w+)\s*\*\s*(\w+)$/.exec(body);
  if (n) { arg.numberAttr = n[1]; body = n[2]; }
  if (FIXED.has(body)) arg.fixedType = body;
  else if (body.startsWith('L:')) arg.typeListAttr = body.slice(2);
  else arg.typeAttr = body;
  return arg;
}

function parseAttr(text: string): AttrSpec {
  const m = /^(\w+)\s*:\s*([\w()]+)\s*(?:>=\s*(\d+))?\s*(?:=\s*(.+))?$/.exec(text.trim());
  if (!m) throw new Error(`bad attr spec ${text}`);
  return { name: m[1], type: m[2] as AttrType, minimum: m[3] === undefined ? undefined : Number(m[3]), defaultText: m[4]?.trim() };
}

const split = (s: string, sep: string) => s.split(sep).map(x => x.trim()).filter(Boolean);

export interface OpFlags { stateful?: boolean; commutative?: boolean; gradbookOnly?: boolean }

/**
 * A table row whose argument and attr texts are parsed at first read: every op type's row is
 * built when its module is evaluated (~600 rows, ~5 ms of every kernel start), and only export,
 * import and the MetaGraphDef's op list ever read them. A malformed row still throws, at that read.
 */
class TableOpSpec implements OpSpec {
  #inputs?: ArgSpec[];
  #outputs?: ArgSpec[];
  #attrs?: AttrSpec[];
  readonly stateful: boolean;
  readonly commutative: boolean;
  readonly gradbookOnly: boolean;
  constructor(readonly name: string, private readonly inputText: string, private readonly outputText: string, private readonly attrText: string, flags: OpFlags) {
    this.stateful = !!flags.stateful;
    this.commutative = !!flags.commutative;
    this.gradbookOnly = !!flags.gradbookOnly;
  }
  get inputs(): ArgSpec[] { return (this.#inputs ??= split(this.inputText, ',').map(parseArg)); }
  get outputs(): ArgSpec[] { return (this.#outputs ??= split(this.outputText, ',').map(parseArg)); }
  get attrs(): AttrSpec[] { return (this.#attrs ??= split(this.attrText, ';').map(parseAttr)); }
}

/** One table row: inputs and outputs comma-separated, attrs semicolon-separated. */
export function op(name: string, inputs: string, outputs: string, attrs = '', flags: OpFlags = {}): OpSpec {
  return new TableOpSpec(name, inputs, outputs, attrs, flags);
}

const registry = new Map<string, OpSpec>();

export function registerOpSpecs(specs: OpSpec[]): void {
  for (const s of specs) {
    if (registry.has(s.name)) throw new Error(`op spec ${s.name} registered twice`);
    registry.set(s.name, s);
  }
}
export function findOpSpec(type: string): OpSpec | undefined { return registry.get(type); }
export function opSpec(type: string, where: string): OpSpec {
  const s = registry.get(type);
  if (!s) throw notImplemented(`${where}: op type '${type}' is not supported by Gradbook`);
  return s;
}
export function allOpSpecs(): OpSpec[] { return [...registry.values()]; }
