// Gradients of the math family register themselves when imported here.
