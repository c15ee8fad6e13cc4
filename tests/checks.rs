//! Checks on real text with planted errors: change one part of a real
//! breakdown and the check must fail with the right explanation.

use solieu::{analyze, CheckKind, Language, Options};

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/samples/vi-haugiang-q1-2023.txt"
    ))
    .unwrap()
}

fn explanations(text: &str, lang: Option<Language>) -> Vec<(bool, String)> {
    let a = analyze(
        text,
        &Options {
            language: lang,
            ..Default::default()
        },
    );
    a.checks
        .iter()
        .map(|c| (c.ok, c.explanation.clone()))
        .collect()
}

#[test]
fn the_sample_adds_up() {
    let got = explanations(&sample(), None);
    assert!(
        got.contains(&(true, "150 + 863 + 25 = 1.038 ✓".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(true, "19 + 2 + 1 + 3 = 25 ✓".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(true, "1.899 / 1.899 = 100% ✓".into())),
        "{got:?}"
    );
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
}

#[test]
fn planted_errors_in_vietnamese() {
    let text = sample().replace("hưu trí 863 lượt", "hưu trí 836 lượt");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(false, "150 + 836 + 25 = 1.011 ≠ 1.038 ✗".into())),
        "{got:?}"
    );

    let text = sample().replace("khiển trách 19,", "khiển trách 18,");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(false, "18 + 2 + 1 + 3 = 24 ≠ 25 ✗".into())),
        "{got:?}"
    );

    let text = sample().replace("(1.462 chi bộ có chi ủy", "(1.426 chi bộ có chi ủy");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(false, "1.426 + 437 = 1.863 ≠ 1.899 ✗".into())),
        "{got:?}"
    );
}

#[test]
fn planted_errors_in_english() {
    let good = "The county spent $4.5 million on roads last year, consisting of $3.2 million for repairs and $1.3 million for new lanes. It hired 45 workers (30 workers in parks and 15 workers in libraries). Sales rose 12% to 1.34 million units from 1.2 million units.";
    let got = explanations(good, Some(Language::En));
    assert_eq!(
        got,
        [
            (true, "3.2 + 1.3 = 4.5 ✓".to_string()),
            (true, "30 + 15 = 45 ✓".to_string()),
            (true, "1.2 → 1.34 = +12% ✓".to_string()),
        ]
    );
    let bad = good
        .replace("$1.3 million", "$1.1 million")
        .replace("15 workers", "12 workers")
        .replace("rose 12%", "rose 21%");
    let got = explanations(&bad, Some(Language::En));
    assert_eq!(
        got,
        [
            (false, "3.2 + 1.1 = 4.3 ≠ 4.5 ✗".to_string()),
            (false, "30 + 12 = 42 ≠ 45 ✗".to_string()),
            (false, "1.2 → 1.34 = +11.67% ≠ +21% ✗".to_string()),
        ]
    );
    let a = analyze(
        &bad,
        &Options {
            language: Some(Language::En),
            ..Default::default()
        },
    );
    assert_eq!(
        a.checks
            .iter()
            .filter(|c| c.kind == CheckKind::Change)
            .count(),
        1
    );
}

/// The text `name` of the test folder `folder`.
fn fixture(folder: &str, name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/{folder}/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A text of `tests/sums/` (articles marked blind for issue 16).
fn marked(name: &str) -> String {
    fixture("sums", name)
}

#[test]
fn a_balance_counts_its_deficits_against_its_surpluses() {
    // Vietnam's trade, first five months of 2016: a surplus that is one
    // sector's deficit less the other's surplus.
    let text = marked("vi-xuatsieu-5thang-2016");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(true, "−7,74 + 9,1 = 1,36 ✓".into())),
        "{got:?}"
    );
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
    let planted = text.replace("xuất siêu 9,10 tỷ USD", "xuất siêu 9,30 tỷ USD");
    let got = explanations(&planted, None);
    assert!(
        got.contains(&(false, "−7,74 + 9,3 = 1,56 ≠ 1,36 ✗".into())),
        "{got:?}"
    );
    // In English, a deficit of the whole and its parts.
    let en = "The state ran a deficit of $1.9 billion last year, consisting of a deficit of $2.4 billion in the general fund and a surplus of $0.5 billion in the transport fund.";
    assert_eq!(
        explanations(en, Some(Language::En)),
        [(true, "−2.4 + 0.5 = −1.9 ✓".to_string())]
    );
    let planted = en.replace("surplus of $0.5 billion", "surplus of $0.3 billion");
    assert_eq!(
        explanations(&planted, Some(Language::En)),
        [(false, "−2.4 + 0.3 = −2.1 ≠ −1.9 ✗".to_string())]
    );
}

