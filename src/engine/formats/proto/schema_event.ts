// tensorflow/core/util/event.proto and core/framework/summary.proto (TF 1.15).
import { enumOf, field, message, oneof, repeated, MessageJson, EnumJson } from './schema_util';

export const EVENT_TYPES: Record<string, MessageJson | EnumJson> = {
  Event: message({
    wall_time: field(1, 'double'), step: field(2, 'int64'), file_version: field(3, 'string'), graph_def: field(4, 'bytes'),
    summary: field(5, 'Summary'), log_message: field(6, 'LogMessage'), session_log: field(7, 'SessionLog'),
    tagged_run_metadata: field(8, 'TaggedRunMetadata'), meta_graph_def: field(9, 'bytes'),
  }, {
    oneofs: oneof('what', ['file_version', 'graph_def', 'summary', 'log_message', 'session_log', 'tagged_run_metadata', 'meta_graph_def']),
  }),
  LogMessage: message({ level: field(1, 'Level'), message: field(2, 'string') }, {
    nested: { Level: enumOf({ UNKNOWN: 0, DEBUGGING: 10, INFO: 20, WARN: 30, ERROR: 40, FATAL: 50 }) },
  }),
  SessionLog: message({ status: field(1, 'SessionStatus'), checkpoint_path: field(2, 'string'), msg: field(3, 'string') }, {
    nested: { SessionStatus: enumOf({ STATUS_UNSPECIFIED: 0, START: 1, STOP: 2, CHECKPOINT: 3 }) },
  }),
  TaggedRunMetadata: message({ tag: field(1, 'string'), run_metadata: field(2, 'bytes') }),
  HistogramProto: message({
    min: field(1, 'double'), max: field(2, 'double'), num: field(3, 'double'), sum: field(4, 'double'),
    sum_squares: field(5, 'double'), bucket_limit: repeated(6, 'double'), bucket: repeated(7, 'double'),
  }),
  SummaryMetadata: message({ plugin_data: field(1, 'PluginData'), display_name: field(2, 'string'), summary_description: field(3, 'string') }, {
    nested: { PluginData: message({ plugin_name: field(1, 'string'), content: field(2, 'bytes') }) },
  }),
  Summary: message({ value: repeated(1, 'Value') }, {
    nested: {
      Image: message({ height: field(1, 'int32'), width: field(2, 'int32'), colorspace: field(3, 'int32'), encoded_image_string: field(4, 'bytes') }),
      Audio: message({
        sample_rate: field(1, 'float'), num_channels: field(2, 'int64'), length_frames: field(3, 'int64'),
        encoded_audio_string: field(4, 'bytes'), content_type: field(5, 'string'),
      }),
      Value: message({
        node_name: field(7, 'string'), tag: field(1, 'string'), metadata: field(9, 'SummaryMetadata'),
        simple_value: field(2, 'float'), obsolete_old_style_histogram: field(3, 'bytes'), image: field(4, 'Image'),
        histo: field(5, 'HistogramProto'), audio: field(6, 'Audio'), tensor: field(8, 'TensorProto'),
      }, { oneofs: oneof('value', ['simple_value', 'obsolete_old_style_histogram', 'image', 'histo', 'audio', 'tensor']) }),
    },
  }),
};
