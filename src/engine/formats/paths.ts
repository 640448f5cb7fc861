// os.path (posix) for the names checkpoints and event files use. File systems resolve the
// actual location; these helpers only join and split the strings the program passed in.
export function joinPath(...parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (p.startsWith('/')) out = p;
    else if (out === '' || out.endsWith('/')) out += p;
    else out += `/${p}`;
  }
  return out;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '';
  const head = p.slice(0, i + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
}

export function basename(p: string): string { return p.slice(p.lastIndexOf('/') + 1); }
export function isAbsolute(p: string): boolean { return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p); }

function normalizeParts(p: string): string[] {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** os.path.relpath for two absolute paths. */
export function relativePath(target: string, start: string): string {
  const t = normalizeParts(target), s = normalizeParts(start);
  let i = 0;
  while (i < t.length && i < s.length && t[i] === s[i]) i++;
  const rel = [...new Array(s.length - i).fill('..'), ...t.slice(i)];
  return rel.length ? rel.join('/') : '.';
}
