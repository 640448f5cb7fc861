// File names of a V2 checkpoint and its companions (tensor_bundle/naming.cc,
// checkpoint_management.py).
const pad5 = (n: number) => String(n).padStart(5, '0');

export const indexFileName = (prefix: string) => `${prefix}.index`;
export const dataFileName = (prefix: string, shard: number, numShards: number) =>
  `${prefix}.data-${pad5(shard)}-of-${pad5(numShards)}`;

/** `meta_graph_filename`: a sharded suffix `-<n>-of-<m>` is dropped before adding `.meta`. */
export function metaGraphFileName(checkpointPrefix: string, suffix = 'meta'): string {
  return `${checkpointPrefix.replace(/-[\d?]+-of-\d+$/, '')}.${suffix}`;
}

/** The prefix `Saver.save` builds: `path-<step>`, or zero-padded to 8 digits with pad_step_number. */
export function checkpointPrefix(savePath: string, globalStep?: number | null, padStepNumber = false): string {
  if (globalStep === undefined || globalStep === null) return savePath;
  const step = Math.trunc(globalStep);
  return `${savePath}-${padStepNumber ? String(step).padStart(8, '0') : step}`;
}

/** A data file name of `prefix`, matched as TF's glob `<prefix>.data-?????-of-?????` would. */
export function isDataFileOf(prefixBase: string, fileName: string): boolean {
  if (!fileName.startsWith(`${prefixBase}.data-`)) return false;
  return /^\d{5}-of-\d{5}$/.test(fileName.slice(prefixBase.length + 6));
}
