//! Outlines of articles with explicit structure, through the public API.

use solieu::{analyze, Analysis, BlockHint, BlockKind, Options};

/// A block hint over the first occurrence of `s` in `text`, in UTF-16 offsets
/// as the page sends them.
fn marked(text: &str, s: &str, kind: BlockKind) -> BlockHint {
    let b = text.find(s).unwrap();
    let start = text[..b].encode_utf16().count();
    BlockHint {
        start,
        end: start + s.encode_utf16().count(),
        kind,
    }
}

/// The analysis of `text` with the block hints an HTML paste would send.
fn analyze_marked(text: &str, blocks: Vec<BlockHint>) -> Analysis {
    analyze(
        text,
        &Options {
            blocks,
            ..Default::default()
        },
    )
}

/// The lines the outline takes for page chrome.
fn chrome(a: &Analysis) -> Vec<&str> {
    a.outline
        .boilerplate
        .iter()
        .map(|b| b.text.as_str())
        .collect()
}

fn headings(a: &Analysis) -> Vec<(String, u8)> {
    a.outline
        .sections
        .iter()
        .map(|s| (s.heading.clone(), s.level))
        .collect()
}

#[test]
fn markdown_article() {
    let text = "# Báo cáo kinh tế quý I\n\n## Thu ngân sách\n\nThu ngân sách đạt 1.200 tỷ đồng, tăng 12% so với cùng kỳ.\n\n### Thu nội địa\n\nThu nội địa đạt 900 tỷ đồng.\n\n## Đầu tư công\n\nGiải ngân đạt 45% kế hoạch năm 2023.\n";
    let a = analyze(text, &Options::default());
    assert_eq!(
        a.outline.title.as_ref().unwrap().text,
        "# Báo cáo kinh tế quý I"
    );
    assert_eq!(
        headings(&a),
        [
            ("Thu ngân sách".into(), 2),
            ("Thu nội địa".into(), 3),
            ("Đầu tư công".into(), 2)
        ]
    );
    // Sections nest: "Thu nội địa" lies inside "Thu ngân sách", which ends where
    // "Đầu tư công" begins; figures belong to the innermost section.
    let s = &a.outline.sections;
    assert!(s[0].start < s[1].start && s[1].end <= s[0].end && s[0].end == s[2].start);
    let f = a.figures.iter().find(|f| f.text == "900 tỷ đồng").unwrap();
    assert_eq!(f.section, Some(1));
    assert!(s[1].figures.contains(&f.id));
}

#[test]
fn numbered_report() {
    let text = "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n\n1. Về kinh tế\n\nTổng sản phẩm tăng 6,5% so với năm 2022, cao hơn mức bình quân cả nước.\n\na) Nông nghiệp\n\nSản lượng lúa đạt 1,2 triệu tấn, tăng 3% so với cùng kỳ năm trước.\n\nb) Công nghiệp\n\nGiá trị sản xuất công nghiệp đạt 52.000 tỷ đồng trong cả năm.\n\n2. Về xã hội\n\nTạo việc làm mới cho 25.000 lao động trên địa bàn toàn tỉnh.\n\nII. PHƯƠNG HƯỚNG NĂM 2024\n\nPhấn đấu tăng trưởng 7% trong năm 2024 với nhiều giải pháp đồng bộ.\n";
    let a = analyze(text, &Options::default());
    assert_eq!(
        headings(&a),
        [
            ("I. KẾT QUẢ ĐẠT ĐƯỢC".into(), 1),
            ("1. Về kinh tế".into(), 2),
            ("a) Nông nghiệp".into(), 3),
            ("b) Công nghiệp".into(), 3),
            ("2. Về xã hội".into(), 2),
            ("II. PHƯƠNG HƯỚNG NĂM 2024".into(), 1),
        ]
    );
    let s = &a.outline.sections;
    // "I." runs until "II.", over all its subsections.
    assert_eq!(s[0].end, s[5].start);
    assert!(s[2].end <= s[1].end);
}

