use super::*;
use crate::lexicon::Lexicons;
use crate::token::TokenKind;

/// Tags a sentence given as space-separated tokens.
fn tags(sentence: &str) -> Vec<&'static str> {
    let lex = Lexicons::builtin();
    let words: Vec<TagInput> = sentence
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            let kind = if w.chars().all(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else if w.chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else {
                TokenKind::Punct
            };
            TagInput {
                pos: lex.pos.lookup(&w.to_lowercase()),
                kind,
                capitalised_inside: i > 0 && w.starts_with(char::is_uppercase),
            }
        })
        .collect();
    let mut out = Vec::new();
    lex.pos
        .tag(words.iter().copied(), &mut Vec::new(), &mut out);
    out.iter().map(|t| t.tag.as_str()).collect()
}

#[test]
fn tags_round_trip_their_names() {
    for t in TAGS {
        assert_eq!(Tag::from_name(t.as_str()), Some(t));
    }
    assert_eq!(Tag::from_name("BOS"), None);
}

#[test]
fn a_reporting_clause() {
    assert_eq!(
        tags("Le président a déclaré que la réforme est un échec ."),
        ["DET", "NC", "V", "VPP", "CS", "DET", "NC", "V", "DET", "NC", "PONCT"]
    );
}

#[test]
fn clitics_and_participles() {
    assert_eq!(tags("Il l' a dit ."), ["CLS", "CLO", "V", "VPP", "PONCT"]);
    assert_eq!(&tags("elle se dit rassurée")[..3], ["CLS", "CLR", "V"]);
}

#[test]
fn des_as_article_and_as_preposition() {
    assert_eq!(tags("Des experts ont estimé")[0], "DET");
    assert_eq!(tags("la fin des travaux")[2], "P+D");
}

#[test]
fn subordinating_que() {
    // After a noun, a relative "que" is told apart by the quote rules (a
    // trigram model cannot see the gap in the clause).
    assert_eq!(tags("il pense que le Parlement a raison")[2], "CS");
    assert_eq!(tags("l' homme qui parle")[2], "PROREL");
}

#[test]
fn unseen_names_and_words() {
    assert_eq!(
        tags("selon Kassym-Jomart Tokayev ,"),
        ["P", "NPP", "NPP", "PONCT"]
    );
    // Unseen lowercase words take the tag of their ending.
    assert_eq!(tags("les zorglubisations")[1], "NC");
    assert_eq!(tags("il zorglubait")[1], "V");
}

#[test]
fn unseen_reporting_verbs_are_verbs() {
    let lex = Lexicons::builtin();
    // A form of the speech-verb lexicon absent from the treebanks.
    let form = crate::lexicon::entries(crate::lexicon::files::SPEECH_VERBS)
        .filter_map(|l| l.split('\t').next())
        .find(|f| f.ends_with("èrent") && !lex.pos.is_known_in_training(f))
        .expect("some passé simple plural is unseen");
    let words = [TagInput {
        pos: lex.pos.lookup(form),
        kind: TokenKind::Word,
        capitalised_inside: false,
    }];
    let mut out = Vec::new();
    lex.pos
        .tag(words.iter().copied(), &mut Vec::new(), &mut out);
    assert!(out[0].tag.is_verb(), "{form}: {:?}", out[0]);
}

/// A tagged word carries the most frequent gender and number of its form
/// with that tag in the treebanks ("la": feminine singular; "ministre":
/// masculine singular): agreement with the determiner is the rules' business.
#[test]
fn morphology_of_seen_words() {
    let lex = Lexicons::builtin();
    let words = [
        TagInput {
            pos: lex.pos.lookup("la"),
            kind: TokenKind::Word,
            capitalised_inside: false,
        },
        TagInput {
            pos: lex.pos.lookup("ministre"),
            kind: TokenKind::Word,
            capitalised_inside: false,
        },
    ];
    let mut out = Vec::new();
    lex.pos
        .tag(words.iter().copied(), &mut Vec::new(), &mut out);
    assert_eq!(out[0].morph, Morph::parse("fs"));
    assert_eq!(out[1].morph, Morph::parse("ms"));
}

#[test]
fn long_sentences_tag_in_one_pass() {
    let sentence = vec!["le ministre a parlé"; 5000].join(" ");
    let t = tags(&sentence);
    assert_eq!(t.len(), 20000);
    assert_eq!(&t[..4], ["DET", "NC", "V", "VPP"]);
    assert_eq!(&t[19996..], ["DET", "NC", "V", "VPP"]);
}

#[test]
fn empty_input() {
    let mut out = vec![Tagged::default()];
    Lexicons::builtin().pos.tag([], &mut Vec::new(), &mut out);
    assert!(out.is_empty());
}

#[test]
fn user_reporting_verbs_are_verbs() {
    let mut lex = (*Lexicons::builtin()).clone();
    lex.add_speech_verbs(["gazouillonne:gazouillonner"]);
    let words = [
        TagInput {
            pos: lex.pos.lookup("il"),
            kind: TokenKind::Word,
            capitalised_inside: false,
        },
        TagInput {
            pos: lex.pos.lookup("gazouillonne"),
            kind: TokenKind::Word,
            capitalised_inside: false,
        },
    ];
    let mut out = Vec::new();
    lex.pos
        .tag(words.iter().copied(), &mut Vec::new(), &mut out);
    assert_eq!(out[1].tag, Tag::V);
}

#[test]
fn role_nouns_the_treebanks_lack_are_nouns_after_an_article() {
    // "procureure", "ingénieure", "historienne" end like adjectives
    // ("supérieure", "ancienne"); titles.txt makes them nouns.
    for w in [
        "procureure",
        "ingénieure",
        "historienne",
        "policière",
        "déléguée",
    ] {
        let t = tags(&format!("La {w} de Vézenac a dit que le pont tiendra ."));
        assert_eq!(t[1], "NC", "{w}: {t:?}");
    }
    // Capitalised inside a sentence, such a form keeps its guess: a surname.
    assert_eq!(tags("Louis Pasteur a dit .")[1], "NPP");
}

/// The tables the crate embeds are the ones its text files give now (the
/// build script reruns when they change).
#[test]
fn embedded_tables_match_the_text_files() {
    use crate::lexicon::files;
    let fresh = super::tables::encode(files::POS_LEXICON, files::POS_MODEL);
    assert!(fresh == super::model::TABLES, "stale tagger tables");
    // Every form of the lexicon file is in the model.
    let lex = Lexicons::builtin();
    for line in crate::lexicon::entries(files::POS_LEXICON) {
        let form = line.split('\t').next().unwrap_or_default();
        assert!(lex.pos.is_known(form), "{form}");
    }
}

#[test]
fn verb_only_forms() {
    let pos = &Lexicons::builtin().pos;
    // Only ever a verb in the treebanks and the reporting verbs.
    for w in ["rappelle", "souligne", "dénonce"] {
        assert!(pos.is_verb_only(w), "{w}");
    }
    // A noun or an adjective too, or unknown.
    for w in ["note", "président", "publique", "zorglubait"] {
        assert!(!pos.is_verb_only(w), "{w}");
    }
}
