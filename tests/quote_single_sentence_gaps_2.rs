//! Single-sentence reported-speech gaps, second round (issues 14 and 15,
//! session 19): constructions left by session 18, each counted in the
//! tuned data, the published held-out sets (tools/holdout/session*/) and
//! invented cases before its rule was written. Expected values follow
//! ../shared/eval/GUIDELINES.md, not the code's output; the invented names
//! are found nowhere else in the repository. Table format and checker:
//! tests/support/constructions.rs (`sentence => content | head | rule`, a
//! failing case marked `gap`).

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a study, a survey or a report that 'montre que'",
        r"
Une étude de l'institut Varenne montre que les abeilles sauvages déclinent. => les abeilles sauvages déclinent | étude | verb-que
Un sondage publié mardi montre que 62 % des parents approuvent la réforme. => 62 % des parents approuvent la réforme | sondage | verb-que
Une enquête réalisée auprès de 2 000 salariés montre que le télétravail recule. => le télétravail recule | enquête | verb-que
Le dernier rapport de l'Observatoire Bréval montre que la pauvreté progresse. => la pauvreté progresse | rapport | verb-que
Une note interne a montré que les stocks étaient insuffisants. => les stocks étaient insuffisants | note | verb-que
",
    ),
    (
        "'montre que' with no study or report for subject",
        r"
Cela montre que la ville a changé. => none
Ce résultat montre que l'équipe progresse. => none
Le maire montre que la place a été rénovée. => none
L'enquête a montré que les comptes avaient été falsifiés. => none
Les études montrent que le sommeil protège la mémoire. => none
Cette expérience montre qu'il n'existe pas de solution simple. => none
",
    ),
    (
        "an outlet's name in marks between the verb and 'que'",
        r"
Le préfet de la Marne a indiqué au « Courrier du Val » que la route serait fermée. => la route serait fermée | préfet | verb-que
La ministre a déclaré à « Libération » que le texte serait retiré. => le texte serait retiré | ministre | verb-que
L'entraîneur, Ronan Kerlidou, a confié au « Télégramme » qu'il quitterait le club en juin. => il quitterait le club en juin | Kerlidou | verb-que
Le maire a assuré à la « Gazette de Quimerval » que les travaux commenceraient en mars. => les travaux commenceraient en mars | maire | verb-que
La directrice a expliqué lundi au « Journal de Brévannes » que l'école fermerait. => l'école fermerait | directrice | verb-que
",
    ),
];

#[test]
fn single_sentence_gaps_2() {
    run_table("single-sentence gaps, session 19", CONSTRUCTIONS);
}
