//! The command line: `solieu analyze [FILE|-] [--format json|text] [--lang vi|en]`.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use solieu::{Analysis, Language, Options};

#[derive(Parser)]
#[command(
    name = "solieu",
    version,
    about = "Finds, reads and checks the figures of an article"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse an article and print its figures, outline and checks.
    Analyze {
        /// The article (UTF-8 text); `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// The article's language (`und`: neither, figures from digits and symbols
        /// alone); detected from the text when not given.
        #[arg(long, value_parser = ["vi", "en", "und"])]
        lang: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Analyze { file, format, lang } = cli.command;
    let text = match read_input(file.as_ref()) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("solieu: {message}");
            return ExitCode::from(2);
        }
    };
    let options = Options {
        language: lang.as_deref().and_then(Language::from_code),
        ..Default::default()
    };
    let analysis = solieu::analyze(&text, &options);
    let out = match format {
        Format::Json => serde_json::to_string_pretty(&analysis)
            .map(|s| s + "\n")
            .unwrap_or_default(),
        Format::Text => render_text(&analysis),
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that went away (`| head`) is not an error worth a trace.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(141),
        Err(e) => {
            eprintln!("solieu: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Reads the article, with a one-line message for each way that can fail.
fn read_input(file: Option<&PathBuf>) -> Result<String, String> {
    let bytes = match file {
        Some(path) if path.as_os_str() != "-" => {
            if path.is_dir() {
                return Err(format!("{} is a directory, not a file", path.display()));
            }
            std::fs::read(path).map_err(|e| {
                format!(
                    "cannot read {}: {}",
                    path.display(),
                    lower_first(&e.to_string())
                )
            })?
        }
        _ => {
            if io::stdin().is_terminal() {
                eprintln!("solieu: reading the article from standard input (end with Ctrl-D)");
            }
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            buf
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("the input is not UTF-8 text (invalid byte at offset {at}, line {line})")
    })
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A table of figures and the outline, for reading in a terminal.
fn render_text(a: &Analysis) -> String {
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
