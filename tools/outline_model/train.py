#!/usr/bin/env python3
"""Trains the outline's line model and writes its weights into the crate.

    pip install -r tools/outline_model/requirements.txt
    python3 tools/outline_model/train.py            # cross-validate, train, write
    python3 tools/outline_model/train.py --check    # cross-validate only

The model (`src/outline/model.rs`) is a logistic regression over the line
features of `src/outline/features.rs`: the probability that a line the rules
left as the article's own text is page chrome. Its lines and features come
from the crate itself (`examples/line_features.rs`), so training and run
time describe a line alike.

Marked lines, from three sources:

- the extraction benchmark's pages (`../shared/extraction/`): a line is the
  article's when it is found, in order, in the page's marked `articleBody`,
  and chrome otherwise;
- the corpora (`../shared/corpus/`, `tests/corpus/`): a line the gold
  outline lists as `boilerplate` is chrome, any other is the article's;
- outline-only markings of whole pages (`tests/outline/`), likewise.

Only the lines the model decides at run time (the crate says which:
`decided` in the features' output) are learned from. The threshold is the
lowest probability (the most lines the model may mark) that keeps the
benchmark's body recall at 0.98 or more in cross-validation. Cross-validation holds out whole sites (a page's host, an
article's name), four folds, and prints what the model adds to the rules
alone on the held-out folds: body F1 of the benchmark pages (the
benchmark's own metric, `../shared/extraction/score.py`) and chrome F1 of
the marked outlines.

The title model (`src/outline/title.rs`) is a second weight vector over the
same features and the title's own (`"t"` in the features' output, for the
lines before the main run of prose): a conditional logit whose softmax over
each text's candidates puts its weight on the gold title (a benchmark
page's title is its `h1`, found as a line of the paste). Cross-validation
prints, per kind of text, how often the first candidate and the learned
choice are the title, among the texts whose title is a candidate.
`tests/outline-heldout/` is never read: it measures sites nothing was
learned from.
"""

import argparse
import glob
import gzip
import hashlib
import importlib.util
import json
import os
import re
import subprocess
from html.parser import HTMLParser
from urllib.parse import urlparse

import numpy as np

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..'))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))
WEIGHTS = os.path.join(ROOT, 'src', 'outline', 'model', 'weights.rs')
WORD = re.compile(r'\w+')
OPEN = ('Paragraph', 'Title')


