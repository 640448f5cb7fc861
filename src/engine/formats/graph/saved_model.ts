// The SavedModel file (tensorflow/core/protobuf/saved_model.proto): a schema version and one
// MetaGraphDef per tag set, written as `saved_model.pb` (binary) or `saved_model.pbtxt` (text).
// Readers try the text file first, as TF 1.15's loader does; the variables live beside it in a
// V2 checkpoint with prefix `variables/variables` (tf1-formats §4, §6).
import type { FileSystem } from '../../io/file_system';
import { decodeProto, encodeProto, protoToObject } from '../proto/root';
import { parseTextFormat } from '../proto/text_parse';
import { printTextFormat } from '../proto/text_format';
import { fromUtf8 } from '../binary/bytes';
import { joinPath } from '../paths';
import type { MetaGraphDefProto } from './meta_graph';
import { PyLikeError } from '../../errors';

export const SAVED_MODEL_SCHEMA_VERSION = 1;
export const SAVED_MODEL_FILENAME_PB = 'saved_model.pb';
export const SAVED_MODEL_FILENAME_PBTXT = 'saved_model.pbtxt';
export const VARIABLES_DIRECTORY = 'variables';
export const VARIABLES_FILENAME = 'variables';
export const ASSETS_DIRECTORY = 'assets';
export const ASSETS_KEY = 'saved_model_assets';
export const MAIN_OP_KEY = 'saved_model_main_op';
export const LEGACY_INIT_OP_KEY = 'legacy_init_op';

export interface SavedModelProto { saved_model_schema_version?: number; meta_graphs?: MetaGraphDefProto[] }

export const encodeSavedModel = (m: SavedModelProto) => encodeProto('SavedModel', m);
export const savedModelToText = (m: SavedModelProto) => printTextFormat('SavedModel', m, { floatFormat: 'widened' });

export function decodeSavedModel(bytes: Uint8Array, asText: boolean): SavedModelProto {
  if (asText) return parseTextFormat<SavedModelProto>('SavedModel', fromUtf8(bytes));
  return protoToObject<SavedModelProto>('SavedModel', decodeProto('SavedModel', bytes, 'SavedModel'));
}

/** The SavedModel file of `exportDir` (pbtxt, else pb), or null when neither exists. */
export function savedModelFile(fs: FileSystem, exportDir: string): { path: string; asText: boolean } | null {
  const text = joinPath(exportDir, SAVED_MODEL_FILENAME_PBTXT);
  if (fs.exists(text)) return { path: text, asText: true };
  const binary = joinPath(exportDir, SAVED_MODEL_FILENAME_PB);
  if (fs.exists(binary)) return { path: binary, asText: false };
  return null;
}

/** loader.load's parse step: TF's IOError text when no SavedModel file is there. */
export function readSavedModel(fs: FileSystem, exportDir: string): SavedModelProto {
  const file = savedModelFile(fs, exportDir);
  if (!file) {
    throw new PyLikeError('OSError', `SavedModel file does not exist at: ${exportDir}/{${SAVED_MODEL_FILENAME_PBTXT}|${SAVED_MODEL_FILENAME_PB}}`);
  }
  return decodeSavedModel(fs.readFile(file.path), file.asText);
}
