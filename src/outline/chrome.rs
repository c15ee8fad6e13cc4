//! Page chrome: the buttons, link lists and notices a paste brings along
//! ("Phản hồi", "Các tin khác", "Share", "Read more", "ba-dinh2.jpg").

use super::blocks::{Block, Line};
use super::Role;
use crate::text::substrings::AnyOf;
use std::sync::LazyLock;

/// Lines that are chrome when they stand alone (compared lower case, without
/// trailing punctuation).
static CHROME: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.chrome_lines);

/// Openings of chrome lines that carry more words ("Content Type(s): Press",
/// "» Download the full agenda").
static CHROME_PREFIXES: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.chrome_prefixes);

/// Links glued to the teaser they open ("moreViệc tăng lương…").
static TEASER_LINKS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.teaser_links);

/// Openings of a copyright notice ("©", "copyright").
static NOTICE_OPENINGS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.notice_openings);

/// What a counter line counts ("941 comments"), and the units and words of a
/// timestamp ("4 hours ago", "3 giờ trước").
static COUNTER_NOUNS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.counter_nouns);
static TIME_AGO_UNITS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.time_ago_units);
static TIME_AGO_WORDS: crate::lang::KnownWords = crate::lang::KnownWords::new(|w| w.time_ago_words);

/// A lower-case line without its closing marks ("share:", "xem thêm…").
fn normal(lower: &str) -> &str {
    lower
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…')
}

/// True when `line` is page chrome by its words alone.
pub fn is_chrome(line: Line) -> bool {
    let lower = line.lower.trim();
    let line = line.text;
    // Chrome is short: the longest kind, a teaser or a notice, stays under
    // 300 characters. A paragraph is not looked at further.
    // A "more" link glued to its teaser: "moreViệc tăng lương…", "more(HDDTVN) …".
    if TEASER_LINKS.iter().any(|m| {
        line.strip_prefix(m)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_uppercase() || c == '(')
    }) {
        return true;
    }
    // (A long line can still be a teaser that opens with a mark or an emoji.)
    let plain_start = line.chars().next().is_some_and(char::is_alphanumeric);
    if line.len() > 1200 || (plain_start && line.split_whitespace().take(41).count() > 40) {
        return false;
    }
    if CHROME.contains(normal(lower)) {
        return true;
    }
    // Teasers open with a mark or an emoji: "🎁Xem chi tiết ở đây🎁…".
    let opening = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let prefixed =
        CHROME_PREFIXES.iter().any(|p| lower.starts_with(p)) && line.chars().count() < 100;
    let teaser =
        opening.len() < lower.len() && CHROME_PREFIXES.iter().any(|p| opening.starts_with(p));
    if prefixed || teaser {
        return true;
    }
    // Notices: copyright lines and archive notes.
    static NOTICES: LazyLock<AnyOf> =
        LazyLock::new(|| AnyOf::new(Vec::leak(crate::lang::known_words(|w| w.chrome_notices))));
    if (NOTICE_OPENINGS.iter().any(|o| lower.starts_with(o)) || NOTICES.is_in(lower))
        && line.chars().count() < 250
    {
        return true;
    }
    // "941 comments", "4 hours ago", "3 giờ trước": counters and timestamps.
    // Only lines of two or three words can be counters: look at four at most.
    let mut first_words = [""; 4];
    let mut count = 0;
    for (slot, w) in first_words.iter_mut().zip(lower.split_whitespace()) {
        *slot = w;
        count += 1;
    }
    let counter = match &first_words[..count] {
        [n, w] => n.chars().all(|c| c.is_ascii_digit()) && COUNTER_NOUNS.contains(w),
        [n, unit, ago] if TIME_AGO_WORDS.contains(ago) => {
            n.chars().all(|c| c.is_ascii_digit()) && TIME_AGO_UNITS.contains(unit)
        }
        _ => false,
    };
    // "[What you need to know …]": a bracketed promotion; "A | B | C": a menu.
    let bracketed = lower.starts_with('[') && lower.ends_with(']');
    let menu = line.matches(" | ").count() >= 2
        && line.split(" | ").all(|p| p.split_whitespace().count() <= 4);
    if counter || bracketed || menu {
        return true;
    }
    // An image file name or a lone mark ("ba-dinh2.jpg", "|"); a CMS may
    // name the file after its caption ("… phát biểu tại hội nghị.jpg").
    let is_file = [".jpg", ".jpeg", ".png", ".gif", ".webp"].iter().any(|e| {
        lower.strip_suffix(e).is_some_and(|name| {
            name.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
        })
    }) && line.len() <= 400;
    let only_marks = !line.trim().is_empty() && line.trim().chars().all(|c| !c.is_alphanumeric());
    is_file || only_marks
}

/// Marks chrome blocks.
pub fn mark(lines: &[Line], roles: &mut [Role]) {
    for (&l, role) in lines.iter().zip(roles.iter_mut()) {
        if is_chrome(l) {
            *role = Role::Boilerplate;
        }
    }
}

/// Lines that open a comment section (see `Words::comment_openers`).
static COMMENT_OPENERS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.comment_openers);

/// True when `line` opens a comment section: an opener alone, after a
/// count ("12 comments") or before one in brackets ("Bình luận (0)").
fn opens_comments(line: Line) -> bool {
    let lower = line.lower.trim();
    let lower = lower
        .strip_suffix(')')
        .and_then(|l| {
            l.trim_end_matches(|c: char| c.is_ascii_digit())
                .strip_suffix('(')
        })
        .map_or(lower, str::trim_end);
    let lower = normal(lower);
    let opener = lower
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    COMMENT_OPENERS.contains(lower)
        || (opener.len() < lower.len() && COMMENT_OPENERS.contains(opener))
}

