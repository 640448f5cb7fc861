def tool():
    return 'tool'
