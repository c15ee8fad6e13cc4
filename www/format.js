// Figures' values as a reader reads them (money, percent, dates, quarters,
// periods, durations, ratios, ranges…) in the interface's locale, 'vi-VN' or
// 'en-US'. Pure functions over Intl, no DOM: tested in Node. The only state
// is the caches of Intl formats (making one costs hundreds of uses).

import { DICT } from './i18n.js';

const numberFormats = new Map();
const dateFormats = new Map();

/** A number format, made once (options refused: the locale's plain one). */
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

/** A UTC date format, made once. */
export function dateFormat(locale, options) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    dateFormats.set(key, f);
  }
  return f;
}

/** How many formats are cached (for tests). */
export function cachedFormats() {
  return numberFormats.size + dateFormats.size;
}

export function fmtNumber(n, locale) {
  return numberFormat(locale, { maximumFractionDigits: 6 }).format(n);
}

/** An amount with its currency's sign; without an ISO code, a number. */
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

const noYear = (locale) => (locale === 'vi-VN' ? DICT.vi : DICT.en)['no.year'];

/** An ISO date (2023-03-05, 2023-03, 2023-Q1, --03-05, …T10:30); anything
 *  else as it came. */
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

/** An ISO duration (P3Y, PT2H30M) in words; anything else as it came. */
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

/** One value of a figure of kind `kind`. */
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

/** A figure's value, or its range when it has a `high`. */
export function fmtFigure(f, locale) {
  try {
    const low = fmtValue(f.kind, f.value, f.unit, locale);
    if (f.high === null || f.high === undefined) return low;
    return `${low} – ${fmtValue(f.kind, f.high, f.unit, locale)}`;
  } catch {
    // An odd value is shown as it came.
    return JSON.stringify(f.high == null ? f.value : [f.value, f.high]);
  }
}

/** A compact reading of large amounts ("15.7 billion"), or null. */
export function fmtCompact(f, locale) {
  if (typeof f.value !== 'number' || Math.abs(f.value) < 1e6) return null;
  if (!['money', 'count', 'number', 'quantity'].includes(f.kind)) return null;
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 5 }).format(f.value);
}

/** A value of each kind formatted, so the browser loads its locale data
 *  while the first text is analysed, not while the table is drawn (49–83 ms
 *  of the first render before, 10–15 ms after: 2-core machine). */
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

/** The word for a scale in `locale` ("million", "tỷ", "nghìn tỷ"), from
 *  Intl's long compact notation; '' for 1. */
export function fmtScale(scale, locale) {
  if (!(scale > 1)) return '';
  const parts = numberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).formatToParts(scale);
  const word = parts.filter((p) => p.type === 'compact').map((p) => p.value).join('');
  const lead = parts.filter((p) => p.type === 'integer').map((p) => p.value).join('');
  // 1e5 is "100 thousand": the number stays with its word.
  return word && lead === '1' ? word : parts.map((p) => p.value).join('').trim();
}

const escapeRe = (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A check's arithmetic, written in the text's marks (`numbers`, the
 *  analysis's {group, decimal}), in the interface's number format instead:
 *  "1.462 + 437 = 1.899" → "1,462 + 437 = 1,899" in en-US. A table's
 *  "row, column: " before it stays as the table writes it (its labels may
 *  hold years and codes). */
export function fmtArithmetic(explanation, numbers, locale) {
  const text = String(explanation);
  if (!numbers?.group || !numbers?.decimal) return text;
  const cut = text.lastIndexOf(': ');
  const [label, sums] = cut < 0 ? ['', text] : [text.slice(0, cut + 2), text.slice(cut + 2)];
  const g = escapeRe(numbers.group);
  const d = escapeRe(numbers.decimal);
  const re = new RegExp(`\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`, 'g');
  const out = numberFormat(locale, { maximumFractionDigits: 6 });
  return (
    label +
    sums.replace(re, (n) => {
      const v = Number(n.split(numbers.group).join('').replace(numbers.decimal, '.'));
      return Number.isFinite(v) ? out.format(v) : n;
    })
  );
}
