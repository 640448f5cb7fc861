// Notebook renderer for application/vnd.gradbook.gradients+json.
import { rendererFor } from '../common/renderer';
import { renderGradients } from './view';

export const activate = rendererFor('gradient view', renderGradients);