def load_score():
    spec = importlib.util.spec_from_file_location('xscore', os.path.join(SHARED, 'extraction', 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def features(paths):
    subprocess.run(['cargo', 'build', '--release', '--quiet', '--example', 'line_features'],
                   cwd=ROOT, check=True)
    exe = os.path.join(ROOT, 'target', 'release', 'examples', 'line_features')
    out = {}
    for k in range(0, len(paths), 50):
        run = subprocess.run([exe, *paths[k:k + 50]], capture_output=True, check=True, text=True)
        for row in run.stdout.splitlines():
            d = json.loads(row)
            out[d['file']] = d
    return out


def body_labels(lines, body):
    """1 for chrome, 0 for the article's: each line searched for, in order,
    among the marked body's words."""
    words = [w.lower() for w in WORD.findall(body)]
    joined = ' ' + ' '.join(words) + ' '
    # The character offset in `joined` where each word starts.
    at = 0
    labels = []
    for line in lines:
        toks = [w.lower() for w in WORD.findall(line['text'])]
        if not toks:
            labels.append(1)
            continue
        needle = ' ' + ' '.join(toks) + ' '
        found = joined.find(needle, max(at - 1, 0))
        if len(toks) < 4:
            # A short line ("Home", "Share") is the body's only where the
            # body goes on with it: next to where the last line ended.
            if 0 <= found <= at + 40:
                labels.append(0)
                at = found + len(needle) - 1
            else:
                labels.append(1)
            continue
        if found < 0:
            # A long line out of order (a pull quote, a caption) is still
            # the body's; the place in the body stays where it was.
            labels.append(0 if joined.find(needle) >= 0 else 1)
        else:
            labels.append(0)
            at = found + len(needle) - 1
    return labels


def gold_labels(lines, gold):
    chrome = {}
    for b in gold.get('outline', {}).get('boilerplate', []):
        chrome[b.strip()] = chrome.get(b.strip(), 0) + 1
    labels = []
    for line in lines:
        t = line['text'].strip()
        if chrome.get(t, 0) > 0:
            chrome[t] -= 1
            labels.append(1)
        else:
            labels.append(0)
    return labels


def site_of(source, name):
    host = urlparse(source or '').netloc.lower()
    return host[4:] if host.startswith('www.') else (host or name)


def collect():
    """Every marked text: (name, group, kind, path, truth)."""
    texts = []
    gt = json.load(open(os.path.join(SHARED, 'extraction', 'ground-truth.json')))
    for i, v in sorted(gt.items()):
        path = os.path.join(SHARED, 'extraction', 'pages', f'{i}.txt')
        texts.append((i, site_of(v.get('url'), i), 'bench', path, v.get('articleBody', '')))
    for folder in (os.path.join(SHARED, 'corpus'), os.path.join(ROOT, 'tests', 'corpus'),
                   os.path.join(ROOT, 'tests', 'outline')):
        for g in sorted(glob.glob(os.path.join(folder, '*.gold.json'))):
            name = os.path.basename(g)[:-len('.gold.json')]
            gold = json.load(open(g))
            kind = 'page' if folder.endswith('outline') else 'corpus'
            texts.append((name, site_of(gold.get('source'), name), kind,
                          os.path.join(folder, name + '.txt'), gold))
    return texts


def fold_of(group, folds):
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % folds


def fit(x, y, l2=1.0, iters=60, sw=None):
    """Logistic regression by Newton's method, L2 on all but the bias; each
    line weighs `sw` (its words: the metric counts words, not lines)."""
    sw = np.ones(len(y)) if sw is None else sw
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (sw * (p - y)) + reg * w
        h = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(reg) + 1e-6 * np.eye(x.shape[1])
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def prob(w, x):
    return 1 / (1 + np.exp(-x @ w))


class Linear:
    def __init__(self, w):
        self.w = w

    def prob(self, x):
        return prob(self.w, x)


class Trees:
    """Gradient-boosted trees of depth two on the logistic loss: a few
    hundred small trees of thresholds on single features, which read the
    interactions a linear model cannot ("short, and outside the main run").
    Thresholds are the features' quantiles."""

    def __init__(self, rounds=150, rate=0.1, bins=32, l2=10.0):
        self.rounds, self.rate, self.bins, self.l2 = rounds, rate, bins, l2
        self.trees = []  # (feature, threshold, [(feature, threshold, left, right)] * 2)
        self.base = 0.0

    def fit(self, x, y, sw):
        n, d = x.shape
        cuts = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, self.bins + 1)[1:-1])) for j in range(d)]
        binned = np.stack([np.searchsorted(cuts[j], x[:, j], side='right') for j in range(d)], axis=1)
        p0 = np.clip((sw * y).sum() / sw.sum(), 1e-4, 1 - 1e-4)
        self.base = float(np.log(p0 / (1 - p0)))
        z = np.full(n, self.base)

        def best_split(rows, g, h):
            best = None
            G, H = g[rows].sum(), h[rows].sum()
            for j in range(d):
                if len(cuts[j]) == 0:
                    continue
                b = binned[rows, j]
                gs = np.bincount(b, weights=g[rows], minlength=len(cuts[j]) + 1)
                hs = np.bincount(b, weights=h[rows], minlength=len(cuts[j]) + 1)
                gl, hl = np.cumsum(gs)[:-1], np.cumsum(hs)[:-1]
                gain = gl ** 2 / (hl + self.l2) + (G - gl) ** 2 / (H - hl + self.l2) - G ** 2 / (H + self.l2)
                k = int(np.argmax(gain))
                if best is None or gain[k] > best[0]:
                    best = (gain[k], j, k)
            return best

        for _ in range(self.rounds):
            p = 1 / (1 + np.exp(-z))
            g, h = sw * (p - y), sw * p * (1 - p)
            allrows = np.arange(n)
            _, j, k = best_split(allrows, g, h)
            left = binned[:, j] <= k
            children = []
            for side in (left, ~left):
                rows = np.nonzero(side)[0]
                sp = best_split(rows, g, h) if len(rows) > 1 else None
                if sp is None:
                    v = -g[rows].sum() / (h[rows].sum() + self.l2) * self.rate
                    children.append((0, float('inf'), v, v))
                    continue
                _, j2, k2 = sp
                l2rows = binned[rows, j2] <= k2
                vl = -g[rows[l2rows]].sum() / (h[rows[l2rows]].sum() + self.l2) * self.rate
                vr = -g[rows[~l2rows]].sum() / (h[rows[~l2rows]].sum() + self.l2) * self.rate
                children.append((j2, float(cuts[j2][k2]), float(vl), float(vr)))
            self.trees.append((j, float(cuts[j][k]), children))
            z += self.predict_z(x, self.trees[-1:], 0.0)
        return self

    @staticmethod
    def predict_z(x, trees, base):
        z = np.full(len(x), base)
        for j, t, children in trees:
            left = x[:, j] <= t
            for side, (j2, t2, vl, vr) in zip((left, ~left), children):
                z += np.where(side, np.where(x[:, j2] <= t2, vl, vr), 0.0)
        return z

    def prob(self, x):
        return 1 / (1 + np.exp(-self.predict_z(x, self.trees, self.base)))


