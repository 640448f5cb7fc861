// The graph view's payload, built by the real engine from the seed program run through the
// Python front end: ops and kinds, the optimizer's update ops, collapsed scopes, and the last
// run of `train`: searched back from train, executed forwards ending with the updates.
import { strict as assert } from 'assert';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';
import type { GraphPayload } from '../../../src/shared/payloads/graph';
import { graphFormatter } from '../../../src/worker/formatters/graph';
import { Mime } from '../../../src/shared/mimes';
import { runNotebookThroughTraining, runSeedProgram } from './seed';

describe('graph view payload (seed program, 50 steps)', function () {
  this.timeout(60_000);
  let payload: GraphPayload;
  const named = (name: string) => payload.nodes.find((n) => n.name === name)!;

  before(() => {
    const { graph, output, display } = runSeedProgram(50);
    assert.match(output, /start to run session:\n0\.\d+/);
    payload = buildGraphPayload(graph, { focus: graph.getOperationByName('GradientDescent'), inspection: display.inspection });
  });

  it('has every op of the graph, in creation order, with edges for every input', () => {
    assert.equal(payload.nodes.length, 81);
    payload.nodes.forEach((n, i) => assert.equal(n.id, i));
    const dataEdges = payload.edges.filter((e) => e.output >= 0).length;
    assert.equal(dataEdges, payload.nodes.reduce((s, n) => s + n.inputs.length, 0));
    const controlEdges = payload.edges.filter((e) => e.output < 0).length;
    assert.equal(controlEdges, payload.nodes.reduce((s, n) => s + n.controlInputs.length, 0));
    const matmulToAdd = payload.edges.find((e) => e.from === named('MatMul').id && e.to === named('add').id)!;
    assert.equal(matmulToAdd.label, '[?,10]');
  });

  it('tells forward, gradient and update ops apart', () => {
    const count = (kind: string) => payload.nodes.filter((n) => n.kind === kind).length;
    assert.equal(count('gradient'), payload.nodes.filter((n) => n.name.startsWith('gradients/')).length);
    assert.equal(count('gradient'), 44);
    assert.deepEqual(payload.nodes.filter((n) => n.kind === 'update').map((n) => n.name).sort(), [
      'GradientDescent', 'GradientDescent/learning_rate',
      'GradientDescent/update_Variable/ApplyGradientDescent', 'GradientDescent/update_Variable_1/ApplyGradientDescent',
    ]);
    for (const name of ['MatMul', 'Softmax', 'Variable', 'Placeholder', 'Mean', 'ArgMax']) assert.equal(named(name).kind, 'forward', name);
  });

  it('has one ApplyGradientDescent per trainable variable, fed by the variable and its gradient', () => {
    const applies = payload.nodes.filter((n) => n.type === 'ApplyGradientDescent');
    assert.equal(applies.length, 2);
    assert.deepEqual(applies.map((n) => n.inputs[0].name), ['Variable:0', 'Variable_1:0']);
    assert.deepEqual(applies.map((n) => n.inputs[2].name), ['gradients/MatMul_grad/MatMul_1:0', 'gradients/add_grad/Reshape_1:0']);
    assert.deepEqual(applies[0].inputs[2].shape, [784, 10]);
    assert.deepEqual(named('GradientDescent').controlInputs, applies.map((n) => n.name));
  });

  it('collapses the gradients and optimizer scopes, not the model', () => {
    const scope = (path: string) => payload.scopes.find((s) => s.path === path)!;
    assert.equal(scope('gradients').collapsed, true);
    assert.equal(scope('gradients').opCount, 44);
    assert.equal(scope('GradientDescent').collapsed, true);
    assert.equal(scope('GradientDescent').kind, 'update');
    assert.equal(scope('Variable').collapsed, false);
    // The train op is named like its scope and is drawn inside it.
    assert.equal(named('GradientDescent').scope, 'GradientDescent');
  });

  it('focuses the displayed op and records the run that executed it', () => {
    assert.equal(payload.focus, named('GradientDescent').id);
    const run = payload.lastRun!;
    assert.deepEqual(run.fetches, ['GradientDescent']);
    assert.deepEqual(run.feeds, ['Placeholder:0', 'Placeholder_1:0']);
    assert.equal(run.step, 50, 'init was run 0, the 50th training step is run 50');
  });

  it('searches back from train to the variables, then executes forwards ending with the updates', () => {
    const run = payload.lastRun!;
    const names = (ids: number[]) => ids.map((id) => payload.nodes[id].name);
    const searched = names(run.searched), executed = names(run.executed);
    assert.equal(searched[0], 'GradientDescent');
    assert.deepEqual(searched.slice(1, 3), ['GradientDescent/update_Variable/ApplyGradientDescent', 'GradientDescent/update_Variable_1/ApplyGradientDescent']);
    assert.deepEqual(new Set(searched), new Set(executed), 'the search finds exactly the ops that run');
    assert.ok(searched.indexOf('Variable') > searched.indexOf('GradientDescent/update_Variable/ApplyGradientDescent'));
    // Forwards: the variables the model reads come first, the updates and the train op last.
    assert.deepEqual(executed.slice(0, 2), ['Variable', 'Variable/read']);
    assert.deepEqual(executed.slice(-3), ['GradientDescent/update_Variable/ApplyGradientDescent', 'GradientDescent/update_Variable_1/ApplyGradientDescent', 'GradientDescent']);
    // Every op runs after the ops it reads.
    const position = new Map(run.executed.map((id, i) => [id, i]));
    for (const e of payload.edges) if (position.has(e.to) && position.has(e.from)) assert.ok(position.get(e.from)! < position.get(e.to)!, `${e.from} before ${e.to}`);
  });

  it('leaves ops train does not need out of the executed set', () => {
    const executed = new Set(payload.lastRun!.executed.map((id) => payload.nodes[id].name));
    for (const name of ['init', 'Variable/Assign', 'zeros', 'ArgMax', 'Equal', 'Cast', 'Mean_1']) assert.ok(!executed.has(name), name);
    // Fed placeholders are not executed: their values come from feed_dict.
    assert.ok(!executed.has('Placeholder') && !executed.has('Placeholder_1'));
    for (const name of ['MatMul', 'Softmax', 'Mean', 'gradients/Softmax_grad/SoftmaxGrad']) assert.ok(executed.has(name), name);
  });

  it('describes attrs and tensors for the details pane', () => {
    assert.equal(named('gradients/MatMul_grad/MatMul_1').attrs.transpose_a, 'true');
    assert.equal(named('zeros/shape_as_tensor').attrs.value, 'int32 [2] = [784, 10]');
    assert.deepEqual(named('Placeholder').outputs, [{ name: 'Placeholder:0', dtype: 'float32', shape: [null, 784] }]);
    assert.equal(named('Variable').outputs[0].dtype, 'float32_ref');
  });
});

describe('graph view payload of `train` shown after the notebook training cell', function () {
  this.timeout(60_000);

  it('the worker formatter gives the graph mime, focused on train, with last values', () => {
    const { session, display } = runNotebookThroughTraining(50);
    const bundle = graphFormatter(session.globals.get('train'), display);
    const payload = bundle?.[Mime.graph] as GraphPayload;
    assert.ok(payload, 'train displays as a graph');
    const node = (name: string) => payload.nodes.find((n) => n.name === name)!;
    assert.equal(payload.focus, node('GradientDescent').id);
    assert.equal(payload.lastRun!.executed.length, 58);
    // The newest run keeps value summaries: a batch of 100 logits, and w after 50 updates.
    assert.deepEqual(node('add').values![0]!.shape, [100, 10]);
    const w = node('Variable').values![0]!;
    assert.deepEqual(w.shape, [784, 10]);
    assert.ok(w.max! > 0 && w.min! < 0, 'w has moved away from zeros');
    // Other values: a placeholder displays the same graph, without a focus on train.
    const x = graphFormatter(session.globals.get('x'), display)?.[Mime.graph] as GraphPayload;
    assert.equal(x.focus, node('Placeholder').id);
    assert.equal(graphFormatter(3, display), undefined);
  });
});
