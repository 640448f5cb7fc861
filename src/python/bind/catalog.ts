// Every signature table, in the order docs/API.md lists them. Adding a table (tf.train, os.path,
// matplotlib.pyplot...) is one line here; the doc generator and the table lint test read this.
// Not re-exported from ./index: the tables themselves import the binder.
import * as tf from '../../engine';
import type { Signature } from '../../engine';
import { NUMPY_TABLE } from '../modules/numpy/bound';
import { NDARRAY_METHODS } from '../modules/numpy/methods';
import { RANDOM_METHODS, RANDOM_STATE_CONSTRUCTOR } from '../modules/numpy/random';
import { SCALAR_CONSTRUCTORS } from '../modules/numpy/scalar_constructors';
import { DTYPE_SIGNATURE } from '../modules/numpy/dtype_object';
import { NUMPY_MORE_TABLES } from '../modules/numpy/more_tables';
import { NPZ_METHOD_SIGNATURES } from '../modules/numpy/io_binary';
import { BUILTINS_TABLE } from '../builtins/bound';
import { builtinConstructorSignatures, builtinMethodSignatures } from '../builtins/type_tables';
import { DTYPES_TABLE } from '../modules/tensorflow/dtypes_bound';
import { pythonSideCatalog } from '../modules/tensorflow/tables';
import { matplotlibCatalog } from '../modules/matplotlib/catalog';
import { OS_TABLE } from '../modules/os/os_table';
import { MATH_SIGNATURES } from '../modules/math_table';
import { OS_PATH_TABLE } from '../modules/os/path_table';
import { SYS_TABLE } from '../modules/sys';
import { TIME_TABLE } from '../modules/time/time';
import { PATTERN_METHODS, RE_TABLE } from '../modules/re/register';
import { MATCH_METHOD_SIGNATURES } from '../modules/re/objects';
import { STRUCT_TABLE } from '../modules/struct';
import { PICKLE_TABLE } from '../modules/pickle/register';
import { GZIP_FILE_CONSTRUCTOR, GZIP_TABLE, ZLIB_TABLE } from '../modules/gzip';
import { RANDOM_METHODS as PY_RANDOM_METHODS, RANDOM_INIT_SIGNATURE } from '../modules/random-more';
import { pythonSourceSections } from '../stdlib/api_doc';
import { HASHLIB_TABLE, HASH_METHOD_SIGNATURES } from '../modules/hashlib';
import { JSON_TABLE } from '../modules/json/register';
import { IMPORTLIB_TABLE } from '../interpreter/importlib-module';
import { CSV_TABLE, CSV_WRITER_SIGNATURES } from '../modules/csv';
import { OPEN_ENTRY } from '../io/open';
import { BYTESIO_CONSTRUCTOR, MEMORY_METHOD_SIGNATURES, STRINGIO_CONSTRUCTOR } from '../modules/io/memory';
import { TEXT_WRAPPER_CONSTRUCTOR } from '../modules/io/register';
import { CONTROL_FLOW_TABLES } from '../modules/tensorflow/control/bound';
import { RNN_TABLES } from '../modules/tensorflow/rnn/module';
import { DATA_TABLES, DATA_METHOD_SIGNATURES } from '../modules/tensorflow/data/module';
import { QUEUE_TABLES, QUEUE_SIGNATURES } from '../modules/tensorflow/queues/module';
import { METRICS_TABLE } from '../modules/tensorflow/metrics/module';
import { SUMMARY_TABLES, SUMMARY_SIGNATURES, SUMMARY_MESSAGE_PATHS } from '../modules/tensorflow/summary/index';
import { EXAMPLE_TABLES, EXAMPLE_SIGNATURES, EXAMPLE_MESSAGE_PATHS } from '../modules/tensorflow/example/module';
import { protoContainerSignatures, protoMessageSignatures } from '../modules/tensorflow/summary/message';
import { pyMessageSignatures } from '../modules/tensorflow/proto_object';

