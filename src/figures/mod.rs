//! Figures: every number that says something, with its kind and its value.
//!
//! Recognisers each propose candidates at a token: [`dates`] (calendar points,
//! periods, clock times), [`references`] (document identifiers), [`ordinals`],
//! [`pairs`] (ratios and scores), and [`measures`] (money, percent, quantity,
//! duration, count, number: what a plain number is from what follows it).
//! [`exclusions`] masks addresses, phone numbers and handles first;
//! [`overlap`] keeps one figure per span, the longest reading winning;
//! [`ranges`] joins "từ 5 đến 7%" and "2/9 đến 3/9" into one figure;
//! [`context`] then attaches qualifiers and stated changes and fills in the
//! year a date leaves out.

pub mod cells;
pub mod context;
pub mod dates;
pub mod exclusions;
pub mod lexicon;
pub mod measures;
pub mod ordinals;
pub mod overlap;
pub mod pairs;
pub mod ranges;
pub mod references;

use crate::lang::{Marks, Profile};
use crate::model::{Change, Kind, Language, Qualifier, Value};
use crate::numbers::Numeral;
use crate::text::reach::Reach;
use crate::text::reflow::Reflow;
use crate::text::tokens::{TokKind, Tokens};
use std::cell::{Cell, OnceCell};

/// A figure before ids and UTF-16 offsets: a reading of tokens `first..=last`.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub kind: Kind,
    pub first: usize,
    pub last: usize,
    pub value: Value,
    pub high: Option<Value>,
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    /// The scale word that multiplied the value (1 when none), so that a range
    /// "between 3 and 4 million" can scale its low end too.
    pub scale: f64,
    /// Breaks ties between readings of the same length: higher wins.
    pub rank: u8,
}

impl Candidate {
    pub fn new(kind: Kind, first: usize, last: usize, value: Value) -> Self {
        Candidate {
            kind,
            first,
            last,
            value,
            high: None,
            unit: None,
            qualifier: Qualifier::Exact,
            change: None,
            scale: 1.0,
            rank: 0,
        }
    }

    pub fn unit(mut self, unit: impl Into<String>) -> Self {
        self.unit = Some(unit.into());
        self
    }

    pub fn rank(mut self, rank: u8) -> Self {
        self.rank = rank;
        self
    }
}

/// What every recogniser reads.
/// No soft breaks, for a context made of plain text.
static NO_REFLOW: Reflow = Reflow::none();

pub struct Context<'a> {
    pub t: &'a Tokens<'a>,
    /// What the language decides (`p.language` is the language).
    pub p: &'static Profile,
    /// The marks of this text's numbers in digits.
    pub marks: Marks,
    /// Sentence bounds in bytes, ascending.
    pub sentences: &'a [(usize, usize)],
    /// Every look around a token or a figure: bounded, and counted.
    pub reach: Reach,
    /// What the whole text says, found once.
    pub facts: Facts,
    /// The text's page furniture (`text::pages`), sorted byte ranges.
    pub furniture: &'a [(usize, usize)],
    /// Its soft line breaks (`text::reflow`).
    pub reflow: &'a Reflow,
    /// The last reads of numbers in words, a few slots by token index: the
    /// recognisers ask the same token several times, and a number word as
    /// common as "năm" or "one" would be read again each time.
    words_read: [Cell<Option<(usize, Option<Numeral>)>>; 4],
    /// The same for numbers in digits.
    digits_read: [Cell<Option<(usize, Option<Numeral>)>>; 4],
}

