// tensorflow.examples.tutorials.mnist.input_data: read_data_sets over the engine's MNIST layer.
// Reads the four IDX .gz files when train_dir has them, else the bundled digits (with a notice).
import type { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { HostObject, hostClass } from '../host';
import type { ModuleContext } from './registry';
import { readDataSets, DataSet, nodeFileSource, nodeMnistEnvironment, fileSystemSource, MnistEnvironment, getDefaultGraph } from '../../engine';
import { fileState } from '../io/session-files';

/** train_dir is read through the session's FileSystem (its access policy); the bundled digits directly. */
function mnistEnvironment(log: (line: string) => void): MnistEnvironment {
  const env = nodeMnistEnvironment(log);
  return fileState.fs ? { ...env, files: fileSystemSource(fileState.fs), bundledFiles: nodeFileSource } : env;
}
import { bindArgs } from './tensorflow/args';
import { arg, defFn } from './tensorflow/define';
import { toDType } from './tensorflow/dtype_object';
import { wrapArray } from './numpy/ndarray_object';
import { PyBuiltin } from '../objects/callables';

/** DataSet's read-only properties and method (TF's class defines them; other names are instance attributes). */
const DATASET_ATTRIBUTES = new Set(['images', 'labels', 'num_examples', 'epochs_completed', 'next_batch']);

class PyDataSet extends HostObject {
  /** Attributes a program sets (Hvass-Labs' `data.test.cls = ...`), as a Python instance's __dict__. */
  private readonly attributes = new Map<string, PyValue>();
  constructor(readonly ds: DataSet) { super(); }
  setattr(name: string, value: PyValue): boolean {
    if (DATASET_ATTRIBUTES.has(name)) return false;
    this.attributes.set(name, value);
    return true;
  }
  get pyTypeName() { return 'DataSet'; }
  get type() { return hostClass('DataSet', 'tensorflow.contrib.learn.python.learn.datasets.mnist'); }
  getattr(name: string): PyValue | undefined {
    const ds = this.ds;
    switch (name) {
      case 'images': return wrapArray(ds.images);
      case 'labels': return wrapArray(ds.labels);
      case 'num_examples': return ds.num_examples;
      case 'epochs_completed': return ds.epochs_completed;
      case 'next_batch': return new PyBuiltin('next_batch', (args, kw) => {
        const a = bindArgs('next_batch', ['batch_size', 'fake_data=', 'shuffle='], args, kw);
        const [images, labels] = ds.next_batch(arg.num(a.batch_size), arg.bool(a.fake_data), arg.bool(a.shuffle, true));
        return new PyTuple([wrapArray(images), wrapArray(labels)]);
      });
    }
    return this.attributes.get(name);
  }
}

class PyDatasets extends HostObject {
  /** One wrapper per split, so attributes set on `data.test` are there the next time it is read. */
  private readonly wrappers: { train: PyDataSet; validation: PyDataSet; test: PyDataSet };
  constructor(readonly sets: { train: DataSet; validation: DataSet; test: DataSet }) {
    super();
    this.wrappers = { train: new PyDataSet(sets.train), validation: new PyDataSet(sets.validation), test: new PyDataSet(sets.test) };
  }
  get pyTypeName() { return 'Datasets'; }
  getattr(name: string): PyValue | undefined {
    if (name === 'train' || name === 'validation' || name === 'test') return this.wrappers[name];
    return undefined;
  }
  repr(): string { return 'Datasets(train=<DataSet>, validation=<DataSet>, test=<DataSet>)'; }
}

export function createInputDataModule(ctx: ModuleContext): PyModule {
  const m = new PyModule('tensorflow.examples.tutorials.mnist.input_data');
  defFn(m, 'read_data_sets', ['train_dir', 'fake_data=', 'one_hot=', 'dtype=', 'reshape=', 'validation_size=', 'seed=', 'source_url='], a => {
    const dtype = toDType(a.dtype, 'float32');
    // An omitted seed follows the graph-level seed, as TF's DataSet does.
    const seed = a.seed !== null ? arg.num(a.seed) : getDefaultGraph().seed ?? undefined;
    const sets = readDataSets(String(a.train_dir), {
      fakeData: arg.bool(a.fake_data), oneHot: arg.bool(a.one_hot), dtype: dtype === 'uint8' ? 'uint8' : 'float32',
      reshape: arg.bool(a.reshape, true),
      // Only an explicit validation_size is passed on: the bundled digits default to 500.
      validationSize: a.validation_size === null ? undefined : arg.num(a.validation_size),
      seed,
    }, mnistEnvironment(line => ctx.stdout(line + '\n')));
    return new PyDatasets(sets);
  });
  return m;
}
