// The attrs of one NodeDef as TF's Python writes them: type attrs read off the input and
// output tensors (T, Tidx, SrcT...), number attrs from list lengths (N, num_split), the op's
// own attrs in TF's encoding, every other OpDef attr at its default, and `_class` colocation
// with the variable an op updates or reads.
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import type { ArgSpec, OpSpec } from './op_defs';
import { AttrValueProto, encodeAttr, encodeUntyped, parseDefault, typeCode } from './attr_values';
import { utf8 } from '../binary/bytes';

/** Split a flat input (or output) list over the OpDef's args. */
export function assignArgs(args: ArgSpec[], count: number, attrs: Record<string, unknown>): number[] {
  const fixed = args.filter(a => !a.numberAttr && !a.typeListAttr).length;
  const variadic = args.filter(a => a.numberAttr || a.typeListAttr);
  const spare = count - fixed;
  return args.map(a => {
    if (!a.numberAttr && !a.typeListAttr) return 1;
    const n = a.numberAttr && typeof attrs[a.numberAttr] === 'number' ? attrs[a.numberAttr] as number : undefined;
    return n ?? Math.max(0, Math.floor(spare / variadic.length));
  });
}

export function nodeAttrs(op: Operation, spec: OpSpec): Record<string, AttrValueProto> {
  const out: Record<string, AttrValueProto> = {};
  const types: Record<string, DType | DType[]> = {};
  const numbers: Record<string, number> = {};
  collectTypes(spec.inputs, op.inputs, op.attrs, types, numbers);
  collectTypes(spec.outputs, op.outputs, op.attrs, types, numbers);
  for (const attr of spec.attrs) {
    // Gradbook's ops use TF's attr names; only the encodings differ (by attr type).
    let value: unknown = op.attrs[attr.name];
    if (value === undefined || value === null) {
      if (attr.name in types) value = types[attr.name];
      else if (attr.name in numbers) value = numbers[attr.name];
    }
    if ((value === undefined || (value === null && attr.type !== 'shape')) && attr.defaultText !== undefined) value = parseDefault(attr.type, attr.defaultText);
    if (value === undefined) continue;
    out[attr.name] = encodeAttr(attr.type, value);
  }
  for (const [name, value] of Object.entries(op.attrs)) {
    if (name.startsWith('_') && !(name in out)) {
      const enc = encodeUntyped(value);
      if (enc) out[name] = enc;
    }
  }
  const loc = colocatedVariable(op);
  if (loc) out._class = { list: { s: [utf8(`loc:@${loc}`)] } };
  return out;
}

function collectTypes(args: ArgSpec[], tensors: Tensor[], attrs: Record<string, unknown>, types: Record<string, DType | DType[]>, numbers: Record<string, number>): void {
  const counts = assignArgs(args, tensors.length, attrs);
  let k = 0;
  args.forEach((a, i) => {
    const group = tensors.slice(k, k + counts[i]);
    k += counts[i];
    if (a.numberAttr && !(a.numberAttr in numbers)) numbers[a.numberAttr] = group.length;
    if (a.typeListAttr && !(a.typeListAttr in types)) types[a.typeListAttr] = group.map(t => t.dtype);
    if (a.typeAttr && group.length && !(a.typeAttr in types)) types[a.typeAttr] = group[0].dtype;
  });
}

/** The VariableV2 an op is colocated with in TF: its ref input 0, or the variable it reads. */
function colocatedVariable(op: Operation): string | null {
  const first = op.inputs[0];
  if (!first || first.op.type !== 'VariableV2') return null;
  if (first.isRef || op.type === 'Identity') return first.op.name;
  return null;
}

export { typeCode };
