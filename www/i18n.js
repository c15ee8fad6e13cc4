// The interface's words in English and Vietnamese. The interface language is
// the reader's choice (remembered), else navigator.languages (vi* → vi, else
// en); the analysis language is separate and detected from the article.
//
// Elements carry data-i18n="key" (text), data-i18n-label (aria-label),
// data-i18n-title, data-i18n-placeholder; applyStatic() fills them in.

export const LANGS = ['en', 'vi'];
const STORE = 'solieu.ui-language';

const en = {
  'page.title': 'solieu — figures of an article',
  'site.tagline':
    'Paste a Vietnamese or English article: every figure is read and normalised, the outline laid out, and the sums checked — all in your browser.',
  'ui.language': 'Interface',
  'article.label': 'Article',
  'article.placeholder': 'Paste an article here, or drop a .txt, .md or .html file…',
  'article.help': 'Pasted web pages and .html files keep their headings and captions.',
  'open.file': 'Open file…',
  'clear': 'Clear',
  'clear.title': 'Empty the article and forget the copy this browser keeps of it',
  'saved.too.large': 'This text is too long to be kept across reloads.',
  'sample.choose': 'Sample…',
  'sample.label': 'Load a sample article',
  'sample.vi': 'Hậu Giang, Q1 2023 (vi)',
  'sample.en': 'Apple, Q3 2010 (en)',
  'analysis.language': 'Language',
  'analysis.language.label': 'Language of the article',
  'analysis.auto': 'auto',
  'tabs.label': 'Article view',
  'tab.read': 'Highlighted',
  'tab.edit': 'Edit',
  'view.label': 'The article with its figures highlighted',
  'view.empty': 'Nothing to highlight yet: paste or type an article in Edit, or load a sample.',
  'view.capped': 'Showing the first {chars} characters ({shown} of {total} figures).',
  'view.more': 'Show more',
  'view.hint': 'Hover or focus a figure to read it; click it to find its row.',
  'legend.label': 'Colour key',
  'family.money': 'money',
  'family.share': 'percent, ratio, score',
  'family.time': 'date, period, duration',
  'family.amount': 'count, number, quantity',
  'family.other': 'ordinal, reference',
  'skip.label': 'Skip to',
  'skip.checks': 'Skip to the checks',
  'skip.figures': 'Skip to the figures',
  'skip.outline': 'Skip to the outline',
  'checks.title': 'Checks',
  'checks.none': 'No stated sums to check.',
  'checks.passing': 'Passing ({n})',
  'verdict.sum.ok': 'Adds up',
  'verdict.sum.bad': 'Does not add up',
  'verdict.ratio.ok': 'The percentage fits its ratio',
  'verdict.ratio.bad': 'The percentage does not fit its ratio',
  'verdict.share.ok': 'The share fits its part and whole',
  'verdict.share.bad': 'The share does not fit its part and whole',
  'verdict.change.ok': 'The change fits its two values',
  'verdict.change.bad': 'The change does not fit its two values',
  'verdict.points.ok': 'A change in percentage points, said as such',
  'verdict.points.bad': 'The points do not fit the two percentages',
  'verdict.points.slip': 'Per cent written for percentage points',
  'verdict.average.ok': 'The count times the rate makes the total',
  'verdict.average.bad': 'The count times the rate does not make the total',
  'verdict.restatement.ok': 'Told twice, the same',
  'verdict.restatement.bad': 'Told twice, two ways',
  'verdict.off': 'off by {diff}',
  'role.total': 'Total',
  'role.parts': 'Parts',
  'role.percent': 'Percentage',
  'role.ratio': 'Ratio',
  'role.share': 'Share',
  'role.part': 'Part',
  'role.whole': 'Whole',
  'role.change': 'Change',
  'role.from': 'From',
  'role.to': 'To',
  'role.count': 'Count',
  'role.rate': 'Rate',
  'role.title': 'In the title',
  'role.body': 'In the body',
  'role.sentence': 'Where',
  'checks.help': 'Select a check to highlight its figures.',
  'checks.summary': '{bad} failing, {ok} passing',
  'figures.title': 'Figures',
  'figures.caption': 'Figures found in the article',
  'filter.kind': 'Kind',
  'filter.section': 'Section',
  'filter.search': 'Search',
  'filter.search.placeholder': 'figure, value or unit',
  'filter.in.sentences': 'in sentences too',
  'filter.all.kinds': 'all kinds',
  'filter.all.sections': 'all sections',
  'filter.no.section': '(before the first section)',
  'filter.reset': 'Clear filters',
  'filter.shown': '{shown} of {total} shown',
  'rows.more': 'Show {n} more rows',
  'rows.none': 'No figure matches the filters.',
  'col.text': 'Text',
  'col.kind': 'Kind',
  'col.value': 'Value',
  'col.unit': 'Unit',
  'col.qualifier': 'Qualifier',
  'col.section': 'Section',
  'col.sentence': 'Sentence',
  'sort.by': 'Sort by {col}',
  'row.title': 'Find in the article',
  'export.copy': 'Copy figures',
  'export.copy.label': 'Copy the figures shown as tab-separated text, for a spreadsheet',
  'export.csv': 'Download CSV',
  'export.json': 'Download JSON',
  'export.print': 'Print',
  'export.copied': 'Copied {n} figures as tab-separated text.',
  'export.copy.failed': 'Could not copy: {error}',
  'export.label': 'Export',
  'outline.title': 'Outline',
  'outline.part.title': 'Title',
  'outline.part.sections': 'Sections',
  'outline.part.captions': 'Captions',
  'outline.part.tables': 'Tables',
  'outline.table': 'Table {n} · {rows} rows × {columns} columns',
  'outline.table.more': '… {n} more rows: their figures are in the figures table',
  'figures.group.table': 'Table {n}',
  'outline.part.bylines': 'Bylines',
  'outline.part.chrome': 'Page chrome',
  'outline.no.title': 'No title found.',
  'outline.no.sections': 'No sections found.',
  'list.more': '… and {n} more (not listed, to keep the page responsive)',
  'outline.figures': '{n} figures',
  'outline.figure': '1 figure',
  'outline.inferred': 'inferred heading',
  'outline.repeated': 'repeated',
  'outline.jump': 'Go to “{heading}” and show its figures',
  'qualifier.exact': 'exact',
  'qualifier.approx': '≈ approx.',
  'qualifier.over': '> over',
  'qualifier.under': '< under',
  'change.up': '↑ up by {by}',
  'change.down': '↓ down by {by}',
  'no.year': '(no year)',
  'footer.local': 'analysis runs locally in WebAssembly; nothing you paste leaves this page.',
  'status.loading': 'loading…',
  'status.analysing': 'analysing…',
  'status.done': '{n} figures in {ms} ms · {lang} · {words} words · {sentences} sentences · {paragraphs} paragraphs',
  'status.html': ' · structure from HTML',
  'status.und': ' · language not supported: figures from digits and symbols only',
  'status.failed': 'the analysis failed',
  'failure.title': 'The analysis failed.',
  'failure.text': 'Your text is safe. Edit it, or press Retry, to start the analysis again. ({error})',
  'failure.retry': 'Retry',
  'failure.script': 'the analysis worker stopped with an error',
  'failure.message': 'an answer of the analysis could not be read',
  'failure.init': 'the analysis engine could not be loaded: {error}',
  'failure.init.timeout': 'the analysis engine did not load within {s} s',
  'failure.timeout': 'the analysis did not answer in time',
  'status.paste': 'paste an article to begin',
  'status.sample.failed': 'could not load the sample article ({error}); paste one instead',
  'status.open.kind': 'cannot open “{name}”: only .txt, .md and .html files',
  'status.open.size': '“{name}” is too large to open (over {mb} MB)',
  'status.opening': 'opening “{name}”…',
  'status.open.failed': 'could not read “{name}”: {error}',
  kind: {
    money: 'money', percent: 'percent', ratio: 'ratio', score: 'score', date: 'date', period: 'period',
    duration: 'duration', count: 'count', number: 'number', quantity: 'quantity', ordinal: 'ordinal',
    reference: 'reference',
  },
};

