# tf.keras.regularizers (TF 1.15): l1 = l1·Σ|w|, l2 = l2·Σw² (no ½, unlike tf.nn.l2_loss).
import tensorflow as tf


class Regularizer(object):
    def __call__(self, x):
        return 0.0


class L1L2(Regularizer):
    def __init__(self, l1=0.0, l2=0.0):
        self.l1 = float(l1)
        self.l2 = float(l2)

    def __call__(self, x):
        total = 0.0
        if self.l1:
            total += self.l1 * tf.reduce_sum(tf.abs(x))
        if self.l2:
            total += self.l2 * tf.reduce_sum(tf.square(x))
        return tf.convert_to_tensor(total) if isinstance(total, float) else total


def l1(l=0.01):
    return L1L2(l1=l)


def l2(l=0.01):
    return L1L2(l2=l)


def l1_l2(l1=0.01, l2=0.01):
    return L1L2(l1=l1, l2=l2)