/// Once the article has been told (three paragraphs of prose and 500
/// characters of it stand before), a line that opens a comment section
/// starts the readers' part of the page: what follows it that the rules
/// left as the article's is chrome, the opener too. (Before the article, a
/// "Comments" is a button of the share bar.)
pub fn mark_comments(lines: &[Line], roles: &mut [Role], unmarked: &[bool]) {
    let (mut paragraphs, mut chars) = (0usize, 0usize);
    let mut open = None;
    for (k, l) in lines.iter().enumerate() {
        if paragraphs >= 3 && chars >= 500 && opens_comments(*l) {
            open = Some(k);
            break;
        }
        if roles[k] == Role::Paragraph && super::headings::is_prose(l.text) {
            paragraphs += 1;
            chars += l.text.len();
        }
    }
    let Some(open) = open else {
        return;
    };
    for k in open..lines.len() {
        if unmarked[k] && matches!(roles[k], Role::Paragraph | Role::Byline) {
            roles[k] = Role::Boilerplate;
        }
    }
}

/// Labels of a list of links to other stories (see `Words::link_list_labels`).
static LINK_LIST_LABELS: crate::lang::KnownWords =
    crate::lang::KnownWords::new(|w| w.link_list_labels);

/// A list of links under its label ("Tin liên quan", "Related stories") is
/// chrome, label and all: the lines that follow the label with no blank line
/// between, up to the first blank line or line of prose. (A list set apart
/// by blank lines is not followed: its end cannot be told from the
/// article's next paragraph.) The list's dates and authors are the list's;
/// the title is not (it is not `Role::Paragraph`), and ends the list.
pub fn mark_link_lists(lines: &[Line], blocks: &[Block], roles: &mut [Role], unmarked: &[bool]) {
    let free = |k: usize, roles: &[Role]| {
        unmarked[k] && matches!(roles[k], Role::Paragraph | Role::Byline | Role::Boilerplate)
    };
    let mut k = 0;
    while k < lines.len() {
        if !(free(k, roles) && LINK_LIST_LABELS.contains(normal(lines[k].lower))) {
            k += 1;
            continue;
        }
        roles[k] = Role::Boilerplate;
        k += 1;
        while k < lines.len()
            && !blocks[k].after_blank
            && free(k, roles)
            && !super::headings::is_prose(lines[k].text)
            && lines[k].text.split_whitespace().take(26).count() <= 25
        {
            roles[k] = Role::Boilerplate;
            k += 1;
        }
    }
}

/// After the article's last paragraph of prose, short lines are link lists
/// and page furniture ("Video Obama 'distress' over gun laws", "24 July 2015").
pub fn mark_trailing(lines: &[Line], roles: &mut [Role], last_body: usize, unmarked: &[bool]) {
    for k in last_body.saturating_add(1)..lines.len() {
        let l = lines[k].text;
        if roles[k] == Role::Paragraph
            && unmarked[k]
            && l.split_whitespace().count() <= 12
            && !l.ends_with(['.', '!', '?'])
        {
            roles[k] = Role::Boilerplate;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::blocks::with_line;

    #[test]
    fn table() {
        for (line, want) in [
            ("Phản hồi", true),
            ("Các tin khác", true),
            ("Xem nhiều nhất", true),
            ("Share", true),
            ("» Download the full agenda", true),
            ("ba-dinh2.jpg", true),
            ("Bà Lê Thị Hoa phát biểu tại hội nghị.JPG", true),
            ("Ảnh chụp màn hình .jpg", false),
            ("|", true),
            ("Content Type(s):Press,Press releases", true),
            ("Phản hồi của cử tri được ghi nhận đầy đủ.", false),
            ("Roll Call", false),
            ("941 comments", true),
            ("4 hours ago", true),
            ("Order Reprints | Today’s Paper | Subscribe", true),
            (
                "[What you need to know to start the day: Get New York Today in your inbox.]",
                true,
            ),
            ("© Copyright IBTimes 2024. All rights reserved.", true),
        ] {
            assert_eq!(with_line(line, is_chrome), want, "{line}");
        }
    }

    #[test]
    fn a_comment_section_after_the_article_is_chrome_a_share_button_before_it_is_not() {
        let paras = [
            "The council approved the budget on Monday after a long debate that went on into the \
             night, with members of every party speaking for and against the plan for the parks.",
            "The plan includes new playgrounds, lighting along the river path and repairs to the old \
             bandstand, which has been closed since a storm damaged its roof two years ago.",
            "Work is expected to begin in the spring and to be finished by the end of next year, the \
             council said in a statement published on its website after the vote on Monday night.",
        ];
        let text = format!(
            "Facebook\nComments\nPrint\n\nCouncil approves the budget\n\n{}\n\n{}\n\n{}\n\nComments\n\nJane\n\n\
             I think the council got this one right, and the parks need the money badly.\n",
            paras[0], paras[1], paras[2]
        );
        let lower = crate::text::Lower::lower(text.as_str());
        let layout = crate::text::lines::Layout::of(&text);
        let ruled = crate::outline::rules(&text, &lower, &[], &layout);
        let role = |line: &str| {
            let k = ruled.lines.iter().position(|l| l.text == line).expect(line);
            ruled.roles[k]
        };
        for p in paras {
            assert_eq!(role(p), Role::Paragraph, "{p}");
        }
        assert_eq!(role("Jane"), Role::Boilerplate);
        assert_eq!(
            role("I think the council got this one right, and the parks need the money badly."),
            Role::Boilerplate
        );
    }
}
