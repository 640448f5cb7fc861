// Node implementation of the MNIST loader's environment (engine/data/file-source.ts's
// MnistEnvironment). The engine imports no file-system module; entry points install this one
// with installNodeHost() (./index.ts), and a browser host would build its own.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { FileSource, MnistEnvironment } from '../engine';

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
  return { files: nodeFileSource, gunzip: nodeGunzip, inflatedBundled: (p) => inflateBundled(p), log, bundledDir: findBundledMnistDir() };
}

/**
 * A bundled .gz file inflated, through a cache beside it (`.<name>.<size>-<mtime>.idx`, as the
 * worker's code cache sits beside its bundle): inflating the 1.6 MB of bundled digits to 7.8 MB
 * was 40-90 ms of CPU in every seed program, reading the inflated bytes a few. The name carries the
 * .gz file's size and mtime, so a changed file never meets an old cache, and the cache must have
 * the length the gzip trailer records; it is written through a temp file and a rename (concurrent
 * kernels never read half a file). A read-only install just inflates every time.
 */
export function inflateBundled(gzPath: string, files: FileSource = nodeFileSource, gunzip = nodeGunzip): Uint8Array {
  let cache: string | undefined;
  try {
    const st = fs.statSync(gzPath);
    cache = path.join(path.dirname(gzPath), `.${path.basename(gzPath, '.gz')}.${st.size}-${Math.floor(st.mtimeMs)}.idx`);
    const bytes = fs.readFileSync(cache);
    if (bytes.length === inflatedLength(files.read(gzPath))) return bytes;
  } catch { /* no cache yet (or no stat): inflate below */ }
  const inflated = gunzip(files.read(gzPath));
  if (cache !== undefined) {
    const tmp = `${cache}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, inflated);
      fs.renameSync(tmp, cache);
      dropOtherCaches(cache);
    } catch {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing written */ }
    }
  }
  return inflated;
}

/** Caches of earlier versions of the same file (`.<name>.<size>-<mtime>.idx`). */
function dropOtherCaches(keep: string): void {
  const dir = path.dirname(keep), prefix = path.basename(keep).replace(/\.\d+-\d+\.idx$/, '.');
  for (const f of fs.readdirSync(dir)) {
    if (f !== path.basename(keep) && f.startsWith(prefix) && /^\.[^/]*\.\d+-\d+\.idx$/.test(f)) fs.rmSync(path.join(dir, f), { force: true });
  }
}

/** The gzip trailer's ISIZE: the inflated length modulo 2^32. */
function inflatedLength(gz: Uint8Array): number {
  const n = gz.length;
  return n < 4 ? -1 : (gz[n - 4] | (gz[n - 3] << 8) | (gz[n - 2] << 16) | (gz[n - 1] << 24)) >>> 0;
}
