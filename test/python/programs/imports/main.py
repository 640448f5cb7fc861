import sys, os
import utils
import utils as u2
print(utils is u2, utils.helper(3), utils.__name__, os.path.basename(utils.__file__))
print(sys.modules['utils'] is utils)
from libs.tools import tool
print(tool())
import pkg
print(pkg.core_fn())
from pkg.sub.leaf import leaf
print(leaf())
import pkg.sub.leaf as lf
print(lf.leaf is leaf)
try:
    import nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from utils import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.path.dirname(os.path.abspath(utils.__file__)), 'DIR'))
try:
    import a
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.path.dirname(os.path.abspath(utils.__file__)), 'DIR'))
try:
    import utils.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import foo
except ImportError as e:
    print(type(e).__name__, e)
import importlib
with open('utils.py') as f:
    src = f.read()
with open('utils.py', 'w') as f:
    f.write(src.replace('VALUE = 1', 'VALUE = 2'))
importlib.reload(utils)
print(utils.VALUE)
with open('utils.py', 'w') as f:
    f.write(src)
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'libs'))
import tools
print(tools.tool())
print(__name__)
