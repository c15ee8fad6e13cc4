// Times two or more builds of the WebAssembly side by side in one Node
// process (V8, as in Chromium): each `pkg/` folder (solieu.js and
// solieu_bg.wasm, as `make wasm` writes them into www/pkg) is loaded, then
// `analyze` runs on the same text in turn, ten rounds interleaved, so that a
// busy machine slows every build alike. Prints each build's minimum and
// median for the text, and for the page's sample analysed 20 times a round.
// The comparison issue 14 asks for ("side by side with the code before
// this issue"): build the older commit's pkg in a worktree, then
//
//     node tools/wasm_ab.mjs TEXT OLD/www/pkg www/pkg
//
// Not part of `make test` (no test reads a clock).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [text, ...dirs] = process.argv.slice(2);
if (!text || dirs.length === 0) {
  console.error('usage: node tools/wasm_ab.mjs TEXT PKG_DIR...');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const big = readFileSync(text, 'utf8');
const sample = readFileSync(join(root, 'www/samples/vi-haugiang-q1-2023.txt'), 'utf8');
const builds = [];
for (const d of dirs) {
  // A query per folder: each build is its own module instance.
  const m = await import(`${pathToFileURL(join(d, 'solieu.js')).href}?${encodeURIComponent(d)}`);
  m.initSync({ module: readFileSync(join(d, 'solieu_bg.wasm')) });
  m.analyze(sample, null);
  builds.push(m);
}
const times = dirs.map(() => []);
const sampleTimes = dirs.map(() => []);
for (let round = 0; round < 10; round++) {
  builds.forEach((m, i) => {
    let t = performance.now();
    m.analyze(big, null);
    times[i].push(performance.now() - t);
    t = performance.now();
    for (let k = 0; k < 20; k++) m.analyze(sample, null);
    sampleTimes[i].push((performance.now() - t) / 20);
  });
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
dirs.forEach((d, i) => {
  console.log(`${d.padEnd(40)} text min ${Math.min(...times[i]).toFixed(1)} ms, median ${median(times[i]).toFixed(1)} ms;` +
    ` sample min ${Math.min(...sampleTimes[i]).toFixed(2)} ms, median ${median(sampleTimes[i]).toFixed(2)} ms`);
});
