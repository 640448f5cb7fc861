# tensorflow.python.framework: ops and dtypes (the names programs import from them).