/// Facts of the whole text, each found once (at most one pass over the text)
/// so that no recogniser asks the whole text again at every token.
#[derive(Debug, Default)]
pub struct Facts {
    /// The text writes "£" somewhere: "1p" is a penny there.
    pub pound: bool,
    /// Where each line starts, in bytes, ascending (0 first); made on first use.
    line_starts: OnceCell<Vec<usize>>,
    /// The last question [`Facts::sentence_has`] answered: what was asked,
    /// of which sentence, and the answer.
    last_sentence: Cell<Option<(&'static str, (usize, usize), bool)>>,
    /// Bytes of the text read to find these facts, for [`crate::analysis::Work`].
    scanned: Cell<u64>,
    /// The order of numeric dates the text's own dates fix; made on first use
    /// (see [`Facts::day_first`]).
    day_first: OnceCell<Option<bool>>,
}

/// See [`Facts::day_first`]: one pass over the bytes.
fn numeric_date_order(b: &[u8]) -> Option<bool> {
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let value = |from: usize, n: usize| {
        b[from..from + n]
            .iter()
            .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'))
    };
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let n1 = digits(i);
        let next = i + n1;
        let shape = (|| {
            let sep = *b.get(next)?;
            if !(1..=2).contains(&n1) || !matches!(sep, b'/' | b'-') {
                return None;
            }
            let n2 = digits(next + 1);
            let third = next + 1 + n2;
            if !(1..=2).contains(&n2) || b.get(third) != Some(&sep) {
                return None;
            }
            let n3 = digits(third + 1);
            let end = third + 1 + n3;
            if !(n3 == 2 || n3 == 4) || b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
                return None;
            }
            Some((value(i, n1), value(next + 1, n2)))
        })();
        match shape {
            Some((x, y)) if x > 12 && (1..=12).contains(&y) && x <= 31 => return Some(true),
            Some((x, y)) if y > 12 && (1..=12).contains(&x) && y <= 31 => return Some(false),
            _ => {}
        }
        i = next.max(i + 1);
    }
    None
}

impl Facts {
    pub fn of(text: &str) -> Facts {
        Facts {
            pound: text.contains('£'),
            scanned: Cell::new(text.len() as u64),
            ..Facts::default()
        }
    }

    /// Bytes of the text read so far to find these facts.
    pub fn scanned(&self) -> u64 {
        self.scanned.get()
    }

    /// Whether the text writes numeric dates day first, by its own evidence:
    /// the first full date in digits ("21/04/2016", "04-21-2016") whose
    /// first or second number is above 12 says which is the day. `None`
    /// where none does: the profile's order holds.
    pub fn day_first(&self, text: &str) -> Option<bool> {
        *self.day_first.get_or_init(|| {
            self.scanned.set(self.scanned.get() + text.len() as u64);
            numeric_date_order(text.as_bytes())
        })
    }

    /// The start of the line that holds byte `at` of `text`.
    pub fn line_start(&self, text: &str, at: usize) -> usize {
        let starts = self.line_starts.get_or_init(|| {
            self.scanned.set(self.scanned.get() + text.len() as u64);
            let mut v = vec![0];
            v.extend(
                text.char_indices()
                    .filter(|&(_, c)| crate::text::tokens::is_line_break(c))
                    .map(|(p, c)| p + c.len_utf8()),
            );
            v
        });
        starts[starts.partition_point(|&s| s <= at) - 1]
    }

    /// Whether `sentence` has what `test` looks for (`question` names it),
    /// found once per sentence: the recognisers that ask go through the text
    /// in order, so the last answer is kept and a sentence of a thousand
    /// figures is read once, not a thousand times.
    pub fn sentence_has(
        &self,
        question: &'static str,
        sentence: (usize, usize),
        test: impl FnOnce() -> bool,
    ) -> bool {
        match self.last_sentence.get() {
            Some((q, s, answer)) if q == question && s == sentence => answer,
            _ => {
                let len = sentence.1.saturating_sub(sentence.0) as u64;
                self.scanned.set(self.scanned.get() + len);
                let answer = test();
                self.last_sentence.set(Some((question, sentence, answer)));
                answer
            }
        }
    }
}

impl<'a> Context<'a> {
    /// The context of a text as a page printed it: its page furniture and
    /// soft line breaks, which `Context::new` takes to be none.
    pub fn on_page(mut self, furniture: &'a [(usize, usize)], reflow: &'a Reflow) -> Self {
        self.furniture = furniture;
        self.reflow = reflow;
        self
    }

    /// Whether byte `at` stands in page furniture.
    pub fn in_furniture(&self, at: usize) -> bool {
        crate::text::pages::covers(self.furniture, at, at + 1)
    }

    pub fn new(t: &'a Tokens<'a>, lang: Language, sentences: &'a [(usize, usize)]) -> Self {
        let p = lang.profile();
        Context {
            t,
            p,
            marks: p.marks_for(t),
            sentences,
            reach: Reach::new(),
            facts: Facts::of(t.text),
            furniture: &[],
            reflow: &NO_REFLOW,
            words_read: Default::default(),
            digits_read: Default::default(),
        }
    }

    /// The number in words that opens at token `i`, if any: what
    /// the profile's `number_words` reads (an ordinal aside), once per token
    /// asked in a row.
    pub fn number_words_at(&self, i: usize) -> Option<Numeral> {
        self.read_words(i).filter(|n| !n.ordinal)
    }

