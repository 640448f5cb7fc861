# tensorflow.python: TF's internal package, which course notebooks import from
# (`from tensorflow.python.framework import ops` for ops.reset_default_graph()). Gradbook has only
# the framework modules those programs reach; they re-export the public tf names.
