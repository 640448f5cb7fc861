# tensorflow.python.framework.dtypes (TF 1.x): the DType class and the dtype constants, as tf has them.
import tensorflow as tf

DType = tf.DType
as_dtype = tf.as_dtype
float16 = tf.float16
float32 = tf.float32
float64 = tf.float64
int8 = tf.int8
int16 = tf.int16
int32 = tf.int32
int64 = tf.int64
uint8 = tf.uint8
bool = tf.bool
string = tf.string
