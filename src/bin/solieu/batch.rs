//! A run over many inputs: a chunk of inputs at a time, analysed on all
//! the threads asked for (rayon), written in the inputs' order; a progress
//! bar on stderr when it is a terminal (indicatif). Memory stays that of one
//! chunk, whatever the number of inputs, so a stream of JSON lines of any
//! length goes through.

use std::io::{self, IsTerminal, Write};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use solieu::Options;

use crate::inputs::{read, Source};
use crate::outputs::Output;

/// Inputs per thread in a chunk: enough to keep every thread busy past the
/// odd long article, few enough that a chunk's output stays small.
const PER_THREAD: usize = 8;

/// How a run ended.
pub enum Ended {
    /// Every input was read and written.
    AllRead,
    /// `failed` of `of` inputs failed (each named on stderr).
    Failed { failed: usize, of: usize },
    /// Standard output went away (`| head`).
    Closed,
    /// Standard output refused a write.
    WriteError(io::Error),
}

/// What an input gives: its record, and its failure if it failed.
fn process(
    index: usize,
    source: &Source,
    out: &Output,
    options: &Options,
) -> (String, Option<String>) {
    let id = match source {
        Source::Line { id, .. } => id.clone(),
        other => serde_json::Value::String(other.label()),
    };
    match read(source) {
        Ok(article) => {
            let options = Options {
                blocks: article.blocks,
                ..options.clone()
            };
            let analysis = solieu::analyze(&article.text, &options);
            (
                out.document(
                    index,
                    &source.label(),
                    &id,
                    &article.text,
                    article.converted,
                    &analysis,
                ),
                None,
            )
        }
        Err(message) => (out.failure(index, &id, &message), Some(message)),
    }
}

/// Articles a second, whole.
fn rate(state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write) {
    let _ = write!(w, "{:.0}/s", state.per_sec());
}

fn progress(total: Option<usize>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(n) => ProgressBar::new(n as u64).with_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} articles · {rate} · {eta} left")
                .map(|s| s.with_key("rate", rate))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {pos} articles · {rate}")
                .map(|s| s.with_key("rate", rate))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar
}

/// Analyses `sources` (`total` of them, if known) on `jobs` threads (0:
/// all cores) and writes them to standard output.
pub fn run(
    mut sources: impl Iterator<Item = Source>,
    total: Option<usize>,
    out: &Output,
    options: &Options,
    jobs: usize,
) -> Ended {
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool,
        Err(e) => return Ended::WriteError(io::Error::other(e.to_string())),
    };
    let chunk = pool.current_num_threads() * PER_THREAD;
    let bar = progress(total);
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut index = 0;
    let mut failed = 0;
    let outcome = (|| -> io::Result<()> {
        stdout.write_all(out.begin().as_bytes())?;
        loop {
            let batch: Vec<Source> = sources.by_ref().take(chunk).collect();
            if batch.is_empty() {
                break;
            }
            let base = index;
            let results: Vec<(String, Option<String>)> = pool.install(|| {
                batch
                    .par_iter()
                    .enumerate()
                    .map(|(i, s)| process(base + i, s, out, options))
                    .collect()
            });
            for (record, error) in results {
                if let Some(message) = error {
                    failed += 1;
                    bar.suspend(|| eprintln!("solieu: {message}"));
                }
                stdout.write_all(record.as_bytes())?;
                index += 1;
            }
            bar.inc(batch.len() as u64);
        }
        stdout.write_all(out.end(index).as_bytes())?;
        stdout.flush()
    })();
    bar.finish_and_clear();
    match outcome {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ended::Closed,
        Err(e) => Ended::WriteError(e),
        Ok(()) if failed > 0 => Ended::Failed { failed, of: index },
        Ok(()) => Ended::AllRead,
    }
}
