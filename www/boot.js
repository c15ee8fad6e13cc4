// Starts the analysis worker the moment this file arrives. index.html loads it
// as an async module, which runs as soon as it is fetched rather than after
// the document is parsed and app.js has run: the worker fetches, compiles and
// warms up the WASM meanwhile. app.js adopts the worker, with the events it
// sent before app.js was there to hear them.

let early = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const held = [];
early.onmessage = (event) => held.push(['message', event]);
early.onmessageerror = (event) => held.push(['messageerror', event]);
early.onerror = (event) => {
  event.preventDefault(); // app.js reports it
  held.push(['error', event]);
};

/** The worker started here and the events it sent so far: once, then null
 *  (a worker started later, after a failure, is app.js's own). */
export function adoptWorker() {
  if (!early) return null;
  const worker = early;
  early = null;
  worker.onmessage = worker.onmessageerror = worker.onerror = null;
  return { worker, held };
}
