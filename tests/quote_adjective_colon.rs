//! A copula, an adjective of firm or confident statement and a colon
//! introduce what the subject said, with no reporting verb (issue 14:
//! "Sur les tarifs, Dominique Varlet est catégorique : ils n'augmenteront
//! pas en 2025."). The copula is "être" in any tense, "se montrer", "se
//! vouloir", "se dire" or "rester"; the adjectives are the
//! `speech_adjectives` section of src/lexicons/grammar.txt. The content is
//! the clause after the colon (indirect, or mixed with a quoted fragment;
//! quotation marks right after the colon stay the colon rule's direct
//! quote), the speaker the subject, the rule `verb-colon`. Controls: a
//! subject that cannot speak ("Le ciel est clair : …", "La situation est
//! claire : …"), an adjective not in the list, a negated copula, the
//! impersonal "Il est clair :", the writer. Expected values follow
//! ../shared/eval/GUIDELINES.md; the names are invented. Table format:
//! tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The construction's cases, then its controls.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a copula, a speech adjective and a colon",
        r"
Sur les tarifs, Dominique Varlet est catégorique : ils n'augmenteront pas en 2025. => ils n'augmenteront pas en 2025 | Varlet | verb-colon
Sur les retraites, la Première ministre a été claire : il n'y aura « pas de retour en arrière ». => il n'y aura « pas de retour en arrière » | ministre | verb-colon
Le ministre a pourtant été très clair : la réforme passera avant l'été. => la réforme passera avant l'été | ministre | verb-colon
La préfète Hélène Marzac s'est montrée formelle : aucune école ne fermera. => aucune école ne fermera | Marzac | verb-colon
Le président du club se veut optimiste : l'équipe remontera en Ligue 1. => l'équipe remontera en Ligue 1 | président | verb-colon
Le maire se dit confiant : les travaux seront finis en juin. => les travaux seront finis en juin | maire | verb-colon
Le syndicat reste optimiste : un accord est encore possible. => un accord est encore possible | syndicat | verb-colon
Elle a été claire : personne ne sera sanctionné. => personne ne sera sanctionné | Elle | verb-colon
Le gouvernement est formel : la taxe sera supprimée en janvier. => la taxe sera supprimée en janvier | gouvernement | verb-colon
Le procureur Alban Crestel a été catégorique : « Aucune piste n'est écartée. » => Aucune piste n'est écartée. | Crestel | colon
",
    ),
    (
        "controls: a subject that cannot speak, another adjective, a negation",
        r"
Le ciel est clair : il fera beau demain. => none
La situation est claire : le club doit gagner samedi. => none
Car une chose est claire : rien ne sera plus comme avant. => none
Le message est clair : personne ne bougera. => none
Le maire est furieux : la route sera fermée tout l'été. => none
Le ministre s'est montré très ferme : la réforme passera. => none
La préfète n'a pas été claire : les habitants attendent toujours. => none
Il est clair : tout le monde le savait. => none
",
    ),
];

#[test]
fn adjective_colon_reports() {
    run_table("adjective colon", CONSTRUCTIONS);
}
