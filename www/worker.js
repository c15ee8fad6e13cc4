// solieu's analysis worker: loads the WebAssembly build once, then answers
// each {id, text, language, blocks} message with {id, analysis, ms} or
// {id, error}. `blocks` are the block hints of an HTML paste (see app.js).
import init, { analyze, version } from './pkg/solieu.js';

// `init()` with no argument fetches solieu_bg.wasm next to solieu.js, so the
// page works under any path prefix.
const ready = init().then(() => {
  self.postMessage({ ready: true, version: version() });
});

self.onmessage = async (event) => {
  const { id, text, language, blocks } = event.data;
  try {
    await ready;
    const options = {};
    if (language === 'vi' || language === 'en') options.language = language;
    if (Array.isArray(blocks) && blocks.length) options.blocks = blocks;
    const t0 = performance.now();
    const analysis = analyze(String(text), options);
    self.postMessage({ id, analysis, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
