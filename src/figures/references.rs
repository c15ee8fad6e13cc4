//! Document references: "Nghị quyết số 16/NQ-HĐND", "Kết luận số 01-KL/TW",
//! "Nghị định 15/2020/NĐ-CP", "Luật số 59/2020/QH14"; "Public Law 117-169",
//! "Section 230", "Regulation (EU) 2016/679".

use super::lexicon::REFERENCE_TYPE_SET;
use super::{Candidate, Context};
use crate::model::{Kind, Reference, Value};
use crate::text::tokens::{TokKind, Tokens};

/// Words between a document type and its number ("số", "No.").
static NUMBER_WORDS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.reference_number_words);

/// Proposes a reference that starts with a document type at token `i`.
pub fn at(cx: &Context, i: usize, out: &mut Vec<Candidate>) {
    let t = cx.t;
    if t.kind(i) != Some(TokKind::Word) {
        return;
    }
    let Some((type_last, _)) = REFERENCE_TYPE_SET.longest_at(t, i) else {
        return;
    };
    let doc_type = t.text[t.start(i)..t.end(type_last)].to_string();
    let capitalised = t.is_capitalized(i);
    let mut j = t.next(type_last);
    // "Regulation (EU) 2016/679": an issuer in brackets belongs to the type.
    let mut doc_type = doc_type;
    if let Some(k) = j.filter(|&k| t.is_punct(k, '(')) {
        if t.kind(k + 1) == Some(TokKind::Word) && t.is_punct(k + 2, ')') {
            doc_type = t.text[t.start(i)..t.end(k + 2)].to_string();
            j = t.next(k + 2);
        }
    }
    let Some(mut j) = j else { return };
    let mut has_so = false;
    if NUMBER_WORDS.at(t, j) {
        has_so = true;
        j = match t.next(j) {
            Some(k) if t.is_punct(k, '.') => match t.next(k) {
                Some(k2) => k2,
                None => return,
            },
            Some(k) => k,
            None => return,
        };
    }
    if t.kind(j) != Some(TokKind::Digits) {
        return;
    }
    let last = identifier_end(t, j);
    let id = &t.text[t.start(j)..t.end(last)];
    let has_code = last > j;
    // A lower-case type word ("theo quy định 5 năm") is a reference only with
    // "số" or a code; a bare number after a capitalised type is one
    // ("Nghị quyết 39") unless the number is a measure ("Luật 2 năm").
    if !capitalised && !has_so && !has_code {
        return;
    }
    if !has_code
        && !has_so
        && t.next(last)
            .and_then(|k| t.word(k))
            .is_some_and(|w| super::lexicon::TIME_UNITS.iter().any(|(u, _, _)| *u == w))
    {
        return;
    }
    let value = parse_identifier(&doc_type, id);
    out.push(Candidate::new(Kind::Reference, i, last, Value::Reference(Box::new(value))).rank(3));
}

/// The last token of an identifier such as "218/2013/NĐ-CP" starting at `j`:
/// digits, letters and the marks `/ - .` between them, all touching.
fn identifier_end(t: &Tokens, j: usize) -> usize {
    let mut last = j;
    loop {
        let m = last + 1;
        if t.is_punct_in(m, "/-–.") && t.touch(last, m) && t.touch(m, m + 1) {
            match t.kind(m + 1) {
                Some(TokKind::Digits) => last = m + 1,
                Some(TokKind::Word)
                    if t.raw(m + 1).chars().next().is_some_and(char::is_uppercase) =>
                {
                    last = m + 1
                }
                _ => break,
            }
        } else if t.touch(last, m)
            && matches!(t.kind(m), Some(TokKind::Word | TokKind::Digits))
            && t.raw(m)
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        {
            last = m;
        } else if t.is_punct(m, '&')
            && t.touch(last, m)
            && t.touch(m, m + 1)
            && t.kind(m + 1) == Some(TokKind::Word)
        {
            last = m + 1;
        } else {
            break;
        }
    }
    last
}

