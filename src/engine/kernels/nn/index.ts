// Kernels of the nn family register themselves when imported here.