#[test]
fn a_change_between_percentages_is_in_points() {
    for (text, lang, want) in [
        (
            "Tỷ lệ hộ nghèo của tỉnh giảm 1,2 điểm phần trăm, từ 5,6% năm 2022 xuống 4,4% năm 2023.",
            Language::Vi,
            (true, "5,6% → 4,4% = −1,2 pp ✓"),
        ),
        (
            "Tỷ lệ hộ nghèo của tỉnh giảm 1,4 điểm phần trăm, từ 5,6% năm 2022 xuống 4,4% năm 2023.",
            Language::Vi,
            (false, "5,6% → 4,4% = −1,2 pp ≠ −1,4 pp ✗"),
        ),
        // The slip: points written as per cent.
        (
            "Tỷ lệ hộ nghèo của tỉnh giảm 1,2%, từ 5,6% năm 2022 xuống 4,4% năm 2023.",
            Language::Vi,
            (false, "5,6% → 4,4% = −1,2 pp ≠ −1,2% (−21,43%) ✗"),
        ),
        (
            "The jobless rate rose 1.7 percentage points, from 7.2% in July to 8.9% in August.",
            Language::En,
            (true, "7.2% → 8.9% = +1.7 pp ✓"),
        ),
        (
            "The jobless rate rose 1.7%, from 7.2% in July to 8.9% in August.",
            Language::En,
            (false, "7.2% → 8.9% = +1.7 pp ≠ +1.7% (+23.61%) ✗"),
        ),
    ] {
        let a = analyze(
            text,
            &Options {
                language: Some(lang),
                ..Default::default()
            },
        );
        let got: Vec<(bool, &str)> = a
            .checks
            .iter()
            .map(|c| (c.ok, c.explanation.as_str()))
            .collect();
        assert_eq!(got, [want], "{text}");
        assert_eq!(a.checks[0].kind, CheckKind::Points, "{text}");
    }
}

#[test]
fn a_rate_times_its_count_is_its_total() {
    // Hà Tĩnh's relief for storm damage, 2026: two rates, each with its
    // count and total in one sentence.
    let text = marked("vi-cuutro-thientai-hatinh-2026");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(true, "19.354 × 3 = 58.062 ✓".into())),
        "{got:?}"
    );
    assert!(got.contains(&(true, "52 × 10 = 520 ✓".into())), "{got:?}");
    let planted = text.replace(
        "520 triệu đồng hỗ trợ cho 52 hộ",
        "620 triệu đồng hỗ trợ cho 52 hộ",
    );
    let got = explanations(&planted, None);
    assert!(
        got.contains(&(false, "52 × 10 = 520 ≠ 620 ✗".into())),
        "{got:?}"
    );
    let en = "The council paid $15,600 to 52 households, $300 per household.";
    assert_eq!(
        explanations(en, Some(Language::En)),
        [(true, "52 × 300 = 15,600 ✓".to_string())]
    );
    let planted = en.replace("$300 per", "$350 per");
    assert_eq!(
        explanations(&planted, Some(Language::En)),
        [(false, "52 × 350 = 18,200 ≠ 15,600 ✗".to_string())]
    );
}

