print('loading utils', __name__)
VALUE = 1
def helper(x):
    return x * 2
if __name__ == '__main__':
    print('should not run')
