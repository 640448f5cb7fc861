// Where the MNIST loader's environment comes from when Python calls `read_data_sets`: the engine
// imports no file-system module, so an entry point (the kernel worker, a benchmark, the test
// process) installs its host's implementation once at start (src/node's installNodeHost), as the
// parallel backend is installed. Without one, read_data_sets is a RuntimeError that says so.
import type { MnistEnvironment } from './file-source';
import { runtimeError } from '../errors';

/** Builds an environment whose `Extracting ...` lines go to `log`. */
export type MnistHost = (log: (line: string) => void) => MnistEnvironment;

let host: MnistHost | null = null;

/** Installs the host's MNIST environment (null removes it). */
export function setMnistHost(h: MnistHost | null): void { host = h; }

/** The installed host's environment; throws when no entry point installed one. */
export function mnistHost(log: (line: string) => void): MnistEnvironment {
  if (host === null) {
    throw runtimeError('read_data_sets needs the host\'s files, and no MNIST environment is installed: '
      + 'the entry point must call installNodeHost() (src/node) or setMnistHost()');
  }
  return host(log);
}
