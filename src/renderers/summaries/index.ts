// Notebook renderer for application/vnd.gradbook.summaries+json: a cell's summaries output (the
// same charts as the Summaries panel), redrawn each time the kernel replaces the output in place.
import { rendererFor } from '../common/renderer';
import type { SummariesPayload } from '../../shared/payloads/summaries';
import { renderSummaries } from './view';

export const activate = rendererFor<SummariesPayload>('summaries', (payload, element) => renderSummaries(payload, element, 'output'));
