//! The command line:
//!
//! ```text
//! solieu analyze [INPUT]... [--format json|jsonl|csv|tsv|text] [--lang vi|en|und]
//!                [--jsonl] [--jobs N]
//! ```
//!
//! An input is a file (`.html` and `.htm` read with their markup's
//! structure), a directory (walked for `.txt`, `.html` and `.htm` files), or
//! `-` / nothing for standard input; with `--jsonl`, the inputs (or standard
//! input) are JSON lines, one `{"id", "text"}` per line. The phases are
//! apart: `inputs` (what is read), `batch` (analysed on all cores, in
//! order), `outputs` and `text` (what is written). Exit status: 0, or 2 when
//! any input failed (each named on stderr; the rest are still written).

mod batch;
mod inputs;
mod outputs;
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use solieu::{Language, Options};

use batch::Ended;
use outputs::{Format, Output};

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
    /// Analyse articles and print their figures, outline and checks.
    Analyze {
        /// Articles: files (UTF-8 text; .html/.htm read as HTML), directories
        /// (walked for .txt, .html and .htm files, hidden ones left out), `-`
        /// or nothing for standard input.
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// The articles' language (`und`: neither, figures from digits and
        /// symbols alone); detected from each text when not given.
        #[arg(long, value_parser = ["vi", "en", "und"])]
        lang: Option<String>,
        /// Read JSON lines, one {"id", "text"} object per line, from the
        /// inputs or standard input; write one result per line, in order.
        #[arg(long)]
        jsonl: bool,
        /// Threads to analyse on (0: one per core).
        #[arg(long, short = 'j', default_value_t = 0)]
        jobs: usize,
    },
}

fn main() -> ExitCode {
    let Command::Analyze {
        inputs,
        format,
        lang,
        jsonl,
        jobs,
    } = Cli::parse().command;
    let options = Options {
        language: lang.as_deref().and_then(Language::from_code),
        ..Default::default()
    };
    let ended = if jsonl {
        let out = Output {
            format,
            many: true,
            key: "id",
        };
        match inputs::Lines::open(&inputs) {
            Ok(lines) => batch::run(lines, None, &out, &options, jobs),
            Err(message) => {
                eprintln!("solieu: {message}");
                return ExitCode::from(2);
            }
        }
    } else {
        let sources = inputs::gather(&inputs);
        let many = sources.len() != 1 || inputs.iter().any(|p| p.is_dir());
        let out = Output {
            format,
            many,
            key: "path",
        };
        let total = sources.len();
        batch::run(sources.into_iter(), Some(total), &out, &options, jobs)
    };
    match ended {
        Ended::AllRead => ExitCode::SUCCESS,
        Ended::Failed { failed, of } => {
            if of > 1 {
                eprintln!("solieu: {failed} of {of} inputs failed");
            }
            ExitCode::from(2)
        }
        // A reader that went away (`| head`) is not an error worth a trace.
        Ended::Closed => ExitCode::from(141),
        Ended::WriteError(e) => {
            eprintln!("solieu: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}