#[test]
fn the_title_and_the_body_tell_one_figure_alike() {
    // Lào Cai's budget revenue, 2024: the headline's figure, told again.
    let text = marked("vi-baolaocai-thungansach-2024");
    let (title, body) = text.split_once('\n').unwrap();
    let got = explanations(&text, None);
    assert!(got.contains(&(true, "12.259 = 12.259 ✓".into())), "{got:?}");
    let planted = format!(
        "{title}\n{}",
        body.replace("12.259 tỷ đồng", "12.295 tỷ đồng")
    );
    let got = explanations(&planted, None);
    assert!(
        got.contains(&(false, "12.259 ≠ 12.295 ✗".into())),
        "{got:?}"
    );
    let en = "City hires 1,040 new teachers\n\nThe city has hired 1,038 new teachers for the coming school year, the education department said on Monday, most of them for primary schools.";
    assert_eq!(
        explanations(en, Some(Language::En)),
        [(false, "1,040 ≠ 1,038 ✗".to_string())]
    );
    let right = en.replace("1,038", "1,040");
    assert_eq!(
        explanations(&right, Some(Language::En)),
        [(true, "1,040 = 1,040 ✓".to_string())]
    );
}

#[test]
fn a_row_of_figures_taken_for_a_title_restates_nothing() {
    // A table's first row read as the title: its figures are no headline's,
    // and the next rows' figures within 5% of them are no slips.
    let text = "633,9 tỷ đồng, 718,0 tỷ đồng, 994,8 tỷ đồng, 393,8 tỷ đồng\n606,5 tỷ đồng, 742,0 tỷ đồng, 950,9 tỷ đồng, 412,8 tỷ đồng";
    let got = explanations(text, Some(Language::Vi));
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
}

