// The replacement templates of re.sub and Match.expand: \1, \g<1>, \g<name>, \n-style escapes,
// with CPython 3.11's errors (bad escape, invalid group reference, unknown group name).
import { PyExceptionObj, PyValue } from '../../objects/core';
import { indexError } from '../../exceptions';
import type { PyMatch } from './objects';
import { reError } from './objects';

const LITERAL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };

function templateError(msg: string, pos: number): PyExceptionObj {
  const e = new PyExceptionObj(reError, [`${msg} at position ${pos}`]);
  e.dict.set('msg', msg);
  e.dict.set('pos', pos);
  return e;
}

export function expandTemplate(m: PyMatch, template: PyValue): string {
  const t = m.pattern.text(template);
  const groups = m.pattern.t.groups;
  const value = (n: number) => { const v = m.m[n]; return v === undefined ? '' : v; };
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== '\\') { out += c; continue; }
    const e = t[i + 1];
    if (e === undefined) throw templateError('bad escape (end of pattern)', i);
    if (e === 'g') {
      const close = t.indexOf('>', i + 3);
      if (t[i + 2] !== '<') throw templateError('missing <', i + 2);
      if (close < 0) throw templateError('missing >, unterminated name', i + 3);
      const name = t.slice(i + 3, close);
      let n: number;
      if (/^\d+$/.test(name)) {
        n = Number(name);
        if (n > groups) throw templateError(`invalid group reference ${n}`, i + 3);
      } else {
        const g = m.pattern.t.groupNames.get(name);
        if (g === undefined) {
          if (!/^[A-Za-z_]\w*$/.test(name)) throw templateError(`bad character in group name '${name}'`, i + 3);
          throw indexError(`unknown group name '${name}'`);
        }
        n = g;
      }
      out += value(n);
      i = close;
      continue;
    }
    if (e >= '0' && e <= '9') {
      const three = t.slice(i + 1, i + 4);
      if (/^[0-7]{3}$/.test(three) || e === '0') {
        const digits = e === '0' ? (t.slice(i + 1).match(/^0[0-7]{0,2}/)![0]) : three;
        out += String.fromCharCode(parseInt(digits, 8));
        i += digits.length;
        continue;
      }
      const digits = t.slice(i + 1).match(/^\d\d?/)![0];
      const n = Number(digits);
      if (n > groups) throw templateError(`invalid group reference ${n}`, i + 1);
      out += value(n);
      i += digits.length;
      continue;
    }
    if (LITERAL[e] !== undefined) { out += LITERAL[e]; i++; continue; }
    if (/[A-Za-z]/.test(e)) throw templateError(`bad escape \\${e}`, i);
    out += '\\' + e;
    i++;
  }
  return out;
}
