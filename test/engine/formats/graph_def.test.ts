import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { registeredKernels } from '../../../src/engine/kernels/registry';
import { NDArray } from '../../../src/engine/ndarray';
import { graphToGraphDef, encodeGraphDef, NodeDefProto } from '../../../src/engine/formats/graph/graph_def_export';
import { importGraphDef } from '../../../src/engine/formats/graph/graph_def_import';
import { allOpSpecs, findOpSpec, op } from '../../../src/engine/formats/graph/op_defs/op_spec';
import { graphDefToText, writeGraph } from '../../../src/engine/formats/graph/write_graph';
import { decodeProto, encodeProto } from '../../../src/engine/formats/proto/root';
import { parseTextFormat } from '../../../src/engine/formats/proto/text_parse';
import { readEventFile } from '../../../src/engine/formats/events/event_file_reader';
import { MemoryFileSystem } from '../../../src/engine/io/memory_file_system';
import { batch, buildSeedGraph } from './graph_fixtures';
import { fixtureFs, hex } from './helpers';

const node = (nodes: NodeDefProto[], name: string) => nodes.find(n => n.name === name)!;
const attrType = (n: NodeDefProto, k: string) => n.attr![k].type;

describe('formats: GraphDef export (Graph.as_graph_def)', () => {
  beforeEach(() => clearDefaultGraphState());

  it('has an OpDef for every op type the engine registers', () => {
    const missing = registeredKernels().map(k => k.type).filter(t => !findOpSpec(t));
    assert.deepEqual(missing, []);
  });

  it('every OpDef row parses (rows are parsed at first read, not when registered)', () => {
    const specs = allOpSpecs();
    assert.ok(specs.length > 250, String(specs.length));
    for (const s of specs) {
      for (const a of [...s.inputs, ...s.outputs]) assert.ok(a.name && (a.fixedType || a.typeAttr || a.typeListAttr), `${s.name}.${a.name}`);
      for (const a of s.attrs) assert.ok(a.name && a.type, `${s.name}.${a.name}`);
    }
    const row = op('Demo', 'x: Ref(T), values: N * T', 'y: int32', 'T: type; N: int >= 1 = 2', { stateful: true });
    assert.deepEqual({ name: row.name, inputs: row.inputs, outputs: row.outputs, attrs: row.attrs, stateful: row.stateful, commutative: row.commutative }, {
      name: 'Demo', stateful: true, commutative: false,
      inputs: [{ name: 'x', isRef: true, typeAttr: 'T' }, { name: 'values', isRef: false, numberAttr: 'N', typeAttr: 'T' }],
      outputs: [{ name: 'y', isRef: false, fixedType: 'int32' }],
      attrs: [{ name: 'T', type: 'type', minimum: undefined, defaultText: undefined }, { name: 'N', type: 'int', minimum: 1, defaultText: '2' }],
    });
    assert.equal(row.inputs, row.inputs);
    assert.throws(() => op('Bad', 'no type here', '').inputs, /bad arg spec/);
  });

  it('writes the seed graph with TF op types, input names and attrs', () => {
    const { graph } = buildSeedGraph();
    const gd = graphToGraphDef(graph);
    assert.deepEqual(gd.versions, { producer: 134 });
    const ph = node(gd.node, 'Placeholder');
    assert.equal(attrType(ph, 'dtype'), 1);
    assert.deepEqual(ph.attr!.shape.shape, { dim: [{ size: -1 }, { size: 784 }] });
    const v = node(gd.node, 'Variable');
    assert.equal(v.op, 'VariableV2');
    assert.deepEqual(Object.keys(v.attr!), ['container', 'dtype', 'shape', 'shared_name']);
    assert.deepEqual(v.attr!.shape.shape, { dim: [{ size: 784 }, { size: 10 }] });
    assert.equal(Buffer.from(v.attr!.container.s!).toString(), '');
    const assign = node(gd.node, 'Variable/Assign');
    assert.deepEqual(assign.input, ['Variable', 'zeros']);
    assert.deepEqual(Object.keys(assign.attr!), ['T', '_class', 'use_locking', 'validate_shape']);
    assert.equal(Buffer.from(assign.attr!._class.list!.s![0]).toString(), 'loc:@Variable');
    assert.equal(assign.attr!.use_locking.b, true);
    const mm = node(gd.node, 'MatMul');
    assert.deepEqual(mm.input, ['Placeholder', 'Variable/read']);
    assert.deepEqual([attrType(mm, 'T'), mm.attr!.transpose_a.b, mm.attr!.transpose_b.b], [1, false, false]);
    const sum = node(gd.node, 'Sum');
    assert.deepEqual([attrType(sum, 'T'), attrType(sum, 'Tidx'), sum.attr!.keep_dims.b], [1, 3, false]);
    const bga = node(gd.node, 'gradients/Mul_grad/Sum_1');
    assert.deepEqual(bga.input, ['gradients/Mul_grad/Mul_1', 'gradients/Mul_grad/BroadcastGradientArgs:1']);
    const gdNoOp = node(gd.node, 'GradientDescent');
    assert.deepEqual(gdNoOp.input, ['^GradientDescent/update_Variable/ApplyGradientDescent', '^GradientDescent/update_Variable_1/ApplyGradientDescent']);
    const apply = node(gd.node, 'GradientDescent/update_Variable/ApplyGradientDescent');
    assert.deepEqual(Object.keys(apply.attr!), ['T', '_class', 'use_locking']);
    const zeros = node(gd.node, 'zeros_1');
    assert.equal(zeros.attr!.value.tensor!.tensor_content!.length, 40);
  });

  it('writes Gradbook\'s SoftmaxGrad as the Mul/Sum/Sub ops TF builds, keeping the name', () => {
    const { graph } = buildSeedGraph();
    const gd = graphToGraphDef(graph);
    assert.ok(!gd.node.some(n => n.op === 'SoftmaxGrad'));
    const name = 'gradients/Softmax_grad/SoftmaxGrad';
    assert.equal(node(gd.node, name).op, 'Mul');
    assert.deepEqual(node(gd.node, `${name}/Sum`).input, [`${name}/mul`, `${name}/Sum/reduction_indices`]);
    assert.equal(node(gd.node, `${name}/Sum`).attr!.keep_dims.b, true);
  });

  it('add_shapes puts one _output_shapes entry per output', () => {
    const { graph } = buildSeedGraph();
    const gd = graphToGraphDef(graph, { addShapes: true });
    assert.deepEqual(node(gd.node, 'MatMul').attr!._output_shapes.list!.shape, [{ dim: [{ size: -1 }, { size: 10 }] }]);
    assert.equal(node(gd.node, 'GradientDescent').attr!._output_shapes, undefined);
  });

  it('write_graph(as_text=True) of tf.constant(0.1, name="lr") is TF 1.15\'s text', () => {
    tf.constant(0.1, 'float32', 'lr');
    const fs = new MemoryFileSystem();
    const path = writeGraph(fs, graphToGraphDef(tf.getDefaultGraph()), 'out', 'g.pbtxt');
    assert.equal(path, 'out/g.pbtxt');
    assert.equal(Buffer.from(fs.readFile(path)).toString(), [
      'node {', '  name: "lr"', '  op: "Const"', '  attr {', '    key: "dtype"', '    value {', '      type: DT_FLOAT', '    }', '  }',
      '  attr {', '    key: "value"', '    value {', '      tensor {', '        dtype: DT_FLOAT', '        tensor_shape {', '        }',
      '        float_val: 0.10000000149011612', '      }', '    }', '  }', '}', 'versions {', '  producer: 134', '}', '',
    ].join('\n'));
    const binary = writeGraph(fs, graphToGraphDef(tf.getDefaultGraph()), 'out', 'g.pb', false);
    assert.equal(hex(fs.readFile(binary).subarray(-5)), '2203088601');
  });

  it('keeps a TF-written GraphDef byte for byte through decode and encode (attr maps in TF\'s order)', () => {
    const events = readEventFile(fixtureFs(), 'events/events.out.tfevents.1499786822.MacBook-Pro');
    const bytes = events[1].graph_def!;
    assert.equal(hex(encodeProto('GraphDef', decodeProto('GraphDef', bytes))), hex(bytes));
    const meta = events[2].meta_graph_def!;
    assert.equal(hex(encodeProto('MetaGraphDef', decodeProto('MetaGraphDef', meta))), hex(meta));
  });
});