def body_text(lines, removed):
    return '\n'.join(l['text'].strip() for l, r in zip(lines, removed) if not r)


def decided(l):
    """Whether the model decides this line at run time (the crate says)."""
    return l['decided']


def bench_scores(score, items, cut):
    """Body F1 of benchmark pages: `items` is (lines, truth, p) with p the
    chrome probability of each line (None: rules only)."""
    counts = []
    for lines, truth, p in items:
        removed = [l['role'] not in OPEN or (p is not None and p[k] >= cut and decided(l))
                   for k, l in enumerate(lines)]
        counts.append(score.page_counts(truth, body_text(lines, removed)))
    return score.summarise(counts, [0.0] * len(counts))


def chrome_f1(items, cut):
    tp = fp = fn = 0
    for lines, labels, p in items:
        for k, l in enumerate(lines):
            said = l['role'] == 'Boilerplate' or (p is not None and decided(l) and p[k] >= cut)
            tp += said and labels[k] == 1
            fp += said and labels[k] == 0
            fn += (not said) and labels[k] == 1
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def norm_title(s):
    return ' '.join((s or '').lower().split()).strip(' :.,;–—-')


class _Headings(HTMLParser):
    """The text of a page's h1 elements."""

    def __init__(self):
        super().__init__()
        self.depth, self.found = 0, []

    def handle_starttag(self, tag, attrs):
        if tag == 'h1':
            self.depth += 1
            self.found.append('')

    def handle_endtag(self, tag):
        if tag == 'h1' and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.found[-1] += data


def gold_title(text):
    """The headline of a marked text: the gold outline's title, or for a
    benchmark page the text of its first h1 that stands as a line."""
    name, group, kind, path, truth = text
    if kind != 'bench':
        return [norm_title(truth.get('outline', {}).get('title', ''))]
    html = gzip.open(path[:-len('.txt')] + '.html.gz', 'rt', encoding='utf-8', errors='replace').read()
    h = _Headings()
    h.feed(html)
    return [norm_title(t) for t in h.found if norm_title(t)]


def title_sample(row, text):
    """(candidate features, indices of the gold title among them) for one
    text, or None when the gold title is not a candidate (or there is none).
    The candidates are the lines the crate gives title features (`"t"`):
    those before the main run of prose that the rules left open."""
    lines = row[2]
    cands = [k for k, l in enumerate(lines) if 't' in l]
    want = [t for t in gold_title(text) if t]
    if not cands or not want:
        return None
    right = [j for j, k in enumerate(cands) if norm_title(lines[k]['text']) in want]
    if not right:
        return None
    return (np.array([lines[c]['t'] for c in cands], dtype=float), right)


