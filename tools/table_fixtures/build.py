import json, re, os
from decimal import Decimal
from data import T

# The fixtures live in tests/tables, two folders up from this script's.
TABLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "tables")

NUM_RE = re.compile(r'^\$?\(?-?\$?\(?[0-9][0-9.,]*\)?%?$')

def holds_number(s):
    s = s.strip()
    return bool(s) and bool(NUM_RE.match(s)) and any(ch.isdigit() for ch in s)

def parse(s, style):
    s = s.strip()
    neg = False
    s = s.replace('$', '')
    if s.endswith('%'): s = s[:-1]
    if s.startswith('(') and s.endswith(')'):
        neg = True; s = s[1:-1]
    if s.startswith('-'):
        neg = not neg; s = s[1:]
    if style == 'vi':
        s = s.replace('.', '').replace(',', '.')
    else:
        s = s.replace(',', '')
    d = Decimal(s)
    return -d if neg else d

def decimals(s):
    core = re.sub(r'[^0-9.,]', '', s)
    return core

def num_out(d):
    if d == d.to_integral_value():
        return int(d)
    return float(d)

def col_label(header, c):
    for r in range(len(header)-1, -1, -1):
        if header[r][c].strip():
            return header[r][c].strip()
    return None

def row_label(row):
    stub = row[0].strip()
    if stub and not holds_number(stub):
        return stub
    for cell in row[1:]:
        if cell.strip() and not holds_number(cell):
            return cell.strip()
    return stub

def ndec_of(x, style):
    core = x.strip().replace('$','').replace('%','').strip('()-')
    dec = ',' if style == 'vi' else '.'
    return len(core.split(dec)[1]) if dec in core else 0

def fmt(d, style, ndec, grouped=True):
    out = f"{abs(d):,.{ndec}f}" if grouped else f"{abs(d):.{ndec}f}"
    if style == 'vi':
        out = out.replace(',', '\x00').replace('.', ',').replace('\x00', '.')
    return ('-' if d < 0 else '') + out

def unit_step(text, style):
    """the value of the last printed digit, in printed units"""
    return Decimal(1).scaleb(-ndec_of(text, style))

def wh(tt):
    w = tt['where']; p = tt['parts']
    rng = f"rows {p[0]}-{p[-1]}" if p == list(range(p[0], p[-1]+1)) else 'rows ' + ', '.join(map(str, p))
    if w == 'below': return f"the rows below it ({rng})"
    if w == 'above': return f"the rows above it ({rng})"
    return f"{w} ({rng}" + (''.join('; or rows ' + ', '.join(map(str, a)) for a in tt.get('alt', []))) + ")"

def build(name, t):
    style = t.get('number_style', t['lang'])
    header, body = t['header'], t['body']
    rows = header + body
    ncol = len(header[0])
    for r in rows:
        assert len(r) == ncol, (name, r)
    hr = len(header)
    cells = []
    index_cols = set(t.get('index_cols', []))
    if t.get('stub_is_label'): index_cols.add(0)
    for i, row in enumerate(body):
        R = i + hr
        for c, text in enumerate(row):
            if c in index_cols or not holds_number(text):
                continue
            if c == 0:
                raise SystemExit(f'numeric stub {name} {R}')
            num = parse(text, style)
            if t['cols'] is None:  # FIA: per-row unit column 2
                if c == 5:
                    kind, unit, scale = 'percent', '%', 1
                else:
                    u = row[2].strip()
                    if u == 'triệu USD': kind, unit, scale = 'money', 'USD', 1_000_000
                    else: kind, unit, scale = 'count', u, 1
            else:
                kind, unit, scale = t['cols'][c]
                if R in t.get('per_share_rows', []):
                    scale = 1
            unit = t.get('cell_unit_override', {}).get((R, c), unit)
            cells.append(dict(row=R, column=c, text=text, row_label=row_label(row),
                              column_label=col_label(header, c), kind=kind,
                              value=num_out(num*scale), unit=unit))
    totals = []
    for tt in t['totals']:
        R = tt['row']; trow = rows[R]
        adds = []; notes = []
        groups = [tt['parts']] + tt.get('alt', [])
        for c in tt['cols']:
            ok_all = True; parts_txt = []
            for g in groups:
                vals = []; txts = []
                step = unit_step(trow[c], style)
                for p in g:
                    x = rows[p][c]
                    if holds_number(x):
                        vals.append(parse(x, style)); txts.append(x.strip())
                        step = max(step, unit_step(x, style))
                    else:
                        vals.append(Decimal(0)); txts.append((x.strip() or '(empty)') + ' [=0]')
                s = sum(vals); tot = parse(trow[c], style)
                # tolerance: 0 for exact counts (integers, scale 1); otherwise half of the
                # last printed digit of every number involved (each was rounded when printed)
                nums = [trow[c]] + [rows[p][c] for p in g if holds_number(rows[p][c])]
                steps = [unit_step(x, style) for x in nums]
                kind, _, scale = t['cols'][c] if t['cols'] else ('money', None, 10**6)
                exact = kind == 'count' and scale == 1 and all(st == 1 for st in steps)
                tol = Decimal(0) if exact else sum(steps) / 2
                ok = abs(s - tot) <= tol
                ok_all &= ok
                inv = [trow[c]] + [rows[p][c] for p in g if holds_number(rows[p][c])]
                nd = max(ndec_of(x, style) for x in inv)
                grouped = any((('.' if style == 'vi' else ',') in x) for x in inv)
                parts_txt.append(f"{' + '.join(txts)} = {fmt(s, style, nd, grouped)} vs printed {trow[c].strip()} {'✓' if ok else '✗'}"
                                 + ('' if s == tot else f" (difference {fmt(s-tot, style, nd, grouped)}; rounding tolerance ±{fmt(tol, style, nd+1 if tol else 0, grouped)})"))
            adds.append(bool(ok_all))
            notes.append(f"column {c} ({col_label(header,c)}): " + '; '.join(parts_txt))
        totals.append(dict(row=R, label=trow[0].strip(), columns=tt['cols'], adds_up=adds,
                           note=f"sums {wh(tt)}. " + ' | '.join(notes) + (' | ' + tt['excl'] if tt.get('excl') else '')))
    gold = dict(language=t['lang'], caption=t['caption'], unit_note=t['unit_note'],
                header_rows=hr, cells=cells, totals=totals)
    return rows, gold

if __name__ == '__main__':
    os.chdir(TABLES)
    for name, t in T.items():
        rows, gold = build(name, t)
        with open(f'{name}.tsv', 'w', encoding='utf-8', newline='') as f:
            f.write(''.join('\t'.join(r) + '\n' for r in rows))
        with open(f'{name}.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(name, f'{len(rows)}x{len(rows[0])}', 'cells', len(gold['cells']),
              'totals', [(x['row'], x['adds_up']) for x in gold['totals']])
