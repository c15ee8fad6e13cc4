// The figures as a table to take away: tab-separated text for the clipboard
// (pastes into a spreadsheet) and RFC 4180 CSV (with a byte-order mark so
// Excel reads Vietnamese). Values are written machine-readably (1038, 12.5,
// 2023-Q1), not in the reader's locale, so a spreadsheet reads them as data.

export const COLUMNS = ['id', 'text', 'kind', 'value', 'high', 'unit', 'qualifier', 'change', 'section', 'start', 'end', 'sentence', 'table', 'row_label', 'column_label'];

/** One value as a cell: numbers and strings as they are, ranges and
 *  references as compact JSON, nothing as an empty cell. */
export function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** The row of cells for figure `f` of `text`; `sectionName(id)` names a section. */
export function figureRow(f, text, sectionName = () => '') {
  const sentence = Array.isArray(f.sentence) ? text.slice(f.sentence[0], f.sentence[1]).trim() : '';
  const change = f.change ? `${f.change.direction === 'down' ? '-' : '+'}${f.change.by}` : '';
  return [
    cell(f.id), cell(f.text), cell(f.kind), cell(f.value), cell(f.high), cell(f.unit), cell(f.qualifier),
    change, f.section === null || f.section === undefined ? '' : sectionName(f.section), cell(f.start), cell(f.end),
    sentence,
    // A figure in a table's cell: which table (from 1), its row and column.
    f.cell ? String(f.cell.table + 1) : '', cell(f.cell?.row_label), cell(f.cell?.column_label),
  ];
}

/** Tab-separated text, a header row first; tabs and line breaks inside a
 *  cell become spaces. */
export function toTsv(rows) {
  const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ');
  return [COLUMNS, ...rows].map((r) => r.map(clean).join('\t')).join('\n') + '\n';
}

/** RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break
 *  quoted, quotes doubled. No byte-order mark (see csvBlobParts). */
export function toCsv(rows) {
  const quote = (s) => {
    const v = String(s);
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return [COLUMNS, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV back into rows (for tests and round trips). */
export function parseCsv(s) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
