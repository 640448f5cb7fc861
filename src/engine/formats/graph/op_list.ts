// meta_info_def.stripped_op_list: the OpDef of every op type a GraphDef uses, sorted by name,
// without docs (meta_graph.stripped_op_list_for_graph). TF's import only reads it to drop
// default-valued attrs the importing binary does not know, so allowed_values are omitted.
import { findOpSpec, OpSpec, ArgSpec } from './op_defs';
import { encodeAttr, parseDefault } from './attr_values';
import type { GraphDefProto } from './graph_def_export';

export interface OpListProto { op: Record<string, unknown>[] }

const FIXED_CODES: Record<string, number> = { float: 1, double: 2, int32: 3, uint8: 4, string: 7, int64: 9, bool: 10 };

function argDef(a: ArgSpec): Record<string, unknown> {
  const d: Record<string, unknown> = { name: a.name };
  if (a.fixedType) d.type = FIXED_CODES[a.fixedType];
  if (a.typeAttr) d.type_attr = a.typeAttr;
  if (a.numberAttr) d.number_attr = a.numberAttr;
  if (a.typeListAttr) d.type_list_attr = a.typeListAttr;
  if (a.isRef) d.is_ref = true;
  return d;
}

export function opDef(spec: OpSpec): Record<string, unknown> {
  return {
    name: spec.name,
    input_arg: spec.inputs.map(argDef),
    output_arg: spec.outputs.map(argDef),
    attr: spec.attrs.map(a => ({
      name: a.name, type: a.type,
      ...(a.defaultText !== undefined ? { default_value: encodeAttr(a.type, parseDefault(a.type, a.defaultText)) } : {}),
      ...(a.minimum !== undefined ? { has_minimum: true, minimum: a.minimum } : {}),
    })),
    ...(spec.commutative ? { is_commutative: true } : {}),
    ...(spec.stateful ? { is_stateful: true } : {}),
    ...(['Assign', 'IsVariableInitialized', 'RefSwitch'].includes(spec.name) ? { allows_uninitialized_input: true } : {}),
  };
}

export function strippedOpList(graphDef: GraphDefProto): OpListProto {
  const types = [...new Set(graphDef.node.map(n => n.op))].sort();
  return { op: types.map(t => findOpSpec(t)).filter((s): s is OpSpec => !!s).map(opDef) };
}

