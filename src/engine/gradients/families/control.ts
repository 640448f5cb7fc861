// Gradients of graph-plumbing and state ops.
import { registerGradient, registerNotDifferentiable } from '../registry';

registerGradient('Identity', (_op, [g]) => [g]);
registerGradient('Snapshot', (_op, [g]) => [g]);
registerGradient('PlaceholderWithDefault', (_op, [g]) => [g]);
// StopGradient is the point of the op: nothing flows through it.
registerNotDifferentiable('StopGradient', 'NoOp', 'Const', 'Placeholder', 'VariableV2', 'Assign', 'AssignAdd', 'AssignSub');
