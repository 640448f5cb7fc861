// Answers the graph view's Check gradients between cells: the loss and variables it names, in the
// graph it shows, checked against the kernel's recorded runs (src/engine/inspect/check_recorded_loss.ts).
// A request the check cannot serve (no such tensor, a non-scalar loss, an unfed placeholder) is
// answered with its Python-style error line, for the panel to show in place of the table.
import { getDefaultGraph } from '../engine';
import { checkRecordedLoss } from '../engine';
import type { Inspection } from '../engine';
import type { PythonSession } from '../python/index';
import type { GradientCheckEvent, GradientCheckRequest } from '../shared/protocol';
import { graphTarget } from './formatters/graph';

export function answerGradientCheck(msg: GradientCheckRequest, session: PythonSession, inspection: Inspection): GradientCheckEvent {
  const graph = (msg.graphOf ? graphTarget(session.globals.get(msg.graphOf))?.graph : undefined) ?? getDefaultGraph();
  try {
    return { type: 'gradientCheck', id: msg.id, payload: checkRecordedLoss(inspection, graph, msg.loss, msg.variables) };
  } catch (e) {
    const err = e as { pyType?: string; errorClass?: string; message?: string };
    const kind = err.pyType ?? err.errorClass;
    if (!kind) console.error(`internal error in the gradient check: ${(e as Error)?.stack ?? String(e)}`);
    return { type: 'gradientCheck', id: msg.id, payload: null, error: `${kind ?? 'SystemError'}: ${err.message ?? String(e)}` };
  }
}
