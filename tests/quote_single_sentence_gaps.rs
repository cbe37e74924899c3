//! Single-sentence reported-speech gaps (issue 14, session 18): each
//! construction taken from the misses of the published held-out sets
//! (tools/holdout/session*/), counted with invented cases in new wording
//! before its rule was written. Expected values follow
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
        "a date between 'a-t-on appris' and its source",
        r"
Le suspect a été placé en détention provisoire, a-t-on appris samedi de source judiciaire. => Le suspect a été placé en détention provisoire | source | incise
L'usine de Vernosc fermera en mars, a-t-on appris mardi auprès de la direction. => L'usine de Vernosc fermera en mars | direction | incise
Deux classes fermeront à la rentrée, a-t-on appris vendredi soir auprès du rectorat. => Deux classes fermeront à la rentrée | rectorat | incise
Le conducteur a été interpellé, a-t-on appris hier auprès des gendarmes. => Le conducteur a été interpellé | gendarmes | incise
Le milieu Tanguy Oberlé sera absent trois semaines, apprend-on lundi de sources concordantes. => Le milieu Tanguy Oberlé sera absent trois semaines | sources | incise
",
    ),
    (
        "a short quoted fragment coordinated to an attributed one",
        r"
Le syndicat Forsane a qualifié la réforme de « brutale » et d'« injuste ». => brutale | syndicat | fragment => injuste | syndicat | fragment
La maire de Quervilly se dit « rassurée » et « confiante ». => rassurée | maire | fragment => confiante | maire | fragment
L'opposition dénonce un texte « liberticide » et « dangereux ». => liberticide | opposition | verb-quote => dangereux | opposition | fragment
Une aide-soignante décrit des couloirs « remplis de brancards » et des soignants « à bout ». => remplis de brancards | aide-soignante | verb-quote => à bout | aide-soignante | fragment
Le maire, Paulin Estrevel, a réclamé « des policiers » et non « des caméras ». => des policiers | Estrevel | verb-quote => des caméras | Estrevel | fragment
",
    ),
    (
        "a topic and a colon before marks, after a quote by one speaker",
        r"
« Nous avons tout misé sur la qualité », explique la gérante, Maïwenn Coladec. ¶ Sur la concurrence : « Elle ne nous fait pas peur. » => Nous avons tout misé sur la qualité | Coladec | incise => Elle ne nous fait pas peur. | Coladec | floating
« Le festival tiendra », assure son directeur, Aurèle Pennequin. Quant aux prix : « Ils resteront stables. » => Le festival tiendra | Pennequin | incise => Ils resteront stables. | Pennequin | floating
Sur les débuts, elle se souvient : « On jouait dans la rue. » ¶ Sur les subventions : « La région a réduit son aide de 25 %. » => On jouait dans la rue. | elle | colon => La région a réduit son aide de 25 %. | elle | floating
« Les chantiers avancent », affirme Basile Ferrandou, adjoint à l'urbanisme. Concernant la piscine : « Elle rouvrira en juin. » => Les chantiers avancent | Ferrandou | incise => Elle rouvrira en juin. | Ferrandou | floating
Sur les salaires : « Nous ne céderons pas. » => Nous ne céderons pas. | - | colon
",
    ),
    (
        "a named speaker, a short apposition and a colon before marks",
        r"
Corentin Malbrecq, maire de Saint-Ivel : « Nous rouvrirons l'école en septembre. » => Nous rouvrirons l'école en septembre. | Malbrecq | headline-colon
Odile Ferracci, 47 ans, infirmière : « On tient à bout de bras. » => On tient à bout de bras. | Ferracci | headline-colon
Yanis Belkhodja, porte-parole de Sud-Santé : « Les urgences craquent » => Les urgences craquent | Belkhodja | headline-colon
Armelle Quintard, éleveuse à Pléchâtel : « Le lait ne paie plus. » => Le lait ne paie plus. | Quintard | headline-colon
Paris, le 3 mai : « Nous ne céderons pas. » => Nous ne céderons pas. | - | colon
Mardi soir, à Pléchâtel : « Tout le monde est sorti. » => Tout le monde est sorti. | - | colon
",
    ),
    (
        "speech-free look-alikes",
        r"
La grève a été levée, a-t-on appris jeudi. => none
Il a appris samedi auprès de son père que la ferme serait vendue. => none
Le colis est arrivé samedi auprès du destinataire. => none
On a appris lundi la nouvelle à la radio. => none
Le logiciel bloque des mots tels que « grève » ou « blocage ». => none
",
    ),
];

#[test]
fn single_sentence_gaps() {
    run_table("single-sentence gaps, session 18", CONSTRUCTIONS);
}
