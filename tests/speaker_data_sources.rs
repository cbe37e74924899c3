//! A data noun as the source of "selon" / "d'après" (issue 15, session
//! 18): "Selon ses chiffres", "D'après son bilan". The figures are not the
//! speaker: their owner is, the organisation or person the possessive
//! refers back to (the latest subject of this sentence or the one before,
//! else the latest named). Held-out set 18's h18-a06 ("L'Agence régionale
//! de santé a indiqué que … Selon ses chiffres, …") and invented cases.
//! So is the owner named in the noun's de-complement ("selon les chiffres
//! de l'Insee", session 19): held-out sets 8 and 12 and invented cases.
//! So is the agent of the participle after the noun ("selon les chiffres
//! publiés jeudi par l'Insee", session 21): held-out sets 5, 11 and 17,
//! tuned UD 1, invented cases; a person interviewed by an outlet and a
//! poll that names its pollster keep their source.
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
    (
        "a data noun or document made by the agent of its participle",
        r"
D'après les chiffres publiés vendredi par l'Observatoire Bréval, le chômage a reculé. => le chômage a reculé | Observatoire Bréval | Observatoire Bréval | selon
Les loyers ont baissé de 2 % sur un an, selon les chiffres publiés jeudi par la Fédération des agences Varenne. => Les loyers ont baissé | Fédération des agences Varenne | Fédération des agences Varenne | selon
Selon les données communiquées lundi par la préfecture de l'Orne, 300 foyers sont privés d'électricité. => 300 foyers sont privés | préfecture | préfecture de l'Orne | selon
Selon une étude réalisée en 2024 par l'association Terres Claires, un habitant sur deux se plaint du bruit. => un habitant sur deux | association Terres Claires | Terres Claires | selon
Selon le bilan provisoire établi par le ministère de l'Intérieur, trois personnes sont mortes. => trois personnes sont mortes | ministère | ministère de l'Intérieur | selon
",
    ),
    (
        "controls: a person interviewed, a pollster named, a capitalised agent",
        r"
Selon un diplomate européen interrogé par l'AFP, les négociations sont bloquées. => les négociations sont bloquées | diplomate | un diplomate européen | selon
Selon un sondage Vireo publié dimanche par le Journal de Lannevez, 62 % des habitants sont opposés au projet. => 62 % des habitants | Vireo | Vireo | selon
Selon le classement établi par Reporters sans frontières, la Birmanie est classée 169e. => la Birmanie est classée | Reporters sans frontières | Reporters sans frontières | selon
Selon les chiffres de l'Observatoire Bréval, la pauvreté progresse. => la pauvreté progresse | chiffres | Observatoire Bréval | selon
",
    ),
];

#[test]
fn speaker_data_sources() {
    score_table("a data noun as a source", CONSTRUCTIONS, parse);
}
