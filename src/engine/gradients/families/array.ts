// Gradients of the array family register themselves when imported here.
