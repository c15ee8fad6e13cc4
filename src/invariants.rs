//! What every analysis must satisfy, whatever the input: the promises of
//! `docs/FORMAT.md` that a consumer relies on without checking.
//!
//! The property tests, the fuzz target and the CLI's `--check` mode all call
//! [`check`]; it re-derives offsets from the text itself rather than reusing
//! the analysis's own offset map, so a bug there cannot hide here.

use crate::model::*;

/// Checks `analysis` against the text it was made from. Returns the first
/// broken promise, described for a person.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let bytes = Utf16Bytes::new(text);
    let slice = |what: &str, start: usize, end: usize| -> Result<&str, String> {
        if start > end {
            return Err(format!("{what}: start {start} after end {end}"));
        }
        let s = bytes
            .byte(start)
            .ok_or_else(|| format!("{what}: start {start} is not on a character boundary"))?;
        let e = bytes
            .byte(end)
            .ok_or_else(|| format!("{what}: end {end} is not on a character boundary"))?;
        Ok(&text[s..e])
    };
    let same = |what: &str, start: usize, end: usize, claimed: &str| -> Result<(), String> {
        let actual = slice(what, start, end)?;
        if actual != claimed {
            return Err(format!(
                "{what}: text {claimed:?} but the slice is {actual:?}"
            ));
        }
        Ok(())
    };

    if analysis.stats.chars != bytes.len() {
        return Err(format!(
            "stats.chars {} but the text has {} UTF-16 units",
            analysis.stats.chars,
            bytes.len()
        ));
    }
    if analysis.stats.figures != analysis.figures.len() {
        return Err("stats.figures differs from the number of figures".into());
    }

    let n_sections = analysis.outline.sections.len();
    let mut previous_end = 0;
    for (i, f) in analysis.figures.iter().enumerate() {
        let what = format!("figure {i} {:?}", f.text);
        if f.id != i {
            return Err(format!("{what}: id {} at index {i}", f.id));
        }
        if f.text.is_empty() {
            return Err(format!("{what}: empty"));
        }
        same(&what, f.start, f.end, &f.text)?;
        if f.start < previous_end {
            return Err(format!(
                "{what}: starts at {} inside the previous figure",
                f.start
            ));
        }
        previous_end = f.end;
        let [s, e] = f.sentence;
        slice(&format!("{what} sentence"), s, e)?;
        if !(s <= f.start && f.end <= e) {
            return Err(format!("{what}: not inside its sentence {s}..{e}"));
        }
        if let Some(sec) = f.section {
            let section = analysis
                .outline
                .sections
                .get(sec)
                .ok_or_else(|| format!("{what}: section {sec} of {n_sections}"))?;
            if !section.figures.contains(&i) {
                return Err(format!("{what}: section {sec} does not list it"));
            }
        }
        finite_value(&what, &f.value)?;
        if let Some(high) = &f.high {
            finite_value(&format!("{what} high"), high)?;
        }
        if let Some(change) = &f.change {
            if !change.by.is_finite() {
                return Err(format!("{what}: change by {}", change.by));
            }
        }
    }

    let o = &analysis.outline;
    if let Some(t) = &o.title {
        same("title", t.start, t.end, &t.text)?;
    }
    for (i, s) in o.sections.iter().enumerate() {
        let what = format!("section {i} {:?}", s.heading);
        if s.id != i {
            return Err(format!("{what}: id {}", s.id));
        }
        same(&what, s.heading_start, s.heading_end, &s.heading)?;
        slice(&what, s.start, s.end)?;
        if !(s.start <= s.heading_start && s.heading_end <= s.end) {
            return Err(format!("{what}: heading outside the section"));
        }
        for &f in &s.figures {
            if analysis.figures.get(f).and_then(|f| f.section) != Some(i) {
                return Err(format!("{what}: lists figure {f}, which is not in it"));
            }
        }
    }
    for (i, c) in o.captions.iter().enumerate() {
        same(&format!("caption {i}"), c.start, c.end, &c.text)?;
        if let Some(d) = c.duplicate_of {
            if d >= o.captions.len() || d == i {
                return Err(format!("caption {i}: duplicate_of {d}"));
            }
        }
    }
    for (i, b) in o.boilerplate.iter().enumerate() {
        same(&format!("boilerplate {i}"), b.start, b.end, &b.text)?;
    }
    for (i, b) in o.bylines.iter().enumerate() {
        same(&format!("byline {i}"), b.start, b.end, &b.text)?;
    }

    let n = analysis.figures.len();
    for (i, c) in analysis.checks.iter().enumerate() {
        let what = format!("check {i} {:?}", c.explanation);
        if c.total >= n || c.parts.iter().any(|&p| p >= n) {
            return Err(format!("{what}: refers to a figure that does not exist"));
        }
        if !c.expected.is_finite() || !c.actual.is_finite() {
            return Err(format!(
                "{what}: expected {} actual {}",
                c.expected, c.actual
            ));
        }
    }
    Ok(())
}

fn finite_value(what: &str, v: &Value) -> Result<(), String> {
    let ok = match v {
        Value::Number(n) => n.is_finite(),
        Value::Pair(a, b) => a.is_finite() && b.is_finite(),
        Value::Iso(s) => !s.is_empty(),
        Value::Reference(r) => !r.number.is_empty(),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{what}: value {v:?}"))
    }
}

/// UTF-16 offset → byte offset, for the offsets that fall between characters.
struct Utf16Bytes {
    /// `Some(byte)` at every UTF-16 offset that starts a character (and at the end),
    /// `None` between the two halves of a surrogate pair.
    at: Vec<Option<usize>>,
}

impl Utf16Bytes {
    fn new(text: &str) -> Self {
        let mut at = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            at.push(Some(b));
            if c.len_utf16() == 2 {
                at.push(None);
            }
        }
        at.push(Some(text.len()));
        Utf16Bytes { at }
    }

    fn len(&self) -> usize {
        self.at.len() - 1
    }

    fn byte(&self, utf16: usize) -> Option<usize> {
        self.at.get(utf16).copied().flatten()
    }
}
