//! The speaker table of a text as rows, and the `speaker_cases!` macro that
//! turns (text => expected rows) into one test each, for the speaker-entity
//! tests (`speaker_entities.rs`, `speaker_challenge.rs`).

#![allow(dead_code, unused_macros)]

use guillemet::{Gender, SpeakerKind};

/// (name, kind, gender cue, number of quotes) of each speaker, in order.
pub type Row = (String, SpeakerKind, Gender, usize);

/// The people of a text (`Document::people`): name and gender cue.
pub fn people(text: &str) -> Vec<(String, Gender)> {
    let doc = guillemet::analyze(text).unwrap();
    doc.people()
        .iter()
        .map(|p| (p.name.clone(), p.gender))
        .collect()
}

/// The speaker rows of a text.
pub fn speakers(text: &str) -> Vec<Row> {
    let doc = guillemet::analyze(text).unwrap();
    doc.speakers()
        .iter()
        .map(|s| (s.name.clone(), s.kind, s.gender, s.quotes.len()))
        .collect()
}

/// One test per case: `name: "text" => [("who", Kind, Gender, quotes), …];`,
/// with optional attributes (`#[ignore = "why"]`) before the name.
macro_rules! speaker_cases {
    ($($(#[$attr:meta])* $name:ident: $input:expr => [$(($who:expr, $kind:ident, $gender:ident, $n:expr)),* $(,)?];)*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                let expected: Vec<support::speakers::Row> = vec![$(
                    ($who.to_string(), guillemet::SpeakerKind::$kind, guillemet::Gender::$gender, $n)
                ),*];
                assert_eq!(support::speakers::speakers($input), expected, "input {:?}", $input);
            }
        )*
    };
}

/// One test per case: `name: "text" => [("who", Gender), …];`, the rows of
/// `Document::people`, with optional attributes before the name.
macro_rules! people_cases {
    ($($(#[$attr:meta])* $name:ident: $input:expr => [$(($who:expr, $gender:ident)),* $(,)?];)*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                let expected: Vec<(String, guillemet::Gender)> =
                    vec![$(($who.to_string(), guillemet::Gender::$gender)),*];
                assert_eq!(support::speakers::people($input), expected, "input {:?}", $input);
            }
        )*
    };
}
