#!/usr/bin/env python3
"""Page-weight budget: the gzip size of everything a first visit downloads.

Starts from the index.html of the folder given (dist/, the page as `make page`
builds it to be served) and follows every relative reference in the files
it loads (stylesheets, module imports, the worker, the WASM, the service
worker's precache list, the manifest and its icons), so a
file added to the page is counted without editing this script. Prints a table
and exits 1 over the budget.

    python3 tests/budget/page_weight.py [--budget-kb 250] [dist]
"""
import argparse
import gzip
import os
import re
import sys

TEXT = (".html", ".js", ".mjs", ".css", ".webmanifest", ".json", ".svg", ".txt")
REF = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#?]+)["']|["'`](\.{0,2}/?[\w./-]+\.(?:js|mjs|css|wasm|svg|png|webmanifest|json|txt))["'`]""")


# A choice in a <select> names a file the page fetches only when it is
# picked (the sample articles), not on a first visit.
OPTION = re.compile(r"""<option\b[^>]*>""", re.I)


def refs(path, text):
    base = os.path.dirname(path)
    text = OPTION.sub("", text)
    for m in REF.finditer(text):
        ref = m.group(1) or m.group(2)
        if not ref or "://" in ref or ref.startswith(("data:", "/", "mailto:")):
            continue
        yield os.path.normpath(os.path.join(base, ref))


def crawl(root):
    seen, todo = set(), [os.path.join(root, "index.html")]
    while todo:
        path = todo.pop()
        if path in seen or not os.path.isfile(path) or not os.path.abspath(path).startswith(os.path.abspath(root)):
            continue
        seen.add(path)
        if path.endswith(TEXT):
            with open(path, encoding="utf-8", errors="replace") as fh:
                todo.extend(refs(path, fh.read()))
    return sorted(seen)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", nargs="?", default="dist")
    ap.add_argument("--budget-kb", type=float, default=250.0)
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.root, "pkg", "solieu_bg.wasm")):
        sys.exit("page_weight: build the WASM first (make wasm)")
    files = crawl(args.root)
    total_raw = total_gz = 0
    print(f"{'file':42} {'bytes':>10} {'gzip':>10}")
    for path in files:
        data = open(path, "rb").read()
        gz = len(gzip.compress(data, 9))
        total_raw += len(data)
        total_gz += gz
        print(f"{os.path.relpath(path, args.root):42} {len(data):10} {gz:10}")
    print(f"{'total (' + str(len(files)) + ' files)':42} {total_raw:10} {total_gz:10}")
    budget = args.budget_kb * 1000
    verdict = "within" if total_gz <= budget else "OVER"
    print(f"page weight: {total_gz / 1000:.1f} kB gzip, {verdict} the budget of {args.budget_kb:.0f} kB")
    sys.exit(0 if total_gz <= budget else 1)


if __name__ == "__main__":
    main()
