// Notebook renderer for application/vnd.gradbook.tensor+json.
import { rendererFor } from '../common/renderer';
import { renderTensor } from './view';

export const activate = rendererFor('array', renderTensor);
