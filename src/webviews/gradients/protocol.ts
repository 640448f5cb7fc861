// Messages between the extension and the gradient side panel.
import type { GradientsPayload } from '../../shared/payloads/gradients';

/** extension → panel: draw this payload (null: the notebook has no trained graph yet). */
export interface ShowGradientsMessage { type: 'gradients'; payload: GradientsPayload | null; notebook?: string }
/** panel → extension: the panel loaded (send the current payload), or the user asked for fresh numbers. */
export interface PanelRequest { type: 'ready' | 'refresh' }
