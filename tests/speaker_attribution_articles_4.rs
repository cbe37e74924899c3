//! A fourth constructed set of multi-paragraph articles (issue 14, session
//! 18), from the article-level constructions the published held-out sets
//! 14, 16 and 17 miss (tools/holdout/session14, session16, session17
//! articles.txt), in new wording, domains and names found nowhere else in
//! the repository:
//!
//! - a headline whose marks hold the title of a work (film, book,
//!   documentary, album) named as such by an apposition or after the
//!   headline's colon ("« … », le roman qui …", "Télévision : « … », un
//!   documentaire …", "« … » : le film de X"): a term, not a quote (set 17's
//!   h17-a08, set 16's documentary headline in
//!   tests/speaker_attribution_articles_3.rs, set 14's "« Les Géants de sel
//!   », nouvelle création"); with controls where the marks hold words said.
//!
//! Format and checker: tests/support/attribution.rs (`text => fragment |
//! mention | name | rule`, `¶` a paragraph break, `gap ` a known gap, `text
//! => none` for a case with no quote).
//!
//! First score, before any rule changed (on cc9fbd9): titles 4 of 7 (the
//! three with a work word after the marks or the colon taken as quotes).

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::score_articles;

/// The constructions, each with its articles.
const CONSTRUCTIONS: &[(&str, &str)] = &[(
    "a headline whose marks hold the title of a work named as such",
    r"
« Le Chant des forges », le roman qui a bouleversé la rentrée ¶ Le romancier Paul Dubreuilhac publie son troisième livre. « J'ai écrit ce livre pour mon grand-père, qui était forgeron », confie-t-il. => J'ai écrit ce livre | il | Paul Dubreuilhac | incise
Télévision : « Les Oubliés de la mine », un documentaire poignant sur France 3 ¶ Le réalisateur Marc Tolinas a filmé pendant deux ans les anciens mineurs de Carmaux. « Ils n'avaient jamais raconté leur histoire », explique-t-il. => Ils n'avaient jamais raconté | il | Marc Tolinas | incise
« La Nuit des veilleurs » : le film de Jeanne Castagnède primé à Cannes ¶ La réalisatrice Jeanne Castagnède a reçu samedi le prix du jury. Elle a déclaré que ce prix revenait « à toute l'équipe ». => ce prix revenait « à toute l'équipe » | Elle | Jeanne Castagnède | verb-que
Musique : « Nuits blanches », le nouvel album de Karim Oufellou ¶ Le chanteur sera en concert à Lyon le 12 mars. => none
Livres : « La Maison des sables », premier roman de Léa Vasseroux ¶ L'autrice a mis six ans à l'écrire, dit-elle. => L'autrice a mis six ans | elle | Léa Vasseroux | incise
Fermeture de l'usine : « Nous ne lâcherons rien » ¶ Les salariés de Novaterre ont voté la grève reconductible. « Nous ne lâcherons rien », a lancé le délégué syndical, Yann Berthevel. => Nous ne lâcherons rien | Berthevel | Yann Berthevel | repeated => Nous ne lâcherons rien | Yann Berthevel | Yann Berthevel | incise
Avec « Les Heures pâles », en salles mercredi, la cinéaste Nadège Ollivras signe son premier long-métrage. « Je voulais filmer l'attente », explique-t-elle. => Je voulais filmer l'attente | elle | Nadège Ollivras | incise
",
)];

#[test]
fn speaker_attribution_articles_4() {
    score_articles(
        "article-level constructions of held-out sets 14, 16 and 17, session 18",
        CONSTRUCTIONS,
    );
}
