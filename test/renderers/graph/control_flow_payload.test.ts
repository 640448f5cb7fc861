// The graph view's payload for control flow: a while loop and a cond are frames (their name
// scope, collapsed at first), and the last run says how many iterations each loop made; the
// view model draws a collapsed frame as one item standing for its ops.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';
import { initialCollapsed, visibleGraph } from '../../../src/renderers/graph/model';
import { orderBadge, Story } from '../../../src/renderers/graph/story';

describe('graph view payload: while loops and conds', () => {
  it('marks loop and cond scopes as frames, collapsed, with the iterations of the last run', () => {
    clearDefaultGraphState();
    const n = tf.placeholder('int32', []);
    const [, total] = tf.whileLoop(([i]) => tf.less(i, n), ([i, s]) => [tf.add(i, 1), tf.add(s, tf.multiply(i, i))], [tf.constant(0, 'int32'), tf.constant(0, 'int32')]);
    const [picked] = tf.cond(tf.greater(total, 10), () => [tf.multiply(total, 2)], () => [tf.negative(total)]);
    const sess = new tf.Session();
    sess.run(picked, [[n, tf.NDArray.from(6, 'int32')]]);
    const payload = buildGraphPayload(tf.getDefaultGraph(), { session: sess });
    const scope = (path: string) => payload.scopes.find(s => s.path === path)!;
    assert.equal(scope('while').frame, 'while');
    assert.equal(scope('while').collapsed, true);
    assert.equal(scope('cond').frame, 'cond');
    const loop = payload.nodes.find(x => x.name === 'while/While')!;
    assert.deepEqual(payload.lastRun!.iterations, { [String(loop.id)]: 6 });
    assert.ok(payload.lastRun!.executed.includes(loop.id));
    // Body ops never run at the top level: the loop op runs them.
    const body = payload.nodes.find(x => x.name === 'while/Add')!;
    assert.ok(!payload.lastRun!.executed.includes(body.id));
    const view = visibleGraph(payload, initialCollapsed(payload));
    assert.equal(view.itemOfOp[body.id], 'scope:while');
    assert.equal(view.itemOfOp[loop.id], 'scope:while');
    // The collapsed frame's badge: the order its ops ran in, and the loop's iterations.
    const story = new Story(payload.lastRun);
    const members = payload.nodes.filter(x => view.itemOfOp[x.id] === 'scope:while').map(x => x.id).filter(id => story.showsBadge(id));
    const badge = orderBadge(members.map(id => story.orderOf(id)!), members.map(id => payload.lastRun!.iterations?.[String(id)]).filter((k): k is number => k !== undefined));
    assert.match(badge!, /^\d+–\d+ ×6$/);
    assert.equal(orderBadge([3], []), '3');
    assert.equal(orderBadge([], [5]), null);
  });
});