    /// The ordinal in words of more than one part at token `i`
    /// ("twenty-first"): what the profile's `number_words` reads as one.
    pub fn ordinal_number_words_at(&self, i: usize) -> Option<Numeral> {
        self.read_words(i).filter(|n| n.ordinal)
    }

    /// The number in digits at token `i` (a digit or a point), in this
    /// text's marks: what `digits::read(t, i, marks)` reads, kept as
    /// [`Context::number_words_at`] keeps its reads.
    pub fn digits_at(&self, i: usize) -> Option<Numeral> {
        remembered(&self.digits_read, i, || {
            crate::numbers::digits::read(self.t, i, self.marks)
        })
    }

    fn read_words(&self, i: usize) -> Option<Numeral> {
        remembered(&self.words_read, i, || {
            self.p.number_words.and_then(|read| read(self.t, i))
        })
    }
}

/// The read at token `i`: kept in `slots` (by index), or made by `read` and
/// kept.
fn remembered(
    slots: &[Cell<Option<(usize, Option<Numeral>)>>],
    i: usize,
    read: impl FnOnce() -> Option<Numeral>,
) -> Option<Numeral> {
    let slot = &slots[i % slots.len()];
    match slot.get() {
        Some((k, kept)) if k == i => kept,
        _ => {
            let made = read();
            slot.set(Some((i, made)));
            made
        }
    }
}

impl Context<'_> {
    /// The sentence (byte range) that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        let at = self.t.start(i);
        let k = self.sentences.partition_point(|s| s.1 <= at);
        self.sentences.get(k).copied().unwrap_or((at, at))
    }

    /// True when token `i` opens its sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.sentence_of(i).0 == self.t.start(i)
    }
}

/// Finds the figures of the text: candidates from every recogniser, one per
/// span, ranges joined, context attached. Sorted by position, disjoint.
pub fn find(cx: &Context) -> Vec<Candidate> {
    let t = cx.t;
    let mut all = Vec::new();
    let masked = exclusions::mask(t);
    for (i, &inside) in masked.iter().enumerate() {
        if inside {
            continue;
        }
        match t.kind(i) {
            Some(TokKind::Space) => continue,
            Some(TokKind::Punct)
                if !t.is_punct_in(i, "$£€¥₫₹₩.½¼¾⅓⅔⅛(") && !lexicon::is_currency_sign(t.raw(i)) =>
            {
                continue
            }
            _ => {}
        }
        dates::at(cx, i, &mut all);
        if cx.p.reads_words {
            references::at(cx, i, &mut all);
            ordinals::at(cx, i, &mut all);
            pairs::at(cx, i, &mut all);
        }
        measures::at(cx, i, &mut all);
    }
    // A reading may not run into an address or a phone number either.
    all.retain(|c| !masked[c.first..=c.last].iter().any(|&m| m));
    let mut figures = overlap::resolve(all, t);
    ranges::join(cx, &mut figures);
    if cx.p.reads_words {
        context::attach(cx, &mut figures);
    }
    for f in &mut figures {
        bound_overflow(f);
    }
    figures
}

/// A number past the range of f64 (about 1.8 × 10^308: "9999…" with hundreds
/// of digits, or "tỷ tỷ tỷ…") is reported as what can be said of it truly:
/// more than the largest finite number (or less than the smallest).
fn bound_overflow(f: &mut Candidate) {
    let bound = |v: &mut f64| -> Option<Qualifier> {
        if v.is_finite() {
            return None;
        }
        let over = *v > 0.0;
        *v = if v.is_nan() {
            0.0
        } else if over {
            f64::MAX
        } else {
            f64::MIN
        };
        Some(if over {
            Qualifier::Over
        } else {
            Qualifier::Under
        })
    };
    let mut q = None;
    match &mut f.value {
        Value::Number(v) => q = bound(v),
        Value::Pair(a, b) => {
            q = bound(a);
            q = bound(b).or(q);
        }
        _ => {}
    }
    if let Some(Value::Number(v)) = &mut f.high {
        bound(v);
    }
    if let Some(Value::Pair(a, b)) = &mut f.high {
        bound(a);
        bound(b);
    }
    if let Some(c) = &mut f.change {
        bound(&mut c.by);
    }
    if let Some(q) = q {
        f.qualifier = q;
    }
}
