// The Node host: what the engine needs from the machine and cannot import itself (the engine is
// host-agnostic; test/structure/layers.test.ts keeps fs, path, os, child_process and friends out of
// src/engine). Entry points call installNodeHost() once at start: the kernel worker
// (src/worker/main.ts), the test process (test/support/standard_modules.ts) and the benchmarks
// that run Python. Only entry points import this folder; the Python front end and the engine never do.
import { setMnistHost } from '../engine';
import { nodeMnistEnvironment } from './mnist_environment';

export { NodeFileSystem } from './file_system';
export { nodeFileSource, nodeGunzip, nodeMnistEnvironment, findBundledMnistDir, inflateBundled } from './mnist_environment';

/** Installs the Node implementations behind the engine's host interfaces (the MNIST loader's files). */
export function installNodeHost(): void {
  setMnistHost(nodeMnistEnvironment);
}
