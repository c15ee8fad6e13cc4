//! What the language decides, seen from outside: a text in neither of our
//! languages is `und`, and its figures come from digits and symbols alone,
//! read with the marks the text itself uses.

use solieu::{analyze, invariants, Analysis, Kind, Language, Options};

fn checked(text: &str) -> Analysis {
    let a = analyze(text, &Options::default());
    invariants::check(text, &a).unwrap();
    a
}

fn figures(a: &Analysis) -> Vec<(Kind, &str, Option<f64>, Option<&str>)> {
    a.figures
        .iter()
        .map(|f| {
            (
                f.kind,
                f.text.as_str(),
                f.value.as_number(),
                f.unit.as_deref(),
            )
        })
        .collect()
}

const PORTUGUESE: &str = "O governo anunciou nesta segunda-feira um pacote de medidas para \
    conter a inflação, que chegou a 5,8% em doze meses. Segundo o ministro, as ações devem \
    reduzir o preço dos combustíveis em 1.234.567 reais até 31/12/2024, quando o Banco Central \
    espera uma taxa menor. A oposição criticou o plano e disse que 20 km de estrada custam \
    4,2 milhões, mais do que os três anos de obras previstos.";

#[test]
fn a_text_in_neither_language_is_und() {
    let a = checked(PORTUGUESE);
    assert_eq!(a.language, Language::Und);
    let korean =
        "삼성전자는 올해 3분기 매출이 67조 원을 기록했다고 밝혔다. 영업이익은 10.8% 늘었다.";
    assert_eq!(checked(korean).language, Language::Und);
}

#[test]
fn und_reads_digits_and_symbols_with_the_texts_own_marks() {
    let a = checked(PORTUGUESE);
    let got = figures(&a);
    // "5,8%": the comma is this text's decimal mark, as "4,2" and
    // "1.234.567" show; "20 km" is a symbol; "31/12/2024" a date.
    assert!(
        got.contains(&(Kind::Percent, "5,8%", Some(5.8), Some("%"))),
        "{got:?}"
    );
    assert!(
        got.contains(&(Kind::Number, "1.234.567", Some(1234567.0), None)),
        "{got:?}"
    );
    assert!(
        got.contains(&(Kind::Quantity, "20 km", Some(20.0), Some("km"))),
        "{got:?}"
    );
    assert!(a
        .figures
        .iter()
        .any(|f| f.text == "31/12/2024" && f.kind == Kind::Date));
    // No language's words: "milhões" is no scale, "três anos" no duration,
    // "doze meses" no count.
    assert!(
        got.contains(&(Kind::Number, "4,2", Some(4.2), None)),
        "{got:?}"
    );
    assert!(!a
        .figures
        .iter()
        .any(|f| matches!(f.kind, Kind::Duration | Kind::Count)));
}

#[test]
fn und_reads_no_number_glued_to_letters() {
    // "67조" is 67 × 10^12 won: a number against letters of an unknown
    // language is left alone rather than read as 67.
    let a = checked(
        "삼성전자는 올해 3분기 매출이 67조 원을 기록했다고 밝혔다. 영업이익은 10.8% 늘었다.",
    );
    let got = figures(&a);
    assert_eq!(got, [(Kind::Percent, "10.8%", Some(10.8), Some("%"))]);
}

#[test]
fn short_texts_keep_their_reading() {
    // Too few words to tell: the reading is what it was before `und`.
    for (text, want) in [
        ("3.5years", Language::En),
        ("Khám bệnh 1.038 lượt.", Language::Vi),
        ("Revenue rose 12% to $1.34 billion.", Language::En),
    ] {
        assert_eq!(checked(text).language, want, "{text}");
    }
}

#[test]
fn the_language_can_be_forced() {
    let a = analyze(
        "Doanh thu đạt 1.038 tỷ đồng.",
        &Options {
            language: Some(Language::Und),
            ..Default::default()
        },
    );
    assert_eq!(a.language, Language::Und);
    // Without Vietnamese's words, "tỷ đồng" is neither scale nor currency.
    assert_eq!(a.figures.len(), 1);
    assert_eq!(a.figures[0].kind, Kind::Number);
}
