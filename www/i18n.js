// The interface's words (words-en.js, words-vi.js) and its language: the
// reader's choice (remembered), else navigator.languages (vi* → vi, else
// en); the analysis language is separate and detected from the article.
//
// Elements carry data-i18n="key" (text), data-i18n-label (aria-label),
// data-i18n-title, data-i18n-placeholder; applyStatic() fills them in.

import en from './words-en.js';
import vi from './words-vi.js';

export const LANGS = ['en', 'vi'];
const STORE = 'solieu.ui-language';

export const DICT = { en, vi };

let current = 'en';

/** The language the reader chose before, else the browser's. */
export function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORE);
    if (LANGS.includes(saved)) return saved;
  } catch {
    // storage may be off; fall through
  }
  const prefs = navigator.languages?.length ? navigator.languages : [navigator.language || 'en'];
  return /^vi\b/i.test(prefs[0] || '') ? 'vi' : 'en';
}

export function getLanguage() {
  return current;
}

/** Sets the interface language (and remembers it when `remember`). */
export function setLanguage(lang, remember = false) {
  current = LANGS.includes(lang) ? lang : 'en';
  document.documentElement.lang = current;
  if (remember) {
    try {
      localStorage.setItem(STORE, current);
    } catch {
      // not remembered; still switched
    }
  }
  applyStatic();
}

/** The locale numbers are written in for the interface language. */
export function locale() {
  return current === 'vi' ? 'vi-VN' : 'en-US';
}

/** The string for `key`, with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const s = DICT[current][key] ?? en[key] ?? key;
  return String(s).replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The name of a figure kind. */
export function kindName(kind) {
  return DICT[current].kind[kind] ?? kind;
}

/** Fills in every element marked with data-i18n* attributes. */
export function applyStatic(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  if (root === document) document.title = t('page.title');
}
