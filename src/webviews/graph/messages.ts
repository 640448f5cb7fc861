// Messages between the extension and the graph side panel.
import type { GraphPayload } from '../../shared/payloads/graph';

/** extension → panel */
export type GraphPanelMessage = { type: 'graph'; payload: GraphPayload } | { type: 'empty'; text: string };
/** panel → extension */
export type GraphPanelRequest = { type: 'ready' } | { type: 'saveSvg'; svg: string; filename: string };
