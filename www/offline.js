// Registers the service worker (sw.js), its updates checked past the HTTP
// cache. Without service workers (file://, insecure origins) the page works
// online only.

const register = () =>
  navigator.serviceWorker
    .register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).href, updateViaCache: 'none' })
    .catch((err) => console.info(`solieu: no offline copy (${err && err.message ? err.message : err})`));

if ('serviceWorker' in navigator && window.isSecureContext) {
  // After the page has loaded, so the first visit is not slowed down.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
