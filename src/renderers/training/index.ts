// Notebook renderer for application/vnd.gradbook.training+json (the in-place progress output).
import { rendererFor } from '../common/renderer';
import { renderTraining } from './view';

export const activate = rendererFor('training progress', renderTraining);
