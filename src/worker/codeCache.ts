// Loads the kernel worker's bundle (dist/worker.js, 3.6 MB) through V8's code cache. Compiling it
// cost ~180 ms of CPU at every kernel start (the seed program's whole run is meant to take about a
// second); with the cache V8 deserializes the bytecode instead (~60 ms), and functions that ran
// while the bundle was evaluated come back compiled too. Node 20 has no module compile cache
// (module.enableCompileCache is Node 22), so this does what it would: vm.Script with cachedData.
//
// The cache sits next to the bundle, named by the runtime (VS Code's Electron and a terminal's Node
// make different caches), by the process's V8 flags and by the bundle's size and mtime: V8 itself only checks the source's
// length, so a rebuilt bundle of the same length must never meet the old bytes. A missing or
// rejected cache is written after the bundle ran (temp file + rename, so concurrent kernels never
// read half a file); a read-only install simply runs without one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module from 'node:module';
import { isAscii } from 'node:buffer';

export const CODE_CACHE_SUFFIX = '.codecache';

/**
 * V8 rejects a cache made under other V8 flags (a flag hash in its header), so each set of the
 * process's flags gets its own file: before, a kernel process (started with flags) and a
 * `gradbook run` thread (none), or a --cpu-prof run, rewrote one shared file at every switch and
 * every start after a switch compiled the whole bundle again (~250 ms of CPU and ~15 MB).
 */
function flagsTag(): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  if (flags === '') return 'noflags';
  // FNV-1a: a name, not a secret (and node:crypto is not loaded for it).
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What names the bundle as it is now on disk, for this runtime: every cache of it starts so. */
function buildPrefix(bundle: string): string {
  const st = fs.statSync(bundle);
  return `${bundle}.${process.version}-${process.arch}.${st.size}-${Math.floor(st.mtimeMs)}.`;
}

/** The cache file for `bundle` as it is now on disk, for this runtime and its V8 flags. */
export function codeCachePath(bundle: string): string {
  return `${buildPrefix(bundle)}${flagsTag()}${CODE_CACHE_SUFFIX}`;
}

/**
 * A cache file is one byte saying how the bundle's text was decoded (ASCII read as latin1, or
 * UTF-8), then V8's data: a start that finds the cache need not scan the 4 MB for non-ASCII bytes
 * again (~6 ms of CPU in a fresh worker; the cache's name already ties it to this build). A file
 * without that byte (an older format) counts as no cache and is rewritten.
 */
const ASCII_SOURCE = 0x61, UTF8_SOURCE = 0x75;
interface CacheFile { data: Buffer; ascii: boolean }

function readCache(file: string): CacheFile | undefined {
  let bytes: Buffer;
  try { bytes = fs.readFileSync(file); } catch { return undefined; }
  if (bytes.length < 2 || (bytes[0] !== ASCII_SOURCE && bytes[0] !== UTF8_SOURCE)) return undefined;
  return { data: bytes.subarray(1), ascii: bytes[0] === ASCII_SOURCE };
}

/** Writes the cache and drops caches of earlier builds of the same bundle for this runtime (other flags' caches of this build stay). */
function writeCache(bundle: string, file: string, data: Buffer): void {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
    const prefix = `${path.basename(bundle)}.${process.version}-${process.arch}.`;
    const thisBuild = path.basename(buildPrefix(bundle));
    for (const name of fs.readdirSync(path.dirname(bundle))) {
      if (name.startsWith(prefix) && name.endsWith(CODE_CACHE_SUFFIX) && !name.startsWith(thisBuild)) {
        fs.rmSync(path.join(path.dirname(bundle), name), { force: true });
      }
    }
  } catch {
    // Not writable (an installed extension folder may be read-only): start without a cache.
  }
}

/** Module.wrap's text before and after a module's source (it keeps the module's line numbers). */
const [WRAP_HEAD, WRAP_TAIL] = Module.wrap('\0').split('\0');

/**
 * The bundle's text wrapped as `Module.wrap` does, built as bytes: the file is read between the
 * wrapper's head and tail in one buffer, which is decoded once. Wrapping the decoded text instead
 * (a 4 MB string concatenation, which V8 flattens before compiling) copied the source a second
 * time into fresh pages: ~15-20 ms of CPU at every kernel start. The build writes node bundles
 * ASCII-only (scripts/ascii-only.mjs), and ASCII decoded as latin1 is the same string without
 * UTF-8 decoding (~16 → ~4 ms of CPU for 4 MB); a bundle that is not ASCII (built without that
 * plugin) is decoded as UTF-8.
 */
function readWrappedSource(bundle: string, knownAscii: boolean): { source: string; ascii: boolean } {
  const fd = fs.openSync(bundle, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = Buffer.allocUnsafeSlow(WRAP_HEAD.length + size + WRAP_TAIL.length);
    bytes.write(WRAP_HEAD, 0, 'latin1');
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, WRAP_HEAD.length + read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    // A file that shrank while being read: what was read, as readFileSync would have returned it.
    const end = WRAP_HEAD.length + read;
    bytes.write(WRAP_TAIL, end, 'latin1');
    const text = bytes.subarray(0, end + WRAP_TAIL.length);
    const ascii = knownAscii || isAscii(text);
    return { source: text.toString(ascii ? 'latin1' : 'utf8'), ascii };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Runs the CommonJS bundle `bundle` as `require` would, compiled through the code cache. Returns
 * whether a cache was used (false: none yet or V8 rejected it; a new one is then written).
 */
export function requireWithCodeCache(bundle: string): boolean {
  // GRADBOOK_CODE_CACHE=0 compiles from source and writes nothing (to measure what the cache saves).
  const enabled = process.env.GRADBOOK_CODE_CACHE !== '0';
  const cacheFile = codeCachePath(bundle);
  const cache = enabled ? readCache(cacheFile) : undefined;
  const cachedData = cache?.data;
  const { source, ascii } = readWrappedSource(bundle, cache?.ascii ?? false);
  // Module.wrap keeps the bundle's line numbers (the wrapper shares its first line), so stack
  // traces and source maps still point into dist/worker.js.
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const fn = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  const mod = { exports: {}, filename: bundle, id: bundle, loaded: false };
  fn.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  // After evaluation, so the functions the bundle's start ran are in the cache as bytecode.
  if (!used && enabled) writeCache(bundle, cacheFile, Buffer.concat([Buffer.of(ascii ? ASCII_SOURCE : UTF8_SOURCE), script.createCachedData()]));
  return used;
}
