# tensorflow.python.framework.dtypes: tf's DType objects under their private module.
from tensorflow import (DType, as_dtype, float16, float32, float64, int8, int16, int32, int64, uint8, uint16, bool,
                        string)
