// The package's entry for browsers and bundlers: the WebAssembly is fetched
// beside this module (a bundler that knows `new URL(..., import.meta.url)`,
// as Vite, webpack 5, Rollup and esbuild do, copies it), instantiated once
// at import, and the functions below are ready when the import resolves.
import init from './solieu.js';

await init({ module_or_path: new URL('./solieu_bg.wasm', import.meta.url) });

export * from './solieu.js';
