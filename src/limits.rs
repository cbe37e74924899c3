//! The limits of the analysis running on this thread: its memory budget
//! and its interruption.
//!
//! Stages say how much memory they are about to take ([`commit`],
//! [`check`]) and call [`every`] in their loops. When the budget would be
//! exceeded, or an interruption is asked for, the analysis unwinds to
//! [`run`], which returns the error: unwinding (with `resume_unwind`, which
//! prints nothing) spares the inner loops of every stage a `Result`, and
//! [`run`] already catches panics so that none crosses the FFI.

use crate::budget;
use crate::error::{Error, Result};
use std::cell::RefCell;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A check run now and then during an analysis: `true` stops it with
/// [`Error::Interrupted`]. The Python binding checks for signals (Ctrl-C)
/// here.
pub(crate) type Poll = Box<dyn Fn() -> bool + Send>;

/// How an analysis may be stopped before its end.
#[derive(Default)]
pub(crate) struct Interrupt {
    /// Stops the analysis once set (from another thread).
    pub(crate) flag: Option<Arc<AtomicBool>>,
    /// Asked at most every [`POLL_INTERVAL`].
    pub(crate) poll: Option<Poll>,
}

/// How often, at most, [`Interrupt::poll`] is asked.
pub(crate) const POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Turns of a stage's loop (tokens, pairs, quotes…) between two looks at
/// the interruption: a millisecond of work or less.
pub(crate) const TICKS: usize = 4096;

struct Limits {
    /// Size of the document, in bytes.
    size: usize,
    /// Bytes the analysis may take, and those it holds.
    budget: usize,
    committed: usize,
    /// Quotes already counted in `committed` (one for each pair of marks,
    /// before the quote stage).
    prepaid_quotes: usize,
    interrupt: Interrupt,
    /// When the poll was last asked (its start for the first time); `None`
    /// without a poll, so that an analysis without one reads no clock.
    last_poll: Option<Instant>,
}

/// What an analysis unwinds with when it stops.
struct Stop(Error);

thread_local! {
    static CURRENT: RefCell<Option<Limits>> = const { RefCell::new(None) };
}

/// Runs the analysis `f` of a document of `size` bytes within its memory
/// budget and `interrupt`. A stop returns its error; a panic is an
/// [`Error::Internal`].
pub(crate) fn run<T>(
    size: usize,
    interrupt: Interrupt,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let last_poll = interrupt.poll.is_some().then(Instant::now);
    let limits = Limits {
        size,
        budget: budget::budget(size),
        committed: 0,
        prepaid_quotes: 0,
        interrupt,
        last_poll,
    };
    let outer = CURRENT.with(|c| c.replace(Some(limits)));
    let out = catch_unwind(AssertUnwindSafe(f));
    CURRENT.with(|c| *c.borrow_mut() = outer);
    out.unwrap_or_else(|payload| match payload.downcast::<Stop>() {
        Ok(stop) => Err(stop.0),
        Err(panic) => Err(Error::Internal(
            panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string()),
        )),
    })
}

fn stop(error: Error) -> ! {
    resume_unwind(Box::new(Stop(error)))
}

/// Stops the analysis if holding `extra` more bytes than it holds now would
/// take it over its budget.
pub(crate) fn check(extra: usize) {
    let over = CURRENT.with(|c| {
        let c = c.borrow();
        let l = c.as_ref()?;
        let needed = l.committed.saturating_add(extra);
        (needed > l.budget).then(|| budget::too_dense(l.size, needed))
    });
    if let Some(error) = over {
        stop(error);
    }
}

/// Records that the analysis holds `bytes` more from now on, stopping it
/// first if they take it over its budget.
pub(crate) fn commit(bytes: usize) {
    check(bytes);
    CURRENT.with(|c| {
        if let Some(l) = c.borrow_mut().as_mut() {
            l.committed = l.committed.saturating_add(bytes);
        }
    });
}

/// Records `count` quotes as held already (their memory is committed with
/// the rest, in one [`commit`]).
pub(crate) fn prepaid_quotes(count: usize) {
    CURRENT.with(|c| {
        if let Some(l) = c.borrow_mut().as_mut() {
            l.prepaid_quotes = l.prepaid_quotes.saturating_add(count);
        }
    });
}

/// The bytes `count` quotes hold past those prepaid.
fn unpaid_quotes(count: usize) -> usize {
    let prepaid = CURRENT.with(|c| c.borrow().as_ref().map_or(0, |l| l.prepaid_quotes));
    count
        .saturating_sub(prepaid)
        .saturating_mul(budget::cost::QUOTE)
}

/// Stops the analysis if holding `count` quotes would take it over its
/// budget.
pub(crate) fn check_quotes(count: usize) {
    check(unpaid_quotes(count));
}

/// Records that the analysis holds `count` quotes.
pub(crate) fn commit_quotes(count: usize) {
    commit(unpaid_quotes(count));
}

/// Called by the loops of the stages with their index `i` (which grows by
/// one a turn): every [`TICKS`] turns, stops the analysis if it was
/// interrupted. The rest of the time it costs one test of the index.
#[inline]
pub(crate) fn every(i: usize) {
    if i % TICKS == 0 {
        look_at_interruption();
    }
}

/// [`every`] for a loop whose index jumps from `from` to `to` (a scan that
/// skips what it need not read): looks when the jump passed a multiple of
/// [`TICKS`], as the turns one by one would have.
#[inline]
pub(crate) fn every_jump(from: usize, to: usize) {
    if from / TICKS != to / TICKS {
        look_at_interruption();
    }
}

/// Stops the analysis if it was interrupted: its flag is set, or its poll
/// (asked at most every [`POLL_INTERVAL`]) says so.
#[cold]
pub(crate) fn look_at_interruption() {
    // The poll may run Python code (a signal handler), which may analyse:
    // it is taken out of the limits while it runs, so that nothing here is
    // borrowed then.
    let poll = CURRENT.with(|c| {
        let mut c = c.try_borrow_mut().ok()?;
        let l = c.as_mut()?;
        if l.interrupt
            .flag
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
        {
            return Some(None);
        }
        if l.interrupt.poll.is_none() || l.last_poll.is_some_and(|t| t.elapsed() < POLL_INTERVAL) {
            return None;
        }
        l.last_poll = Some(Instant::now());
        l.interrupt.poll.take().map(Some)
    });
    let interrupted = match poll {
        None => false,
        Some(None) => true,
        Some(Some(poll)) => {
            let interrupted = poll();
            CURRENT.with(|c| {
                if let Ok(mut c) = c.try_borrow_mut() {
                    if let Some(l) = c.as_mut() {
                        l.interrupt.poll = Some(poll);
                    }
                }
            });
            interrupted
        }
    };
    if interrupted {
        stop(Error::Interrupted);
    }
}
