//! Patterns that repeat without a paragraph break, list after list, or one
//! character over and over: inputs that would expose a quadratic path.
//! `tests/extremes.rs` counts the work each costs at two sizes;
//! `examples/linearity.rs` (in `make bench`) times them.

pub const PATTERNS: &[(&str, &str)] = &[
    ("one long sentence of figures", "1.038 lượt, "),
    (
        "one long line of sentences",
        "Tổng 25 người, gồm 19 nam và 6 nữ. ",
    ),
    ("a list that never ends", "khiển trách 19, cảnh cáo 2, "),
    ("ranges chained", "từ 5 đến 7% đến "),
    ("dates chained", "ngày 2/9 - 3/9 - "),
    ("nested brackets", "(12 ("),
    ("colons", "Về công tác: 5 người: "),
    ("the same letter", "a"),
    ("stops", ". "),
    ("digits and stops", "1."),
    ("lines of headings", "I. Về công tác 1\n"),
    ("parallel leads", "Công tác cán bộ: có 5 người.\n"),
    ("changes in one sentence", "tăng 5% so với 2019, "),
    (
        "shares in one sentence",
        "tăng 5% lên 2.000 tỷ đồng, chiếm 30%, ",
    ),
    ("breakdowns opened, never closed", "gồm 5 người ("),
    ("English changes", "up 5% from $3 billion, "),
    ("yearless quarters", "Q3, "),
    // Each of these three once cost the square of its length: the summing-up
    // walk back to the paragraph start over every figure (100 k → 0.65 s,
    // 400 k → 7.6 s), a search of the whole text for "£" at every "1p"
    // (800 k → 17 s), and a score's cue words looked for in its whole
    // sentence at every "4-1" (140 k → 13 s, 560 k → 220 s).
    ("sentences that sum up", "Tổng cộng 5 người. "),
    ("pence", "It cost 1p. "),
    ("scores in one sentence", "Trận đấu 4-1, "),
    ("ratios in one sentence", "đạt 1/2, "),
    // A PDF copy: a page set to a width (every line wraps), page furniture
    // at every page break, words hyphenated at line ends.
    (
        "a page set to a width",
        "Doanh thu của tổng công ty năm nay ước đạt 12.300\ntỷ đồng, tăng 8,4% so với cùng kỳ năm trước và\n",
    ),
    (
        "pages and their furniture",
        "Báo cáo kinh tế quý I\nLợi nhuận trước thuế năm nay đạt 1.250 tỷ đồng, vượt\nkế hoạch\n- 3 -\n\u{c}",
    ),
    (
        "words hyphenated at every line end",
        "revenue for the quarter rose to $12.3 mil-\nlion, and the long-term debt of the eco-\n",
    ),
];
