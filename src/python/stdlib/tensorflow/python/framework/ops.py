# tensorflow.python.framework.ops: the graph-level names of tf, under their private module (TF 1.15
# defines them here and re-exports them as tf.*; they are the same objects).
from tensorflow import (reset_default_graph, get_default_graph, Graph, Tensor, Operation, IndexedSlices,
                        convert_to_tensor, name_scope, control_dependencies, add_to_collection, get_collection,
                        get_collection_ref, GraphKeys, device)
