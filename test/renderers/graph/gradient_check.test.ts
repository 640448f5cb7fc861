// Which ops the Graph panel offers Check gradients for, and which variables it lists, on the
// payload the engine gives for the seed program: the scalar float loss (cross_entropy's Mean)
// with both trainable variables; not the non-scalar softmax, not gradient ops, not variables.
import { strict as assert } from 'assert';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';
import { checkableLoss, variablesFeeding } from '../../../src/renderers/graph/gradient_check';
import { runSeedProgram } from './seed';

describe('graph view: what Check gradients is offered for', () => {
  const { graph, display } = runSeedProgram(5);
  const payload = buildGraphPayload(graph, { inspection: display.inspection });
  const node = (name: string) => payload.nodes.find((n) => n.name === name)!;

  it('lists the graph\'s trainable variables in the payload', () => {
    assert.deepEqual(payload.trainableVariables, ['Variable', 'Variable_1']);
  });

  it('offers the scalar float loss, with the trainable variables feeding it', () => {
    assert.equal(checkableLoss(node('Mean')), 'Mean:0');
    assert.deepEqual(variablesFeeding(payload, node('Mean').id), ['Variable', 'Variable_1']);
    assert.deepEqual(variablesFeeding(payload, node('MatMul').id), ['Variable']);
  });

  it('offers nothing for non-scalar ops, variables, gradient ops or ArgMax', () => {
    for (const name of ['Softmax', 'MatMul', 'Variable', 'Placeholder']) assert.equal(checkableLoss(node(name)), null, name);
    const scalarGradients = payload.nodes.filter((n) => n.kind === 'gradient' && n.outputs[0]?.shape?.length === 0);
    assert.ok(scalarGradients.length > 0);
    for (const n of scalarGradients) assert.equal(checkableLoss(n), null, n.name);
    assert.equal(checkableLoss(node('ArgMax')), null);
  });
});
