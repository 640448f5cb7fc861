# tensorflow.python.framework: the internal package of ops / dtypes (re-exports of public tf names).
