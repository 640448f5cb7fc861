// Registers `os` and `os.path` (one object: `os.path is sys.modules['os.path']`).
import { PyModule } from '../../objects/callables';
import { E } from '../../exceptions';
import { installTable } from '../../bind';
import { registerModule } from '../registry';
import { OS_CONSTANTS, OS_TABLE, terminalSize } from './os_table';
import { OS_PATH_CONSTANTS, OS_PATH_TABLE } from './path_table';
import { statResultClass } from './files';
import { makeEnviron } from './environ';

registerModule('os', ctx => {
  const os = new PyModule('os');
  const path = new PyModule('os.path');
  for (const [k, v] of Object.entries(OS_PATH_CONSTANTS)) path.set(k, v);
  os.set('path', path);
  ctx.sys.modules.set('os.path', path);
  installTable(os, OS_TABLE);
  installTable(os, OS_PATH_TABLE);
  for (const [k, v] of Object.entries(OS_CONSTANTS)) os.set(k, v);
  os.set('environ', makeEnviron());
  os.set('error', E.OSError);
  os.set('stat_result', statResultClass);
  os.set('terminal_size', terminalSize.cls);
  return os;
});

registerModule('os.path', ctx => (ctx.importModule('os') as PyModule).dict.get('path')!);
