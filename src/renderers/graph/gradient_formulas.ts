// The gradient rule of common op types as a formula, for the graph view's details pane: how
// tf.gradients turns the gradient g = ∂L/∂out arriving at an op into its inputs' gradients.
// The rules are the ones the engine's op definitions implement (src/engine/ops/**); `a`, `b`,
// `x` name the inputs, `y` the output. Broadcast inputs sum g over the broadcast axes.
const FORMULAS: Record<string, string[]> = {
  MatMul: ['∂L/∂a = g · bᵀ', '∂L/∂b = aᵀ · g'],
  BatchMatMul: ['∂L/∂a = g · bᵀ', '∂L/∂b = aᵀ · g'],
  Add: ['∂L/∂a = g', '∂L/∂b = g'],
  AddV2: ['∂L/∂a = g', '∂L/∂b = g'],
  BiasAdd: ['∂L/∂value = g', '∂L/∂bias = Σ g over all but the last axis'],
  Sub: ['∂L/∂a = g', '∂L/∂b = −g'],
  Mul: ['∂L/∂a = g ⊙ b', '∂L/∂b = g ⊙ a'],
  RealDiv: ['∂L/∂a = g / b', '∂L/∂b = −g ⊙ a / b²'],
  Square: ['∂L/∂x = 2x ⊙ g'],
  Sqrt: ['∂L/∂x = g / (2y)'],
  Exp: ['∂L/∂x = g ⊙ y'],
  Log: ['∂L/∂x = g / x'],
  Neg: ['∂L/∂x = −g'],
  Relu: ['∂L/∂x = g ⊙ [x > 0]'],
  Sigmoid: ['∂L/∂x = g ⊙ y(1 − y)'],
  Tanh: ['∂L/∂x = g ⊙ (1 − y²)'],
  Softmax: ['∂L/∂x = (g − Σⱼ gⱼyⱼ) ⊙ y'],
  Sum: ['∂L/∂x = g broadcast back over the reduced axes'],
  Mean: ['∂L/∂x = g / n broadcast back over the reduced axes'],
  SoftmaxCrossEntropyWithLogits: ['∂L/∂logits = g ⊙ (softmax(logits) − labels)'],
  SparseSoftmaxCrossEntropyWithLogits: ['∂L/∂logits = g ⊙ (softmax(logits) − onehot(labels))'],
  Conv2D: ['∂L/∂input = conv2d_transpose(g, filter)', '∂L/∂filter = correlation of input with g'],
  MaxPool: ['∂L/∂x = g routed to the max of each window'],
  Reshape: ['∂L/∂x = reshape(g, shape of x)'],
  Identity: ['∂L/∂x = g'],
  Cast: ['∂L/∂x = cast(g, dtype of x)'],
  L2Loss: ['∂L/∂t = g ⊙ t'],
};

/** The formula lines of an op type, or undefined when the table has none. */
export function gradientFormula(type: string): string[] | undefined { return FORMULAS[type]; }
