#!/usr/bin/env python3
"""Checks exported TensorFlow scripts with CPython's own parser (ast), without TensorFlow.

Usage: check_exported_scripts.py API_LIST SCRIPT...
Prints one JSON object per script: {"file", "ok", "error", "unknown"}; `unknown` lists the
tf.* names the script uses that API_LIST (src/export/tf_compat_v1_api.txt) does not have.
Exit status 0 when every script parses and uses only listed names.
"""
import ast
import json
import sys


def load_names(path):
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def chain(node, roots):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id in roots:
        return ".".join(["tf"] + parts[::-1])
    return None


def exists(name, names):
    parts = name.split(".")
    for i in range(2, len(parts) + 1):
        full = ".".join(parts[:i])
        if full + ".*" in names:
            return True
        if full not in names:
            return False
        if not any(n.startswith(full + ".") for n in names):
            return True
    return True


def check(path, names):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return {"file": path, "ok": False, "error": "%s (line %s)" % (e.msg, e.lineno), "unknown": []}
    roots = {a.asname for n in ast.walk(tree) if isinstance(n, ast.Import)
             for a in n.names if a.name == "tensorflow.compat.v1" and a.asname}
    inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    used = {c for n in ast.walk(tree) if isinstance(n, ast.Attribute) and id(n) not in inner
            for c in [chain(n, roots)] if c}
    unknown = sorted(c for c in used if not exists(c, names))
    return {"file": path, "ok": not unknown, "error": None, "unknown": unknown}


def main(argv):
    names = load_names(argv[1])
    results = [check(p, names) for p in argv[2:]]
    for r in results:
        print(json.dumps(r))
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
