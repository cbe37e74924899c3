//! An incidental set off by commas between an inverted reporting verb and
//! its subject (issue 14, session 20): adverbs, then an adjective or a
//! participle, then a prepositional phrase ("raconte, encore sous le choc,
//! X", "a répondu, visiblement agacé, le ministre", "a lancé, amusée, la
//! directrice", "répondit, d'une voix douce, la vieille femme"), at most
//! eight tokens, read when a subject that can speak follows it. Controls:
//! the same phrase before an object or a "que" clause, an inverted clitic
//! already there, an enumeration after the subject. Expected values follow
//! ../shared/eval/GUIDELINES.md; invented names. Table format:
//! tests/support/constructions.rs. The gap: "la propriétaire" is no role
//! of the lexicon (titles.txt), and a phrase with no adjective may stand
//! before an object, so its subject must be one that can speak.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The construction's cases, then its controls.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "an incidental between commas, then the inverted subject",
        r"
« J'ai cru mourir », raconte, encore sous le choc, Maëlys Tardivon, 27 ans. => J'ai cru mourir | Tardivon | incise
« Ce n'est pas sérieux », a répondu, visiblement agacé, le ministre. => Ce n'est pas sérieux | ministre | incise
« On verra bien », a lancé, amusée, la directrice. => On verra bien | directrice | incise
« Nous tiendrons », a promis, d'une voix ferme, la présidente du syndicat. => Nous tiendrons | présidente | incise
« Il faut agir », a martelé, devant les militants réunis à Lyon, le candidat. => Il faut agir | candidat | incise
« C'est une victoire », a réagi, rouge de bonheur, Yanis Orfeuil. => C'est une victoire | Orfeuil | incise
« Nous ne lâcherons rien », a répété, au nom de l'intersyndicale, Sylvie Marbot. => Nous ne lâcherons rien | Marbot | incise
« C'est fini », répondit, d'une voix douce, la vieille femme. => C'est fini | femme | incise
« Je reviendrai », a assuré, un peu déçue, la skieuse. => Je reviendrai | skieuse | incise
« Pas question », a tranché, pour sa part, le maire de Vernolles. => Pas question | maire | incise
« Nous ferons appel », a annoncé, à la sortie de l'audience, l'avocat de la famille. => Nous ferons appel | avocat | incise
gap « On a tout perdu », raconte, dans sa cuisine dévastée, la propriétaire des lieux. => On a tout perdu | propriétaire | incise
« Le texte sera voté », a précisé, dans un communiqué, Lucien Ferrandou. => Le texte sera voté | Ferrandou | incise
« Je suis fière », a confié, très émue, Agathe Morvillon. => Je suis fière | Morvillon | incise
",
    ),
    (
        "controls: no subject that can speak after the phrase, a clitic already there",
        r"
Le maire a annoncé, dans un communiqué, la fermeture de la piscine. => none
Elle a expliqué, dans un entretien au Parisien, que la réforme était injuste. => la réforme était injuste | Elle | verb-que
« Tout ira bien », a-t-il assuré, en souriant. => Tout ira bien | il | incise
« Nous avons gagné », a-t-elle lancé, sous les applaudissements, aux militants. => Nous avons gagné | elle | incise
« Nous resterons unis », ont assuré, tour à tour, le maire, la préfète et le député. => Nous resterons unis | maire | incise
Le syndicat réclame, pour les écoles, les crèches et les gymnases, des moyens nouveaux. => none
Il a cité, pêle-mêle, les écoles, les crèches et les gymnases. => none
« Il faut tout refaire », a estimé, dans son rapport, la fin du chantier. => Il faut tout refaire | - | incise
",
    ),
];

#[test]
fn incise_incidental() {
    run_table(
        "an incidental before an inverted subject, session 20",
        CONSTRUCTIONS,
    );
}
