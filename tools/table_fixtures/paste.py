#!/usr/bin/env python3
"""Writes each table fixture's paste, tests/tables/NAME.txt: the table's
caption and unit line as printed above it (gold `caption`, `unit_note`),
one a line, then its cells as a spreadsheet or a web table copies them
(NAME.tsv: a tab between cells, a line a row). What a reader copies from a
statistics yearbook's page: the title, "Đơn vị tính: Ha", the table.

    python3 tools/table_fixtures/paste.py
"""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TABLES = os.path.join(ROOT, "tests", "tables")


def paste(gold, tsv):
    lines = [gold.get(k) for k in ("caption", "unit_note")]
    return "".join(l.strip() + "\n" for l in lines if l) + tsv


def main():
    for g in sorted(glob.glob(os.path.join(TABLES, "*.gold.json"))):
        name = g[: -len(".gold.json")]
        gold = json.load(open(g, encoding="utf-8"))
        tsv = open(name + ".tsv", encoding="utf-8").read()
        with open(name + ".txt", "w", encoding="utf-8") as fh:
            fh.write(paste(gold, tsv))
        print(os.path.relpath(name + ".txt", ROOT))


if __name__ == "__main__":
    main()
