// The npm package as a user gets it: `npm pack`'s tarball (make npm builds it
// with tools/npm/build.mjs) installed into a scratch project, its README's
// TypeScript example type-checked by tsc and run by Node, the generated
// declarations held against real documents, the Node entry against the CLI,
// and the browser entry in Debian's Chromium.
//
//     make npm && node --test tests/npm/

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS, ROOT, launchChromium } from '../e2e/harness.mjs';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    outDir: 'out',
  },
};

let scratch;

before(() => {
  const tarballs = readdirSync(join(ROOT, 'target/npm')).filter((n) => /^solieu-.*\.tgz$/.test(n));
  assert.equal(tarballs.length, 1, `one tarball in target/npm (make npm): ${tarballs}`);
  scratch = mkdtempSync(join(tmpdir(), 'solieu-npm-'));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(ROOT, 'target/npm', tarballs[0])], { cwd: scratch, stdio: 'pipe' });
});

after(() => rmSync(scratch, { recursive: true, force: true }));

/** tsc on `files` in the scratch project: its status and what it printed. */
function tsc(files, { emit = false } = {}) {
  const config = { ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, noEmit: !emit }, files };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(config));
  const run = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** The README's fenced block of `lang` after its `nth` (0-based): the
 *  package's README, or from `section` on in the repository's. */
function readmeBlock(lang, nth = 0, section = null) {
  let readme = readFileSync(join(ROOT, section ? 'README.md' : 'tools/npm/README.md'), 'utf8');
  if (section) readme = readme.slice(readme.indexOf(section));
  const block = readme.split('```' + lang + '\n')[nth + 1];
  assert.ok(block, `README block ${lang} ${nth}`);
  return block.split('```')[0];
}

test('the README example type-checks under strict tsc and prints what the README says, in Node', () => {
  writeFileSync(join(scratch, 'example.ts'), readmeBlock('ts'));
  const checked = tsc(['example.ts'], { emit: true });
  assert.equal(checked.status, 0, checked.out);
  const run = spawnSync(process.execPath, [join(scratch, 'out/example.js')], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, readmeBlock('text'));
});

test("the repository README's JavaScript example prints what it says", () => {
  const section = '## Packages';
  writeFileSync(join(scratch, 'root-example.mjs'), readmeBlock('js', 0, section));
  const run = spawnSync(process.execPath, [join(scratch, 'root-example.mjs')], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, readmeBlock('text', 0, section));
});

/** Texts whose documents use every part of the type: figures of every kind,
 *  ranges, changes, references, cells, tables, captions, bylines, checks. */
function texts() {
  const out = [];
  for (const dir of [CORPUS, join(ROOT, 'tests/corpus'), join(ROOT, 'tests/tables')]) {
    for (const name of readdirSync(dir).sort()) {
      if (/\.(txt|tsv)$/.test(name)) out.push([name, readFileSync(join(dir, name), 'utf8')]);
    }
  }
  return out;
}

/** The documents of `texts()` by the package's Node entry, run in a child. */
function documents(list) {
  writeFileSync(join(scratch, 'texts.json'), JSON.stringify(list.map(([, t]) => t)));
  writeFileSync(join(scratch, 'docs.mjs'), `
    import { readFileSync, writeFileSync } from 'node:fs';
    import { analyze } from 'solieu';
    const texts = JSON.parse(readFileSync('texts.json', 'utf8'));
    writeFileSync('docs.json', JSON.stringify(texts.map((t) => analyze(t))));
  `);
  execFileSync(process.execPath, ['docs.mjs'], { cwd: scratch });
  return JSON.parse(readFileSync(join(scratch, 'docs.json'), 'utf8'));
}

