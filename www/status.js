// The status line (#status) and the failure alert (#failure, with Retry),
// both following the interface language.

import { $, button, el } from './panel.js';
import { fmtNumber } from './format.js';
import { t } from './i18n.js';

export function initStatus({ store, retry }) {
  const status = $('status');
  const failure = $('failure');

  function setStatus(text, kind = '') {
    status.textContent = text;
    status.className = `status ${kind}`.trim();
    status.dataset.state = kind || 'idle';
  }

  function showDone({ result, lang }) {
    const { analysis: a, ms } = result;
    const s = a.stats;
    const loc = lang === 'vi' ? 'vi-VN' : 'en-US';
    const n = (x) => fmtNumber(x, loc);
    setStatus(
      t('status.done', {
        n: n(a.figures.length),
        ms: ms < 10 ? ms.toFixed(1) : Math.round(ms),
        lang: a.language,
        words: n(s.words),
        sentences: n(s.sentences),
        paragraphs: n(s.paragraphs),
      }) +
        (result.blocks.length ? t('status.html') : '') +
        (a.language === 'und' ? t('status.und') : ''),
      'done',
    );
  }

  function showFailure(detail) {
    const again = button('button', t('failure.retry'));
    again.id = 'retry';
    again.addEventListener('click', () => retry());
    failure.replaceChildren(
      el('strong', null, t('failure.title')),
      ' ',
      el('span', null, t('failure.text', { error: detail })),
      ' ',
      again,
    );
    failure.hidden = false;
    failure.dataset.error = detail;
    setStatus(t('status.failed'), 'error');
  }

  function clearFailure() {
    if (failure.hidden) return;
    failure.hidden = true;
    failure.replaceChildren();
    delete failure.dataset.error;
  }

  store.subscribe((state, keys) => {
    if ((keys.has('result') || keys.has('lang')) && state.result) showDone(state);
    if (keys.has('lang') && !failure.hidden) showFailure(failure.dataset.error);
  });

  return {
    setStatus,
    showFailure,
    clearFailure,
    isError: () => status.classList.contains('error'),
  };
}
