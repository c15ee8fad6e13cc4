"""Validate fixtures: JSON well-formed, cell texts match the TSV, coverage of numeric cells, totals rows."""
import json, glob, re, sys, os
# The fixtures live in tests/tables, two folders up from this script's.
TABLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "tables")
os.chdir(TABLES)
NUM_RE = re.compile(r'^\$?\(?-?\$?\(?[0-9][0-9.,]*\)?%?$')
def holds_number(s):
    s = s.strip(); return bool(s) and bool(NUM_RE.match(s)) and any(ch.isdigit() for ch in s)
KINDS = {'money','percent','quantity','count','number'}
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)
names = sorted(f[:-len('.gold.json')] for f in glob.glob('*.gold.json'))
for n in names:
    raw = open(n + '.tsv', encoding='utf-8', newline='').read()
    if not raw.endswith('\n') or raw.endswith('\n\n') or '\r' in raw: bad(n, 'TSV line ending')
    rows = [r.split('\t') for r in raw[:-1].split('\n')]
    w = {len(r) for r in rows}
    if len(w) != 1: bad(n, 'ragged rows', w)
    if not os.path.exists(n + '.source.md'): bad(n, 'no source.md')
    try:
        g = json.load(open(n + '.gold.json', encoding='utf-8'))
    except Exception as e:
        bad(n, 'json', e); continue
    for k in ['language','caption','unit_note','header_rows','cells','totals']:
        if k not in g: bad(n, 'missing key', k)
    if g['language'] != n[:2]: bad(n, 'language/name mismatch')
    hr = g['header_rows']
    if not (3 <= len(rows) <= 30) or not (2 <= len(rows[0]) <= 8): bad(n, 'size', len(rows), len(rows[0]))
    seen = set()
    for c in g['cells']:
        r, col = c['row'], c['column']
        if r < hr or r >= len(rows) or col >= len(rows[r]): bad(n, 'out of range', c); continue
        if rows[r][col] != c['text']: bad(n, 'text mismatch', r, col, repr(rows[r][col]), repr(c['text']))
        if not holds_number(c['text']): bad(n, 'cell is not a number', c)
        if c['kind'] not in KINDS: bad(n, 'kind', c)
        if c['kind'] == 'number' and c['unit'] is not None: bad(n, 'number with unit', c)
        if c['kind'] != 'number' and not c['unit']: bad(n, 'missing unit', c)
        if not isinstance(c['value'], (int, float)): bad(n, 'value type', c)
        if (r, col) in seen: bad(n, 'duplicate', r, col)
        seen.add((r, col))
        # labels
        stub = rows[r][0].strip()
        exp_rl = stub if stub and not holds_number(stub) else next((x.strip() for x in rows[r][1:] if x.strip() and not holds_number(x)), stub)
        if c['row_label'] != exp_rl: bad(n, 'row_label', c['row_label'], exp_rl)
        exp_cl = next((rows[h][col].strip() for h in range(hr-1, -1, -1) if rows[h][col].strip()), None)
        if c['column_label'] != exp_cl: bad(n, 'column_label', c['column_label'], exp_cl)
    # coverage: numeric body cells not listed (must be index/code/label columns; report them)
    missing = [(r, col, rows[r][col]) for r in range(hr, len(rows)) for col in range(len(rows[r]))
               if holds_number(rows[r][col]) and (r, col) not in seen]
    miss_cols = sorted({m[1] for m in missing})
    for t in g['totals']:
        if not (hr <= t['row'] < len(rows)): bad(n, 'total row out of range', t['row'])
        elif rows[t['row']][0].strip() != t['label']: bad(n, 'total label', t['label'], rows[t['row']][0])
        if len(t['columns']) != len(t['adds_up']): bad(n, 'columns/adds_up length')
        for col in t['columns']:
            if (t['row'], col) not in seen: bad(n, 'total cell not in cells', t['row'], col)
    print(f"{n}: {len(rows)}x{len(rows[0])}, {len(g['cells'])} cells, totals "
          + (', '.join(f"r{t['row']}:{sum(t['adds_up'])}/{len(t['adds_up'])}" for t in g['totals']) or 'none')
          + (f"; numeric cells not listed in columns {miss_cols} ({len(missing)})" if missing else ''))
print('ALL OK' if ok else 'PROBLEMS FOUND'); sys.exit(0 if ok else 1)