/// Splits "218/2013/NĐ-CP" into number, year and code; "2016/679" (EU style,
/// year first) into year and number.
pub fn parse_identifier(doc_type: &str, id: &str) -> Reference {
    let number_len = id.find(|c: char| !c.is_ascii_digit()).unwrap_or(id.len());
    let number = id[..number_len].to_string();
    let mut rest = id[number_len..].trim_start_matches(['/', '-', '–', '.']);
    let mut year = None;
    let mut number = number;
    // "/2013/" after the number.
    let y_len = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    if y_len == 4
        && rest.len() > 4
        && rest[4..].starts_with('/')
        && rest.chars().take(4).all(|c| c.is_ascii_digit())
    {
        year = Some(rest[..4].to_string());
        rest = &rest[5..];
    } else if y_len > 0 && y_len == rest.len() {
        // All digits after the mark: "117-169" or "2016/679".
        if number.len() == 4 && doc_type.contains('(') {
            year = Some(number.clone());
            number = rest.to_string();
        } else {
            number = id.to_string();
        }
        rest = "";
    }
    Reference {
        doc_type: doc_type.to_string(),
        number,
        year,
        code: (!rest.is_empty()).then(|| rest.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Language, Options, Reference, Value};

    fn r(t: &str, n: &str, y: Option<&str>, c: Option<&str>) -> Reference {
        Reference {
            doc_type: t.into(),
            number: n.into(),
            year: y.map(Into::into),
            code: c.map(Into::into),
        }
    }

    #[test]
    fn table() {
        #[rustfmt::skip]
        let rows: &[(&str, Language, &str, Reference)] = &[
            ("theo Nghị quyết số 16/NQ-HĐND ngày", Language::Vi, "Nghị quyết số 16/NQ-HĐND", r("Nghị quyết", "16", None, Some("NQ-HĐND"))),
            ("Kết luận số 01-KL/TW ngày", Language::Vi, "Kết luận số 01-KL/TW", r("Kết luận", "01", None, Some("KL/TW"))),
            ("thực hiện Quy định 1120-QĐ/TU ngày", Language::Vi, "Quy định 1120-QĐ/TU", r("Quy định", "1120", None, Some("QĐ/TU"))),
            ("Nghị định 15/2020/NĐ-CP quy định", Language::Vi, "Nghị định 15/2020/NĐ-CP", r("Nghị định", "15", Some("2020"), Some("NĐ-CP"))),
            ("Thông tư 01/2023/TT-BTC", Language::Vi, "Thông tư 01/2023/TT-BTC", r("Thông tư", "01", Some("2023"), Some("TT-BTC"))),
            ("Luật số 59/2020/QH14 về", Language::Vi, "Luật số 59/2020/QH14", r("Luật", "59", Some("2020"), Some("QH14"))),
            ("Nghị quyết 39 của", Language::Vi, "Nghị quyết 39", r("Nghị quyết", "39", None, None)),
            ("under Public Law 117-169 the", Language::En, "Public Law 117-169", r("Public Law", "117-169", None, None)),
            ("Section 230 of", Language::En, "Section 230", r("Section", "230", None, None)),
            ("Regulation (EU) 2016/679 on", Language::En, "Regulation (EU) 2016/679", r("Regulation (EU)", "679", Some("2016"), None)),
        ];
        for (input, lang, text, want) in rows {
            let a = crate::testing::analyze_as(input, *lang);
            let f = crate::testing::figure(&a, text, input);
            assert_eq!(f.value, Value::Reference(Box::new(want.clone())), "{input}");
        }
    }

    #[test]
    fn names_are_not_references() {
        let a = crate::analyze(
            "Nghị quyết Trung ương 8 về",
            &Options {
                language: Some(Language::Vi),
                ..Default::default()
            },
        );
        assert!(a
            .figures
            .iter()
            .all(|f| f.kind != crate::model::Kind::Reference));
    }
}
