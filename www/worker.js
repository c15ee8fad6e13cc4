// solieu's analysis worker: loads the WASM once, then answers each {id, text,
// language, blocks} with {id, analysis, ms, memory} (memory: the WASM's
// linear memory after the run, in bytes) or {id, error}; a WASM that cannot
// load posts {fatal: 'init', error}, an analysis that throws {id, error,
// fatal: true}. Why and what the page does: www/README.md, "The worker and
// its failures".
import init, { analyze, version } from './pkg/solieu.js';

const message = (err) => String(err && err.message ? err.message : err);

let memory = null; // the WASM module's `memory` export
let asked = false; // a request has come: warming up would only delay it

// A few lines of each language that pass through every stage. V8 compiles a
// WASM function when it is first called, and the word lists are built on
// first use too, so the first analysis of the sample took 45–60 ms (2 ms once
// warm); after this warm-up it took 8–38 ms (Chromium, 2-core machine). It
// runs only while no request waits, one text per task, since a request that
// is already there would wait for all of it.
const WARM_UP = [
  'Kinh tế quý I-2023\n\nVề thu ngân sách: tổng thu đạt hơn 36 tỷ 208 triệu đồng, tăng 5,2% so với cùng kỳ năm 2022; trong đó thu nội địa 20 tỷ đồng, thu khác 16,2 tỷ đồng. Ngày 5/3, có 1.038 lượt khách, theo Nghị quyết số 16/NQ-HĐND; lần thứ hai, gấp đôi, hai phần ba, tỷ lệ 3/4.\n\nQuang cảnh hội nghị. Ảnh: Tiến Thành\n\nCác tin khác',
  'Apple Q3 2010 results\n\nRevenue rose 61% to $15.7 billion in the third quarter, from $9.7 billion a year earlier, of which iPhone sales were $8.8 billion and Mac sales $6.9 billion. The first half of 2010, two-thirds, a 4-1 win, on March 5, 2024 at 10:30 a.m., Regulation (EU) 2016/679, 25 km, 3 hours.\n\nPhoto: Reuters\n\nShare',
];

// `init()` with no argument fetches solieu_bg.wasm next to solieu.js, so the
// page works under any path prefix. It resolves to the module's exports.
const ready = init()
  .then((exports) => {
    memory = exports.memory;
    self.postMessage({ ready: true, version: version() });
    const warm = (k) => {
      if (asked || k >= WARM_UP.length) return;
      analyze(WARM_UP[k], null);
      setTimeout(warm, 0, k + 1);
    };
    setTimeout(warm, 0, 0);
  })
  .catch((err) => {
    self.postMessage({ fatal: 'init', error: message(err) });
    throw err;
  });
ready.catch(() => {}); // reported above; requests see it through `await ready`

self.onmessage = async (event) => {
  asked = true;
  const { id, text, language, blocks } = event.data;
  try {
    await ready;
  } catch (err) {
    self.postMessage({ id, error: message(err), fatal: true });
    return;
  }
  try {
    const options = {};
    if (language === 'vi' || language === 'en') options.language = language;
    if (Array.isArray(blocks) && blocks.length) options.blocks = blocks;
    const t0 = performance.now();
    const analysis = analyze(String(text), options);
    self.postMessage({ id, analysis, ms: performance.now() - t0, memory: memory ? memory.buffer.byteLength : null });
  } catch (err) {
    self.postMessage({ id, error: `${err && err.name ? `${err.name}: ` : ''}${message(err)}`, fatal: true });
  }
};