describe('formats: import_graph_def', () => {
  beforeEach(() => clearDefaultGraphState());

  it('rebuilds a linear regression TF 1.2 wrote and trains it to the values TF\'s equations give', () => {
    const events = readEventFile(fixtureFs(), 'events/events.out.tfevents.1499786822.MacBook-Pro');
    const g = new tf.Graph();
    const r = importGraphDef(events[1].graph_def!, { graph: g, returnElements: ['X:0', 'Y:0', 'loss:0', 'GradientDescent', 'init'] });
    const [X, Y, loss, step, init] = r.returnElements as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Operation, tf.Operation];
    assert.equal(loss.name, 'import/loss:0');
    const sess = new tf.Session({ graph: g });
    sess.run(init);
    assert.equal((sess.run(loss, [[X, 2], [Y, 5]]) as NDArray).item(), 25); // w = b = 0
    sess.run(step, [[X, 2], [Y, 5]]);
    // w -= 0.001 * -2 * (5 - 0) * 2, b -= 0.001 * -2 * (5 - 0), in float32
    const [w, b] = sess.run([g.getTensorByName('import/weights:0'), g.getTensorByName('import/bias:0')]) as NDArray[];
    assert.equal(w.item(), Math.fround(Math.fround(0.001) * 20));
    assert.equal(b.item(), Math.fround(Math.fround(0.001) * 10));
  });

  it('imports a TF text GraphDef with Conv2D and random init (profiler graph.pbtxt)', () => {
    const gd = parseTextFormat<never>('GraphDef', Buffer.from(fixtureFs().readFile('tf/profiler/graph.pbtxt')).toString());
    const g = new tf.Graph();
    const r = importGraphDef(gd, { graph: g, name: '' });
    const convs = [...r.operations.values()].filter(o => o.type === 'Conv2D');
    assert.equal(convs.length, 2);
    const sess = new tf.Session({ graph: g });
    sess.run(g.getOperationByName('init'));
    const out = sess.run(convs[1].outputs[0]) as NDArray;
    assert.deepEqual(out.shape, convs[1].outputs[0].shape);
  });

  it('round-trips the seed graph: the imported copy computes the same loss and the same update', () => {
    const seed = buildSeedGraph();
    const xs = batch(8, 784, 7), ys = batch(8, 10, 0, true);
    const sess = new tf.Session({ graph: seed.graph });
    sess.run(seed.init);
    sess.run(seed.train, [[seed.x, xs], [seed.y, ys]]);
    const loss = (sess.run(seed.crossEntropy, [[seed.x, xs], [seed.y, ys]]) as NDArray).item() as number;
    const bytes = encodeGraphDef(graphToGraphDef(seed.graph, { addShapes: true }));
    const g = new tf.Graph();
    importGraphDef(bytes, { graph: g, name: 'copy' });
    const t = (n: string) => g.getTensorByName(`copy/${n}`);
    const s2 = new tf.Session({ graph: g });
    s2.run(g.getOperationByName('copy/init'));
    s2.run(g.getOperationByName('copy/GradientDescent'), [[t('Placeholder:0'), xs], [t('Placeholder_1:0'), ys]]);
    const loss2 = (s2.run(t('Mean:0'), [[t('Placeholder:0'), xs], [t('Placeholder_1:0'), ys]]) as NDArray).item() as number;
    assert.ok(Math.abs(loss - loss2) < 1e-5, `${loss} vs ${loss2}`);
    assert.ok(loss < Math.log(10), 'one training step lowered the loss below log(10)');
  });

  it('names an op type Gradbook lacks, and refuses name clashes', () => {
    const gd = parseTextFormat<never>('GraphDef', 'node { name: "s" op: "LookupTableFindV2" }');
    assert.throws(() => importGraphDef(gd, { graph: new tf.Graph() }),
      (e: Error) => e.name === 'NotImplementedError' && /node 's': op type 'LookupTableFindV2' is not supported by Gradbook/.test(e.message));
    const g = new tf.Graph();
    const c = parseTextFormat<never>('GraphDef', 'node { name: "c" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape {} float_val: 2 } } } }');
    importGraphDef(c, { graph: g, name: '' });
    assert.throws(() => importGraphDef(c, { graph: g, name: '' }), /the name 'c' is already used/);
    const again = importGraphDef(c, { graph: g });
    assert.equal(again.operations.get('c')!.name, 'import/c');
  });

  it('input_map replaces GraphDef tensors; missing inputs are reported', () => {
    const gd = parseTextFormat<never>('GraphDef', `
      node { name: "p" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
      node { name: "sq" op: "Square" input: "p" attr { key: "T" value { type: DT_FLOAT } } }`);
    const g = new tf.Graph();
    const feed = tf.withDefaultGraph(g, () => tf.constant(3, 'float32', 'three'));
    const [sq] = importGraphDef(gd, { graph: g, inputMap: { 'p:0': feed }, returnElements: ['sq:0'] }).returnElements as tf.Tensor[];
    assert.equal((new tf.Session({ graph: g }).run(sq) as NDArray).item(), 9);
    const broken = parseTextFormat<never>('GraphDef', 'node { name: "sq" op: "Square" input: "nowhere" attr { key: "T" value { type: DT_FLOAT } } }');
    assert.throws(() => importGraphDef(broken, { graph: new tf.Graph() }), /Input tensor 'nowhere:0' not found in graph_def/);
  });
});
