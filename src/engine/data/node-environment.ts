// Node implementation of the MNIST loader's environment. The only file in engine/data that
// imports Node modules; browser hosts build their own MnistEnvironment instead.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { FileSource, MnistEnvironment } from './file-source';

export const nodeFileSource: FileSource = {
  exists: (p) => fs.existsSync(p),
  read: (p) => fs.readFileSync(p),
};

export function nodeGunzip(bytes: Uint8Array): Uint8Array {
  return zlib.gunzipSync(bytes);
}

const BUNDLED_MARKER = path.join('data', 'mnist', 't10k-labels-idx1-ubyte.gz');

/**
 * The bundled digits live in `<package root>/data/mnist`. Walk up from this file because the
 * code runs from src/ (tsx), out/ (tsc) or dist/ (esbuild bundle) at different depths.
 */
export function findBundledMnistDir(start: string = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, BUNDLED_MARKER))) return path.join(dir, 'data', 'mnist');
    if (path.dirname(dir) === dir) {
      throw new Error(`Bundled MNIST digits not found: no ${BUNDLED_MARKER} above ${start}`);
    }
  }
}

export function nodeMnistEnvironment(log: (line: string) => void = (l) => console.log(l)): MnistEnvironment {
  return { files: nodeFileSource, gunzip: nodeGunzip, log, bundledDir: findBundledMnistDir() };
}
