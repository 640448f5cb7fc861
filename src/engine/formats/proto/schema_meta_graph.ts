// tensorflow/core/protobuf/{meta_graph,saver,tensor_bundle,checkpoint_state}.proto,
// core/framework/{variable,tensor_slice}.proto and google/protobuf/any.proto (TF 1.15).
import { enumOf, field, map, message, oneof, repeated, MessageJson, EnumJson } from './schema_util';

export const META_GRAPH_TYPES: Record<string, MessageJson | EnumJson> = {
  Any: message({ type_url: field(1, 'string'), value: field(2, 'bytes') }),
  MetaGraphDef: message({
    meta_info_def: field(1, 'MetaInfoDef'), graph_def: field(2, 'GraphDef'), saver_def: field(3, 'SaverDef'),
    collection_def: map(4, 'CollectionDef'), signature_def: map(5, 'SignatureDef'),
    asset_file_def: repeated(6, 'AssetFileDef'),
    // SavedObjectGraph (TF2 SavedModels only), opaque.
    object_graph_def: field(7, 'bytes'),
  }, {
    nested: {
      MetaInfoDef: message({
        meta_graph_version: field(1, 'string'), stripped_op_list: field(2, 'OpList'), any_info: field(3, 'Any'),
        tags: repeated(4, 'string'), tensorflow_version: field(5, 'string'), tensorflow_git_version: field(6, 'string'),
        stripped_default_attrs: field(7, 'bool'),
      }),
    },
  }),
  CollectionDef: message({
    node_list: field(1, 'NodeList'), bytes_list: field(2, 'BytesList'), int64_list: field(3, 'Int64List'),
    float_list: field(4, 'FloatList'), any_list: field(5, 'AnyList'),
  }, {
    oneofs: oneof('kind', ['node_list', 'bytes_list', 'int64_list', 'float_list', 'any_list']),
    nested: {
      NodeList: message({ value: repeated(1, 'string') }),
      BytesList: message({ value: repeated(1, 'bytes') }),
      Int64List: message({ value: repeated(1, 'int64') }),
      FloatList: message({ value: repeated(1, 'float') }),
      AnyList: message({ value: repeated(1, 'Any') }),
    },
  }),
  TensorInfo: message({
    name: field(1, 'string'), coo_sparse: field(4, 'CooSparse'), composite_tensor: field(5, 'bytes'),
    dtype: field(2, 'DataType'), tensor_shape: field(3, 'TensorShapeProto'),
  }, {
    oneofs: oneof('encoding', ['name', 'coo_sparse', 'composite_tensor']),
    nested: {
      CooSparse: message({
        values_tensor_name: field(1, 'string'), indices_tensor_name: field(2, 'string'), dense_shape_tensor_name: field(3, 'string'),
      }),
    },
  }),
  SignatureDef: message({ inputs: map(1, 'TensorInfo'), outputs: map(2, 'TensorInfo'), method_name: field(3, 'string') }),
  AssetFileDef: message({ tensor_info: field(1, 'TensorInfo'), filename: field(2, 'string') }),
  SaverDef: message({
    filename_tensor_name: field(1, 'string'), save_tensor_name: field(2, 'string'), restore_op_name: field(3, 'string'),
    max_to_keep: field(4, 'int32'), sharded: field(5, 'bool'), keep_checkpoint_every_n_hours: field(6, 'float'),
    version: field(7, 'CheckpointFormatVersion'),
  }, { nested: { CheckpointFormatVersion: enumOf({ LEGACY: 0, V1: 1, V2: 2 }) } }),
  VariableSynchronization: enumOf({
    VARIABLE_SYNCHRONIZATION_AUTO: 0, VARIABLE_SYNCHRONIZATION_NONE: 1,
    VARIABLE_SYNCHRONIZATION_ON_WRITE: 2, VARIABLE_SYNCHRONIZATION_ON_READ: 3,
  }),
  VariableAggregation: enumOf({
    VARIABLE_AGGREGATION_NONE: 0, VARIABLE_AGGREGATION_SUM: 1, VARIABLE_AGGREGATION_MEAN: 2,
    VARIABLE_AGGREGATION_ONLY_FIRST_REPLICA: 3,
  }),
  VariableDef: message({
    variable_name: field(1, 'string'), initial_value_name: field(6, 'string'), initializer_name: field(2, 'string'),
    snapshot_name: field(3, 'string'), save_slice_info_def: field(4, 'SaveSliceInfoDef'), is_resource: field(5, 'bool'),
    trainable: field(7, 'bool'), synchronization: field(8, 'VariableSynchronization'), aggregation: field(9, 'VariableAggregation'),
  }),
  SaveSliceInfoDef: message({
    full_name: field(1, 'string'), full_shape: repeated(2, 'int64'), var_offset: repeated(3, 'int64'), var_shape: repeated(4, 'int64'),
  }),
  TensorSliceProto: message({ extent: repeated(1, 'Extent') }, {
    nested: { Extent: message({ start: field(1, 'int64'), length: field(2, 'int64') }, { oneofs: oneof('has_length', ['length']) }) },
  }),
  BundleHeaderProto: message({ num_shards: field(1, 'int32'), endianness: field(2, 'Endianness'), version: field(3, 'VersionDef') }, {
    nested: { Endianness: enumOf({ LITTLE: 0, BIG: 1 }) },
  }),
  BundleEntryProto: message({
    dtype: field(1, 'DataType'), shape: field(2, 'TensorShapeProto'), shard_id: field(3, 'int32'), offset: field(4, 'int64'),
    size: field(5, 'int64'), crc32c: field(6, 'fixed32'), slices: repeated(7, 'TensorSliceProto'),
  }),
  // tensorflow/core/protobuf/saved_model.proto: read to inspect SavedModel fixtures.
  SavedModel: message({ saved_model_schema_version: field(1, 'int64'), meta_graphs: repeated(2, 'MetaGraphDef') }),
  CheckpointState: message({
    model_checkpoint_path: field(1, 'string'), all_model_checkpoint_paths: repeated(2, 'string'),
    all_model_checkpoint_timestamps: repeated(3, 'double'), last_preserved_timestamp: field(4, 'double'),
  }),
};
