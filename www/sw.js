// solieu's service worker: answers the files precache.js lists from a cache
// named after their content hash, other files under the page from the cache
// refreshed in the background, other origins not at all (www/README.md,
// "Offline").

importScripts('precache.js');

const PREFIX = 'solieu-';
const CACHE = `${PREFIX}${self.SOLIEU_PRECACHE.version}`;

// Paths relative to this file, which sits at the root of the page.
const SHELL = self.SOLIEU_PRECACHE.files;

const BASE = new URL('./', self.location.href);
const INDEX = new URL('./', BASE).href;
const SHELL_URLS = new Set(SHELL.map((path) => new URL(path, BASE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: past the HTTP cache, so a new version gets new files.
      await cache.addAll(SHELL.map((path) => new Request(new URL(path, BASE), { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

/** Fetches `request`, storing a complete same-origin answer. */
async function fetchAndStore(request) {
  const response = await fetch(request);
  if (response.ok && response.status === 200 && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // never touch other origins
  if (!url.href.startsWith(BASE.href)) return; // nor what is outside the page
  if (request.headers.has('range')) return;

  const navigate = request.mode === 'navigate';
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      let cached = await cache.match(request, { ignoreSearch: navigate });
      // A navigation to the page under another name (…/index.html, …/?x).
      if (!cached && navigate && (url.pathname === new URL(INDEX).pathname || url.pathname.endsWith('/index.html'))) {
        cached = await cache.match(INDEX);
      }
      // The build's own files change only with the version (a new cache).
      if (cached && (navigate || SHELL_URLS.has(url.href))) return cached;
      const fresh = fetchAndStore(request);
      if (cached) {
        // Refresh in the background; offline, keep what is stored.
        event.waitUntil(fresh.catch(() => {}));
        return cached;
      }
      return fresh;
    })(),
  );
});
