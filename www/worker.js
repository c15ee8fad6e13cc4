// solieu's analysis worker: loads the WebAssembly build once, then answers
// each {id, text, language} message with {id, analysis, ms} or {id, error}.
import init, { analyze, version } from './pkg/solieu.js';

// `init()` with no argument fetches solieu_bg.wasm next to solieu.js, so the
// page works under any path prefix.
const ready = init().then(() => {
  self.postMessage({ ready: true, version: version() });
});

self.onmessage = async (event) => {
  const { id, text, language } = event.data;
  try {
    await ready;
    const options = language === 'vi' || language === 'en' ? { language } : null;
    const t0 = performance.now();
    const analysis = analyze(String(text), options);
    self.postMessage({ id, analysis, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};
