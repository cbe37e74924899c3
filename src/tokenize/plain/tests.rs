//! Tests of the tokenizer's fast paths.

use super::super::chars::WORD_START;
use super::*;
use crate::lexicon::Lexicons;

/// The second byte of a Latin-1 letter À..ÿ (C3 80 to C3 BF) but ×
/// and ÷: the letters [`super::super::is_word_char`] takes in that block.
fn is_latin1_letter(second: u8) -> bool {
    (0x80..=0xBF).contains(&second) && second != 0x97 && second != 0xB7
}

/// The run of letters a byte at a time, as [`letter_run`] read it
/// before it took eight bytes at a time.
fn letter_run_bytewise(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    loop {
        while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
            end += 1;
        }
        if bytes.get(end) == Some(&0xC3) && bytes.get(end + 1).is_some_and(|&c| is_latin1_letter(c))
        {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// Eight bytes at a time, the run ends where the byte loop ends it:
/// at every offset of texts mixing ASCII, Latin-1 letters and signs,
/// other letters and the end of the text.
#[test]
fn letter_runs_read_eight_bytes_at_a_time_end_as_byte_by_byte() {
    let pieces = [
        "a", "Z", "0", "9", "é", "É", "×", "÷", "ÿ", "À", "ß", " ", "-", "’", "œ", "«", "@", "[",
        "`", "{", "/", ":", "\u{A0}", "ā", "中", "😀", "\0", ",", ".", "’",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut checked = 0;
    for len in 0..40 {
        for _ in 0..60 {
            let mut text = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for (start, c) in text.char_indices() {
                if !c.is_ascii_alphabetic() || "hHfFwW".contains(c) {
                    continue;
                }
                let run = letter_run(&text, start);
                let end = letter_run_bytewise(&text, start);
                assert_eq!(
                    run,
                    Some((end, ends_plainly(text.as_bytes(), end))),
                    "{text:?} {start}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 3000, "{checked}");
}

/// Wherever a fast path takes a word, the full rules give the same
/// tokens and stop at the same byte.
#[test]
fn fast_words_are_what_the_full_rules_give() {
    let lex = Lexicons::builtin();
    let tokenizer = Tokenizer::new(&lex);
    let words = [
        "a",
        "Le",
        "président",
        "Élysée",
        "été",
        "A3",
        "x2",
        "http",
        "https",
        "www",
        "wwwx",
        "fin",
        "M",
        "Mme",
        "qu",
        "aujourd",
        "etc",
        "J",
        "km",
        "h",
        "ça",
        "À",
        "Noël",
        "naïf",
        "ÉTATS",
        "Kremlin",
        "l",
        "L",
        "d",
        "ç",
        "jusqu",
        "Lorsqu",
        "presqu",
        "quelqu",
        "prud",
        "entr",
        "e",
        "traité",
        "ami",
        "art",
        "av",
        "cf",
        "Dr",
        "R.E",
        "O",
        "3",
        "12",
        "2024",
        "007",
        "12345",
        "france-presse",
        "Jean-Pierre",
        "a-t-il",
        "dit-il",
        "Dit-IL",
        "donne-le-moi",
        "rendez-vous",
        "Rendez-Vous",
        "quelques-uns",
        "COVID-19",
        "peut-être",
        "Île-de-France",
        "États-Unis",
        "x-",
        "x--y",
        "x-×",
        "x-é",
        "x-1",
        "x-œuf",
        "Saint-Jean-d",
        "c-est",
        "l-on",
        "week-end",
    ];
    let after = [
        "",
        " ",
        "\n",
        "\r\n",
        "\t",
        ";",
        ")",
        "!",
        "?",
        "\"",
        ",",
        ",5",
        ":",
        ":30",
        "\u{A0}:",
        "\u{202F}!",
        "\u{A0}",
        "\u{202F}",
        ".",
        ". Il",
        ". il",
        ".\n",
        ".\r\n",
        ".\t",
        ". -",
        ".)",
        "..",
        "...",
        ". 3",
        ".ru",
        ".-C.",
        ".é",
        ".»",
        "’",
        "'",
        "’avion ",
        "'avion",
        "’Élysée.",
        "’il,",
        "'on ",
        "’on",
        "’hui ",
        "’un",
        "’île",
        "’acte",
        "’homme",
        "’à",
        "’1",
        "’http://x.fr",
        "’a-t-il",
        "’avion.",
        "’ ",
        "ʼa",
        "‘a",
        "-t-il",
        "-Unis",
        "(e)",
        "(e)s",
        "°",
        "°C",
        "×",
        "÷",
        "\u{301}",
        "é",
        "://x.org",
        "://",
        ".x.org",
        "@x.fr",
        "/",
        "&",
        "_x",
        "\u{AD}x",
        "»",
        "…",
        "1",
        "5 000",
        " 000",
        " 000 ",
        " 000x",
        " 12",
        " 1234",
        " x",
        ",x",
        ":x",
        "%",
        " €",
        "\u{A0}000",
        "h45",
        "e",
        "/10",
        "\u{2019}",
    ];
    let mut taken = 0;
    for word in words {
        for rest in after {
            let text = format!("{word}{rest}");
            let mut fast = Vec::new();
            let class = WORD_START[text.as_bytes()[0] as usize];
            let Some((end, space)) = tokenizer.fast_word(&text, 0, class, &mut fast) else {
                assert!(fast.is_empty(), "{text:?}");
                continue;
            };
            taken += 1;
            assert_eq!(space, text.as_bytes().get(end) == Some(&b' '), "{text:?}");
            let mut full = Vec::new();
            assert_eq!(tokenizer.word(&text, 0, 0, &mut full), end, "{text:?}");
            assert_eq!(fast, full, "{text:?}");
        }
    }
    assert!(taken > 500, "{taken}");
    for text in [
        "×",
        "÷x",
        "http://x.org",
        "www.x.org",
        "1er",
        "l’on",
        "aujourd’hui",
    ] {
        assert_eq!(
            tokenizer.fast_word(
                text,
                0,
                WORD_START[text.as_bytes()[0] as usize],
                &mut Vec::new()
            ),
            None,
            "{text:?}"
        );
    }
}
