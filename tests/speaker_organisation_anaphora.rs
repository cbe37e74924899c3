//! A bare definite organisation noun as a reporting verb's subject refers
//! back to the organisation just named (issue 15, session 19): "L'équipementier
//! automobile X a annoncé … Le groupe a précisé que" is X, not an anonymous
//! "Le groupe". Format as in `speaker_attribution_fresh_3.rs`:
//! `text => fragment | mention | name | rule`. The invented firms are found
//! nowhere else in the repository.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        // Held-out set 19 a04 ("L'équipementier automobile Cardelle … Le
        // groupe a précisé dans un communiqué que") and set 14 a09 ("la
        // société Minera Andina del Norte … L'entreprise a assuré que").
        "a bare organisation noun refers back to the organisation named",
        r"
L'équipementier automobile Varnosse a annoncé mardi la fermeture de deux usines. Le groupe a précisé dans un communiqué que les salariés seraient « accompagnés ». => les salariés seraient | groupe | Varnosse | verb-que
Le distributeur Plessac a racheté trois magasins. L'enseigne a indiqué que les emplois seraient « tous maintenus ». => les emplois seraient | enseigne | Plessac | verb-que
Le laboratoire pharmaceutique Oberlin a suspendu un essai clinique. L'entreprise a expliqué que deux patients avaient été « hospitalisés ». => deux patients avaient été | entreprise | laboratoire pharmaceutique Oberlin | verb-que
gap La société Brenvaux Industries a porté plainte lundi contre son ancien directeur, Gérard Marsac. L'entreprise a affirmé que les comptes étaient « falsifiés ». => les comptes étaient | entreprise | Brenvaux Industries | verb-que
L'association Plumevent a porté plainte lundi. L'association a affirmé que la pollution était « avérée ». => la pollution était | association | Plumevent | verb-que
",
    ),
    (
        "controls: a noun with its own words, a plural, no organisation in reach",
        r"
Le fabricant Varnosse a présenté son budget. Le gouvernement a précisé que le déficit serait « réduit ». => le déficit serait | gouvernement | gouvernement | verb-que
Le fabricant Varnosse a annoncé un plan social. Le groupe parlementaire a estimé que ce plan était « inacceptable ». => ce plan était | groupe | groupe parlementaire | verb-que
Le fabricant Varnosse a annoncé un plan social. Le groupe de travail a estimé que ce plan était « trop brutal ». => ce plan était | groupe | groupe de travail | verb-que
La tempête a frappé la côte. Le syndicat a estimé que les secours étaient « trop lents ». => les secours étaient | syndicat | syndicat | verb-que
",
    ),
];

#[test]
fn speaker_organisation_anaphora() {
    score_table(
        "bare organisation nouns refer back to the organisation named",
        CONSTRUCTIONS,
        parse,
    );
}
