//! Ctrl-C during an analysis.
//!
//! The analysis runs without the GIL, so Python cannot run its signal
//! handlers meanwhile. For a long document analysed on the main thread, the
//! analysis asks every [`crate::limits::POLL_INTERVAL`] for the GIL and for
//! the handlers ([`signal_poll`]); the exception they raise
//! (`KeyboardInterrupt`) stops the analysis and is raised in its place. A
//! batch runs on the thread pool while the calling thread waits for it,
//! checking for signals at the same pace; a signal cancels the documents
//! in progress and those not started ([`run_batch`]).

use crate::limits::{Interrupt, POLL_INTERVAL};
use crate::{Analyzer, Document, Error};
use pyo3::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Documents shorter than this are analysed without looking for signals:
/// they take well under the half second a Ctrl-C may wait.
const SIGNAL_CHECK_BYTES: usize = 1 << 16;

/// The exception a signal handler raised during an analysis, if any.
pub(crate) type Raised = Arc<Mutex<Option<PyErr>>>;

/// Whether the calling thread is Python's main thread (the only one that
/// runs signal handlers). Asking runs Python code, so a signal that came
/// while the text was being copied is handled here: its exception is
/// returned, never dropped (dropping it once left a long analysis that
/// began with a Ctrl-C impossible to interrupt).
fn on_main_thread(py: Python<'_>) -> PyResult<bool> {
    py.check_signals()?;
    let threading = py.import("threading")?;
    let main = threading.call_method0("main_thread")?;
    let current = threading.call_method0("current_thread")?;
    Ok(main.is(&current))
}

/// Runs the signal handlers; true (with the exception kept in `raised`) when
/// one raised.
fn signals_raised(raised: &Raised) -> bool {
    Python::attach(|py| match py.check_signals() {
        Ok(()) => false,
        Err(err) => {
            *raised.lock().unwrap_or_else(|p| p.into_inner()) = Some(err);
            true
        }
    })
}

/// The interruption of the analysis of a `size`-byte text: on the main
/// thread and for a long text, a poll of the signal handlers. The
/// exception of a handler that runs before the analysis starts (a Ctrl-C
/// while the text was copied) is the error.
pub(crate) fn signal_poll(py: Python<'_>, size: usize) -> PyResult<(Interrupt, Raised)> {
    let raised: Raised = Arc::default();
    if size < SIGNAL_CHECK_BYTES || !on_main_thread(py)? {
        return Ok((Interrupt::default(), raised));
    }
    let slot = raised.clone();
    let interrupt = Interrupt {
        flag: None,
        poll: Some(Box::new(move || signals_raised(&slot))),
    };
    Ok((interrupt, raised))
}

/// The Python exception for `error`: the one a signal handler raised when
/// the analysis was interrupted.
pub(crate) fn to_py(error: Error, raised: &Raised) -> PyErr {
    if error == Error::Interrupted {
        if let Some(err) = raised.lock().unwrap_or_else(|p| p.into_inner()).take() {
            return err;
        }
    }
    super::to_py(error)
}

/// Analyses `texts` on `pool`, while the calling thread (without the GIL)
/// runs the signal handlers every [`POLL_INTERVAL`]. A handler's exception
/// cancels the batch: documents in progress stop at their next check and
/// those not started are not analysed; the exception is returned.
#[allow(clippy::type_complexity)]
pub(crate) fn run_batch(
    py: Python<'_>,
    pool: &rayon::ThreadPool,
    analyzer: &Analyzer,
    texts: Vec<Option<String>>,
) -> Result<Vec<Option<crate::Result<Document<'static>>>>, PyErr> {
    let cancel = Arc::new(AtomicBool::new(false));
    let raised: Raised = Arc::default();
    let results = py.detach(|| {
        std::thread::scope(|scope| {
            let (done, finished) = std::sync::mpsc::channel();
            let cancel_batch = cancel.clone();
            scope.spawn(move || {
                use rayon::prelude::*;
                let results: Vec<_> = pool.install(|| {
                    texts
                        .into_par_iter()
                        .map(|text| {
                            let text = text?;
                            if cancel_batch.load(Ordering::Relaxed) {
                                return Some(Err(Error::Interrupted));
                            }
                            let interrupt = Interrupt {
                                flag: Some(cancel_batch.clone()),
                                poll: None,
                            };
                            Some(analyzer.analyze_owned_with(text, interrupt))
                        })
                        .collect()
                });
                let _ = done.send(results);
            });
            loop {
                match finished.recv_timeout(POLL_INTERVAL) {
                    Ok(results) => return results,
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                        if !cancel.load(Ordering::Relaxed) && signals_raised(&raised) {
                            cancel.store(true, Ordering::Relaxed);
                        }
                    }
                    // The batch thread ended without results: it panicked,
                    // and the scope re-raises that panic.
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Vec::new(),
                }
            }
        })
    });
    if let Some(err) = raised.lock().unwrap_or_else(|p| p.into_inner()).take() {
        return Err(err);
    }
    Ok(results)
}