#[test]
fn chrome_at_both_ends() {
    let text = "Trang chủ\n\nChia sẻ\n\nTỉnh thu ngân sách vượt dự toán\n\nNăm 2023, tỉnh thu ngân sách 12.000 tỷ đồng, vượt 8% dự toán được giao.\n\nQuang cảnh hội nghị. Ảnh: Minh Anh\n\nTỉnh đặt mục tiêu thu 13.000 tỷ đồng trong năm 2024, tăng khoảng 8%.\n\nTin liên quan\n\nBình luận\n\nXem nhiều nhất\n";
    let a = analyze(text, &Options::default());
    assert_eq!(
        a.outline.title.as_ref().unwrap().text,
        "Tỉnh thu ngân sách vượt dự toán"
    );
    let chrome = chrome(&a);
    assert_eq!(
        chrome,
        [
            "Trang chủ",
            "Chia sẻ",
            "Tin liên quan",
            "Bình luận",
            "Xem nhiều nhất"
        ]
    );
    let captions: Vec<&str> = a.outline.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(captions, ["Quang cảnh hội nghị. Ảnh: Minh Anh"]);
    assert!(a.outline.sections.is_empty());
}

#[test]
fn english_with_chrome_and_caption() {
    let text = "Council approves new budget\n\nShare this article\n\nThe city council on Tuesday approved a $12.5 million budget for 2025, up 4% from last year.\n\nMayor Jane Smith speaks at the council meeting. Photo: City of Springfield\n\nSpending priorities\n\nRoads get $3 million, parks $1.2 million and libraries $800,000.\n\nRelated\n\nSign up for our newsletter\n";
    let a = analyze(text, &Options::default());
    assert_eq!(
        a.outline.title.as_ref().unwrap().text,
        "Council approves new budget"
    );
    assert_eq!(headings(&a), [("Spending priorities".into(), 1)]);
    let chrome = chrome(&a);
    assert_eq!(
        chrome,
        [
            "Share this article",
            "Related",
            "Sign up for our newsletter"
        ]
    );
    assert_eq!(a.outline.captions.len(), 1);
}

#[test]
fn any_line_ends() {
    let lf = "Tiêu đề bài viết\n\n## Phần một\n\nNội dung có 25 người tham gia hội nghị.\n";
    for ends in ["\r\n", "\r", "\u{2028}"] {
        let text = lf.replace('\n', ends);
        let a = analyze(&text, &Options::default());
        assert_eq!(headings(&a), [("Phần một".into(), 2)], "{ends:?}");
        assert_eq!(a.figures[0].text, "25 người");
        let units: Vec<u16> = text.encode_utf16().collect();
        let f = &a.figures[0];
        assert_eq!(String::from_utf16(&units[f.start..f.end]).unwrap(), f.text);
    }
}

#[test]
fn marked_blocks_from_an_html_paste() {
    // As the page passes an HTML paste: the text it shows, and the elements.
    let text = "Kết quả thu ngân sách\n\nTổng quan\n\nThu ngân sách đạt 1.200 tỷ đồng, tăng 12% so với cùng kỳ năm trước.\n\nGhi nhận từ cơ sở\n\nNhiều địa phương vượt dự toán được giao trong năm 2023.\n\nQuang cảnh buổi làm việc\n";
    let hint = |s: &str, kind| marked(text, s, kind);
    let blocks = vec![
        hint("Kết quả thu ngân sách", BlockKind::Heading(1)),
        hint("Tổng quan", BlockKind::Heading(2)),
        hint("Thu ngân sách đạt", BlockKind::Paragraph),
        // Short and without a full stop, but the page marked it a paragraph.
        hint("Ghi nhận từ cơ sở", BlockKind::Paragraph),
        hint("Nhiều địa phương", BlockKind::Paragraph),
        hint("Quang cảnh buổi làm việc", BlockKind::Caption),
    ];
    let a = analyze_marked(text, blocks);
    assert_eq!(
        a.outline.title.as_ref().unwrap().text,
        "Kết quả thu ngân sách"
    );
    assert_eq!(headings(&a), [("Tổng quan".into(), 2)]);
    assert_eq!(a.outline.captions.len(), 1);
    // Without the marks the short line reads as a heading.
    let plain = analyze(text, &Options::default());
    assert!(headings(&plain)
        .iter()
        .any(|(h, _)| h == "Ghi nhận từ cơ sở"));
}

