// Gradients of the math family register themselves when imported here (see ./math/).
import './math/binary';
import './math/reduce';
import './math/misc';
