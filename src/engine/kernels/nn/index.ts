// Kernels of the nn family register themselves when imported here.
import './softmax';
import './xent';
import './activations';
import './bias_add';
import './l2_loss';
import './in_top_k';
import './pool';