#[test]
fn sums_no_word_states_are_found_and_never_cry_wolf() {
    // US trade, June 2008: balances as exports less imports, and totals of
    // goods and services, given in separate sentences.
    let text = marked("en-mnd-us-trade-june-2008");
    let got = explanations(&text, Some(Language::En));
    for want in [
        "−158 + 217.2 = 59.2 ✓",
        "116.7 + 47.7 = 164.4 ✓",
        "47.7 − 34.5 = 13.2 ≈ 13.3 ✓",
        // Imports of goods and of services: terms all of one side.
        "186.7 + 34.5 = 221.2 ✓",
    ] {
        assert!(got.contains(&(true, want.into())), "{want}: {got:?}");
    }
    // A planted error: the May imports no longer make the May deficit. The
    // relation is not found, and nothing says the article is wrong, for no
    // word linked those figures.
    let planted = text.replace("$217.2 billion", "$219.2 billion");
    let got = explanations(&planted, Some(Language::En));
    assert!(!got.iter().any(|(_, e)| e.contains("= 59.2")), "{got:?}");
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
    // Canada, April: the surplus as exports less imports, in a release
    // dense with other amounts; the words name the two sides.
    let got = explanations(&marked("en-canada-trade-surplus-april"), Some(Language::En));
    assert!(
        got.contains(&(true, "40.7 − 34.9 = 5.8 ✓".into())),
        "{got:?}"
    );
    // Two relations of one total that share a figure are a choice the
    // arithmetic cannot make: "$US540 million" this year or "$US548
    // million" last, with "$US1.51 billion", are both "$US2.05 billion".
    let got = explanations(&marked("en-arnnet-lucent-q1-2006"), Some(Language::En));
    assert!(!got.iter().any(|(_, e)| e.contains("= 2,050")), "{got:?}");
    // Vietnamese: a province's poor households, by kind of poverty.
    let text = marked("vi-hongheo-backan-2018");
    let got = explanations(&text, None);
    assert!(
        got.contains(&(true, "16.594 + 841 = 17.435 ✓".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(true, "20,82 + 1,06 = 21,88 ✓".into())),
        "{got:?}"
    );
    let planted = text.replace("841 hộ", "814 hộ");
    let got = explanations(&planted, None);
    assert!(!got.iter().any(|(_, e)| e.contains("= 17.435")), "{got:?}");
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
}

#[test]
fn a_balance_in_brackets_is_its_larger_part_less_the_smaller() {
    // Viet Nam's surplus with the US, ten months of 2018: exports and
    // imports in brackets, no word signing either.
    let text = "Trong 10 tháng năm nay, Việt Nam xuất siêu sang Hoa Kỳ 28,77 tỷ USD (xuất khẩu đạt 39,42 tỷ USD, nhập khẩu 10,65 tỷ USD).";
    assert_eq!(
        explanations(text, None),
        [(true, "39,42 − 10,65 = 28,77 ✓".to_string())]
    );
    // Planted: no word says which part counts against the other, so a
    // balance that does not hold is no alarm.
    let planted = text.replace("28,77", "27,77");
    let got = explanations(&planted, None);
    assert!(got.iter().all(|(ok, _)| *ok), "{got:?}");
}

#[test]
fn a_part_is_its_stated_share_of_the_whole() {
    // Investment in Viet Nam, 2013: the whole, then its three parts, each
    // with its share.
    let text = marked("vi-taichinhdientu-vondautu-toanxahoi-2013");
    let got = explanations(&text, None);
    for want in [
        "440,5 / 1.091,1 = 40,4% ✓",
        "410,5 / 1.091,1 = 37,6% ✓",
        "240,1 / 1.091,1 = 22% ✓",
    ] {
        assert!(got.contains(&(true, want.into())), "{want}: {got:?}");
    }
    let planted = text.replace("chiếm 37,6%", "chiếm 39,6%");
    let got = explanations(&planted, None);
    assert!(
        got.contains(&(false, "410,5 / 1.091,1 = 37,62% ≠ 39,6% ✗".into())),
        "{got:?}"
    );
    // Vinamilk's 2021 target: the article's own slip, 61.000 of 80.000 is
    // not 75%.
    let got = explanations(&marked("vi-vinamilk-kehoach-2017"), None);
    assert!(
        got.contains(&(false, "61.000 / 80.000 = 76,25% ≠ 75% ✗".into())),
        "{got:?}"
    );
    let en = "The company sold 1,200 cars last year. Of those, 300 cars were electric, accounting for 25% of all sales.";
    assert_eq!(
        explanations(en, Some(Language::En)),
        [(true, "300 / 1,200 = 25% ✓".to_string())]
    );
    let planted = en.replace("25%", "30%");
    assert_eq!(
        explanations(&planted, Some(Language::En)),
        [(false, "300 / 1,200 = 25% ≠ 30% ✗".to_string())]
    );
    // A share of another base ("bằng 30,4% GDP") that does not fit is no
    // alarm.
    let other =
        "Tổng vốn đầu tư đạt 1.000 tỷ đồng. Trong đó, vốn nhà nước đạt 400 tỷ đồng, bằng 12% GDP.";
    assert!(
        explanations(other, Some(Language::Vi))
            .iter()
            .all(|(ok, _)| *ok),
        "{:?}",
        explanations(other, Some(Language::Vi))
    );
}

/// A table of `tests/tables-layout/` (real tables printed to PDF and copied
/// back by `pdftotext -layout`: columns set out by position).
fn laid_out(name: &str) -> String {
    fixture("tables-layout", name)
}

#[test]
fn a_table_set_out_by_position_adds_up_and_names_its_slip() {
    // Its columns one space apart ("31.005,00 30.203,00"), the total row
    // over nine districts: each year's column adds up.
    let text = laid_out("vi-vinhphuc-lua-dongxuan-2018-2022");
    let got = explanations(&text, None);
    assert_eq!(got.iter().filter(|c| c.0).count(), 5, "{got:?}");
    assert!(got.iter().all(|c| c.0), "{got:?}");
    assert!(
        got[0]
            .1
            .starts_with("TỔNG SỐ - TOTAL, 2018: 1.350,6 + 2.006 + "),
        "{got:?}"
    );
    // A planted error in one district's 2019: that column fails, named.
    let planted = text.replace("4.011,40", "4.111,40");
    let got = explanations(&planted, None);
    let failed: Vec<&String> = got.iter().filter(|c| !c.0).map(|c| &c.1).collect();
    assert_eq!(failed.len(), 1, "{got:?}");
    assert!(
        failed[0].starts_with("TỔNG SỐ - TOTAL, 2019: "),
        "{failed:?}"
    );
    assert!(failed[0].ends_with("≠ 30.203 ✗"), "{failed:?}");

    // English: a segment table whose net row is gross less amortisation.
    let text = laid_out("en-marriott-segment-rev-q3-2024");
    let planted = text.replace("$153", "$163");
    let got = explanations(&planted, Some(Language::En));
    let failed: Vec<&String> = got.iter().filter(|c| !c.0).map(|c| &c.1).collect();
    assert!(!failed.is_empty(), "{got:?}");
    assert!(failed.iter().all(|e| e.contains("EMEA")), "{failed:?}");
}

/// A check says what scale its explanation's amounts are in (parts in tỷ and
/// triệu shown in triệu), and the document which marks it writes them in,
/// so that the page can say "3,700 million USD" in its own format.
#[test]
fn a_check_names_the_scale_of_its_numbers_and_the_text_its_marks() {
    let a = analyze(
        "Tổng kim ngạch xuất khẩu đạt 3,7 tỷ USD, trong đó nông sản 1,9 tỷ USD \
         và thủy sản 1.800 triệu USD. Khám 1.038 lượt (đương chức chiếm 14,5%, \
         hưu trí chiếm 83,1%, đối tượng khác chiếm 2,4%).",
        &Options::default(),
    );
    let sum = &a.checks[0];
    assert_eq!(sum.explanation, "1.900 + 1.800 = 3.700 ✓");
    assert_eq!(sum.scale, Some(1e6));
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["numbers"],
        serde_json::json!({"group": ".", "decimal": ","})
    );
    // Percentages carry their own "%": no scale.
    let shares = a.checks.iter().find(|c| c.explanation.contains("= 100%"));
    assert_eq!(shares.map(|c| c.scale), Some(None), "{:?}", a.checks);
    let en = analyze(
        "Total June exports were $164.4 billion, while imports were $221.2 \
         billion, resulting in a goods and services deficit of $56.8 billion.",
        &Options::default(),
    );
    assert_eq!(
        serde_json::to_value(&en).unwrap()["numbers"],
        serde_json::json!({"group": ",", "decimal": "."})
    );
    assert!(
        en.checks.iter().all(|c| c.scale == Some(1e9)),
        "{:?}",
        en.checks
    );
}

