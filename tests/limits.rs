//! The limits of an analysis: its memory budget and its interruption.

use guillemet::{Analyzer, Error, MEMORY_ALLOWANCE, MEMORY_FACTOR};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn a_text_of_very_short_quotes_is_refused_with_the_size_it_may_have() {
    let unit = "« a\n\n";
    let text = unit.repeat(4_000_000 / unit.len());
    match Analyzer::new().analyze(&text) {
        Err(Error::TooDense {
            size,
            needed,
            limit,
        }) => {
            assert_eq!(size, text.len());
            assert!(needed > MEMORY_FACTOR * size + MEMORY_ALLOWANCE);
            assert!(limit < size);
            let fits = unit.repeat(limit * 9 / 10 / unit.len());
            assert!(Analyzer::new().analyze(&fits).is_ok());
        }
        other => panic!("expected TooDense, got {:?}", other.map(|d| d.len())),
    }
}

#[test]
fn news_text_is_within_its_budget_at_any_size() {
    let text = format!("{}\n\n", guillemet::SEED_ARTICLE).repeat(700); // 4 MB
    let needed = guillemet::bench::memory_needed(&Analyzer::new(), &text);
    assert!(
        needed < 20 * text.len(),
        "{} bytes a byte",
        needed / text.len()
    );
    assert!(Analyzer::new().analyze(&text).is_ok());
}

#[test]
fn an_interrupted_analysis_stops_soon() {
    // The first analysis builds the table of the lexicons' forms (once per
    // process): the latency measured is that of the analysis.
    let analyzer = Analyzer::new();
    analyzer.analyze("Il a dit « oui ».").unwrap();
    let text = format!("{}\n\n", guillemet::SEED_ARTICLE).repeat(2_000); // 11 MB
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        flag.store(true, Ordering::Relaxed);
        Instant::now()
    });
    let result = analyzer.analyze_interruptible(text, stop);
    let stopped = Instant::now();
    let set = setter.join().unwrap();
    assert_eq!(result.map(|d| d.len()), Err(Error::Interrupted));
    assert!(stopped.duration_since(set) < Duration::from_millis(500));
}

#[test]
fn a_long_run_of_outlet_and_place_words_is_read_in_linear_time() {
    // The outlet or place before a name is the longest known name opening
    // the run; the run is folded no further than the longest name, not once
    // for each of its words (quadratic: minutes at this size).
    let run = 200_000;
    for (text, words) in [
        (
            format!(
                "« Oui », a dit à l'agence {}Jean Dupont.",
                "Reuters ".repeat(run)
            ),
            "Reuters ",
        ),
        (
            format!(
                "Le ministre de {}Jean Dupont a dit : « Oui ».",
                "France ".repeat(run)
            ),
            "France ",
        ),
    ] {
        let doc = guillemet::analyze(&text).unwrap();
        let quotes = doc.quotes();
        assert_eq!(quotes.len(), 1, "{words}");
        assert_eq!(doc.slice(quotes[0].span), "Oui");
        // Its speaker is named in the run.
        let speaker = quotes[0].speaker.as_ref().expect("a speaker");
        assert!(doc.slice(speaker.span).contains(words.trim()), "{words}");
    }
}

