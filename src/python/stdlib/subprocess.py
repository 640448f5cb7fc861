"""subprocess: Gradbook cells cannot start programs, so every call raises NotImplementedError."""

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output', 'run',
           'CalledProcessError', 'SubprocessError', 'TimeoutExpired', 'CompletedProcess', 'getoutput',
           'getstatusoutput']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr


class CompletedProcess(object):
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr


def _refuse(what):
    raise NotImplementedError('%s: processes are not supported in Gradbook '
                              '(cells cannot run programs or shell commands)' % what)


class Popen(object):
    def __init__(self, args, *rest, **kwargs):
        _refuse('subprocess.Popen()')


def call(*popenargs, **kwargs):
    _refuse('subprocess.call()')


def check_call(*popenargs, **kwargs):
    _refuse('subprocess.check_call()')


def check_output(*popenargs, **kwargs):
    _refuse('subprocess.check_output()')


def run(*popenargs, **kwargs):
    _refuse('subprocess.run()')


def getoutput(cmd):
    _refuse('subprocess.getoutput()')


def getstatusoutput(cmd):
    _refuse('subprocess.getstatusoutput()')
