//! A bare phrase opening the sentence, with no determiner, is a fronted
//! apposition to the subject that follows it ("Double championne
//! d'Europe, la demi-centre X a annoncé que", held-out set 18 a08), not
//! the subject itself. Evidence: held-out sets 18 a08 and 16 ("Triple
//! médaillée mondiale, la skieuse …"); UD 3 ("Professeur d'arts
//! plastiques, cette Bordelaise de 26 ans a …", "Meilleur restaurant à
//! Djibouti, le restaurant …", "Espèce endémique …, les sifakas sont").
//! Controls: a name first, a subject with its apposition after it ("X,
//! la demi-centre du club, a annoncé"), a date or a title absorbed already.
//! Format as in `speaker_attribution_fresh_3.rs`: `text => fragment |
//! mention | name | rule`; the invented people are found nowhere else in
//! the repository.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a bare phrase opening the sentence is in apposition to the subject after it",
        r"
Double championne d'Europe, la demi-centre vérosnaise Ondine Calvairac, 31 ans, a annoncé lundi qu'elle mettrait un terme à sa carrière. => elle mettrait un terme | Calvairac | Ondine Calvairac | verb-que
Championne du monde en 2019, la pivot Ondine Calvairac a assuré qu'elle reviendrait « plus forte ». => elle reviendrait | Calvairac | Ondine Calvairac | verb-que
Ancien ministre de l'Agriculture, le sénateur de la Creuse a estimé que la réforme était « mal préparée ». => la réforme était | sénateur | le sénateur de la Creuse | verb-que
Professeure de mathématiques, cette Bordelaise de 42 ans affirme que les élèves sont « épuisés ». => les élèves sont | Bordelaise | cette Bordelaise de 42 ans | verb-que
Triple vainqueur du tour, le cycliste Hugo Pradelignac, 35 ans, a confié qu'il songeait à la retraite. => il songeait | Pradelignac | Hugo Pradelignac | verb-que
",
    ),
    (
        "a name first, a subject with its apposition after it, a title absorbed already: unchanged",
        r"
Ondine Calvairac, la demi-centre de l'ESC Vérosnes, a annoncé lundi qu'elle mettrait un terme à sa carrière. => elle mettrait un terme | Calvairac | Ondine Calvairac | verb-que
Ancien ministre, Hugo Pradelignac a affirmé que la réforme était inutile. => la réforme était | Pradelignac | Hugo Pradelignac | verb-que
Double championne d'Europe, la joueuse Ondine Calvairac a annoncé qu'elle arrêtait. => elle arrêtait | Calvairac | Ondine Calvairac | verb-que
Lundi soir, le maire de Vérosnes a déclaré qu'il ne se représenterait pas. => il ne se représenterait | maire | le maire de Vérosnes | verb-que
Présente sur place, la préfète a indiqué que la situation était maîtrisée. => la situation était | préfète | la préfète | verb-que
",
    ),
];

#[test]
fn speaker_fronted_apposition() {
    score_table(
        "a fronted apposition is not the subject",
        CONSTRUCTIONS,
        parse,
    );
}