export interface CatalogFunction { readonly signature: Signature; readonly aliases?: readonly string[] }
export interface CatalogSection {
  readonly title: string;
  /** Where the table lives, for the reader of docs/API.md. */
  readonly source: string;
  readonly functions: readonly CatalogFunction[];
}

export function apiCatalog(): CatalogSection[] {
  return [
    { title: 'TensorFlow (`tf`)', source: 'src/engine/ops/** (listed by src/engine/ops/index.ts)', functions: tf.apiFunctions() },
    { title: 'TensorFlow dtypes (`tf`)', source: 'src/python/modules/tensorflow/dtypes_bound.ts', functions: DTYPES_TABLE },
    { title: 'TensorFlow, bound on the Python side (`tf`)', source: 'src/python/modules/tensorflow/tables/*.ts', functions: pythonSideCatalog() },
    { title: 'TensorFlow control flow (`tf.while_loop`, `tf.cond`, `tf.TensorArray`, ...)', source: 'src/python/modules/tensorflow/control/', functions: CONTROL_FLOW_TABLES },
    { title: 'TensorFlow RNNs (`tf.nn.dynamic_rnn`, `tf.nn.static_rnn`, ...)', source: 'src/python/modules/tensorflow/rnn/', functions: RNN_TABLES },
    { title: 'TensorFlow input pipelines (`tf.data`)', source: 'src/python/modules/tensorflow/data/', functions: [...DATA_TABLES, ...DATA_METHOD_SIGNATURES.map(signature => ({ signature }))] },
    { title: 'TensorFlow queues, readers and queue runners (`tf.FIFOQueue`, `tf.train.batch`, ...)', source: 'src/python/modules/tensorflow/queues/', functions: [...QUEUE_TABLES, ...QUEUE_SIGNATURES.map(signature => ({ signature }))] },
    { title: 'TensorFlow metrics (`tf.metrics`)', source: 'src/python/modules/tensorflow/metrics/', functions: METRICS_TABLE },
    { title: 'TensorFlow summaries (`tf.summary`, `tf.Summary`, `tf.train.summary_iterator`)', source: 'src/python/modules/tensorflow/summary/', functions: [...SUMMARY_TABLES.flat(), ...SUMMARY_SIGNATURES.map(signature => ({ signature }))] },
    { title: 'TensorFlow record files and Examples (`tf.python_io`, `tf.train.Example`, `tf.parse_single_example`)', source: 'src/python/modules/tensorflow/example/', functions: [...EXAMPLE_TABLES, ...EXAMPLE_SIGNATURES.map(signature => ({ signature }))] },
    {
      title: 'TensorFlow protocol buffer messages (`tf.train.Example`, `tf.Summary`, `tf.GraphDef`, ... and their repeated and map fields)',
      source: 'src/python/modules/tensorflow/summary/message.ts, proto_object.ts (one table per class, made on first use)',
      functions: [...protoMessageSignatures([...EXAMPLE_MESSAGE_PATHS, ...SUMMARY_MESSAGE_PATHS]), ...protoContainerSignatures(), ...pyMessageSignatures()]
        .map(signature => ({ signature })),
    },
    { title: 'NumPy (`np`)', source: 'src/python/modules/numpy/bound.ts', functions: NUMPY_TABLE },
    { title: 'NumPy types (`np.dtype`, `np.float32`, ...)', source: 'src/python/modules/numpy/dtype_object.ts, scalar_constructors.ts', functions: [{ signature: DTYPE_SIGNATURE }, ...SCALAR_CONSTRUCTORS] },
    { title: 'NumPy ndarray methods (`a.sum()`, `a.reshape()`, ...)', source: 'src/python/modules/numpy/methods.ts', functions: NDARRAY_METHODS },
    { title: 'NumPy random (`np.random`; the same methods on `np.random.RandomState`)', source: 'src/python/modules/numpy/random.ts', functions: [...RANDOM_METHODS, RANDOM_STATE_CONSTRUCTOR] },
    { title: 'NumPy file I/O and linear algebra (`np.loadtxt`, `np.load`, `np.linalg`, ...)', source: 'src/python/modules/numpy/io_text.ts, io_binary.ts, linalg_bound.ts', functions: [...NUMPY_MORE_TABLES, ...NPZ_METHOD_SIGNATURES.map(signature => ({ signature }))] },
    { title: 'Builtins', source: 'src/python/builtins/bound.ts', functions: BUILTINS_TABLE },
    { title: 'Builtin types (`int(...)`, `str(...)`, `bytes(...)`, ...)', source: 'src/python/builtins/constructors.ts, runtime/bytes-methods.ts', functions: builtinConstructorSignatures().map(signature => ({ signature })) },
    { title: 'Builtin type methods (`str.split`, `list.append`, `dict.get`, `int.to_bytes`, ...)', source: 'src/python/builtins/*-methods.ts, runtime/bytes-methods.ts', functions: builtinMethodSignatures().map(signature => ({ signature })) },
    ...matplotlibCatalog(),
    { title: '`math`', source: 'src/python/modules/math_table.ts', functions: MATH_SIGNATURES },
    { title: '`os`', source: 'src/python/modules/os/os_table.ts', functions: OS_TABLE },
    { title: '`os.path`', source: 'src/python/modules/os/path_table.ts', functions: OS_PATH_TABLE },
    { title: '`sys`', source: 'src/python/modules/sys.ts', functions: SYS_TABLE },
    { title: '`time`', source: 'src/python/modules/time/time.ts', functions: TIME_TABLE },
    { title: '`re` (and `re.Pattern`, `re.Match` methods)', source: 'src/python/modules/re/register.ts, objects.ts', functions: [...RE_TABLE, ...PATTERN_METHODS.entries, ...MATCH_METHOD_SIGNATURES.map(signature => ({ signature }))] },
    { title: '`struct`', source: 'src/python/modules/struct.ts', functions: STRUCT_TABLE },
    { title: '`pickle`', source: 'src/python/modules/pickle/register.ts', functions: PICKLE_TABLE },
    {
      title: '`random` (the module\'s functions are the methods of a hidden `random.Random()`)', source: 'src/python/modules/random_table.ts, random-more.ts',
      functions: [...PY_RANDOM_METHODS.map(e => ({ signature: e.signature, aliases: [`random.${e.signature.name.slice('random.Random.'.length)}`] })), { signature: RANDOM_INIT_SIGNATURE }],
    },
    { title: '`gzip`', source: 'src/python/modules/gzip.ts', functions: [...GZIP_TABLE, { signature: GZIP_FILE_CONSTRUCTOR.signature }] },
    { title: '`zlib`', source: 'src/python/modules/gzip.ts', functions: ZLIB_TABLE },
    { title: '`open` and `io` (`io.open` is `open`; StringIO, BytesIO, TextIOWrapper and their methods)', source: 'src/python/io/open.ts, src/python/modules/io/', functions: [
      { signature: OPEN_ENTRY.signature, aliases: ['io.open'] },
      ...[STRINGIO_CONSTRUCTOR, BYTESIO_CONSTRUCTOR, TEXT_WRAPPER_CONSTRUCTOR].map(c => ({ signature: c.signature })),
      ...MEMORY_METHOD_SIGNATURES.map(signature => ({ signature })),
    ] },
    { title: '`hashlib`', source: 'src/python/modules/hashlib.ts', functions: [...HASHLIB_TABLE, ...HASH_METHOD_SIGNATURES.map(signature => ({ signature }))] },
    { title: '`_json` (what json/__init__.py, Gradbook\'s Python source, calls)', source: 'src/python/modules/json/register.ts', functions: JSON_TABLE },
    { title: '`_csv` (csv.reader, csv.writer, ... are these)', source: 'src/python/modules/csv.ts', functions: [...CSV_TABLE, ...CSV_WRITER_SIGNATURES.map(signature => ({ signature }))] },
    { title: '`importlib`', source: 'src/python/interpreter/importlib-module.ts', functions: IMPORTLIB_TABLE },
    // Standard-library modules written in Python: their def signatures, read from the source.
    ...pythonSourceSections(),
  ];
}
