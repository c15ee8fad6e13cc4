//! Puts the document together: runs the stages over the text and converts byte
//! offsets to the UTF-16 offsets of the JSON document.

use crate::checks;
use crate::figures::{self, Candidate, Context};
use crate::model::*;
use crate::outline;
use crate::text::{language, sentences, tokens::Tokens, utf16::Utf16Map};

/// Analyses `text`: its figures, outline and checks.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let lang = options.language.unwrap_or_else(|| language::detect(text));
    let tokens = Tokens::new(text);
    let sents = sentences::split(text);
    let cx = Context {
        t: &tokens,
        lang,
        sentences: &sents,
    };
    let found = figures::find(&cx);
    let map = Utf16Map::new(text);
    let hints: Vec<outline::Hint> = options
        .blocks
        .iter()
        .map(|h| outline::Hint {
            start: map.byte_at(h.start),
            end: map.byte_at(h.end),
            kind: h.kind,
        })
        .collect();
    let raw_outline = outline::build(text, &hints);
    let raw_checks = checks::find(&cx, &found);
    let u = |byte: usize| map.at(byte);

    let span = |(s, e): (usize, usize)| Span {
        text: text[s..e].to_string(),
        start: u(s),
        end: u(e),
    };
    let mut sections: Vec<Section> = raw_outline
        .sections
        .iter()
        .enumerate()
        .map(|(id, s)| Section {
            id,
            heading: text[s.heading.0..s.heading.1].to_string(),
            level: s.level,
            inferred: s.inferred,
            start: u(s.start),
            end: u(s.end),
            heading_start: u(s.heading.0),
            heading_end: u(s.heading.1),
            figures: Vec::new(),
        })
        .collect();

    let section_of = sections_by_figure(&raw_outline.sections, &found, &tokens);
    let figures: Vec<Figure> = found
        .iter()
        .enumerate()
        .map(|(id, c)| {
            let (s, e) = byte_range(&tokens, c);
            let section = section_of[id];
            if let Some(sec) = section {
                sections[sec].figures.push(id);
            }
            let sentence = cx.sentence_of(c.first);
            Figure {
                id,
                kind: c.kind,
                text: text[s..e].to_string(),
                start: u(s),
                end: u(e),
                value: c.value.clone(),
                high: c.high.clone(),
                unit: c.unit.clone(),
                qualifier: c.qualifier,
                change: c.change.clone(),
                section,
                sentence: [u(sentence.0), u(sentence.1.max(sentence.0))],
            }
        })
        .collect();

    let checks = raw_checks
        .into_iter()
        .map(|c| Check {
            kind: c.kind,
            total: c.total,
            parts: c.parts,
            expected: c.expected,
            actual: c.actual,
            ok: c.ok,
            explanation: c.explanation,
        })
        .collect();

    let outline = Outline {
        title: raw_outline.title.map(span),
        sections,
        captions: raw_outline
            .captions
            .iter()
            .map(|&((s, e), dup)| Caption {
                text: text[s..e].to_string(),
                start: u(s),
                end: u(e),
                duplicate_of: dup,
            })
            .collect(),
        boilerplate: raw_outline.boilerplate.iter().map(|&r| span(r)).collect(),
        bylines: raw_outline.bylines.iter().map(|&r| span(r)).collect(),
    };

    let stats = Stats {
        chars: map.len(),
        words: tokens.count(crate::text::tokens::TokKind::Word),
        sentences: sents.len(),
        paragraphs: raw_outline.blocks.len(),
        figures: figures.len(),
    };
    Analysis {
        version: FORMAT_VERSION,
        language: lang,
        stats,
        figures,
        outline,
        checks,
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
    let mut order: Vec<usize> = (0..sections.len()).collect();
    order.sort_by_key(|&k| (sections[k].start, sections[k].level));
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
