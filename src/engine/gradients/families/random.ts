// Random samples do not depend differentiably on their shape or seed inputs.
import { registerNotDifferentiable } from '../registry';
registerNotDifferentiable('RandomUniform', 'RandomStandardNormal', 'TruncatedNormal', 'RandomUniformInt', 'RandomShuffle');
