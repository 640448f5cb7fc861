// Messages between the extension and the graph side panel.
import type { GraphPayload } from '../../shared/payloads/graph';
import type { GradientCheckPayload } from '../../shared/payloads/gradient_check';

/** extension → panel; `gradientCheck` answers the panel's `checkGradients` (payload null: `error` says why). */
export type GraphPanelMessage =
  | { type: 'graph'; payload: GraphPayload }
  | { type: 'empty'; text: string }
  | { type: 'gradientCheck'; loss: string; payload: GradientCheckPayload | null; error?: string };
/** panel → extension */
export type GraphPanelRequest =
  | { type: 'ready' }
  | { type: 'saveSvg'; svg: string; filename: string }
  | { type: 'checkGradients'; loss: string; variables: string[] };

export function isCheckGradientsRequest(m: unknown): m is Extract<GraphPanelRequest, { type: 'checkGradients' }> {
  const r = m as { type?: unknown; loss?: unknown; variables?: unknown } | null;
  return !!r && r.type === 'checkGradients' && typeof r.loss === 'string' && Array.isArray(r.variables) && r.variables.every((v) => typeof v === 'string');
}
