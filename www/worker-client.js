// The page's side of the analysis worker (worker.js): analyze() posts a text
// and returns a promise of its analysis. Owns the worker's life: adopting the
// one boot.js started (and the events it buffered), starting a fresh one,
// the bounds on loading and on each run, terminating a failed worker, and
// dropping superseded answers. See README.md for the failures and bounds.

import { adoptWorker } from './boot.js';
import { t } from './i18n.js';

// Loading is bounded; a run too, generously and by the characters still
// waiting (the worker answers in order). On the page's timers.
export const INIT_TIMEOUT_MS = 15_000;
export const RUN_TIMEOUT_MS = 20_000;
export const RUN_MS_PER_MCHAR = 20_000;

/**
 * The worker client. `onReady(version)`: a worker loaded the WASM;
 * `onFailure(detail)`: a worker failed while no request waited.
 * analyze(text, blocks, lang) resolves to {text, blocks, analysis, ms,
 * memory}, to null once superseded (a newer analyze(), cancel()), and
 * rejects with an Error saying what failed.
 */
export function createWorkerClient({ onReady = () => {}, onFailure = () => {} } = {}) {
  let worker = null;
  let ready = false;
  let initTimer = 0;
  let runTimer = 0;
  let nextId = 0;
  const waiting = new Map(); // id → characters of each request not answered yet
  let latest = null; // the newest request, {id, text, blocks, lang, resolve, reject}, until settled

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
    // Its buffered events, once the adopting module has run to the end (a
    // microtask: before the worker's next event, a task of its own).
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
        // An older text broke it: the newest goes to a fresh worker.
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

  start(); // adopts boot.js's worker, which has been loading the WASM since

  return { analyze, cancel };
}
