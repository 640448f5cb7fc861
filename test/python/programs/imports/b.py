from a import X
