// Every op definition, by group: the one list that registers ops (registerOps, called once by
// src/engine/index.ts). Adding an op = its definition file, one line here, its test (docs/ENGINE.md
// section 3). Every family is here; kernels/ holds only numeric library code, and nothing else
// calls registerKernel or registerGradient.
import type { OpGroup } from './op_def';
import { MATMUL } from './math/matmul';
import { LINALG } from './math/linalg';
import { LINALG_DECOMPOSITIONS } from './math/linalg_decomp';
import { UNARY_MATH } from './math/unary';
import { UNARY_GRAD_HELPERS } from './math/unary_grads';
import { BINARY_MATH } from './math/binary';
import { DIVIDE } from './math/divide';
import { REDUCTIONS } from './math/reduce';
import { REDUCE_API } from './math/reduce_api';
import { ARG_MIN_MAX } from './math/argminmax';
import { CAST } from './math/cast';
import { SELECT } from './math/select';
import { ADD_N } from './math/add_n';
import { CUMULATIVE } from './math/cumulative';
import { PREDICATES } from './math/predicates';
import { SHAPE_HELPERS } from './math/shape_helpers';
import { TENSORDOT } from './math/tensordot';
import { EINSUM } from './math/einsum';
import { SHAPE_OPS } from './array/shape_ops';
import { RESHAPE } from './array/reshape';
import { CREATION } from './array/creation';
import { TRANSPOSE } from './array/transpose';
import { TILE } from './array/tile';
import { CONCAT } from './array/concat';
import { PACK } from './array/pack';
import { RANGE } from './array/range';
import { SLICE } from './array/slice';
import { PAD } from './array/pad';
import { SPLIT } from './array/split';
import { STRIDED_SLICE } from './array/strided_slice';
import { GATHER } from './array/gather';
import { SEGMENT } from './array/segment';
import { SEGMENT_REDUCE } from './array/segment_reduce';
import { ONE_HOT } from './array/one_hot';
import { IDENTITY } from './control/identity';
import { WHERE } from './array/where';
import { REVERSE } from './array/reverse';
import { GATHER_ND } from './array/gather_nd';
import { SPARSE_TO_DENSE } from './array/sparse_to_dense';
import { UNIQUE } from './array/unique';
import { ARRAY_COMPOSITES } from './array/composites';
import { CONV2D } from './nn/conv2d';
import { SOFTSIGN } from './nn/softsign';
import { ACTIVATIONS } from './nn/activations';
import { SOFTMAX } from './nn/softmax';
import { XENT } from './nn/xent';
import { BIAS_ADD } from './nn/bias_add';
import { L2_LOSS } from './nn/l2_loss';
import { IN_TOP_K } from './nn/in_top_k';
import { POOLING } from './nn/pooling_api';
import { NN_MISC } from './nn/misc';
import { LOSSES } from './nn/losses';
import { TOP_K } from './nn/top_k';
import { NORMALIZATION } from './nn/normalization';
import { LRN_GROUP } from './nn/lrn';
import { DEPTHWISE } from './nn/depthwise_api';
import { CONST } from './control/const';
import { PLACEHOLDER } from './control/placeholder';
import { GROUP } from './control/group';
import { COND } from './control/cond';
import { VARIABLE_V2 } from './state/variable_v2';
import { ASSIGN } from './state/assign';
import { SCATTER } from './state/scatter';
import { IS_VARIABLE_INITIALIZED } from './state/is_initialized';
import { TRAINING_OP_GROUPS } from './training/index';
import { SEED } from './random/seed';
import { SAMPLERS } from './random/samplers';
import { UNIFORM_INT } from './random/uniform_int';
import { SHUFFLE } from './random/shuffle';
import { MULTINOMIAL } from './random/multinomial';
import { GAMMA } from './random/gamma';
import { CONTROL_FLOW_FRAMES } from './control_flow/frames';
import { TENSOR_ARRAY_OPS } from './control_flow/tensor_array';
import { RECORDED_OPS } from './control_flow/recorded';
import { EMBEDDING_API } from './rnn/embedding';
import { CANDIDATE_SAMPLERS } from './rnn/candidate_sampler';
import { SAMPLED_LOSSES } from './rnn/sampled_losses';
import { STRING_OP_GROUPS } from './strings/index';
import { DATA_OP_GROUPS } from './data/index';
import { QUEUE_OP_GROUPS } from './queues/index';
import { SUMMARY_OPS } from './summary/index';

import { CHECK_NUMERICS } from './debug/check_numerics';
import { ASSERT } from './debug/assert';
import { HOST_CALLBACK } from './script/host_callback';
import { ASSERTS_API } from './debug/asserts_api';
import { RANK_ASSERTS_API } from './debug/rank_asserts';
import { PRINT } from './debug/print';
import { SPARSE_OP_GROUPS } from './sparse/index';
export const OP_GROUPS: readonly OpGroup[] = [
  // math
  MATMUL,
  LINALG,
  LINALG_DECOMPOSITIONS,
  UNARY_MATH,
  UNARY_GRAD_HELPERS,
  BINARY_MATH,
  DIVIDE,
  REDUCTIONS,
  REDUCE_API,
  ARG_MIN_MAX,
  CAST,
  SELECT,
  ADD_N,
  CUMULATIVE,
  PREDICATES,
  SHAPE_HELPERS,
  TENSORDOT,
  EINSUM,
  // array
  SHAPE_OPS,
  RESHAPE,
  CREATION,
  TRANSPOSE,
  TILE,
  CONCAT,
  PACK,
  RANGE,
  SLICE,
  PAD,
  SPLIT,
  STRIDED_SLICE,
  GATHER,
  SEGMENT,
  SEGMENT_REDUCE,
  ONE_HOT,
  IDENTITY,
  WHERE,
  REVERSE,
  GATHER_ND,
  UNIQUE,
  ARRAY_COMPOSITES,
  SPARSE_TO_DENSE,
  // nn
  CONV2D,
  SOFTSIGN,
  ACTIVATIONS,
  SOFTMAX,
  XENT,
  BIAS_ADD,
  L2_LOSS,
  IN_TOP_K,
  POOLING,
  NN_MISC,
  LOSSES,
  TOP_K,
  NORMALIZATION,
  LRN_GROUP,
  DEPTHWISE,
  CONST,
  PLACEHOLDER,
  GROUP,
  COND,
  VARIABLE_V2,
  ASSIGN,
  SCATTER,
  IS_VARIABLE_INITIALIZED,
  ...TRAINING_OP_GROUPS,
  SEED,
  SAMPLERS,
  UNIFORM_INT,
  SHUFFLE,
  MULTINOMIAL,
  GAMMA,
  CONTROL_FLOW_FRAMES,
  TENSOR_ARRAY_OPS,
  RECORDED_OPS,
  EMBEDDING_API,
  CANDIDATE_SAMPLERS,
  SAMPLED_LOSSES,
  ...STRING_OP_GROUPS,
  ...DATA_OP_GROUPS,
  ...QUEUE_OP_GROUPS,
  SUMMARY_OPS,
  CHECK_NUMERICS,
  ASSERT,
  HOST_CALLBACK,
  ASSERTS_API,
  RANK_ASSERTS_API,
  PRINT,
  ...SPARSE_OP_GROUPS,
];
