// Kernels of the math family register themselves when imported here.
import './binary';
import './reduce';
import './argminmax';
import './cast';
import './select';
import './add_n';
import './shape_helpers';
import './cumulative';
