// tensorflow.examples.tutorials.mnist.input_data: read_data_sets over the engine's MNIST layer.
// Reads the four IDX .gz files when train_dir has them, else the bundled digits (with a notice).
import type { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { HostObject, hostClass } from '../host';
import type { ModuleContext } from './registry';
import { readDataSets, DataSet, mnistHost, fileSystemSource, MnistEnvironment, getDefaultGraph } from '../../engine';
import { fileState } from '../io/session-files';

/**
 * train_dir is read through the session's FileSystem (its access policy); the bundled digits through
 * the host's own files (the environment the entry point installed: src/node's installNodeHost).
 */
function mnistEnvironment(log: (line: string) => void): MnistEnvironment {
  const env = mnistHost(log);
  return fileState.fs ? { ...env, files: fileSystemSource(fileState.fs), bundledFiles: env.bundledFiles ?? env.files } : env;
}
import { arg } from './tensorflow/define';
import { toDType } from './tensorflow/dtype_object';
import { wrapArray } from './numpy/ndarray_object';
import { entry, functionOf, method, MethodTable } from '../bind';
import type { Signature } from '../../engine';

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
    }
    return DATASET_METHODS.get(this, name) ?? this.attributes.get(name);
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

const MODULE = 'tensorflow.examples.tutorials.mnist.input_data';
/** TF 1.15's mnist.DEFAULT_SOURCE_URL: the only source_url accepted (nothing is downloaded). */
const DEFAULT_SOURCE_URL = 'https://storage.googleapis.com/cvdf-datasets/mnist/';

/** DataSet.next_batch (TF 1.15 contrib/learn/.../datasets/mnist.py). */
const DATASET_METHODS = new MethodTable<PyDataSet>([
  method({
    name: `${MODULE}.DataSet.next_batch`, doc: 'The next `batch_size` examples as (images, labels); reshuffles at each epoch when `shuffle`.',
    params: [{ name: 'batch_size' }, { name: 'fake_data', default: false, type: 'flag' }, { name: 'shuffle', default: true, type: 'flag' }],
  }, (self: PyDataSet, a) => {
    const [images, labels] = self.ds.next_batch(arg.num(a.batch_size as PyValue), a.fake_data as boolean, a.shuffle as boolean);
    return new PyTuple([wrapArray(images), wrapArray(labels)]);
  }),
], { pythonClass: true });

function readDataSetsTable(ctx: ModuleContext) {
  return [
    entry({
      name: `${MODULE}.read_data_sets`, doc: "MNIST's train, validation and test DataSets from train_dir's four IDX .gz files, else the bundled digits.",
      params: [
        { name: 'train_dir' }, { name: 'fake_data', default: false, type: 'flag' }, { name: 'one_hot', default: false, type: 'flag' },
        { name: 'dtype', default: { expr: 'dtypes.float32' } }, { name: 'reshape', default: true, type: 'flag' },
        // Only an explicit validation_size is passed on: the bundled digits default to 500.
        { name: 'validation_size', default: { expr: '5000' }, doc: '5000 for the IDX files; the bundled digits keep 500' },
        { name: 'seed', default: null },
        { name: 'source_url', default: DEFAULT_SOURCE_URL, unsupported: 'Gradbook reads train_dir or its bundled digits and downloads nothing' },
      ],
    }, a => {
      const dtype = toDType((a.dtype as PyValue | undefined) ?? null, 'float32');
      // An omitted seed follows the graph-level seed, as TF's DataSet does.
      const seed = a.seed !== null ? arg.num(a.seed as PyValue) : getDefaultGraph().seed ?? undefined;
      const sets = readDataSets(String(a.train_dir), {
        fakeData: a.fake_data as boolean, oneHot: a.one_hot as boolean, dtype: dtype === 'uint8' ? 'uint8' : 'float32',
        reshape: a.reshape as boolean,
        validationSize: a.validation_size === undefined || a.validation_size === null ? undefined : arg.num(a.validation_size as PyValue),
        seed,
      }, mnistEnvironment(line => ctx.stdout(line + '\n')));
      return new PyDatasets(sets);
    }),
  ];
}

/** The module's signatures, for docs/API.md. */
export function inputDataSignatures(): Signature[] {
  const noSession = { stdout: () => { throw new Error('catalog tables are not called'); } } as unknown as ModuleContext;
  return [...readDataSetsTable(noSession).map(e => e.signature), ...DATASET_METHODS.entries.map(e => e.signature)];
}

export function createInputDataModule(ctx: ModuleContext): PyModule {
  const m = new PyModule(MODULE);
  for (const e of readDataSetsTable(ctx)) { const f = functionOf(e, MODULE); m.set(f.name, f); }
  return m;
}
