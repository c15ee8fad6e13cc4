// The text a PDF.js viewer gives when a reader selects a whole PDF and
// copies it: each page's text layer, its items in the order PDF.js lays
// them (the order the PDF draws them), a line break where PDF.js marks an
// item's line as ended (`hasEOL`); the copy puts a line break between
// pages. Prints the pages as a JSON list, so that make.py knows where each
// page's running header and footer stand.
//
//   node tools/pdf_fixtures/pdfjs.mjs FILE.pdf > PAGES.json
//
// Driven by make.py (which installs pdfjs-dist here first); not part of
// `make test`.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n += 1) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue; // a marked-content tag, no text
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  pages.push(text.replace(/\n*$/, ''));
}
process.stdout.write(JSON.stringify(pages));
