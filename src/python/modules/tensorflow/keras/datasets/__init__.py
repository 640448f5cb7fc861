# tf.keras.datasets: only mnist (no downloads: the digits come from input_data's sources).
from tensorflow.keras.datasets import mnist
