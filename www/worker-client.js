// The page's side of the analysis worker (worker.js): analyze(text, blocks,
// lang) posts a text and returns a promise of its analysis. This module owns
// the worker's life: it adopts the worker boot.js started (with the events
// that worker sent before the page was there to hear them), starts a fresh
// one when there is none, bounds the load and each run in time, throws a
// failed worker away, and drops the answers to requests a newer one
// superseded.
//
// The worker can fail: its script or the WASM may not load, the analysis may
// throw (a Rust panic is a `RuntimeError: unreachable` and leaves that WASM
// instance unusable), a message may not arrive, or the worker may never
// answer. Each failure terminates the worker; the request waiting, if any,
// rejects with an Error that says what failed (else `onFailure(detail)`
// hears it), and the next analyze() starts a fresh worker.
//
// Time bounds. Loading is bounded at INIT_TIMEOUT_MS: fetching and compiling
// ~400 kB of WASM takes well under a second even on slow machines. The
// analysis is bounded too, but generously and by size, because a large text
// legitimately takes seconds (10 MB, 7.5 M UTF-16 units: ~5 s on a desktop,
// several times that on a slow phone) and a false alarm would throw away a
// run that was about to finish: RUN_TIMEOUT_MS plus RUN_MS_PER_MCHAR for each
// million characters still waiting for an answer (the worker answers in
// order, so a small edit queued behind a 10 MB run waits for it too). Only a
// worker that is stuck (an endless loop) runs into it. The bounds run on the
// page's timers (setTimeout), which tests drive with a fake clock.

import { adoptWorker } from './boot.js';
import { t } from './i18n.js';

export const INIT_TIMEOUT_MS = 15_000;
export const RUN_TIMEOUT_MS = 20_000;
export const RUN_MS_PER_MCHAR = 20_000;

/**
 * The analysis worker, adopted from boot.js at once. `onReady(version)` is
 * called when a worker has loaded the WASM; `onFailure(detail)` when a worker
 * fails while no request waits for it.
 *
 * analyze(text, blocks, lang) resolves to {text, blocks, analysis, ms,
 * memory} (`ms` the time the worker took, `memory` the WASM memory after the
 * run, in bytes, or null), to null when a newer analyze() or cancel()
 * superseded it, and rejects with an Error when the worker failed.
 */
export function createWorkerClient({ onReady = () => {}, onFailure = () => {} } = {}) {
  let worker = null;
  let ready = false;
  let initTimer = 0;
  let runTimer = 0;
  let nextId = 0;
  const waiting = new Map(); // id → characters of each request not answered yet
  // The newest request: {id, text, blocks, lang, resolve, reject}, until it
  // is answered, fails or is superseded.
  let latest = null;

  function start() {
    stop();
    const adopted = adoptWorker();
    const w = adopted ? adopted.worker : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker = w;
    ready = false;
    initTimer = setTimeout(() => {
      if (w === worker && !ready) fail(t('failure.init.timeout', { s: INIT_TIMEOUT_MS / 1000 }));
    }, INIT_TIMEOUT_MS);
    const listen = () => {
      w.onmessage = ({ data }) => {
        if (w === worker) answer(data);
      };
      w.onmessageerror = () => {
        if (w === worker) fail(t('failure.message'));
      };
      w.onerror = (event) => {
        event.preventDefault(); // reported here, not as an uncaught error of the page
        if (w === worker) fail(event.message || t('failure.script'));
      };
    };
    if (!adopted) {
      listen();
      return;
    }
    // What the worker said before the page was there to hear it, once the
    // module that adopted it has run to the end (a microtask: before any
    // later event of the worker, which is a task of its own).
    queueMicrotask(() => {
      listen();
      for (const [type, event] of adopted.held) w[`on${type}`](event);
    });
  }

  function stop() {
    clearTimeout(initTimer);
    clearTimeout(runTimer);
    waiting.clear();
    if (worker) worker.terminate();
    worker = null;
    ready = false;
  }

  /** Throws the worker away and says why. */
  function fail(detail) {
    stop();
    const request = latest;
    latest = null;
    if (request) request.reject(new Error(detail));
    else onFailure(detail);
  }

  function post(request) {
    if (!worker) start();
    worker.postMessage({ id: request.id, text: request.text, language: request.lang, blocks: request.blocks });
    waiting.set(request.id, request.text.length);
    armRunTimer();
  }

  /** (Re)arms the bound on the requests still waiting for an answer. */
  function armRunTimer() {
    clearTimeout(runTimer);
    if (!waiting.size) return;
    let chars = 0;
    for (const n of waiting.values()) chars += n;
    runTimer = setTimeout(() => fail(t('failure.timeout')), RUN_TIMEOUT_MS + (RUN_MS_PER_MCHAR * chars) / 1e6);
  }

  function answer(data) {
    if (data.ready) {
      ready = true;
      clearTimeout(initTimer);
      onReady(data.version);
      return;
    }
    if (data.fatal === 'init') {
      fail(t('failure.init', { error: data.error }));
      return;
    }
    waiting.delete(data.id);
    armRunTimer();
    const request = latest;
    if (data.error !== undefined) {
      if (request && data.id === request.id) {
        fail(data.error);
      } else {
        // An older text broke this worker; the newest one is still to be
        // analysed, by a fresh worker.
        stop();
        if (request) post(request);
      }
      return;
    }
    if (!request || data.id !== request.id) return; // a newer request is on its way
    latest = null;
    request.resolve({
      text: request.text,
      blocks: request.blocks,
      analysis: data.analysis,
      ms: data.ms,
      memory: data.memory ?? null,
    });
  }

  /** Drops the answer still awaited: its promise resolves to null. */
  function cancel() {
    const request = latest;
    latest = null;
    if (request) request.resolve(null);
  }

  function analyze(text, blocks = [], lang = 'auto') {
    cancel();
    return new Promise((resolve, reject) => {
      nextId += 1;
      latest = { id: nextId, text: String(text), blocks, lang, resolve, reject };
      post(latest);
    });
  }

  // The worker boot.js started is adopted first thing: it has been loading
  // the WASM since then.
  start();

  return { analyze, cancel };
}
