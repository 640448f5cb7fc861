// Gradients of graph-plumbing and state ops.
import { registerGradient, registerNotDifferentiable } from '../registry';

registerGradient('PlaceholderWithDefault', (_op, [g]) => [g]);
registerNotDifferentiable('NoOp', 'Const', 'Placeholder', 'VariableV2', 'Assign', 'AssignAdd', 'AssignSub');
