// Node bundles are written ASCII-only. esbuild escapes non-ASCII in string literals (charset
// 'ascii', its default), but keeps comments and regex literals as written, and a single '→' in a
// comment makes V8 hold the whole 3.8 MB worker bundle as a two-byte string: 7.6 MB, plus the
// UTF-8 decode, at every kernel start (print(1) as a process: 98.8 → 91.3 MB peak RSS, and less
// CPU). Each remaining non-ASCII UTF-16 unit becomes a \uXXXX escape, which means the same
// character in a string, template, regex literal or identifier, and is inert text in a comment.
import fs from 'node:fs';

/** `text` with every non-ASCII UTF-16 code unit written as \uXXXX. */
export function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** esbuild plugin: rewrites the written .js outputs ASCII-only after each (re)build. */
export const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      const { outfile, outdir } = build.initialOptions;
      const files = outfile ? [outfile] : fs.readdirSync(outdir).filter((f) => f.endsWith('.js')).map((f) => `${outdir}/${f}`);
      for (const file of files) {
        const path = build.initialOptions.absWorkingDir && !file.startsWith('/') ? `${build.initialOptions.absWorkingDir}/${file}` : file;
        const text = fs.readFileSync(path, 'utf8');
        // Already ASCII (most rebuilds of small bundles): leave the file and its mtime alone.
        if (/[^\x00-\x7f]/.test(text)) fs.writeFileSync(path, escapeNonAscii(text));
      }
    });
  },
};
