# tensorflow.python.framework.ops (TF 1.x): the graph-building module. Programs use it for
# ops.reset_default_graph() (the Coursera "TensorFlow Tutorial" assignment) and ops.get_default_graph;
# each name here is the public tf function or class of the same name.
import tensorflow as tf

reset_default_graph = tf.reset_default_graph
get_default_graph = tf.get_default_graph
Graph = tf.Graph
Tensor = tf.Tensor
Operation = tf.Operation
GraphKeys = tf.GraphKeys
convert_to_tensor = tf.convert_to_tensor
name_scope = tf.name_scope
control_dependencies = tf.control_dependencies
add_to_collection = tf.add_to_collection
get_collection = tf.get_collection
device = tf.device