/// CPU time of the calling thread, where the analysis runs: other work on a
/// busy host does not count (Linux; wall-clock time elsewhere).
fn thread_time() -> Duration {
    #[cfg(target_os = "linux")]
    {
        #[repr(C)]
        struct Timespec {
            sec: i64,
            nsec: i64,
        }
        extern "C" {
            fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
        }
        const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
        let mut ts = Timespec { sec: 0, nsec: 0 };
        // SAFETY: `ts` is a valid timespec for the call to fill.
        if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(ts.sec as u64, ts.nsec as u32);
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// How many times longer `large` takes to analyse than `small`, as
/// tests/python/test_adversarial.py's cpu_ratio measures it: the texts
/// alternate, each time of `large` is compared with the mean of the times
/// of `small` just before and after it, and the median ratio is kept.
fn cpu_ratio(analyzer: &Analyzer, small: &str, large: &str) -> f64 {
    let cpu = |text: &str| {
        let t = thread_time();
        std::hint::black_box(analyzer.analyze(text).map(|d| d.len()).ok());
        (thread_time() - t).as_secs_f64()
    };
    let mut before = cpu(small);
    let mut ratios: Vec<f64> = (0..5)
        .map(|_| {
            let large = cpu(large);
            let after = cpu(small);
            let ratio = large / ((before + after) / 2.0).max(1e-4);
            before = after;
            ratio
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

/// A shape of session 19's rules that walk back over earlier sentences or
/// scan runs of words: its text for `n` units (a construction repeated, or
/// its run lengthened), and for a repeated unit the quotes one makes and
/// the speaker of the last quote (a check, at the small size, that the
/// rule is the one exercised; none for a run, whose content is no report).
struct Walk {
    name: &'static str,
    make: fn(usize) -> String,
    per_unit: Option<(usize, &'static str)>,
}

const WALKS: &[Walk] = &[
    // A demonym refers back to the nearest person named before it, one so
    // described first (anaphora.rs demonym_target).
    Walk {
        name: "demonym, someone named before",
        make: |n| {
            "Paul Martin, le cycliste lyonnais, a gagné. « Oui », a réagi le Lyonnais. ".repeat(n)
        },
        per_unit: Some((1, "Paul Martin")),
    },
    Walk {
        name: "demonym, no one in reach",
        make: |n| "« Oui », a réagi la Lyonnaise. ".repeat(n),
        per_unit: Some((1, "la Lyonnaise")),
    },
    // A firm's noun refers back to the organisation named before it
    // (lookup.rs organisation_so_described).
    Walk {
        name: "firm noun, a firm named before",
        make: |n| {
            "L'équipementier automobile Cardelle a fermé. Le groupe a précisé que tout va bien. "
                .repeat(n)
        },
        per_unit: Some((1, "équipementier automobile Cardelle")),
    },
    Walk {
        name: "firm noun, one unended sentence",
        make: |n| "le groupe a précisé que ".repeat(n),
        per_unit: None,
    },
    // A role whose only complement is an age refers back (anaphora.rs
    // role_target).
    Walk {
        name: "role with an age",
        make: |n| {
            "Le Lyonnais Karim Benali a marqué deux buts. L'attaquant de 24 ans a assuré que tout va bien. ".repeat(n)
        },
        per_unit: Some((1, "Karim Benali")),
    },
    // Wire-copy leads: a date or an acronym after the incise's subject
    // (indirect.rs past_date_or_acronym, inverted.rs before_date).
    Walk {
        name: "wire-copy leads",
        make: |n| {
            "Le suspect a reconnu les faits, a indiqué le procureur de Lorient le 3 mars. "
                .repeat(n)
        },
        per_unit: Some((1, "le procureur de Lorient")),
    },
    Walk {
        name: "wire-copy lead, a run of dates",
        make: |n| {
            format!(
                "La réforme entrera en vigueur, a confirmé le gouvernement {}.",
                "le 3 mars ".repeat(n)
            )
        },
        per_unit: None,
    },
    Walk {
        name: "wire-copy lead, a run of acronyms",
        make: |n| {
            format!(
                "La récolte sera mauvaise, a averti le Programme alimentaire mondial {}.",
                "(PAM) ".repeat(n)
            )
        },
        per_unit: None,
    },
    // Dialogue turns addressed by a role (direct.rs role_vocative).
    Walk {
        name: "dialogue turns addressed by a role",
        make: |n| {
            "Le médecin lança : « Vous êtes prêt, capitaine ? — Toujours, docteur ! » ".repeat(n)
        },
        per_unit: Some((2, "capitaine")),
    },
    // An outlet in marks before "que" (complement.rs name_in_marks).
    Walk {
        name: "outlet in marks",
        make: |n| "Le maire a indiqué au « Parisien » que tout va bien. ".repeat(n),
        per_unit: Some((1, "Le maire")),
    },
    // "selon les chiffres de X" (organisations.rs owner_start).
    Walk {
        name: "data of an owner",
        make: |n| "Selon les chiffres de l'Observatoire Machin, il pleut. ".repeat(n),
        per_unit: Some((1, "Observatoire Machin")),
    },
    Walk {
        name: "data of an owner, a run of de",
        make: |n| {
            format!(
                "Selon les chiffres {}l'Observatoire, il pleut.",
                "de ".repeat(n)
            )
        },
        per_unit: None,
    },
    // "montrer" with a document for subject (cues.rs finding_source).
    Walk {
        name: "a study shows",
        make: |n| "Une étude publiée mardi montre que tout va bien. ".repeat(n),
        per_unit: Some((1, "Une étude publiée mardi")),
    },
    // An adjective in an inverted incise (gender.rs incise_adjective_gender).
    Walk {
        name: "incise adjective",
        make: |n| "« Oui », raconte, émue, Lina Bouzid. ".repeat(n),
        per_unit: Some((1, "Lina Bouzid")),
    },
    Walk {
        name: "incise of commas",
        make: |n| format!("« Oui », raconte{} Lina Bouzid.", ",".repeat(n)),
        per_unit: None,
    },
];

#[test]
fn session_19_walks_back_are_linear() {
    // Four times the input takes about four times as long (a quadratic
    // walk: sixteen). The bound leaves room for the larger text's caches
    // and a busy host; a ratio over it is measured again, up to five times.
    const BOUND: f64 = 9.0;
    const N: usize = 500;
    let analyzer = Analyzer::new();
    analyzer.analyze("Il a dit « oui ».").unwrap();
    for &Walk {
        name,
        make,
        per_unit,
    } in WALKS
    {
        let (small, large) = (make(N), make(4 * N));
        if let Some((quotes, speaker)) = per_unit {
            let doc = analyzer.analyze(&small).unwrap();
            assert_eq!(doc.quotes().len(), quotes * N, "{name}");
            let last = doc.quotes().last().unwrap();
            let found = match (doc.speaker_of(last), &last.speaker) {
                (Some(s), _) => s.name.clone(),
                (None, Some(mention)) => doc.slice(mention.span).to_string(),
                (None, None) => String::new(),
            };
            assert_eq!(found, speaker, "{name}");
        }
        let mut ratios = Vec::new();
        while ratios.len() < 5 && ratios.last().is_none_or(|&r| r > BOUND) {
            ratios.push(cpu_ratio(&analyzer, &small, &large));
        }
        assert!(
            ratios.last().is_some_and(|&r| r <= BOUND),
            "{name}: x4 input took x{ratios:.1?} time"
        );
    }
}
