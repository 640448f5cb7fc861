// Gradients of the nn family register themselves when imported here.
import './nn/activations';
import './nn/softmax';
import './nn/pool';
import './nn/misc';
