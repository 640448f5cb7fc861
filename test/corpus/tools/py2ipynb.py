"""Turns a `# %%`-separated Python file into an nbformat 4 notebook (python3 tools/py2ipynb.py IN OUT).

Cells starting with `# %% [markdown]` become markdown cells (their `# ` prefixes removed). Used
once to write the corpus notebooks; the .ipynb files are what the corpus runs.
"""
import json
import sys

src, out = sys.argv[1], sys.argv[2]
cells = []
for chunk in open(src).read().split('# %%')[1:]:
    head, _, body = chunk.partition('\n')
    body = body.strip('\n') + '\n'
    if 'markdown' in head:
        text = ''.join(l[2:] if l.startswith('# ') else l.lstrip('#') for l in body.splitlines(True))
        cells.append({'cell_type': 'markdown', 'metadata': {}, 'source': text.splitlines(True)})
    else:
        cells.append({'cell_type': 'code', 'execution_count': None, 'metadata': {}, 'outputs': [],
                      'source': body.rstrip('\n').splitlines(True)})
nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                                   'language_info': {'name': 'python'}}, 'nbformat': 4, 'nbformat_minor': 2}
with open(out, 'w') as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write('\n')
