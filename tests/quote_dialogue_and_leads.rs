//! Two constructions of issue 14 (session 19), written with invented names
//! (format: tests/support/constructions.rs; expected values follow
//! ../shared/eval/GUIDELINES.md, not the code's output).
//!
//! 1. Two turns of a dialogue inside one pair of marks: the turn away from
//!    the incise is spoken by whom the other turn addresses, a title or a
//!    family word as much as a name ("— Toujours, capitaine !"). A
//!    vocative with no role ("madame", "mon ami") names no one.
//! 2. A wire-copy lead: unmarked content, then an incise whose subject is
//!    followed by a date, an acronym in parentheses or an adjunct ("lors
//!    d'une conférence de presse", "dans un communiqué"); the content is
//!    reported and the subject alone speaks. A chain of actions with a
//!    comma and a verb reports nothing.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "1. a dialogue turn addressed by a title or a family word",
        r"
« On rentre ? — Oui, mon commandant ! », répondit le soldat. => On rentre ? | commandant | dialogue-turn => Oui, mon commandant ! | soldat | incise
« Tu viens ? — J'arrive, maman ! », cria le garçon. => Tu viens ? | maman | dialogue-turn => J'arrive, maman ! | garçon | incise
« Vous avez signé ? — Oui, monsieur le Président », répondit le conseiller. => Vous avez signé ? | Président | dialogue-turn => Oui, monsieur le Président | conseiller | incise
« Vous reprendrez du café ? — Volontiers, madame la ministre », répondit l'ambassadeur. => Vous reprendrez du café ? | ministre | dialogue-turn => Volontiers, madame la ministre | ambassadeur | incise
« La séance est levée ? — Pas encore, monsieur le juge », souffla la greffière. => La séance est levée ? | juge | dialogue-turn => Pas encore, monsieur le juge | greffière | incise
« On mange quand ? — Bientôt, grand-père ! », lança Inès Ravelot. => On mange quand ? | grand-père | dialogue-turn => Bientôt, grand-père ! | Ravelot | incise
Le médecin lança : « Vous êtes prêt, capitaine ? — Toujours, docteur ! » => Vous êtes prêt, capitaine ? | médecin | verb-colon => Toujours, docteur ! | capitaine | dialogue-turn
« Il fait froid, monsieur. — Entrez, docteur Lambert », répondit la concierge. => Il fait froid, monsieur. | Lambert | dialogue-turn => Entrez, docteur Lambert | concierge | incise
« Vous avez signé ? — Oui, madame », répondit le conseiller. => Vous avez signé ? | - | dialogue-turn => Oui, madame | conseiller | incise
« Tu viens ? — J'arrive, mon ami ! », cria le garçon. => Tu viens ? | - | dialogue-turn => J'arrive, mon ami ! | garçon | incise
« On y va ? — Une minute, mon chéri ! », répondit Lise Kervella. => On y va ? | - | dialogue-turn => Une minute, mon chéri ! | Kervella | incise
« Tout est prêt ? — Oui, chef, comme prévu », assura le commis. => Tout est prêt ? | - | dialogue-turn => Oui, chef, comme prévu | commis | incise
",
    ),
    (
        "2. a wire-copy lead, its attribution at the end",
        r"
Le gouvernement ne reculera pas sur la réforme des retraites, a affirmé mardi le Premier ministre, Paul Vasseur, lors d'une conférence de presse. => Le gouvernement ne reculera pas sur la réforme des retraites | Vasseur | incise
La croissance devrait ralentir l'an prochain, estime l'Insee dans une note publiée jeudi. => La croissance devrait ralentir l'an prochain | Insee | incise
Les prix de l'énergie baisseront cet hiver, a estimé mardi le ministre de l'Économie lors d'un déplacement à Lille. => Les prix de l'énergie baisseront cet hiver | ministre | incise
Le vaccin sera disponible en mars, a déclaré le laboratoire lors d'une conférence de presse à Paris. => Le vaccin sera disponible en mars | laboratoire | incise
Le constructeur supprimera 2 000 postes d'ici 2027, a annoncé mercredi la direction lors d'un comité social et économique extraordinaire. => Le constructeur supprimera 2 000 postes d'ici 2027 | direction | incise
Le dossier sera rouvert, a annoncé lundi le parquet de Vannes lors d'une conférence de presse, sans donner de détails. => Le dossier sera rouvert | parquet | incise
Des milliers de foyers restent privés d'eau, a averti vendredi l'Agence régionale de santé (ARS). => Des milliers de foyers restent privés d'eau | Agence | incise
Les urgences fermeront la nuit, a annoncé l'Agence régionale de santé (ARS) dans un communiqué. => Les urgences fermeront la nuit | Agence | incise
La réforme entrera en vigueur le 1er janvier, a confirmé le gouvernement mercredi. => La réforme entrera en vigueur le 1er janvier | gouvernement | incise
Les négociations reprendront la semaine prochaine, a annoncé le ministère du Travail jeudi dans un communiqué. => Les négociations reprendront la semaine prochaine | ministère | incise
Le suspect a reconnu les faits, a indiqué le procureur de Lorient le 3 mars. => Le suspect a reconnu les faits | procureur | incise
Les pompiers ont maîtrisé le feu, ont rappelé les consignes lors d'une réunion publique. => none
Le maire a inauguré la salle, a présenté le projet lundi aux habitants. => none
La police a bouclé le quartier, a expliqué le dispositif mardi lors d'une réunion. => none
Le chanteur, qui a annoncé lundi sa retraite, a rempli le Zénith. => none
",
    ),
];

#[test]
fn dialogue_turns_and_wire_leads() {
    run_table(
        "dialogue turns and wire-copy leads (session 19)",
        CONSTRUCTIONS,
    );
}
