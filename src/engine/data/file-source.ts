// What the MNIST loader needs from the outside world, injected so that the engine never
// imports Node-only modules in code a browser bundle could load. src/node/mnist_environment.ts
// supplies the Node implementation; tests and a browser host can supply their own.
import { RngFactory } from './permutation-rng';
import type { FileSystem } from '../io/file_system';

export interface FileSource {
  exists(path: string): boolean;
  /** Whole file contents; throws when the file cannot be read. */
  read(path: string): Uint8Array;
}

/** Decompresses a whole .gz file (the IDX files are gzip'd). */
export type Gunzip = (bytes: Uint8Array) => Uint8Array;

export interface MnistEnvironment {
  /** Where train_dir is read: the program's FileSystem (with its access policy) in a kernel. */
  files: FileSource;
  /** Where the bundled digits are read (they live in the extension, outside the program's folders). */
  bundledFiles?: FileSource;
  gunzip: Gunzip;
  /**
   * The inflated contents of a bundled .gz file, when the host keeps them (src/node/mnist_environment.ts
   * caches them beside the files); otherwise the loader reads and gunzips the file.
   */
  inflatedBundled?: (path: string) => Uint8Array;
  /** Where the loader prints `Extracting ...` lines (Python's stdout in a notebook). */
  log: (line: string) => void;
  /** Directory holding the bundled digits in TF's four-file IDX layout (see data/mnist/README.md). */
  bundledDir: string;
  /** Shuffling generators; defaults to the numpy-compatible MT19937. */
  rng?: RngFactory;
}

/** Join a directory and a file name with '/', the way os.path.join does on POSIX. */
export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}

/** The program's FileSystem as the MNIST loader's file source. */
export function fileSystemSource(fs: FileSystem): FileSource {
  return { exists: p => fs.exists(p) && !fs.stat(p).isDirectory, read: p => fs.readFile(p) };
}
