//! A second quoted fragment in the same reporting sentence (issue 14,
//! session 17): "X a décrit un propriétaire « cynique », qui « connaissait
//! … »". The fragment the reporting verb governs is X's; the one joined to
//! it by a conjunction, a relative "qui" or "de" says X's words too (rule
//! `fragment`). From held-out set 16's article h16-a03
//! (tools/holdout/session16/articles.txt) and invented cases in new wording;
//! a control keeps quoted terms after "telles que" out.
//!
//! Format and checker: tests/support/attribution.rs (`text => fragment |
//! mention | name | rule`, one group per expected quote in text order, `¶`
//! a paragraph break, `gap ` a known gap, `text => none` for no quote).

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::score_articles;

/// The constructions, each with its articles.
const CONSTRUCTIONS: &[(&str, &str)] = &[(
    "a second quoted fragment joined to an attributed one in the same sentence",
    r"
Le parquet a requis huit ans contre le gérant. ¶ Dans son réquisitoire, la procureure, Maëlle Ostrowan, a décrit un gérant « cupide », qui « savait depuis des mois que la charpente menaçait de céder ». => cupide | procureure | Maëlle Ostrowan | verb-quote => savait depuis des mois | procureure | Maëlle Ostrowan | fragment
Le ministre a dénoncé une réforme « inutile », qui « pénalise d'abord les familles les plus modestes du pays ». => inutile | ministre | Le ministre | verb-quote => pénalise d'abord les familles | ministre | Le ministre | fragment
La syndicaliste Odile Ferrières a décrit une direction « sourde » et « qui méprise les salariés depuis des années ». => sourde | Odile Ferrières | Odile Ferrières | verb-quote => qui méprise les salariés | Odile Ferrières | Odile Ferrières | fragment
L'avocat de la défense, Me Bastien Lacombrade, a évoqué un dossier « vide », qui « ne contient aucune preuve de ce que l'on reproche à mon client ». => vide | Bastien Lacombrade | Bastien Lacombrade | verb-quote => ne contient aucune preuve | Bastien Lacombrade | Bastien Lacombrade | fragment
Le texte empêche l'accès à des pages telles que « suicide » ou « permanganate de potassium ». => none
",
)];

#[test]
fn speaker_sibling_fragments() {
    score_articles(
        "a second quoted fragment in the same reporting sentence",
        CONSTRUCTIONS,
    );
}
