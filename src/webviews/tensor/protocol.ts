// Messages between the extension and the tensor view panel (opened from the Variables view).
import type { TensorPayload } from '../../shared/payloads/tensor';

/** extension → panel: draw this array, or show the value's text when it is not an array. */
export type ShowTensorMessage = { type: 'tensor'; payload: TensorPayload } | { type: 'text'; name: string; text: string };
/** panel → extension: the page loaded and can be sent the value. */
export interface TensorPanelRequest { type: 'ready' }