test('the generated declarations describe the documents exactly: every field there, none extra', () => {
  const list = texts();
  assert.ok(list.length > 40, `${list.length} texts`);
  const docs = documents(list);
  const kinds = new Set(docs.flatMap((d) => d.figures.map((f) => f.kind)));
  assert.equal(kinds.size, 12, [...kinds].join(' '));
  assert.ok(docs.some((d) => d.figures.some((f) => f.cell)), 'a figure in a table cell');
  assert.ok(docs.some((d) => d.outline.tables?.length), 'a table');
  // Object literals: tsc rejects a missing field, a field of the wrong
  // type and (excess property checks) a field the declarations do not have.
  const literal = (d, k) => `export const d${k}: Analysis = ${JSON.stringify(d)};\n`;
  const head = "import type { Analysis } from 'solieu';\n";
  writeFileSync(join(scratch, 'docs.ts'), head + docs.map(literal).join(''));
  const checked = tsc(['docs.ts']);
  assert.equal(checked.status, 0, checked.out.slice(0, 3000));

  // And the check can fail: a field taken out, one added, one retyped.
  const doc = structuredClone(docs.find((d) => d.figures.length && d.checks.length));
  delete doc.figures[0].unit;
  doc.outline.extra = 1;
  doc.checks[0].ok = 'yes';
  writeFileSync(join(scratch, 'drift.ts'), head + literal(doc, 0));
  const drift = tsc(['drift.ts']);
  assert.notEqual(drift.status, 0);
  assert.match(drift.out, /'unit' is missing/);
  assert.match(drift.out, /'"extra"' does not exist in type 'Outline'/);
  assert.match(drift.out, /'string' is not assignable to type 'boolean'/);
});

test('the package reads text and HTML as the CLI does: the same conversion and documents', () => {
  const pages = join(CORPUS, '../extraction/pages');
  const names = readdirSync(pages).filter((n) => n.endsWith('.html.gz')).sort().slice(0, 12);
  const dir = join(scratch, 'pages');
  execFileSync('mkdir', ['-p', dir]);
  for (const n of names) writeFileSync(join(dir, n.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(pages, n))));
  const cli = spawnSync(join(ROOT, 'target/release/solieu'), ['analyze', dir, '--format', 'jsonl', '--jobs', '1'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(cli.status, 0, cli.stderr);
  writeFileSync(join(scratch, 'html.mjs'), `
    import { readFileSync, readdirSync } from 'node:fs';
    import { analyze, htmlToText } from 'solieu';
    for (const n of readdirSync('pages').sort()) {
      const { text, blocks } = htmlToText(readFileSync('pages/' + n, 'utf8'));
      console.log(JSON.stringify({ path: n, text, ...analyze(text, { blocks }) }));
    }
  `);
  const pkg = spawnSync(process.execPath, ['html.mjs'], { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(pkg.status, 0, pkg.stderr);
  const want = cli.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const got = pkg.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(got.length, names.length);
  for (let k = 0; k < want.length; k++) {
    const { path, ...doc } = want[k];
    const { path: name, ...mine } = got[k];
    assert.equal(path.split('/').pop(), name);
    assert.ok(doc.text.length > 200, name);
    assert.deepEqual(mine, doc, name);
  }
  // Plain text too.
  const [name, text] = texts()[0];
  writeFileSync(join(scratch, 'one.txt'), text);
  const one = spawnSync(join(ROOT, 'target/release/solieu'), ['analyze', join(scratch, 'one.txt')], { encoding: 'utf8' });
  assert.deepEqual(documents([[name, text]])[0], JSON.parse(one.stdout));
});

test('in a browser the default entry fetches its WebAssembly beside it and analyses at import', async () => {
  const site = resolve(scratch);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = resolve(site, '.' + path);
    const body = file.startsWith(site + sep) ? await readFile(file).catch(() => null) : null;
    const type = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' }[extname(file)];
    res.writeHead(body ? 200 : 404, { 'Content-Type': type ?? 'text/plain' });
    res.end(body ?? 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  writeFileSync(join(scratch, 'index.html'), `<!doctype html><meta charset="utf-8">
    <script type="importmap">{"imports": {"solieu": "./node_modules/solieu/index.js"}}</script>
    <script type="module">
      import { analyze, htmlToText, version } from 'solieu';
      const page = htmlToText('<h1>Doanh thu tăng 12%</h1><p>Doanh thu đạt 1.200 tỷ đồng.</p>');
      window.result = { version: version(), doc: analyze(page.text, { blocks: page.blocks }) };
    </script>`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await page.waitForFunction(() => window.result, null, { timeout: 30_000 });
    const { version, doc } = await page.evaluate(() => window.result);
    assert.match(version, /^\d+\.\d+\.\d+$/);
    assert.equal(doc.outline.title.text, 'Doanh thu tăng 12%');
    const money = doc.figures.find((f) => f.kind === 'money');
    assert.equal(money.value, 1_200_000_000_000);
  } finally {
    await browser.close();
    server.close();
  }
});
