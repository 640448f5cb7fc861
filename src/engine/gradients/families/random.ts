// Gradients of the random family register themselves when imported here.
