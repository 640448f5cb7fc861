"""absl (Abseil Python): the flags and app modules TF1 builds tf.app and tf.flags on."""
