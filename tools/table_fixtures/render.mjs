// Typesets each table fixture as a report would print it: its caption and
// unit line as paragraphs, its rows as an HTML table (header rows as heads),
// A4 landscape, by Chromium's print to PDF.
//
//   node tools/table_fixtures/render.mjs JOBS.json
//
// JOBS.json: [{"lang", "above": [lines], "rows": [[cells]], "header_rows", "pdf"}].
// Driven by layout.py; not part of `make test`.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../../tests/e2e/harness.mjs';

const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const browser = await launchChromium();
const page = await browser.newPage();
for (const job of jobs) {
  const above = job.above.filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join('\n');
  const rows = job.rows
    .map((row, r) => {
      const tag = r < job.header_rows ? 'th' : 'td';
      return `<tr>${row.map((c) => `<${tag}>${escape(c)}</${tag}>`).join('')}</tr>`;
    })
    .join('\n');
  await page.setContent(
    `<!doctype html><html lang="${job.lang}"><head><meta charset="utf-8">
<style>
  body { font: 9pt/1.3 "DejaVu Sans", "Liberation Sans", sans-serif; }
  table { border-collapse: collapse; }
  th, td { border: 0.5pt solid #888; padding: 1pt 4pt; vertical-align: top; }
  td { text-align: right; } td:first-child { text-align: left; }
</style></head><body>${above}<table>${rows}</table></body></html>`,
  );
  await page.pdf({ path: job.pdf, format: 'A4', landscape: true, margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } });
}
await browser.close();