/// A group of one member in a table whose other groups are found by their
/// arithmetic ("III." over its one district, as "I." and "II." over
/// theirs): its columns are checked, ✓, and a planted error in one of
/// four columns is ✗ there; without groups to go by, one part is no sum.
#[test]
fn a_group_of_one_member_is_checked_as_its_sibling_groups_are() {
    let text = "Số trường học phân theo huyện\n\n\
                \t2020\t2021\t2022\t2023\t2024\n\
                TỔNG SỐ\t245\t251\t258\t262\t270\n\
                I. Đồng bằng\t160\t163\t167\t170\t175\n\
                1. Huyện An Phú\t90\t92\t95\t96\t99\n\
                2. Huyện Bình Lộc\t70\t71\t72\t74\t76\n\
                II. Miền núi\t62\t64\t66\t67\t69\n\
                3. Huyện Cao Sơn\t40\t41\t42\t43\t44\n\
                4. Huyện Đá Vách\t22\t23\t24\t24\t25\n\
                III. Hải đảo\t23\t24\t25\t25\t26\n\
                5. Huyện Đảo Xanh\t23\t24\t25\t25\t26\n";
    let got = explanations(text, None);
    let lone: Vec<&(bool, String)> = got.iter().filter(|c| c.1.starts_with("III.")).collect();
    assert_eq!(lone.len(), 5, "{got:?}");
    assert!(lone.iter().all(|c| c.0), "{got:?}");
    assert_eq!(lone[0].1, "III. Hải đảo, 2020: 23 = 23 ✓");
    assert!(got.iter().all(|c| c.0), "{got:?}");

    // A planted error in the member's 2022: that column fails, named, the
    // four others holding (a unit off is within the rounding each count
    // is allowed).
    let planted = text.replace("Đảo Xanh\t23\t24\t25", "Đảo Xanh\t23\t24\t29");
    let got = explanations(&planted, None);
    let failed: Vec<&String> = got.iter().filter(|c| !c.0).map(|c| &c.1).collect();
    assert_eq!(failed, ["III. Hải đảo, 2022: 29 = 29 ≠ 25 ✗"], "{got:?}");

    // Without the groups "I." and "II.", a row over one row is no sum.
    let alone = "Số trường học\n\n\
                 \t2020\t2021\t2022\t2023\n\
                 III. Hải đảo\t23\t24\t25\t25\n\
                 5. Huyện Đảo Xanh\t23\t24\t25\t25\n\
                 Huyện khác\t12\t13\t14\t15\n";
    assert!(explanations(alone, None).is_empty());
}
