// The figures as a table to take away: tab-separated text for the clipboard
// (pastes into a spreadsheet) and RFC 4180 CSV (with a byte-order mark so
// Excel reads Vietnamese). Values are written machine-readably (1038, 12.5,
// 2023-Q1), not in the reader's locale, so a spreadsheet reads them as data.

// The columns, by key: the figure as written and its kind; its value in
// one typed column per type of value (a number, with the upper end of a
// range; a date, period or duration as its ISO 8601 code; any other value,
// a ratio, a score or a reference, as a short code); its unit, qualifier
// and change; where it stands (section, table, row and column labels); its
// sentence; and last its id in the JSON document. The page writes the
// header in the interface's language (`headers`); the values stay the same
// in every language.
export const COLUMNS = ['text', 'kind', 'number', 'high', 'unit', 'date', 'other', 'qualifier', 'change', 'section', 'table', 'row_label', 'column_label', 'sentence', 'id'];

// The kinds whose value is an ISO 8601 code.
const ISO_KINDS = new Set(['date', 'period', 'duration']);

/** One value as a cell: numbers and strings as they are, ranges and
 *  references as compact JSON, nothing as an empty cell. */
export function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A value that is neither a number nor an ISO code, as a short code: a
 *  ratio "1899/1899", a score "3-1", a reference "Nghị quyết 16/2021/NQ-HĐND". */
function otherCell(f) {
  const v = f.value;
  if (Array.isArray(v)) return v.map(cell).join(f.kind === 'score' ? '-' : '/');
  if (v && typeof v === 'object') {
    const tail = [v.number, v.year, v.code].filter(Boolean).join('/');
    return [v.type, tail].filter(Boolean).join(' ') || cell(v);
  }
  return cell(v);
}

/** The row of cells for figure `f` of `text`, in COLUMNS' order;
 *  `sectionName(id)` names a section. */
export function figureRow(f, text, sectionName = () => '') {
  const sentence = Array.isArray(f.sentence) ? text.slice(f.sentence[0], f.sentence[1]).trim() : '';
  const change = f.change ? `${f.change.direction === 'down' ? '-' : '+'}${f.change.by}` : '';
  const iso = ISO_KINDS.has(f.kind);
  const number = !iso && typeof f.value === 'number';
  const date = iso ? [f.value, f.high].filter((v) => v !== null && v !== undefined).map(cell).join('/') : '';
  return [
    cell(f.text), cell(f.kind),
    number ? cell(f.value) : '', number && typeof f.high === 'number' ? cell(f.high) : '',
    cell(f.unit), date, !iso && !number ? otherCell(f) : '',
    cell(f.qualifier), change, f.section === null || f.section === undefined ? '' : sectionName(f.section),
    // A figure in a table's cell: which table (from 1), its row and column.
    f.cell ? String(f.cell.table + 1) : '', cell(f.cell?.row_label), cell(f.cell?.column_label),
    sentence, cell(f.id),
  ];
}

/** Tab-separated text, a header row first (`headers`, COLUMNS by
 *  default); tabs and line breaks inside a cell become spaces. */
export function toTsv(rows, headers = COLUMNS) {
  const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ');
  return [headers, ...rows].map((r) => r.map(clean).join('\t')).join('\n') + '\n';
}

/** RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break
 *  quoted, quotes doubled. No byte-order mark (see csvBlobParts). */
export function toCsv(rows, headers = COLUMNS) {
  const quote = (s) => {
    const v = String(s);
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
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