#[test]
fn a_marked_title_after_page_chrome_and_headings_after_a_table() {
    let text = "Báo Tin Tức\n\nTrang chủ Thời sự Kinh tế\n\nXuất khẩu nông sản tăng mạnh\n\nKim ngạch xuất khẩu đạt 20 tỷ USD trong 6 tháng đầu năm 2020, tăng 5% so với cùng kỳ.\n\nGạo\t3 tỷ USD\n\nThủy sản gặp khó\n\nNgành thủy sản giảm\n";
    let h1 = marked(text, "Xuất khẩu nông sản tăng mạnh", BlockKind::Heading(1));
    let h2 = marked(text, "Thủy sản gặp khó", BlockKind::Heading(2));
    let li = marked(text, "Ngành thủy sản giảm", BlockKind::ListItem);
    let blocks = vec![h1, marked(text, "Kim ngạch", BlockKind::Paragraph), h2, li];
    let a = analyze_marked(text, blocks);
    assert_eq!(
        a.outline.title.as_ref().unwrap().text,
        "Xuất khẩu nông sản tăng mạnh"
    );
    assert_eq!(headings(&a), [("Thủy sản gặp khó".into(), 2)]);
    let chrome = chrome(&a);
    assert!(!chrome.contains(&"Ngành thủy sản giảm"), "{chrome:?}");
}

#[test]
fn a_page_without_h1_has_no_paragraph_for_a_title() {
    // The page's headline stood in chrome the markup marked; the first block
    // left is a paragraph the page marked as one: it is body, not the title.
    let text = "Trang chủ\n\nNăm 2023, tỉnh thu ngân sách 12.000 tỷ đồng, vượt 8% dự toán được giao.\n\nTỉnh đặt mục tiêu thu 13.000 tỷ đồng trong năm 2024.\n";
    let blocks = vec![
        marked(text, "Trang chủ", BlockKind::Chrome),
        marked(text, "Năm 2023", BlockKind::Paragraph),
        marked(text, "Tỉnh đặt", BlockKind::Paragraph),
    ];
    let a = analyze_marked(text, blocks);
    assert_eq!(a.outline.title, None);
    // Unmarked, the first line of prose still titles a plain paste.
    let text = "Thu ngân sách vượt dự toán\n\nNăm 2023, tỉnh thu ngân sách 12.000 tỷ đồng, vượt 8% dự toán được giao.\n";
    let blocks = vec![marked(text, "Năm 2023", BlockKind::Paragraph)];
    let a = analyze_marked(text, blocks);
    assert_eq!(
        a.outline.title.as_ref().unwrap().text,
        "Thu ngân sách vượt dự toán"
    );
}

#[test]
fn a_whole_page_is_titled_by_its_headline_not_its_first_line() {
    // Pasted whole: a section label, the headline, a date line, the prose;
    // the headline again as an image's alt text, a caption.
    let text = "Kinh tế\n\nTỉnh thu ngân sách vượt dự toán nhờ xuất khẩu tăng mạnh\n\n\
        Thứ Hai, 12/05/2023 10:30\n\n\
        Năm 2023, tỉnh thu ngân sách 12.000 tỷ đồng, vượt 8% dự toán được giao, nhờ xuất khẩu \
        nông sản và thủy sản tăng mạnh trong nửa cuối năm.\n\n\
        Tỉnh thu ngân sách vượt dự toán nhờ xuất khẩu tăng mạnh\n\n\
        Toàn cảnh buổi làm việc.\n\n\
        Kim ngạch xuất khẩu cả năm đạt 2,1 tỷ USD, tăng 15% so với năm trước; riêng thủy sản \
        đạt 900 triệu USD.\n";
    let a = analyze(text, &Options::default());
    assert_eq!(
        a.outline.title.as_ref().map(|t| t.text.as_str()),
        Some("Tỉnh thu ngân sách vượt dự toán nhờ xuất khẩu tăng mạnh")
    );
    assert!(headings(&a).is_empty(), "{:?}", headings(&a));
    let chrome = chrome(&a);
    assert!(chrome.contains(&"Kinh tế"), "{chrome:?}");
    assert!(
        chrome.contains(&"Tỉnh thu ngân sách vượt dự toán nhờ xuất khẩu tăng mạnh"),
        "the headline again: {chrome:?}"
    );
    let captions: Vec<&str> = a.outline.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(captions, ["Toàn cảnh buổi làm việc."]);
}

/// The lines the outline names as bylines.
fn bylines(a: &Analysis) -> Vec<&str> {
    a.outline.bylines.iter().map(|b| b.text.as_str()).collect()
}