const vi = {
  'page.title': 'solieu — số liệu của một bài viết',
  'site.tagline':
    'Dán một bài viết tiếng Việt hoặc tiếng Anh: mọi số liệu được đọc và chuẩn hoá, bố cục được trình bày, các phép cộng được kiểm tra — ngay trong trình duyệt.',
  'ui.language': 'Giao diện',
  'article.label': 'Bài viết',
  'article.placeholder': 'Dán bài viết vào đây, hoặc kéo thả tệp .txt, .md hay .html…',
  'article.help': 'Trang web dán vào và tệp .html giữ nguyên tiêu đề mục và chú thích ảnh.',
  'open.file': 'Mở tệp…',
  'clear': 'Xoá',
  'clear.title': 'Xoá bài viết và bản sao trình duyệt này đang giữ',
  'saved.too.large': 'Bài này quá dài để được giữ lại khi tải lại trang.',
  'sample.choose': 'Bài mẫu…',
  'sample.label': 'Nạp một bài mẫu',
  'sample.vi': 'Hậu Giang, quý I-2023 (vi)',
  'sample.en': 'Apple, quý 3-2010 (en)',
  'analysis.language': 'Ngôn ngữ',
  'analysis.language.label': 'Ngôn ngữ của bài viết',
  'analysis.auto': 'tự động',
  'tabs.label': 'Cách xem bài viết',
  'tab.read': 'Tô sáng',
  'tab.edit': 'Sửa',
  'view.label': 'Bài viết với các số liệu được tô sáng',
  'view.empty': 'Chưa có gì để tô sáng: dán hoặc gõ bài viết ở thẻ Sửa, hoặc nạp một bài mẫu.',
  'view.capped': 'Đang hiện {chars} ký tự đầu ({shown} trên {total} số liệu).',
  'view.more': 'Hiện thêm',
  'view.hint': 'Rê chuột hoặc chọn một số liệu để đọc giá trị; bấm vào để tìm dòng của nó.',
  'legend.label': 'Chú giải màu',
  'family.money': 'tiền',
  'family.share': 'phần trăm, tỷ lệ, tỷ số',
  'family.time': 'ngày, giai đoạn, thời lượng',
  'family.amount': 'số lượng, số, đại lượng',
  'family.other': 'thứ tự, văn bản',
  'skip.label': 'Chuyển nhanh',
  'skip.checks': 'Đến phần kiểm tra',
  'skip.figures': 'Đến bảng số liệu',
  'skip.outline': 'Đến dàn ý',
  'checks.title': 'Kiểm tra',
  'checks.none': 'Không có tổng nào được nêu để kiểm tra.',
  'checks.passing': 'Khớp ({n})',
  'verdict.sum.ok': 'Cộng lại khớp',
  'verdict.sum.bad': 'Cộng lại không khớp',
  'verdict.ratio.ok': 'Tỷ lệ phần trăm khớp với tỷ số',
  'verdict.ratio.bad': 'Tỷ lệ phần trăm không khớp với tỷ số',
  'verdict.share.ok': 'Tỷ trọng khớp với phần và tổng',
  'verdict.share.bad': 'Tỷ trọng không khớp với phần và tổng',
  'verdict.change.ok': 'Mức thay đổi khớp với hai giá trị',
  'verdict.change.bad': 'Mức thay đổi không khớp với hai giá trị',
  'verdict.points.ok': 'Thay đổi tính bằng điểm phần trăm, nêu đúng',
  'verdict.points.bad': 'Số điểm phần trăm không khớp với hai tỷ lệ',
  'verdict.points.slip': 'Viết phần trăm thay cho điểm phần trăm',
  'verdict.average.ok': 'Số lượng nhân định mức bằng tổng',
  'verdict.average.bad': 'Số lượng nhân định mức không bằng tổng',
  'verdict.restatement.ok': 'Nêu hai lần, như nhau',
  'verdict.restatement.bad': 'Nêu hai lần, khác nhau',
  'verdict.off': 'lệch {diff}',
  'role.total': 'Tổng',
  'role.parts': 'Các phần',
  'role.percent': 'Tỷ lệ',
  'role.ratio': 'Tỷ số',
  'role.share': 'Tỷ trọng',
  'role.part': 'Phần',
  'role.whole': 'Tổng thể',
  'role.change': 'Thay đổi',
  'role.from': 'Từ',
  'role.to': 'Đến',
  'role.count': 'Số lượng',
  'role.rate': 'Định mức',
  'role.title': 'Trong tiêu đề',
  'role.body': 'Trong bài',
  'role.sentence': 'Ở câu',
  'checks.help': 'Chọn một phép kiểm tra để tô sáng các số liệu của nó.',
  'checks.summary': '{bad} sai, {ok} đúng',
  'figures.title': 'Số liệu',
  'figures.caption': 'Các số liệu tìm thấy trong bài',
  'filter.kind': 'Loại',
  'filter.section': 'Mục',
  'filter.search': 'Tìm',
  'filter.search.placeholder': 'số liệu, giá trị hoặc đơn vị',
  'filter.in.sentences': 'cả trong câu',
  'filter.all.kinds': 'mọi loại',
  'filter.all.sections': 'mọi mục',
  'filter.no.section': '(trước mục đầu tiên)',
  'filter.reset': 'Bỏ lọc',
  'filter.shown': 'hiện {shown} trên {total}',
  'rows.more': 'Hiện thêm {n} dòng',
  'rows.none': 'Không có số liệu nào khớp bộ lọc.',
  'col.text': 'Nguyên văn',
  'col.kind': 'Loại',
  'col.value': 'Giá trị',
  'col.unit': 'Đơn vị',
  'col.qualifier': 'Độ chính xác',
  'col.section': 'Mục',
  'col.sentence': 'Câu',
  'sort.by': 'Sắp xếp theo {col}',
  'row.title': 'Tìm trong bài viết',
  'export.copy': 'Sao chép số liệu',
  'export.copy.label': 'Sao chép các số liệu đang hiện dưới dạng văn bản phân cách bằng tab, để dán vào bảng tính',
  'export.csv': 'Tải CSV',
  'export.json': 'Tải JSON',
  'export.print': 'In',
  'export.copied': 'Đã sao chép {n} số liệu (phân cách bằng tab).',
  'export.copy.failed': 'Không sao chép được: {error}',
  'export.label': 'Xuất',
  'outline.title': 'Bố cục',
  'outline.part.title': 'Tiêu đề',
  'outline.part.sections': 'Các mục',
  'outline.part.captions': 'Chú thích ảnh',
  'outline.part.tables': 'Bảng',
  'outline.table': 'Bảng {n} · {rows} hàng × {columns} cột',
  'outline.table.more': '… còn {n} hàng: số liệu của chúng ở bảng số liệu',
  'figures.group.table': 'Bảng {n}',
  'outline.part.bylines': 'Tác giả, nguồn',
  'outline.part.chrome': 'Phần thừa của trang',
  'outline.no.title': 'Không tìm thấy tiêu đề.',
  'outline.no.sections': 'Không tìm thấy mục nào.',
  'list.more': '… và {n} mục nữa (không liệt kê để trang luôn phản hồi nhanh)',
  'outline.figures': '{n} số liệu',
  'outline.figure': '1 số liệu',
  'outline.inferred': 'tiêu đề suy ra',
  'outline.repeated': 'lặp lại',
  'outline.jump': 'Đến “{heading}” và hiện các số liệu của mục',
  'qualifier.exact': 'chính xác',
  'qualifier.approx': '≈ khoảng',
  'qualifier.over': '> hơn',
  'qualifier.under': '< dưới',
  'change.up': '↑ tăng {by}',
  'change.down': '↓ giảm {by}',
  'no.year': '(không rõ năm)',
  'footer.local': 'phân tích chạy ngay trên máy bằng WebAssembly; không gì bạn dán rời khỏi trang này.',
  'status.loading': 'đang tải…',
  'status.analysing': 'đang phân tích…',
  'status.done': '{n} số liệu trong {ms} ms · {lang} · {words} từ · {sentences} câu · {paragraphs} đoạn',
  'status.html': ' · cấu trúc từ HTML',
  'status.und': ' · chưa hỗ trợ ngôn ngữ này: số liệu chỉ đọc từ chữ số và ký hiệu',
  'status.failed': 'phân tích bị lỗi',
  'failure.title': 'Phân tích bị lỗi.',
  'failure.text': 'Bài viết của bạn vẫn an toàn. Hãy sửa bài hoặc bấm Thử lại để phân tích lại. ({error})',
  'failure.retry': 'Thử lại',
  'failure.script': 'bộ phân tích dừng vì lỗi',
  'failure.message': 'không đọc được một kết quả của bộ phân tích',
  'failure.init': 'không nạp được bộ phân tích: {error}',
  'failure.init.timeout': 'bộ phân tích không nạp xong trong {s} giây',
  'failure.timeout': 'bộ phân tích không trả lời kịp',
  'status.paste': 'dán một bài viết để bắt đầu',
  'status.sample.failed': 'không nạp được bài mẫu ({error}); hãy dán một bài',
  'status.open.kind': 'không mở được “{name}”: chỉ nhận tệp .txt, .md và .html',
  'status.open.size': '“{name}” quá lớn (trên {mb} MB)',
  'status.opening': 'đang mở “{name}”…',
  'status.open.failed': 'không đọc được “{name}”: {error}',
  kind: {
    money: 'tiền', percent: 'phần trăm', ratio: 'tỷ lệ', score: 'tỷ số', date: 'ngày', period: 'giai đoạn',
    duration: 'thời lượng', count: 'số lượng', number: 'số', quantity: 'đại lượng', ordinal: 'thứ tự',
    reference: 'văn bản',
  },
};

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
