//! Puts the document together: runs the stages over the normal form of the
//! text ([`Normal`]) and converts their byte offsets back to UTF-16 offsets
//! into the text as given, which is what the JSON document carries.

use crate::checks;
use crate::figures::{self, Candidate, Context};
use crate::lang;
use crate::model::*;
use crate::outline;
use crate::text::{lines::Layout, normal::Normal, sentences, tokens::Tokens, utf16::Utf16Map};

/// Analyses `text`: its figures, outline and checks.
pub fn analyze(source: &str, options: &Options) -> Analysis {
    analyze_counted(source, options).0
}

/// What an analysis cost, counted rather than timed, so that a test can
/// prove cost linear in the input on a machine whatever its load: the
/// tokens, the steps every bounded walk took (`text::reach`), and the bytes
/// read to find the facts of the whole text (`figures::Facts`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Work {
    pub tokens: u64,
    pub walk_steps: u64,
    pub bytes_scanned: u64,
}

impl Work {
    /// All of it, in one number.
    pub fn total(&self) -> u64 {
        self.tokens + self.walk_steps + self.bytes_scanned
    }
}

/// [`analyze`], with the work it did.
pub fn analyze_counted(source: &str, options: &Options) -> (Analysis, Work) {
    let normal = Normal::new(source);
    let text: &str = &normal.text;
    let lang = options.language.unwrap_or_else(|| lang::detect(text));
    // A PDF copy's page furniture (`text::pages`) and its wrapped lines
    // (`text::reflow`), read before anything else.
    let layout = Layout::of(text);
    let (furniture, reflow) = (&layout.furniture, &layout.reflow);
    let tokens = Tokens::reflowed(text, reflow);
    let sents = sentences::split_reflowed(text, reflow);
    let map = Utf16Map::new(source);
    let hints: Vec<outline::Hint> = options
        .blocks
        .iter()
        .map(|h| outline::Hint {
            start: normal.from_source(map.byte_at(h.start)),
            end: normal.from_source(map.byte_at(h.end)),
            kind: h.kind,
        })
        .collect();
    let raw_outline = outline::build(text, tokens.lower_text(), &hints, &layout);
    let cx = Context::new(&tokens, lang, &sents).on_page(furniture, reflow);
    // Page furniture holds no figure of the article's.
    let mut found = figures::find(&cx);
    if !furniture.is_empty() {
        found.retain(|c| {
            let (s, e) = byte_range(&tokens, c);
            !crate::text::pages::covers(furniture, s, e)
        });
    }
    // The table cell of each figure.
    let tables = &raw_outline.tables;
    let places = if tables.is_empty() {
        vec![None; found.len()]
    } else {
        let spans: Vec<(usize, usize)> = found.iter().map(|c| byte_range(&tokens, c)).collect();
        outline::tables::places(tables, &spans)
    };
    // What each table says of the numbers in its cells.
    figures::cells::apply(&cx, tables, &places, &mut found);
    // The checks name figures by their index in `found`, which is their id.
    let checks = checks::find(&cx, &found, raw_outline.title, tables, &places);
    // A range of the normal text as a range of the text as given, in bytes.
    let source_range = |(s, e): (usize, usize)| {
        let s2 = normal.start_in_source(s);
        (s2, normal.end_in_source(e).max(s2))
    };
    let u = |byte: usize| map.at(byte);

    let span = |r: (usize, usize)| {
        let (s, e) = source_range(r);
        Span {
            text: source[s..e].to_string(),
            start: u(s),
            end: u(e),
        }
    };
    let mut sections: Vec<Section> = raw_outline
        .sections
        .iter()
        .enumerate()
        .map(|(id, s)| {
            let (start, end) = source_range((s.start, s.end));
            let (hs, he) = source_range(s.heading);
            Section {
                id,
                heading: source[hs..he].to_string(),
                level: s.level,
                inferred: s.inferred,
                start: u(start),
                end: u(end),
                heading_start: u(hs),
                heading_end: u(he),
                figures: Vec::new(),
            }
        })
        .collect();

    let section_of = sections_by_figure(&raw_outline.sections, &found, &tokens);
    let figures: Vec<Figure> = found
        .iter()
        .enumerate()
        .map(|(id, c)| {
            let (fs, fe) = byte_range(&tokens, c);
            let (s, e) = source_range((fs, fe));
            let section = section_of[id];
            if let Some(sec) = section {
                sections[sec].figures.push(id);
            }
            // The sentences the figure stands in: one, unless a recogniser read
            // on past a full stop the sentence splitter took as an end
            // ("Nghị quyết số. 2").
            let sentence = (
                cx.sentence_of(c.first).0.min(fs),
                cx.sentence_of(c.last).1.max(fe),
            );
            let sentence = source_range(sentence);
            Figure {
                id,
                kind: c.kind,
                text: source[s..e].to_string(),
                start: u(s),
                end: u(e),
                value: c.value.clone(),
                high: c.high.clone(),
                unit: c.unit.clone(),
                qualifier: c.qualifier,
                change: c.change.clone(),
                section,
                sentence: [u(sentence.0), u(sentence.1)],
                cell: places[id].map(|p| cell_of(tables, p, text)),
            }
        })
        .collect();

    let outline = Outline {
        title: raw_outline.title.map(span),
        sections,
        captions: raw_outline
            .captions
            .iter()
            .map(|&(r, dup)| {
                let (s, e) = source_range(r);
                Caption {
                    text: source[s..e].to_string(),
                    start: u(s),
                    end: u(e),
                    duplicate_of: dup,
                }
            })
            .collect(),
        boilerplate: raw_outline.boilerplate.iter().map(|&r| span(r)).collect(),
        bylines: raw_outline.bylines.iter().map(|&r| span(r)).collect(),
        tables: raw_outline
            .tables
            .iter()
            .map(|t| {
                let first = t.rows.first().and_then(|r| r.first()).map_or(0, |c| c.0);
                let last = t.rows.last().and_then(|r| r.last()).map_or(first, |c| c.1);
                let (s, e) = source_range((first, last));
                Table {
                    start: u(s),
                    end: u(e),
                    header: t.header > 0,
                    header_rows: t.header,
                    rows: t
                        .rows
                        .iter()
                        .map(|r| r.iter().map(|&c| span(c)).collect())
                        .collect(),
                }
            })
            .collect(),
    };

    let stats = Stats {
        chars: map.len(),
        words: tokens.count(crate::text::tokens::TokKind::Word),
        sentences: sents.len(),
        paragraphs: raw_outline.blocks.len(),
        figures: figures.len(),
    };
    let work = Work {
        tokens: tokens.len() as u64,
        walk_steps: cx.reach.steps(),
        bytes_scanned: cx.facts.scanned(),
    };
    let analysis = Analysis {
        version: FORMAT_VERSION,
        language: lang,
        numbers: cx.marks,
        stats,
        figures,
        outline,
        checks,
    };
    (analysis, work)
}

