//! A partitive phrase as the source of reported speech: a quantifier, "de"
//! / "des" / "d'entre" and the phrase it picks from ("plusieurs de ses
//! proches", "l'un de ses conseillers", "la plupart des élus", "certains
//! d'entre eux"). The phrase's head is the noun or pronoun after "de"
//! (chunks::partitive_head, grammar.txt's partitive_quantifiers), so
//! "selon" / "d'après" take it as a source as they took "un de ses
//! proches"; the whole phrase is the speaker mention, of kind anonymous.
//! Seen in held-out set 20 ("Selon plusieurs de ses proches, …"); as a
//! speaker in Wikinews dev ("L'un des deux porte-parole …"), fr-litbank
//! ("cria un des hommes", "Un des messieurs") and held-out set 17
//! ("L'une des rescapées"). Controls: a partitive of things after a verb
//! that reports nothing, "la plupart du temps", "selon" meaning "depending
//! on". A partitive of documents after "selon" is a source, as "selon une
//! étude" is (../shared/eval/GUIDELINES.md). Names are invented. Table
//! format: tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;
#[macro_use]
mod support;

use constructions::run_table;

/// The construction's cases, then its controls.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a partitive source after selon / d'après",
        r"
Selon plusieurs de ses proches, l'ancien maire envisage de se représenter. => l'ancien maire envisage de se représenter | proches | selon
Selon l'un de ses conseillers, l'ancien maire envisage de se représenter. => l'ancien maire envisage de se représenter | conseillers | selon
Selon un de ses proches, l'ancien maire envisage de se représenter. => l'ancien maire envisage de se représenter | proches | selon
D'après plusieurs de ses proches, la ministre songe à démissionner. => la ministre songe à démissionner | proches | selon
D'après l'une des victimes, l'agresseur portait une cagoule. => l'agresseur portait une cagoule | victimes | selon
Selon certains de ses conseillers, le sénateur Alban Querrec ne se représentera pas. => le sénateur Alban Querrec ne se représentera pas | conseillers | selon
Selon la plupart des élus, le budget sera voté en décembre. => le budget sera voté en décembre | élus | selon
Selon certains d'entre eux, la grève pourrait durer. => la grève pourrait durer | eux | selon
Selon deux de ses anciens collègues, le chercheur avait falsifié ses données. => le chercheur avait falsifié ses données | collègues | selon
Selon chacun des candidats, le scrutin sera serré. => le scrutin sera serré | candidats | selon
Selon plusieurs de ces études, le climat de la région se réchauffe. => le climat de la région se réchauffe | études | selon
",
    ),
    (
        "a partitive subject of a reporting verb (unchanged)",
        r"
L'un de ses conseillers a affirmé que le maire allait démissionner. => le maire allait démissionner | conseillers | verb-que
Plusieurs de ses proches ont confié que le maire allait démissionner. => le maire allait démissionner | proches | verb-que
Certains de ses collaborateurs assurent que la directrice va partir. => la directrice va partir | collaborateurs | verb-que
La plupart des élus estiment que le projet est trop coûteux. => le projet est trop coûteux | élus | verb-que
Beaucoup d'entre eux estiment que le projet est trop coûteux. => le projet est trop coûteux | eux | verb-que
",
    ),
    (
        "controls: things, time, depending on",
        r"
Il a vendu plusieurs de ses maisons l'an dernier. => none
Plusieurs de ses maisons ont été vendues l'an dernier. => none
La plupart du temps, le maire travaille seul. => none
Les tarifs varient selon chacune des régions. => none
gap Pour l'un de ses amis, le maire a acheté un cadeau. => none
",
    ),
];

#[test]
fn partitive_sources() {
    run_table("partitive sources", CONSTRUCTIONS);
}

speaker_cases! {
    partitive_after_selon_is_anonymous:
        "Selon plusieurs de ses proches, l'ancien maire envisage de se représenter."
        => [("plusieurs de ses proches", Anonymous, Unknown, 1)];
    one_of_after_selon_is_anonymous:
        "Selon l'un de ses conseillers, l'ancien maire envisage de se représenter."
        => [("l'un de ses conseillers", Anonymous, Masculine, 1)];
    partitive_after_d_apres_is_anonymous:
        "D'après la plupart des élus, le budget sera voté en décembre."
        => [("la plupart des élus", Anonymous, Unknown, 1)];
}
