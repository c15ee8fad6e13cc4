// Typesets articles to PDF with Chromium's print to PDF, as a report or a
// saved web page would be: the title a headline, each other line a
// paragraph (a marked heading a heading), A4, with a running header and a
// page-number footer that Chromium itself writes on every page.
//
//   node tools/pdf_fixtures/render.mjs JOBS.json
//
// JOBS.json: [{"html_title", "lines", "headings", "title", "lang",
//              "header", "footer", "pdf"}]; `footer` is a template in
// which {n} and {m} stand for the page number and the page count.
// Driven by make.py; not part of `make test`.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../../tests/e2e/harness.mjs';

const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const escape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const browser = await launchChromium();
const page = await browser.newPage();
for (const job of jobs) {
  const headings = new Set(job.headings);
  let titled = false;
  const body = job.lines
    .map((line) => {
      if (!line.trim()) return '';
      if (!titled && line.trim() === job.title.trim()) {
        titled = true;
        return `<h1>${escape(line)}</h1>`;
      }
      if (headings.has(line.trim())) return `<h2>${escape(line)}</h2>`;
      return `<p>${escape(line)}</p>`;
    })
    .join('\n');
  await page.setContent(
    `<!doctype html><html lang="${job.lang}"><head><meta charset="utf-8">
<title>${escape(job.title)}</title>
<style>
  body { font: 11pt/1.45 "DejaVu Serif", "Liberation Serif", serif; }
  h1 { font-size: 17pt; } h2 { font-size: 13pt; }
  p { margin: 0 0 0.6em; text-align: justify; }
</style></head><body>${body}</body></html>`,
  );
  const small = 'font-size:8px;width:100%;text-align:center;font-family:sans-serif';
  const footer = escape(job.footer)
    .replace('{n}', '<span class="pageNumber"></span>')
    .replace('{m}', '<span class="totalPages"></span>');
  await page.pdf({
    path: job.pdf,
    format: 'A4',
    margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}">${escape(job.header)}</div>`,
    footerTemplate: `<div style="${small}">${footer}</div>`,
  });
}
await browser.close();
