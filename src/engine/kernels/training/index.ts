// Kernels of the training family register themselves when imported here.
