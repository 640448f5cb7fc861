// The views still read what they need once sessions recycle buffers: the seed program run through
// the Python front end for 50 steps has telemetry with gradient statistics for every step, and
// the graph view's payload summarizes the values of its MatMul in the newest run.
import { strict as assert } from 'assert';
import { runSeed } from '../../renderers/seed';
import { getDefaultGraph } from '../../../src/engine/graph/default_graph';
import { getTelemetry } from '../../../src/engine/telemetry';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';

describe('Session liveness: run observers of the seed program', function () {
  this.timeout(60000);

  it('telemetry has gradient stats for 50 steps and the graph payload has value summaries', () => {
    const { inspection } = runSeed(50);
    const graph = getDefaultGraph();
    const session = inspection.lastTrainingSession(graph);
    assert.ok(session, 'a session trained the graph');
    const steps = getTelemetry(session!).steps;
    assert.equal(steps.length, 50);
    for (const step of steps) {
      assert.equal(step.variables.length, 2, 'W and b');
      for (const v of step.variables) assert.ok(Number.isFinite(v.gradNorm) && v.gradNorm > 0 && v.gradMin <= v.gradMean && v.gradMean <= v.gradMax);
      assert.ok(step.loss !== null && Number.isFinite(step.loss));
    }
    const matmul = buildGraphPayload(graph, { inspection }).nodes.find((n) => n.type === 'MatMul' && n.scope === '');
    assert.ok(matmul, 'the forward MatMul');
    const summary = matmul!.values?.[0];
    assert.ok(summary, 'MatMul has a value summary from the newest run');
    assert.equal(summary!.shape[1], 10);
    assert.ok(summary!.size > 0 && Number.isFinite(summary!.mean!));
  });
});
