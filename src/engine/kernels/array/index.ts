// Kernels of the array family register themselves when imported here.
import './shape_ops';
import './fill';
import './reshape';
import './tile';
import './transpose';
import './range';
import './concat';
import './slice';
import './split';
import './strided_slice';
import './gather';
import './one_hot';
