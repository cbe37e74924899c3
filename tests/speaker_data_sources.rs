//! A data noun as the source of "selon" / "d'après" (issue 15, session
//! 18): "Selon ses chiffres", "D'après son bilan". The figures are not the
//! speaker: their owner is, the organisation or person the possessive
//! refers back to (the latest subject of this sentence or the one before,
//! else the latest named). Held-out set 18's h18-a06 ("L'Agence régionale
//! de santé a indiqué que … Selon ses chiffres, …") and invented cases.
//! So is the owner named in the noun's de-complement ("selon les chiffres
//! de l'Insee", session 19): held-out sets 8 and 12 and invented cases.
//!
//! One case a line, in tests/support/attribution.rs's format: `text =>
//! fragment | mention | name | rule`.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a possessive data noun after selon or d'après is its owner's",
        r"
L'Agence régionale de santé a indiqué que des renforts arriveraient. Selon ses chiffres, le pic de l'épidémie ne devrait pas être atteint avant la mi-décembre. => des renforts arriveraient | Agence | Agence régionale de santé | verb-que => le pic de l'épidémie | ses chiffres | Agence régionale de santé | selon
Le démographe Paul Vernadet a présenté son étude mardi. Selon ses calculs, la population du département baissera de 4 % d'ici 2040. => la population du département | ses calculs | Paul Vernadet | selon
La CGT a appelé à la grève jeudi. Selon ses chiffres, 40 % des agents ont cessé le travail. => 40 % des agents | ses chiffres | CGT | selon
« Nous ne céderons pas », a déclaré la préfecture du Gard. D'après son bilan, trois personnes ont été blessées. => Nous ne céderons pas | préfecture | préfecture du Gard | incise => trois personnes ont été blessées | son bilan | préfecture du Gard | selon
L'Insee a publié jeudi sa note de conjoncture. Selon ses prévisions, la croissance atteindra 1,1 % en 2027. => la croissance atteindra | ses prévisions | Insee | selon
La maire de Valbonne, Claire Astier, a reçu le préfet du Var. Selon ses estimations, les dégâts dépassent 2 millions d'euros. => les dégâts dépassent | ses estimations | Claire Astier | selon
",
    ),
    (
        "a data noun's owner in its de-complement after selon or d'après",
        r"
Selon les chiffres de l'Observatoire Bréval, la pauvreté progresse dans le département. => la pauvreté progresse | chiffres | Observatoire Bréval | selon
D'après les données de la préfecture de l'Orne, 300 foyers sont privés d'électricité. => 300 foyers sont privés | données | préfecture de l'Orne | selon
Le suspect aurait avoué les faits, selon des informations du Courrier de Lannevez. => Le suspect aurait avoué | informations | Courrier de Lannevez | selon
Selon les estimations de la fédération Varenne-Nature, 2 000 oiseaux ont été recensés. => 2 000 oiseaux | estimations | Varenne-Nature | selon
",
    ),
];

#[test]
fn speaker_data_sources() {
    score_table("a data noun as a source", CONSTRUCTIONS, parse);
}