def fit_choice(samples, l2=10.0, iters=40):
    """A linear score whose softmax over each text's candidates puts its
    weight on the title (a conditional logit; a headline that stands twice
    is right either time), by Newton's method with L2."""
    d = samples[0][0].shape[1]
    w = np.zeros(d)
    for _ in range(iters):
        g = l2 * w
        h = l2 * np.eye(d)
        for x, right in samples:
            z = x @ w
            q = np.exp(z - z.max())
            q /= q.sum()
            mean = q @ x
            r = q[right] / q[right].sum()
            g -= r @ x[right] - mean
            h += (x * q[:, None]).T @ x - np.outer(mean, mean)
        step = np.linalg.solve(h + 1e-6 * np.eye(d), g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def chose_right(w, sample):
    return int(np.argmax(sample[0] @ w)) in sample[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--check', action='store_true', help='cross-validate only; write nothing')
    ap.add_argument('--folds', type=int, default=4)
    ap.add_argument('--l2', type=float, default=1.0)
    ap.add_argument('--title-l2', type=float, default=10.0)
    ap.add_argument('--trees', action='store_true', help='boosted trees instead of the linear model')
    ap.add_argument('--drop', type=int, action='append', default=[],
                    help='leave feature K out (an experiment)')
    args = ap.parse_args()
    score = load_score()
    texts = collect()
    feats = features([t[3] for t in texts])
    rows = []  # (group, kind, lines, labels, truth)
    for name, group, kind, path, truth in texts:
        lines = feats[path]['lines']
        for l in lines:
            for d in args.drop:
                l['f'][d] = 0.0
        labels = body_labels(lines, truth) if kind == 'bench' else gold_labels(lines, truth)
        rows.append((group, kind, lines, labels, truth))

    def matrix(sel):
        xs, ys, ws = [], [], []
        for group, kind, lines, labels, truth in sel:
            for l, y in zip(lines, labels):
                if decided(l):
                    xs.append(l['f'])
                    ys.append(y)
                    ws.append(max(1, len(WORD.findall(l['text']))))
        return np.array(xs, dtype=float), np.array(ys, dtype=float), np.array(ws, dtype=float)

    # Cross-validation by site: the probability of every held-out line.
    held = {}
    for f in range(args.folds):
        train = [r for r in rows if fold_of(r[0], args.folds) != f]
        x, y, sw = matrix(train)
        m = Trees().fit(x, y, sw) if args.trees else Linear(fit(x, y, args.l2, sw=sw))
        for idx, r in enumerate(rows):
            if fold_of(r[0], args.folds) == f:
                held[idx] = m.prob(np.array([l['f'] for l in r[2]], dtype=float)) if r[2] else np.zeros(0)
    bench = [(r[2], r[4], held[i]) for i, r in enumerate(rows) if r[1] == 'bench']
    bench_rules = [(lines, truth, None) for lines, truth, _ in bench]
    marked = [(r[2], r[3], held[i]) for i, r in enumerate(rows) if r[1] != 'bench']
    marked_rules = [(lines, labels, None) for lines, labels, _ in marked]
    # The threshold: the lowest that keeps held-out body recall at 0.98.
    cut = 0.999
    for c in [*np.arange(0.30, 0.99, 0.01), 0.99, 0.993, 0.995, 0.997, 0.999]:
        if bench_scores(score, bench, c)['recall'] >= 0.98:
            cut = float(c)
            break
    rules = bench_scores(score, bench_rules, 1.0)
    learned = bench_scores(score, bench, cut)
    print(f'held-out sites, {args.folds} folds; threshold {cut:.3f}')
    print(f'benchmark body F1: rules {rules["f1"]:.3f} (P {rules["precision"]:.3f} R {rules["recall"]:.3f})'
          f' -> rules+model {learned["f1"]:.3f} (P {learned["precision"]:.3f} R {learned["recall"]:.3f})')
    for kind in ('corpus', 'page'):
        m = [(r[2], r[3], held[i]) for i, r in enumerate(rows) if r[1] == kind]
        if m:
            print(f'{kind} chrome F1: rules {chrome_f1([(a, b, None) for a, b, _ in m], 1.0):.3f}'
                  f' -> rules+model {chrome_f1(m, cut):.3f} ({len(m)} texts)')
    # The title: of the lines before the main run of prose that the rules
    # left the article's own, the one a second linear score ranks first.
    titles = [title_sample(r, texts[i]) for i, r in enumerate(rows)]
    held_title = {}
    for f in range(args.folds):
        train = [t for i, t in enumerate(titles) if t and fold_of(rows[i][0], args.folds) != f]
        wt = fit_choice(train, args.title_l2)
        for i, t in enumerate(titles):
            if t and fold_of(rows[i][0], args.folds) == f:
                held_title[i] = chose_right(wt, t)
    for kind in ('bench', 'corpus', 'page'):
        sel = [i for i, t in enumerate(titles) if t and rows[i][1] == kind]
        if sel:
            first = sum(0 in titles[i][1] for i in sel)
            learned_t = sum(held_title[i] for i in sel)
            print(f'{kind} titles among the candidates: first line {first}/{len(sel)}'
                  f' -> learned {learned_t}/{len(sel)}')
    if args.check:
        return
    x, y, sw = matrix(rows)
    w = fit(x, y, args.l2, sw=sw)
    wt = fit_choice([t for t in titles if t], args.title_l2)
    lines = ['// Generated by tools/outline_model/train.py: do not edit; retrain there.',
             f'//! Trained on {len(y)} lines of {len(rows)} marked texts'
             f' ({int(y.sum())} chrome); threshold from held-out sites.',
             '',
             'pub const TRAINED: bool = true;',
             f'/// A line is chrome from a probability of {cut:.3f}: these log-odds.',
             f'pub const THRESHOLD_SCORE: f32 = {np.log(cut / (1 - cut)):.6f};',
             '#[rustfmt::skip]',
             'pub const WEIGHTS: &[f32] = &[']
    lines += [f'    {v:.6},' for v in w]
    lines.append('];')
    lines += ['/// The title score of a line: the candidate that scores highest is the title.',
              '#[rustfmt::skip]',
              'pub const TITLE_WEIGHTS: &[f32] = &[']
    lines += [f'    {v:.6},' for v in wt]
    lines.append('];')
    with open(WEIGHTS, 'w') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(f'wrote {os.path.relpath(WEIGHTS, ROOT)}: {len(w)} weights')


if __name__ == '__main__':
    main()
