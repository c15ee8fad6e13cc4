// solieu's service worker: the page works offline once it has loaded once.
//
// On install it stores the app shell (SHELL below) in a versioned cache; it
// answers same-origin GETs from that cache first, and fetches a fresh copy in
// the background to update the cache (stale-while-revalidate), so an edited
// file shows on the next load after. Anything not in the cache comes from the
// network and is cached for next time. Cross-origin requests (there should be
// none) are never touched. On activate it deletes every other solieu cache.
//
// Keeping it up to date: add a file the page needs to SHELL (the e2e test
// tests/e2e/offline.test.mjs fails when a file in www/ is missing from it),
// and bump VERSION when SHELL changes.

const VERSION = 4;
const CACHE = `solieu-v${VERSION}`;
const PREFIX = 'solieu-';

// Paths relative to this file, which sits at the root of the page.
const SHELL = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'boot.js',
  'worker.js',
  'hints.js',
  'saved.js',
  'html-to-text.js',
  'i18n.js',
  'export.js',
  'offline.js',
  'pkg/solieu.js',
  'pkg/solieu_bg.wasm',
  'samples/vi-haugiang-q1-2023.txt',
  'samples/en-apple-q3-2010.txt',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'icons/icon-512.png',
];

const BASE = new URL('./', self.location.href);
const INDEX = new URL('./', BASE).href;

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

/** Fetches `request` and, when the answer is a complete same-origin one,
 *  stores a copy. Rejects when the network does. */
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
