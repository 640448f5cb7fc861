// The debug ops' gradients by finite differences: CheckNumerics and Print pass the gradient on.
import { checkGradient, randomArray } from '../gradcheck';
import { checkNumerics } from '../../../src/engine/ops/debug/check_numerics';
import { printOp } from '../../../src/engine/ops/debug/print';
import { setPrintSink } from '../../../src/engine/debug/print_sink';
import * as tf from '../../../src/engine';

describe('debug op gradients', () => {
  it('CheckNumerics passes the gradient through (checked)', () => {
    checkGradient((x) => tf.square(checkNumerics(x, 'x')), [randomArray([3, 2])]);
  });
  it('Print passes the gradient to its input, none to its data', () => {
    setPrintSink(() => {});
    try { checkGradient((x) => tf.square(printOp(x, [x], 'x: ', null, null)), [randomArray([4])]); } finally { setPrintSink(null); }
  });
});
