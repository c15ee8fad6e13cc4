//! The learned line model: how likely a line the rules left as the
//! article's own text is page chrome, by logistic regression over
//! [`features`](super::features).
//!
//! The weights are generated into `weights.rs` by
//! `tools/outline_model/train.py` from marked lines (the extraction
//! benchmark's pages, labelled from their marked bodies; the corpora's
//! outlines; the Vietnamese pages of `tests/outline/`): retrain there,
//! never edit them by hand. A line the model decides
//! ([`features::Lines::decided`]) becomes chrome where its log-odds reach
//! the generated threshold (the probability it stands for is in the
//! generated file's comment, chosen on held-out sites); what the rules
//! decided (chrome, bylines, captions, a title the source marked) stands.
//! A block an HTML paste marked as a paragraph or list item is judged like
//! any line (the mark says it is a paragraph, not that it is the
//! article's); one it marked as a heading or caption is not.
//! The title, unless the source marked it (an `h1`), is the candidate the
//! [`title`](super::title) score ranks first; a line before it that the
//! rules had taken for the title is chrome. Without candidates, a title the
//! model takes for chrome gives way to the first line before the prose that
//! it does not.

mod weights;

use super::features::{self, COUNT};
use super::{title, Role, Ruled};
use crate::model::BlockKind;

/// The log-odds that a line of these features is chrome (its probability
/// is `1 / (1 + e^-score)`; compared as log-odds, no exponential is
/// computed).
pub fn chrome_score(f: &[f32; COUNT]) -> f32 {
    f.iter()
        .zip(weights::WEIGHTS.iter())
        .map(|(x, w)| x * w)
        .sum()
}

/// Marks as chrome the lines of `ruled` the model takes for chrome.
pub fn mark(ruled: &mut Ruled) {
    if !weights::TRAINED {
        return;
    }
    let f = features::of_lines(&ruled.lines, &ruled.blocks, &ruled.roles, &ruled.table);
    let marked_title = ruled
        .title
        .is_some_and(|t| ruled.marked[t] == Some(BlockKind::Heading(1)));
    // The candidate the title score ranks first (the first of equals).
    let mut headline: Option<(usize, f32)> = None;
    if !marked_title {
        for (k, row) in title::candidates(&ruled.lines, &f, &ruled.roles) {
            let s = title::score(&row, weights::TITLE_WEIGHTS);
            if headline.is_none_or(|(_, best)| s > best) {
                headline = Some((k, s));
            }
        }
    }
    for k in 0..ruled.roles.len() {
        let title_of_rules = ruled.roles[k] != Role::Title || Some(k) == ruled.title;
        if f.decided[k]
            && title_of_rules
            && !matches!(
                ruled.marked[k],
                Some(BlockKind::Heading(_) | BlockKind::Caption)
            )
            && chrome_score(&f.rows[k]) >= weights::THRESHOLD_SCORE
        {
            ruled.roles[k] = Role::Boilerplate;
        }
    }
    if let Some((k, _)) = headline {
        if let Some(t) = ruled
            .title
            .filter(|&t| t != k && ruled.roles[t] == Role::Title)
        {
            ruled.roles[t] = Role::Boilerplate;
        }
        ruled.roles[k] = Role::Title;
        ruled.title = Some(k);
        // The headline again (the page's title, an image's alt text) is
        // the page's, not a heading.
        let headline = ruled.lines[k].lower.trim();
        for j in 0..ruled.roles.len() {
            if j != k
                && ruled.roles[j] == Role::Paragraph
                && ruled.lines[j].lower.trim() == headline
            {
                ruled.roles[j] = Role::Boilerplate;
            }
        }
        return;
    }
    // The title, if the model took it for chrome: the first line before the
    // prose left as the article's own.
    if let Some(t) = ruled.title.filter(|&t| ruled.roles[t] == Role::Boilerplate) {
        ruled.title = (t + 1..ruled.first_body.min(ruled.roles.len()))
            .find(|&k| ruled.roles[k] == Role::Paragraph);
        if let Some(k) = ruled.title {
            ruled.roles[k] = Role::Title;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated weights are of the features as they are: a change to
    /// the features needs `tools/outline_model/train.py` run again.
    #[test]
    fn weights_match_the_features() {
        assert_eq!(weights::WEIGHTS.len(), COUNT);
        assert_eq!(weights::TITLE_WEIGHTS.len(), COUNT + title::EXTRA);
    }
    use crate::text::Lower;

    const PAGE: &str = "Home\nWorld\nBusiness\nSport\nCulture\nOpinion\nSign in\nSubscribe\n\n\
        Council approves new budget for city parks\n\n\
        The city council voted on Tuesday to approve a budget of $12 million for the renovation \
        of three parks in the northern districts, after a debate that lasted more than four hours.\n\n\
        The plan includes new playgrounds, lighting along the river path and the repair of the old \
        bandstand, which has been closed since a storm damaged its roof two years ago.\n\n\
        Opponents said the money would be better spent on roads, but the mayor argued that the \
        parks are used by more than 40,000 residents every week.\n\n\
        Related stories\nMayor unveils plan for riverside homes\nBus fares to rise in January\n";

    fn roles(text: &str, model: bool) -> Vec<(String, Role)> {
        let lower = text.lower();
        let layout = crate::text::lines::Layout::of(text);
        let mut ruled = crate::outline::rules(text, &lower, &[], &layout);
        if model {
            mark(&mut ruled);
        }
        ruled
            .lines
            .iter()
            .map(|l| l.text.to_string())
            .zip(ruled.roles)
            .collect()
    }

    #[test]
    fn a_menu_before_the_article_is_chrome_and_its_prose_is_not() {
        let before = roles(PAGE, false);
        let after = roles(PAGE, true);
        let menu = ["World", "Business", "Sport", "Culture", "Opinion"];
        let learned = after
            .iter()
            .zip(&before)
            .filter(|((l, r), (_, was))| {
                menu.contains(&l.as_str()) && *r == Role::Boilerplate && *was != Role::Boilerplate
            })
            .count();
        assert!(
            learned >= 3,
            "the model marked {learned} menu lines: {after:?}"
        );
        for (l, r) in &after {
            if crate::outline::headings::is_prose(l) {
                assert_eq!(*r, Role::Paragraph, "{l}");
            }
        }
        let title = after.iter().find(|(_, r)| *r == Role::Title);
        assert_eq!(
            title.map(|t| t.0.as_str()),
            Some("Council approves new budget for city parks"),
            "the learned title, not the menu's first line: {after:?}"
        );
        let title = before.iter().find(|(_, r)| *r == Role::Title);
        assert_eq!(title.map(|t| t.0.as_str()), Some("Home"), "the rules alone");
    }

    #[test]
    fn a_table_is_content() {
        let text = format!(
            "{PAGE}\nRegion\tParks\tBudget\nNorth\t3\t12\nSouth\t2\t7\nEast\t1\t4\n\nThe council \
             will publish the full plan for every district on its website next month, officials said."
        );
        for (l, r) in roles(&text, true) {
            if l.contains('\t') {
                assert_ne!(r, Role::Boilerplate, "{l}");
            }
        }
    }
}
