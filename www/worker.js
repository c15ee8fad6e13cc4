// solieu's analysis worker: loads the WebAssembly build once, then answers
// each {id, text, language, blocks} message with {id, analysis, ms, memory}
// or {id, error}. `blocks` are the block hints of an HTML paste (see app.js);
// `memory` is the size of the WASM linear memory after the run, in bytes
// (it never shrinks, so a leak shows as growth; the page may ignore it).
//
// Failures are reported, never swallowed: when the WASM cannot be fetched or
// instantiated the worker posts {fatal: 'init', error} and answers every
// request with the same error. An analysis that throws is answered with
// {id, error, fatal: true}: a Rust panic surfaces as `RuntimeError:
// unreachable` and leaves the instance in an unknown state, so the page
// throws this worker away and starts a fresh one for the next request.
import init, { analyze, version } from './pkg/solieu.js';

const message = (err) => String(err && err.message ? err.message : err);

let memory = null; // the WASM module's `memory` export

// `init()` with no argument fetches solieu_bg.wasm next to solieu.js, so the
// page works under any path prefix. It resolves to the module's exports.
const ready = init().then(
  (exports) => {
    memory = exports.memory;
    self.postMessage({ ready: true, version: version() });
  },
  (err) => {
    self.postMessage({ fatal: 'init', error: message(err) });
    throw err;
  },
);
ready.catch(() => {}); // reported above; requests see it through `await ready`

self.onmessage = async (event) => {
  const { id, text, language, blocks } = event.data;
  try {
    await ready;
  } catch (err) {
    self.postMessage({ id, error: message(err), fatal: true });
    return;
  }
  try {
    const options = {};
    if (language === 'vi' || language === 'en') options.language = language;
    if (Array.isArray(blocks) && blocks.length) options.blocks = blocks;
    const t0 = performance.now();
    const analysis = analyze(String(text), options);
    self.postMessage({ id, analysis, ms: performance.now() - t0, memory: memory ? memory.buffer.byteLength : null });
  } catch (err) {
    self.postMessage({ id, error: `${err && err.name ? `${err.name}: ` : ''}${message(err)}`, fatal: true });
  }
};
