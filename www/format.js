// How the page writes a figure's value for a reader: numbers, money, percent,
// dates, periods, quarters, durations, ratios, scores, references and ranges,
// in the interface's locale ('vi-VN' or 'en-US'). Pure functions over the
// built-in Intl: no DOM, no page state, so they run (and are tested) in Node
// too (tests/js/format.test.mjs). The only shared state is the caches of
// Intl formats below, since making a format costs as much as using it
// hundreds of times.

import { DICT } from './i18n.js';

const numberFormats = new Map();
const dateFormats = new Map();

/** An Intl.NumberFormat, made once per locale and options (an option the
 *  runtime refuses, such as an unknown currency, falls back to the plain
 *  number format of the locale). */
export function numberFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat(locale);
    }
    numberFormats.set(key, f);
  }
  return f;
}

/** A UTC date format, made once per locale and options. */
export function dateFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    dateFormats.set(key, f);
  }
  return f;
}

/** How many formats are cached (for tests: a second use makes none). */
export function cachedFormats() {
  return numberFormats.size + dateFormats.size;
}

export function fmtNumber(n, locale) {
  return numberFormat(locale, { maximumFractionDigits: 6 }).format(n);
}

/** An amount in an ISO 4217 currency (`unit` 'VND', 'USD'…) with its sign;
 *  any other unit as a plain number. */
export function fmtMoney(n, unit, locale) {
  if (/^[A-Z]{3}$/.test(unit || '')) {
    const fraction = Number.isInteger(n) ? 0 : 2;
    return numberFormat(locale, {
      style: 'currency',
      currency: unit,
      minimumFractionDigits: fraction,
      maximumFractionDigits: Math.max(fraction, 2),
    }).format(n);
  }
  return fmtNumber(n, locale);
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Dates read the way each language writes them: 18/5/2021 and 18 May 2021.
const DATE_STYLES = {
  'vi-VN': {
    locale: 'vi-VN',
    day: { day: 'numeric', month: 'numeric', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'numeric' },
  },
  'en-US': {
    locale: 'en-GB',
    day: { day: 'numeric', month: 'short', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'long' },
  },
};

/** The words for a date without its year, in the locale's language. */
const noYear = (locale) => (locale === 'vi-VN' ? DICT.vi : DICT.en)['no.year'];

/** An ISO 8601 date as the analysis writes it: 2023-03-05, 2023-03, 2023,
 *  2023-Q1, --03-05 and --Q1 (no year), with a time after a T. Anything
 *  else is returned as it is. */
export function fmtDate(s, locale) {
  const style = DATE_STYLES[locale] ?? DATE_STYLES['en-US'];
  const utc = (opts, y, m, d) => dateFormat(style.locale, opts).format(new Date(Date.UTC(y, m, d)));
  let m;
  if ((m = /^(.*)T(\d{2}:\d{2}(?::\d{2})?)$/.exec(s))) {
    return m[1] ? `${fmtDate(m[1], locale)} ${m[2]}` : m[2];
  }
  if ((m = DATE_RE.exec(s))) {
    const [, y, mo, d] = m;
    if (+mo > 12 || +d > 31) return s;
    if (d) return utc(style.day, +y, +mo - 1, +d);
    if (mo) return utc(style.month, +y, +mo - 1, 1);
    return y;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^--Q([1-4])$/.exec(s))) return `Q${m[1]} ${noYear(locale)}`;
  if ((m = /^--(\d{2})-(\d{2})$/.exec(s))) return `${utc(style.dayMonth, 2000, +m[1] - 1, +m[2])} ${noYear(locale)}`;
  return s;
}

const DURATION_RE = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/;
const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** An ISO 8601 duration (P3Y, PT2H30M) in words; anything else as it is. */
export function fmtDuration(s, locale) {
  const m = DURATION_RE.exec(s);
  if (!m) return s;
  const parts = [];
  DURATION_UNITS.forEach((unit, i) => {
    if (m[i + 1] !== undefined) {
      parts.push(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(m[i + 1])));
    }
  });
  return parts.length ? parts.join(' ') : s;
}

/** A readable rendering of one value of a figure of the given kind. */
export function fmtValue(kind, value, unit, locale) {
  if (value === null || value === undefined) return '—';
  switch (kind) {
    case 'money':
      return typeof value === 'number' ? fmtMoney(value, unit, locale) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${fmtNumber(value, locale)}%` : String(value);
    case 'date':
      return fmtDate(String(value), locale);
    case 'period': {
      const [a, b] = String(value).split('/');
      return b === undefined ? fmtDate(a, locale) : `${fmtDate(a, locale)} – ${fmtDate(b, locale)}`;
    }
    case 'duration':
      return fmtDuration(String(value), locale);
    case 'ratio':
    case 'score':
      if (Array.isArray(value)) {
        const [a, b] = value.map((n) => fmtNumber(n, locale));
        return kind === 'ratio' ? `${a} / ${b}` : `${a} – ${b}`;
      }
      return String(value);
    case 'reference':
      if (value && typeof value === 'object') {
        const tail = [value.number, value.year, value.code].filter(Boolean).join('/');
        return [value.type, tail].filter(Boolean).join(' ');
      }
      return String(value);
    default:
      return typeof value === 'number' ? fmtNumber(value, locale) : JSON.stringify(value);
  }
}

/** A figure's value, or its range ("5 – 7%") when it has a `high`. */
export function fmtFigure(f, locale) {
  try {
    const low = fmtValue(f.kind, f.value, f.unit, locale);
    if (f.high === null || f.high === undefined) return low;
    return `${low} – ${fmtValue(f.kind, f.high, f.unit, locale)}`;
  } catch {
    // An odd value (an unknown currency code, say) is shown as it came.
    return JSON.stringify(f.high == null ? f.value : [f.value, f.high]);
  }
}

/** A compact reading of large amounts ("15.7 billion"), or null. */
export function fmtCompact(f, locale) {
  if (typeof f.value !== 'number' || Math.abs(f.value) < 1e6) return null;
  if (!['money', 'count', 'number', 'quantity'].includes(f.kind)) return null;
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 5 }).format(f.value);
}

/** Formats a value of each kind once, so that the browser loads its number
 *  and date data while the worker analyses the first text rather than when
 *  the first table is drawn: that took the table 49–83 ms of the first
 *  render, and 10–15 ms after this (2-core machine). */
export function warmFormats(locale) {
  for (const f of [
    { kind: 'money', value: 36.2e9, unit: 'VND' },
    { kind: 'money', value: 15.7e9, unit: 'USD' },
    { kind: 'percent', value: 5.2 },
    { kind: 'date', value: '2023-03-05' },
    { kind: 'date', value: '2023-03' },
    { kind: 'date', value: '--03-05' },
    { kind: 'count', value: 1038 },
  ]) {
    fmtFigure(f, locale);
    fmtCompact(f, locale);
  }
}
