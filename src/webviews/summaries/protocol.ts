// Messages between the extension and the Summaries side panel.
import type { SummariesPayload } from '../../shared/payloads/summaries';

/** extension → panel: draw these summaries (empty: the notebook has written none yet). */
export interface ShowSummariesMessage { type: 'summaries'; payload: SummariesPayload; notebook?: string }
/** panel → extension: the panel loaded and wants the current summaries. */
export interface SummariesPanelRequest { type: 'ready' }
