// tensorflow/core/example/example.proto and feature.proto (TF 1.15): the records of a TFRecord
// file of training data. FloatList and Int64List are packed; Features.feature is a map.
import { field, map, message, oneof, repeated, MessageJson, EnumJson } from './schema_util';

export const EXAMPLE_TYPES: Record<string, MessageJson | EnumJson> = {
  BytesList: message({ value: repeated(1, 'bytes') }),
  FloatList: message({ value: repeated(1, 'float') }),
  Int64List: message({ value: repeated(1, 'int64') }),
  Feature: message({ bytes_list: field(1, 'BytesList'), float_list: field(2, 'FloatList'), int64_list: field(3, 'Int64List') }, {
    oneofs: oneof('kind', ['bytes_list', 'float_list', 'int64_list']),
  }),
  Features: message({ feature: map(1, 'Feature') }),
  FeatureList: message({ feature: repeated(1, 'Feature') }),
  FeatureLists: message({ feature_list: map(1, 'FeatureList') }),
  Example: message({ features: field(1, 'Features') }),
  SequenceExample: message({ context: field(1, 'Features'), feature_lists: field(2, 'FeatureLists') }),
};