const VI_PARAS: [&str; 3] = [
    "Chiều 8/12, Hội đồng nhân dân thành phố đã khai mạc kỳ họp thường lệ cuối năm, nhằm xem xét \
     các báo cáo về tình hình kinh tế - xã hội và quyết định nhiều nội dung quan trọng.",
    "Tham dự kỳ họp có lãnh đạo thành phố, các sở, ngành và đại biểu Hội đồng nhân dân các cấp, \
     cùng đông đảo cử tri theo dõi qua truyền hình trực tiếp trên sóng của đài địa phương.",
    "Phát biểu khai mạc, Chủ tịch Hội đồng nhân dân nhấn mạnh yêu cầu đổi mới cách làm, nâng cao \
     chất lượng thảo luận và giám sát việc thực hiện các nghị quyết đã được thông qua.",
];

#[test]
fn a_list_under_its_label_is_chrome_up_to_the_blank_line_and_never_the_headline() {
    let text = format!(
        "Thứ Tư, 29/10/2025\nTrending:\nBầu cử\nGiá vàng\nKhai mạc kỳ họp cuối năm của Hội đồng nhân dân\n\
         11:19 | 09/12/2025 GMT+7\nMỹ Lệ\n\n{}\n\nTin liên quan\nThành phố kiến tạo hệ sinh thái tri thức mới\n\
         Đẩy nhanh tiến độ mở rộng quốc lộ qua thành phố\n\n{}\n\n{}\n",
        VI_PARAS[0], VI_PARAS[1], VI_PARAS[2]
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(
        a.outline.title.as_ref().map(|t| t.text.as_str()),
        Some("Khai mạc kỳ họp cuối năm của Hội đồng nhân dân")
    );
    let chrome = chrome(&a);
    for line in [
        "Thứ Tư, 29/10/2025",
        "Trending:",
        "Bầu cử",
        "Giá vàng",
        "Tin liên quan",
        "Thành phố kiến tạo hệ sinh thái tri thức mới",
        "Đẩy nhanh tiến độ mở rộng quốc lộ qua thành phố",
    ] {
        assert!(chrome.contains(&line), "{line} in {chrome:?}");
    }
    assert_eq!(bylines(&a), ["11:19 | 09/12/2025 GMT+7", "Mỹ Lệ"]);
    assert!(headings(&a).is_empty(), "{:?}", headings(&a));
    for p in VI_PARAS {
        assert!(!chrome.contains(&p));
    }
}

#[test]
fn names_under_a_question_headline_and_at_the_foot_are_bylines_not_headings() {
    let text = format!(
        "Xây dựng chính quyền kiến tạo, bắt đầu từ đâu?\nMỹ Lệ\n\n{}\n\n{}\n\n{}\n\nPhú Lữ - An Nhiên\n\n\
         Bình luận (0)\n\nBài viết chưa có bình luận nào, bạn hãy là người đầu tiên gửi ý kiến.\n",
        VI_PARAS[0], VI_PARAS[1], VI_PARAS[2]
    );
    let a = analyze(&text, &Options::default());
    assert_eq!(bylines(&a), ["Mỹ Lệ", "Phú Lữ - An Nhiên"]);
    assert!(headings(&a).is_empty(), "{:?}", headings(&a));
    assert!(chrome(&a)
        .contains(&"Bài viết chưa có bình luận nào, bạn hãy là người đầu tiên gửi ý kiến."));
}

#[test]
fn topics_framed_before_a_comma_are_sections_when_two_or_more_stand() {
    let two = "Kết quả bầu cử tại tỉnh\n\nVề kết quả bầu cử đại biểu Quốc hội, đã bầu đủ 7 đại biểu trong tổng số 12 người ứng cử.\n\nVề kết quả bầu cử đại biểu HĐND tỉnh, đã bầu đủ 52 đại biểu trong tổng số 86 người ứng cử.\n\nVề vấn đề này, Ủy ban bầu cử tỉnh cho biết sẽ báo cáo lên cấp trên theo quy định.\n";
    let a = analyze(two, &Options::default());
    assert_eq!(
        headings(&a),
        [
            ("Về kết quả bầu cử đại biểu Quốc hội".into(), 1),
            ("Về kết quả bầu cử đại biểu HĐND tỉnh".into(), 1),
        ]
    );
    // One alone is a paragraph that opens with its topic, not a section.
    let one = "Kết quả bầu cử tại tỉnh\n\nVề kết quả bầu cử đại biểu Quốc hội, đã bầu đủ 7 đại biểu trong tổng số 12 người ứng cử.\n\nỦy ban bầu cử tỉnh cho biết sẽ báo cáo lên cấp trên theo quy định của pháp luật.\n";
    assert!(headings(&analyze(one, &Options::default())).is_empty());
}
