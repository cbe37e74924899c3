//! Two constructions of issue 14 (session 19), written with invented names
//! (format: tests/support/constructions.rs; expected values follow
//! ../shared/eval/GUIDELINES.md, not the code's output).
//!
//! 1. Two turns of a dialogue inside one pair of marks: the turn away from
//!    the incise is spoken by whom the other turn addresses, a title or a
//!    family word as much as a name ("— Toujours, capitaine !"). A
//!    vocative with no role ("madame", "mon ami") names no one.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

const CONSTRUCTIONS: &[(&str, &str)] = &[(
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
)];

#[test]
fn dialogue_turns_and_wire_leads() {
    run_table(
        "dialogue turns and wire-copy leads (session 19)",
        CONSTRUCTIONS,
    );
}
