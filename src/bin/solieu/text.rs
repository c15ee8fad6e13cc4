//! The text format: a table of figures and the outline, for a terminal.

use solieu::Analysis;

/// A table of figures and the outline, for reading in a terminal.
pub fn render(a: &Analysis) -> String {
    let mut out = String::new();
    let title = a
        .outline
        .title
        .as_ref()
        .map_or("(no title)", |t| t.text.as_str());
    out.push_str(&format!("{title}\n"));
    out.push_str(&format!(
        "language {} · {} figures · {} words · {} sections\n\n",
        a.language.code(),
        a.figures.len(),
        a.stats.words,
        a.outline.sections.len()
    ));
    out.push_str(&format!(
        "{:>6}  {:<10} {:<28} {:<12} {}\n",
        "at", "kind", "value", "unit", "text"
    ));
    for f in &a.figures {
        let mut value = serde_json::to_string(&f.value).unwrap_or_default();
        if let Some(h) = &f.high {
            value.push_str(&format!(
                "–{}",
                serde_json::to_string(h).unwrap_or_default()
            ));
        }
        let q = match f.qualifier {
            solieu::Qualifier::Exact => "",
            solieu::Qualifier::Approx => "≈",
            solieu::Qualifier::Over => ">",
            solieu::Qualifier::Under => "<",
        };
        out.push_str(&format!(
            "{:>6}  {:<10} {:<28} {:<12} {}\n",
            f.start,
            f.kind.as_str(),
            format!("{q}{value}"),
            f.unit.as_deref().unwrap_or(""),
            f.text
        ));
    }
    out.push_str("\nOutline\n");
    for s in &a.outline.sections {
        let indent = "  ".repeat(s.level.saturating_sub(1) as usize);
        let mark = if s.inferred { " (inferred)" } else { "" };
        out.push_str(&format!(
            "{indent}- {}{mark} [{} figures]\n",
            s.heading,
            s.figures.len()
        ));
    }
    for c in &a.outline.captions {
        out.push_str(&format!("  caption: {}\n", c.text));
    }
    for b in &a.outline.boilerplate {
        out.push_str(&format!("  chrome: {}\n", b.text));
    }
    if !a.checks.is_empty() {
        out.push_str("\nChecks\n");
        for c in &a.checks {
            out.push_str(&format!("  {}\n", c.explanation));
        }
    }
    out
}