/// The cell at `place`, with the labels of its row and column.
fn cell_of(
    tables: &[outline::tables::Table],
    (table, row, column): outline::tables::Place,
    text: &str,
) -> Cell {
    let t = &tables[table];
    let label = |c: Option<(usize, usize)>| c.map(|c| text[c.0..c.1].to_string());
    Cell {
        table,
        row,
        column,
        row_label: label(t.row_label(text, row, column)),
        column_label: t.column_label(row, column).map(|l| l.read(text)),
    }
}

fn byte_range(t: &Tokens, c: &Candidate) -> (usize, usize) {
    (t.start(c.first), t.end(c.last))
}

/// The innermost section of each figure, in one sweep: figures and section
/// starts are both in text order, and sections nest, so the open sections
/// form a stack whose top is the innermost.
fn sections_by_figure(
    sections: &[outline::RawSection],
    figs: &[Candidate],
    t: &Tokens,
) -> Vec<Option<usize>> {
    let order = crate::text::order::stable_order(
        sections
            .iter()
            .map(|s| (s.start as u64) << 8 | s.level as u64),
    );
    let mut next = 0;
    let mut open: Vec<usize> = Vec::new();
    figs.iter()
        .map(|f| {
            let at = t.start(f.first);
            while next < order.len() && sections[order[next]].start <= at {
                open.push(order[next]);
                next += 1;
            }
            // Close what ended before `at`, keeping the ones still open.
            open.retain(|&k| at < sections[k].end);
            open.iter()
                .copied()
                .max_by_key(|&k| (sections[k].level, sections[k].start))
        })
        .collect()
}
