// The scikit-learn 0.20 modules Gradbook's small sklearn (src/python/stdlib/sklearn/, written in
// Python) does not have: importing one raises ModuleNotFoundError (an ImportError, so programs'
// `try: from sklearn.manifold import TSNE / except ImportError:` fallbacks still run) saying so.
import { registerModule, moduleNotFound } from './registry';

const PROVIDED = ['datasets', 'metrics', 'model_selection', 'preprocessing', 'utils', 'exceptions', 'cross_validation', 'pipeline'];

export const UNSUPPORTED_SKLEARN: readonly string[] = [
  'base', 'calibration', 'cluster', 'compose', 'covariance', 'cross_decomposition', 'decomposition',
  'discriminant_analysis', 'dummy', 'ensemble', 'externals', 'feature_extraction', 'feature_selection',
  'gaussian_process', 'grid_search', 'impute', 'isotonic', 'kernel_approximation', 'kernel_ridge', 'learning_curve',
  'linear_model', 'manifold', 'mixture', 'multiclass', 'multioutput', 'naive_bayes', 'neighbors', 'neural_network',
  'random_projection', 'semi_supervised', 'svm', 'tree',
];

for (const name of UNSUPPORTED_SKLEARN) {
  registerModule(`sklearn.${name}`, () => {
    throw moduleNotFound(`sklearn.${name}`, ` (Gradbook's sklearn provides only sklearn.${PROVIDED.join(', sklearn.')})`);
  });
}
