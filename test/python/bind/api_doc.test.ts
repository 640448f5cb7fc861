// docs/API.md is generated from the signature tables and must be current; every table in the
// catalog compiles (a malformed signature fails here, not in a user's cell) and no qualified
// name is bound twice.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { apiCatalog } from '../../../src/python/bind/catalog';
import { pySignature, renderApiDoc } from '../../../src/python/bind/api_doc';
import { compilePlan } from '../../../src/python/bind';
import { PY_MESSAGE_TYPES } from '../../../src/python/modules/tensorflow/proto_object';
import { PythonSession } from '../../../src/python';

describe('docs/API.md and the signature tables', () => {
  it('docs/API.md matches the tables (run `npm run docs:api` after changing one)', () => {
    const file = path.join(__dirname, '..', '..', '..', 'docs', 'API.md');
    assert.equal(fs.readFileSync(file, 'utf8'), renderApiDoc(), 'docs/API.md is stale: run npm run docs:api');
  });

  it('every table compiles and binds each qualified name once', () => {
    const names: string[] = [];
    for (const section of apiCatalog()) {
      for (const f of section.functions) {
        compilePlan(f.signature);
        names.push(f.signature.name, ...f.aliases ?? []);
        for (const p of f.signature.params) assert.match(p.name, /^[A-Za-z_][A-Za-z0-9_]*$/, `${f.signature.name}: ${p.name}`);
        assert.ok(f.signature.doc.length > 0, `${f.signature.name} has no doc line`);
      }
    }
    assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
  });

  it('signatures render as Python writes them (/, *, *args, **kwargs, expression defaults)', () => {
    assert.equal(pySignature({ name: 'f', doc: '', varargs: 'args', varkw: 'kw', params: [
      { name: 'a', kind: 'positional' }, { name: 'b', default: { float: 1 } }, { name: 'c', default: { expr: 'tf.float32' }, kind: 'keyword' },
    ] }), '(a, /, b=1.0, *args, c=tf.float32, **kw)');
    assert.equal(pySignature({ name: 'g', doc: '', params: [{ name: 'x' }, { name: 'k', default: 'a\nb', kind: 'keyword' }] }), "(x, *, k='a\\nb')");
  });

  // Protobuf message methods are made per class on first use; the catalog lists the same tables.
  it('lists the protobuf message methods under the names Python reaches them by', () => {
    const names = new Set(apiCatalog().flatMap(sec => sec.functions.map(f => f.signature.name)));
    for (const n of ['tf.train.Example.SerializeToString', 'tf.train.Example.FromString', 'tf.train.Feature.WhichOneof', 'tf.Summary.Value.HasField',
      'tf.Event.ParseFromString', 'tf.GraphDef.ByteSize', 'google.protobuf.RepeatedCompositeContainer.add', 'google.protobuf.ScalarMap.get']) {
      assert.ok(names.has(n), `${n} missing from docs/API.md`);
    }
    assert.ok(!names.has('google.protobuf.RepeatedScalarContainer.add'), 'a repeated scalar field has no add()');
  });

  // A private module's definitions are listed under the public module that imports them, and
  // helpers nothing public imports are not listed at all.
  it('lists Python-source definitions under the names a program imports them by', () => {
    const names = new Set(apiCatalog().flatMap(sec => sec.functions.map(f => f.signature.name)));
    for (const n of ['numpy.average', 'sklearn.metrics.mean_squared_error', 'tensorflow.contrib.layers.optimize_loss',
      'tensorflow.estimator.EstimatorSpec', 'pandas.read_csv', 'pandas.Index.get_loc']) {
      assert.ok(names.has(n), `${n} missing from docs/API.md`);
    }
    for (const n of ['sklearn.mean_squared_error', 'pandas.hist_series', 'tensorflow.layers.normalize_tuple',
      'tensorflow.contrib.learn.python.learn.estimators.estimator.EstimatorSpec']) {
      assert.ok(!names.has(n), `${n} is not a name a program can import`);
    }
  });

  it('the listed message methods are the ones a program calls (same names in call errors)', () => {
    const out: string[] = [];
    const s = new PythonSession({ stdout: t => out.push(t), stderr: () => {}, display: () => {} });
    const r = s.runCell([
      'import tensorflow as tf',
      'for call in (lambda: tf.train.Example().HasField(), lambda: tf.train.Example.FromString(), lambda: tf.Summary.Value().CopyFrom(),',
      '             lambda: tf.train.Example().SerializeToString(deterministic=True), lambda: tf.GraphDef().ParseFromString()):',
      '    try:',
      '        call()',
      '    except Exception as e:',
      '        print(type(e).__name__, e)',
    ].join('\n'), 'cell');
    assert.ok(r.ok, r.ok ? '' : r.error.evalue);
    assert.deepEqual(out.join('').trim().split('\n'), [
      "TypeError Example.HasField() missing 1 required positional argument: 'field_name'",
      "TypeError Example.FromString() missing 1 required positional argument: 's'",
      "TypeError Value.CopyFrom() missing 1 required positional argument: 'other_msg'",
      "NotImplementedError Example.SerializeToString() argument 'deterministic' is not supported by Gradbook: deterministic serialization",
      "TypeError GraphDef.ParseFromString() missing 1 required positional argument: 'serialized'",
    ]);
  });

  it('PY_MESSAGE_TYPES names every message type a binding wraps as a PyMessage', () => {
    const src = path.join(__dirname, '..', '..', '..', 'src', 'python');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true })
      .flatMap(e => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : []));
    const found = new Set<string>();
    for (const f of walk(src)) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/(?:new PyMessage|\bmessage)\('([A-Za-z]+)'/g)) found.add(m[1]);
    }
    assert.deepEqual([...found].sort(), [...PY_MESSAGE_TYPES].sort());
  });
});
