// The package's entry for Node (and Deno, Bun): the WebAssembly is read from
// beside this module and compiled at import, so `analyze` is ready at once.
import { readFileSync } from 'node:fs';
import { initSync } from './solieu.js';

initSync({ module: readFileSync(new URL('./solieu_bg.wasm', import.meta.url)) });

export * from './solieu.js';
