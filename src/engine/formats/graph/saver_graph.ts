// The nodes tf.train.Saver() adds to a graph (saver.py BaseSaverBuilder, V2 format, one shard),
// written into exported GraphDefs so that real TF's import_meta_graph + Saver.restore works on
// a Gradbook .meta: save/filename, save/Const, save/SaveV2, save/control_dependency,
// save/RestoreV2 (on CPU), save/Assign[_k] per variable in name order, save/restore_all.
import type { DType } from '../../dtypes';
import { NDArray } from '../../ndarray';
import { encodeAttr, AttrValueProto } from './attr_values';
import type { NodeDefProto } from './graph_def_export';
import { utf8 } from '../binary/bytes';

export interface SaverVariable {
  /** Checkpoint key (the variable's op name unless var_list was a dict). */
  key: string;
  /** Name of the VariableV2 op holding it. */
  opName: string;
  dtype: DType;
}

export interface SaverDefProto {
  filename_tensor_name: string; save_tensor_name: string; restore_op_name: string; max_to_keep?: number;
  sharded?: boolean; keep_checkpoint_every_n_hours?: number; version?: number;
}

export interface SaverDefOptions { scope?: string; maxToKeep?: number; keepCheckpointEveryNHours?: number }

/** SaverDef as TF 1.15 writes it for `tf.train.Saver()` (V2, not sharded). */
export function saverDef(opts: SaverDefOptions = {}): SaverDefProto {
  const s = opts.scope ?? 'save';
  return {
    filename_tensor_name: `${s}/Const:0`, save_tensor_name: `${s}/control_dependency:0`, restore_op_name: `${s}/restore_all`,
    max_to_keep: opts.maxToKeep ?? 5, sharded: false, keep_checkpoint_every_n_hours: opts.keepCheckpointEveryNHours ?? 10000, version: 2,
  };
}

const stringConst = (values: string[], shape: number[]) => new NDArray('string', shape, values.slice());
const attrs = (o: Record<string, AttrValueProto>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

export function saverNodeDefs(variables: SaverVariable[], scope = 'save'): NodeDefProto[] {
  const vars = variables.slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const s = scope;
  const names = stringConst(vars.map(v => v.key), [vars.length]);
  const slices = stringConst(vars.map(() => ''), [vars.length]);
  const str = encodeAttr('type', 'string');
  const dtypes = encodeAttr('list(type)', vars.map(v => v.dtype));
  const konst = (name: string, value: NDArray, device?: string): NodeDefProto => ({
    name, op: 'Const', input: [], ...(device ? { device } : {}), attr: attrs({ dtype: str, value: encodeAttr('tensor', value) }),
  });
  const cpu = '/device:CPU:0';
  const nodes: NodeDefProto[] = [
    konst(`${s}/filename/input`, stringConst(['model'], [])),
    { name: `${s}/filename`, op: 'PlaceholderWithDefault', input: [`${s}/filename/input`], attr: attrs({ dtype: str, shape: encodeAttr('shape', []) }) },
    { name: `${s}/Const`, op: 'PlaceholderWithDefault', input: [`${s}/filename`], attr: attrs({ dtype: str, shape: encodeAttr('shape', []) }) },
    konst(`${s}/SaveV2/tensor_names`, names),
    konst(`${s}/SaveV2/shape_and_slices`, slices),
    {
      name: `${s}/SaveV2`, op: 'SaveV2',
      input: [`${s}/Const`, `${s}/SaveV2/tensor_names`, `${s}/SaveV2/shape_and_slices`, ...vars.map(v => v.opName)],
      attr: { dtypes },
    },
    {
      name: `${s}/control_dependency`, op: 'Identity', input: [`${s}/Const`, `^${s}/SaveV2`],
      attr: attrs({ T: str, _class: { list: { s: [utf8(`loc:@${s}/Const`)] } } }),
    },
    konst(`${s}/RestoreV2/tensor_names`, names, cpu),
    konst(`${s}/RestoreV2/shape_and_slices`, slices, cpu),
    {
      name: `${s}/RestoreV2`, op: 'RestoreV2', device: cpu,
      input: [`${s}/Const`, `${s}/RestoreV2/tensor_names`, `${s}/RestoreV2/shape_and_slices`], attr: { dtypes },
    },
  ];
  const assigns = vars.map((v, i) => {
    const name = i === 0 ? `${s}/Assign` : `${s}/Assign_${i}`;
    nodes.push({
      name, op: 'Assign', input: [v.opName, i === 0 ? `${s}/RestoreV2` : `${s}/RestoreV2:${i}`],
      attr: attrs({
        T: encodeAttr('type', v.dtype), _class: { list: { s: [utf8(`loc:@${v.opName}`)] } },
        use_locking: { b: true }, validate_shape: { b: true },
      }),
    });
    return name;
  });
  nodes.push({ name: `${s}/restore_all`, op: 'NoOp', input: assigns.map(a => `^${a}`).sort() });
  return nodes;
}
