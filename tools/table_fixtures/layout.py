#!/usr/bin/env python3
"""Make tests/tables-layout/ from tests/tables/: each table fixture printed to
PDF by Chromium (tools/table_fixtures/render.mjs: its caption and unit line,
then its rows as a table) and copied back by `pdftotext -layout`, which lines
the columns up with runs of spaces, as an analyst who copies a report's table
out of a PDF gets it.

Each NAME.gold.json is the fixture's, every marked cell given the UTF-16
`start`/`end` of its text in the new copy (found row by row, in order; a cell
the copy splits or loses is dropped and counted). `tools/table_bars.py
--layout` scores them.

    python3 tools/table_fixtures/layout.py

Needs chromium, poppler-utils and `make setup-node`; not part of `make test`.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "tests", "tables")
OUT = os.path.join(ROOT, "tests", "tables-layout")


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    work = tempfile.mkdtemp(prefix="solieu-tables-")
    jobs, meta = [], []
    for f in sorted(os.listdir(SRC)):
        if not f.endswith(".gold.json"):
            continue
        name = f[: -len(".gold.json")]
        gold = json.load(open(os.path.join(SRC, f), encoding="utf-8"))
        text = open(os.path.join(SRC, name + ".txt"), encoding="utf-8").read()
        tsv = open(os.path.join(SRC, name + ".tsv"), encoding="utf-8").read()
        above = text[: len(text) - len(tsv)].splitlines()
        rows = [line.split("\t") for line in tsv.rstrip("\n").split("\n")]
        pdf = os.path.join(work, name + ".pdf")
        jobs.append(dict(lang=gold.get("language", "vi"), above=above, rows=rows,
                         header_rows=gold.get("header_rows", 1), pdf=pdf))
        meta.append((name, gold, rows, pdf))
    jobs_file = os.path.join(work, "jobs.json")
    json.dump(jobs, open(jobs_file, "w"))
    subprocess.run(["node", os.path.join(ROOT, "tools", "table_fixtures", "render.mjs"), jobs_file],
                   check=True, cwd=ROOT)
    os.makedirs(OUT, exist_ok=True)
    for name, gold, rows, pdf in meta:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, "-"],
                             check=True, capture_output=True).stdout.decode()
        # Each marked cell's text, found in the copy in reading order: row by
        # row, and along a row left to right, from where the last one ended.
        at, cells, lost = 0, [], 0
        for c in sorted(gold["cells"], key=lambda c: (c["row"], c["column"])):
            ink = rows[c["row"]][c["column"]].strip()
            k = out.find(ink, at)
            if k < 0:
                lost += 1
                continue
            cells.append(dict(c, start=u16(out[:k]), end=u16(out[: k + len(ink)])))
            at = k + len(ink)
        new = dict(gold, cells=cells, source=f"tests/tables/{name} printed to PDF by Chromium, pdftotext -layout")
        open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(out)
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(new, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{name}: {len(cells)} cells, {lost} lost", file=sys.stderr)


if __name__ == "__main__":
    main()
