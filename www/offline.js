// Registers solieu's service worker (sw.js), which keeps the page working
// offline. Where service workers are unavailable — file://, an insecure
// origin, a browser without them — the page works as before, online only.

const register = () =>
  navigator.serviceWorker
    .register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).href })
    .catch((err) => console.info(`solieu: no offline copy (${err && err.message ? err.message : err})`));

if ('serviceWorker' in navigator && window.isSecureContext) {
  // After the page has loaded, so the first visit is not slowed down.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
