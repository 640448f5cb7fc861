// Cast, AddN, Select, and the ops with no gradient (tf1-semantics §4.5).
import { registerGradient, registerNotDifferentiable } from '../../registry';
import { isFloat, DType } from '../../../dtypes';
import { cast, op1, zerosLike } from './graph_ops';

registerGradient('Cast', (op, [g]) => {
  const src = op.attrs.SrcT as DType, dst = op.attrs.DstT as DType;
  return [isFloat(src) && isFloat(dst) ? cast(g!, src) : null];
});

registerGradient('AddN', (op, [g]) => op.inputs.map(() => g));

registerGradient('Select', (op, [g]) => {
  const c = op.inputs[0];
  const zeros = zerosLike(g!);
  return [null, op1('Select', [c, g!, zeros]), op1('Select', [c, zeros, g!])];
});

registerNotDifferentiable('ArgMax', 'ArgMin', 'BroadcastGradientArgs', 'ReducedShape');
