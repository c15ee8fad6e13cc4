//! Stretches of text whose digits are no figures: web addresses, e-mail
//! addresses, phone numbers, hashtags and handles. A figure may not start
//! inside one.

use crate::text::tokens::{TokKind, Tokens};

/// Marks, per token, whether it lies inside an address, a phone number or a
/// handle.
pub fn mask(t: &Tokens) -> Vec<bool> {
    let mut masked = vec![false; t.len()];
    let mut i = 0;
    while i < t.len() {
        // Nothing below starts at a space, and a word starts no phone number
        // or handle.
        let end = match t.kind(i) {
            Some(TokKind::Space) => None,
            Some(TokKind::Word) => url_or_email(t, i),
            _ => url_or_email(t, i)
                .or_else(|| phone(t, i))
                .or_else(|| handle(t, i)),
        };
        match end {
            Some(end) => {
                masked[i..=end].iter_mut().for_each(|m| *m = true);
                i = end + 1;
            }
            None => i += 1,
        }
    }
    masked
}

/// The last token of the run of touching non-space tokens from `i`.
fn run_end(t: &Tokens, i: usize) -> usize {
    let mut j = i;
    while j + 1 < t.len() && t.kind(j + 1) != Some(TokKind::Space) && t.touch(j, j + 1) {
        j += 1;
    }
    // A sentence's closing mark is not part of the address.
    while j > i && t.is_punct_in(j, ".,;:!?)”\"'") {
        j -= 1;
    }
    j
}

/// "https://…", "www.…", "name@host.tld", "example.com/path".
fn url_or_email(t: &Tokens, i: usize) -> Option<usize> {
    if t.kind(i) != Some(TokKind::Word) && t.kind(i) != Some(TokKind::Digits) {
        return None;
    }
    if i > 0
        && t.touch(i - 1, i)
        && t.kind(i - 1) != Some(TokKind::Space)
        && !t.is_punct_in(i - 1, "(<[\"'“")
    {
        return None; // only from the start of a run
    }
    let end = run_end(t, i);
    if end == i {
        return None;
    }
    let run = &t.text[t.start(i)..t.end(end)];
    // Each kind below needs an "@", a "/" or a leading "www.": most runs
    // ("1.038", "I-2023", "COVID-19") have none, and cost no copy.
    let www = run.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("www."));
    if !www && !run.contains(['@', '/']) {
        return None;
    }
    let lower = run.to_ascii_lowercase();
    let is_url =
        lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.");
    let is_email = run.contains('@') && run.rsplit('@').next().is_some_and(|h| h.contains('.'));
    let is_host_path = {
        let host = lower.split('/').next().unwrap_or("");
        lower.contains('/')
            && [
                ".com", ".vn", ".org", ".net", ".gov", ".edu", ".io", ".uk", ".info",
            ]
            .iter()
            .any(|tld| {
                host.ends_with(tld)
                    || host
                        .match_indices(tld)
                        .any(|(k, _)| host[k + tld.len()..].starts_with('.'))
            })
    };
    (is_url || is_email || is_host_path).then_some(end)
}

/// Phone numbers: a leading 0 or +, then groups of digits separated by spaces,
/// dots or dashes, 9 to 13 digits in all ("0292 3870 123", "+84 912 345 678",
/// "(028) 3829 1234", "1900.1234" is too short and stays).
fn phone(t: &Tokens, i: usize) -> Option<usize> {
    let starts_plus =
        t.is_punct(i, '+') && t.kind(i + 1) == Some(TokKind::Digits) && t.touch(i, i + 1);
    let open_paren = t.is_punct(i, '(')
        && t.kind(i + 1) == Some(TokKind::Digits)
        && t.raw(i + 1).starts_with('0');
    let first = if starts_plus || open_paren { i + 1 } else { i };
    if t.kind(first) != Some(TokKind::Digits) {
        return None;
    }
    if !(starts_plus || t.raw(first).starts_with('0')) {
        return None;
    }
    if i > 0 && t.touch(i - 1, i) && t.kind(i - 1) != Some(TokKind::Space) {
        return None;
    }
    let mut digits = t.raw(first).len();
    let mut last = first;
    let mut groups = 1;
    loop {
        let mut k = last + 1;
        if open_paren && t.is_punct(k, ')') && groups == 1 {
            k += 1;
        }
        let sep_ok = match t.kind(k) {
            Some(TokKind::Space) => !t.newline(k) && t.raw(k).chars().count() == 1,
            Some(TokKind::Punct) => t.is_punct_in(k, ".-") && t.touch(k - 1, k),
            _ => false,
        };
        if !sep_ok || t.kind(k + 1) != Some(TokKind::Digits) || !t.touch(k, k + 1) {
            break;
        }
        let g = t.raw(k + 1).len();
        if !(2..=4).contains(&g) {
            break;
        }
        digits += g;
        last = k + 1;
        groups += 1;
    }
    let plausible = (9..=13).contains(&digits) && (groups >= 2 || t.raw(first).len() >= 10);
    (plausible && !(t.touch(last, last + 1) && t.kind(last + 1) == Some(TokKind::Word)))
        .then_some(last)
}

/// "#COVID19", "@user123".
fn handle(t: &Tokens, i: usize) -> Option<usize> {
    if !t.is_punct_in(i, "#@") || !t.touch(i, i + 1) {
        return None;
    }
    if i > 0 && t.touch(i - 1, i) && t.kind(i - 1) != Some(TokKind::Space) {
        return None;
    }
    matches!(t.kind(i + 1), Some(TokKind::Word | TokKind::Digits)).then(|| run_end(t, i + 1))
}

#[cfg(test)]
mod tests {
    use crate::model::{Language, Options};

    #[test]
    fn no_figures_inside() {
        for (input, lang) in [
            (
                "Xem tại https://baohaugiang.com.vn/2023/05/tin-123.html nhé",
                Language::Vi,
            ),
            ("Liên hệ 0292 3870 123 hoặc +84 912 345 678.", Language::Vi),
            ("Write to jane.doe2023@example.com today", Language::En),
            ("Call (028) 3829 1234 now", Language::En),
            (
                "see example.com/reports/2024 for #COVID19 data",
                Language::En,
            ),
        ] {
            crate::testing::assert_no_figures(input, lang);
        }
    }

    #[test]
    fn figures_beside_them_stay() {
        let a = crate::analyze(
            "Tổng cộng 1.038 lượt, liên hệ 0292 3870 123.",
            &Options::default(),
        );
        assert_eq!(a.figures.len(), 1, "{:?}", a.figures);
        assert_eq!(a.figures[0].text, "1.038 lượt");
    }
}
