// Builds the npm package `solieu` into target/npm/solieu (then `npm pack`
// there makes the tarball): wasm-pack's build of the crate with the feature
// `package` (TypeScript declarations generated from the document's types by
// tsify, and `htmlToText`), wasm-opt on it, and the two entries around
// wasm-bindgen's module: index.js for browsers and bundlers, node.js for Node,
// chosen by package.json's conditional exports.
//
//   node tools/npm/build.mjs [--pack]
//
// Apart from the page's build (the Makefile's `wasm`): its own target
// directory, plain opt-level 3 and the standard library as shipped, no size
// budget but the one a package's users would expect (printed at the end).

import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'target', 'npm', 'solieu');

function run(cmd, args, env = {}, cwd = root) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
}

rmSync(out, { recursive: true, force: true });
run(
  'wasm-pack',
  ['build', '.', '--target', 'web', '--release', '--out-dir', out, '--out-name', 'solieu',
    '--', '--features', 'package'],
  {
    CARGO_TARGET_DIR: join(root, 'target', 'npm-build'),
    // getrandom (scraper's hash seeds) takes crypto.getRandomValues.
    RUSTFLAGS: '--cfg getrandom_backend="wasm_js"',
  },
);
const wasm = join(out, 'solieu_bg.wasm');
run(join(root, 'node_modules', '.bin', 'wasm-opt'), [
  '--enable-reference-types', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-multivalue', '--enable-mutable-globals',
  '--strip-producers', '-O3', wasm, '-o', wasm,
]);

for (const file of ['index.js', 'node.js', 'index.d.ts', 'README.md']) {
  copyFileSync(join(here, file), join(out, file));
}
rmSync(join(out, '.gitignore'), { force: true });

// wasm-pack's package.json gives the name, version, description and licence
// from Cargo.toml; the entries and the module type are the package's own.
const generated = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
const pkg = {
  name: generated.name,
  version: generated.version,
  description: generated.description,
  license: generated.license,
  type: 'module',
  exports: {
    '.': { types: './index.d.ts', node: './node.js', default: './index.js' },
    './package.json': './package.json',
  },
  main: './node.js',
  types: './index.d.ts',
  files: ['index.js', 'node.js', 'index.d.ts', 'solieu.js', 'solieu.d.ts', 'solieu_bg.wasm',
    'solieu_bg.wasm.d.ts', 'README.md'],
  // The entries instantiate the WebAssembly at import.
  sideEffects: ['./index.js', './node.js'],
  engines: { node: '>=18' },
  keywords: ['figures', 'numbers', 'fact-checking', 'vietnamese', 'nlp', 'webassembly'],
};
writeFileSync(join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');

const bytes = readFileSync(wasm);
console.log(`npm package: ${out} (wasm ${statSync(wasm).size} bytes, ${gzipSync(bytes, { level: 9 }).length} gzip)`);

if (process.argv.includes('--pack')) {
  run('npm', ['pack', '--pack-destination', join(root, 'target', 'npm')], {}, out);
}
