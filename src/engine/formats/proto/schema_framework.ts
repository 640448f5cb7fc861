// tensorflow/core/framework/{types,tensor_shape,tensor,resource_handle,attr_value,node_def,
// versions,graph,op_def}.proto (TF 1.15). Messages Gradbook never looks inside (function
// libraries) are kept as opaque bytes so they survive a read/write round trip unchanged.
import { enumOf, field, map, message, oneof, repeated, MessageJson, EnumJson } from './schema_util';

const BASE_TYPES: Record<string, number> = {
  DT_INVALID: 0, DT_FLOAT: 1, DT_DOUBLE: 2, DT_INT32: 3, DT_UINT8: 4, DT_INT16: 5, DT_INT8: 6,
  DT_STRING: 7, DT_COMPLEX64: 8, DT_INT64: 9, DT_BOOL: 10, DT_QINT8: 11, DT_QUINT8: 12, DT_QINT32: 13,
  DT_BFLOAT16: 14, DT_QINT16: 15, DT_QUINT16: 16, DT_UINT16: 17, DT_COMPLEX128: 18, DT_HALF: 19,
  DT_RESOURCE: 20, DT_VARIANT: 21, DT_UINT32: 22, DT_UINT64: 23,
};
const REF_TYPES: Record<string, number> = {};
for (const [name, v] of Object.entries(BASE_TYPES)) if (v > 0) REF_TYPES[`${name}_REF`] = v + 100;

export const FRAMEWORK_TYPES: Record<string, MessageJson | EnumJson> = {
  DataType: enumOf({ ...BASE_TYPES, ...REF_TYPES }),
  TensorShapeProto: message(
    { dim: repeated(2, 'Dim'), unknown_rank: field(3, 'bool') },
    { nested: { Dim: message({ size: field(1, 'int64'), name: field(2, 'string') }) } },
  ),
  ResourceHandleProto: message({
    device: field(1, 'string'), container: field(2, 'string'), name: field(3, 'string'),
    hash_code: field(4, 'uint64'), maybe_type_name: field(5, 'string'), dtypes_and_shapes: repeated(6, 'DtypeAndShape'),
  }, { nested: { DtypeAndShape: message({ dtype: field(1, 'DataType'), shape: field(2, 'TensorShapeProto') }) } }),
  VariantTensorDataProto: message({ type_name: field(1, 'string'), metadata: field(2, 'bytes'), tensors: repeated(3, 'TensorProto') }),
  TensorProto: message({
    dtype: field(1, 'DataType'), tensor_shape: field(2, 'TensorShapeProto'), version_number: field(3, 'int32'),
    tensor_content: field(4, 'bytes'), half_val: repeated(13, 'int32'), float_val: repeated(5, 'float'),
    double_val: repeated(6, 'double'), int_val: repeated(7, 'int32'), string_val: repeated(8, 'bytes'),
    scomplex_val: repeated(9, 'float'), int64_val: repeated(10, 'int64'), bool_val: repeated(11, 'bool'),
    dcomplex_val: repeated(12, 'double'), resource_handle_val: repeated(14, 'ResourceHandleProto'),
    variant_val: repeated(15, 'VariantTensorDataProto'), uint32_val: repeated(16, 'uint32'), uint64_val: repeated(17, 'uint64'),
  }),
  AttrValue: message({
    s: field(2, 'bytes'), i: field(3, 'int64'), f: field(4, 'float'), b: field(5, 'bool'), type: field(6, 'DataType'),
    shape: field(7, 'TensorShapeProto'), tensor: field(8, 'TensorProto'), list: field(1, 'ListValue'),
    func: field(10, 'NameAttrList'), placeholder: field(9, 'string'),
  }, {
    oneofs: oneof('value', ['s', 'i', 'f', 'b', 'type', 'shape', 'tensor', 'list', 'func', 'placeholder']),
    nested: {
      ListValue: message({
        s: repeated(2, 'bytes'), i: repeated(3, 'int64'), f: repeated(4, 'float'), b: repeated(5, 'bool'),
        type: repeated(6, 'DataType'), shape: repeated(7, 'TensorShapeProto'), tensor: repeated(8, 'TensorProto'),
        func: repeated(9, 'NameAttrList'),
      }),
    },
  }),
  NameAttrList: message({ name: field(1, 'string'), attr: map(2, 'AttrValue') }),
  NodeDef: message({
    name: field(1, 'string'), op: field(2, 'string'), input: repeated(3, 'string'), device: field(4, 'string'),
    attr: map(5, 'AttrValue'), experimental_debug_info: field(6, 'ExperimentalDebugInfo'),
  }, { nested: { ExperimentalDebugInfo: message({ original_node_names: repeated(1, 'string'), original_func_names: repeated(2, 'string') }) } }),
  VersionDef: message({ producer: field(1, 'int32'), min_consumer: field(2, 'int32'), bad_consumers: repeated(3, 'int32') }),
  GraphDef: message({
    node: repeated(1, 'NodeDef'), versions: field(4, 'VersionDef'), version: field(3, 'int32'),
    // FunctionDefLibrary, opaque: Gradbook has no functions, but a TF graph that has them keeps them.
    library: field(2, 'bytes'),
  }),
  OpDef: message({
    name: field(1, 'string'), input_arg: repeated(2, 'ArgDef'), output_arg: repeated(3, 'ArgDef'),
    control_output: repeated(20, 'string'), attr: repeated(4, 'AttrDef'), deprecation: field(8, 'OpDeprecation'),
    summary: field(5, 'string'), description: field(6, 'string'), is_commutative: field(18, 'bool'),
    is_aggregate: field(16, 'bool'), is_stateful: field(17, 'bool'), allows_uninitialized_input: field(19, 'bool'),
  }, {
    nested: {
      ArgDef: message({
        name: field(1, 'string'), description: field(2, 'string'), type: field(3, 'DataType'), type_attr: field(4, 'string'),
        number_attr: field(5, 'string'), type_list_attr: field(6, 'string'), is_ref: field(16, 'bool'),
      }),
      AttrDef: message({
        name: field(1, 'string'), type: field(2, 'string'), default_value: field(3, 'AttrValue'), description: field(4, 'string'),
        has_minimum: field(5, 'bool'), minimum: field(6, 'int64'), allowed_values: field(7, 'AttrValue'),
      }),
    },
  }),
  OpDeprecation: message({ version: field(1, 'int32'), explanation: field(2, 'string') }),
  OpList: message({ op: repeated(1, 'OpDef') }),
};
