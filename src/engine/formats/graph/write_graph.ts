// tf.io.write_graph / tf.train.write_graph: a GraphDef as text (text_format with
// float_format='', what TF's graph_io writes) or binary, written atomically; returns the path.
import type { FileSystem } from '../../io/file_system';
import { utf8 } from '../binary/bytes';
import { joinPath } from '../paths';
import { printTextFormat } from '../proto/text_format';
import { writeAtomically } from '../checkpoint/bundle_writer';
import { encodeGraphDef, GraphDefProto } from './graph_def_export';

export const graphDefToText = (g: GraphDefProto) => printTextFormat('GraphDef', g, { floatFormat: 'widened' });

export function writeGraph(fs: FileSystem, graphDef: GraphDefProto, logdir: string, name: string, asText = true): string {
  const path = joinPath(logdir, name);
  fs.makeDirs(logdir);
  const bytes = asText ? utf8(graphDefToText(graphDef)) : encodeGraphDef(graphDef);
  writeAtomically(fs, path, bytes, `.tmp${Math.random().toString(16).slice(2)}`);
  return path;
}
