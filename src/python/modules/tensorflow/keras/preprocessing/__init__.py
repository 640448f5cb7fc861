# tf.keras.preprocessing (Keras-Preprocessing 1.0, TF 1.13): only the sequence module's pad_sequences.
from tensorflow.keras.preprocessing import sequence
