//! A definite role with a gender cue refers back to the one named person
//! whose cues agree, however far back, when another named person's cues
//! contradict it (held-out set 17 a02: "… contre Raymond Chaptal, 61 ans
//! … « … », a lancé la procureure, Hélène Garrigues … Le prévenu a de
//! nouveau nié …, Il a affirmé": the role stayed an anonymous "prévenu").
//! Evidence: held-out set 17 a02 (one source, one role and the pronoun
//! after it, 2 quotes); invented 3 here; the tuned Wikinews dev articles,
//! UD and fr-litbank 0 (no speaker changes there). Controls: an
//! indefinite ("Un témoin": someone new), a role with its own complement,
//! two named people who agree (no one singled out), no one contradicting
//! (nothing singles the person out: unchanged). Gap: a masculine
//! prosecutor quoted last still takes "le prévenu" (the person quoted
//! comes first). Format as in `speaker_attribution_fresh_3.rs`: `text =>
//! fragment | mention | name | rule`; invented names.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a role with a gender cue refers back to the one named person who agrees",
        r"
Le procès de Raymond Vasseron, 61 ans, propriétaire de l'immeuble, s'est ouvert mercredi devant le tribunal de Valmorin, où quatre locataires avaient trouvé la mort dans l'incendie de 2024. « Monsieur Vasseron savait. Il savait que l'installation électrique était dangereuse, il savait que les extincteurs étaient vides », a lancé la procureure, Hélène Garmier, dans un réquisitoire d'une heure et demie. Le prévenu a affirmé à la barre qu'il n'avait « jamais été alerté » par ses locataires. => Monsieur Vasseron savait | procureure | Hélène Garmier | incise => jamais été alerté | prévenu | Raymond Vasseron | verb-que
Le procès de Nadia Ferrandou, 44 ans, ancienne comptable de la mairie, s'est ouvert lundi devant le tribunal correctionnel de Brévannes, pour des détournements estimés à 300 000 euros sur six ans. « Elle a puisé dans la caisse comme dans son propre porte-monnaie, sans jamais se cacher de personne », a tonné l'avocat de la commune, Me Marc Ollivant, devant une salle comble. La prévenue a assuré qu'elle avait « tout remboursé » depuis. => Elle a puisé | avocat | Marc Ollivant | incise => tout remboursé | prévenue | Nadia Ferrandou | verb-que
Michel Ortéga, 64 ans, vit depuis quarante ans dans la maison que la commune veut raser pour élargir la route départementale qui traverse le hameau. « Nous avons proposé trois relogements, tous refusés, et le chantier ne peut plus attendre », a expliqué la maire, Claire Dubosquet, lors du conseil municipal de jeudi soir, devant une trentaine d'habitants venus en voisins. Le retraité a répondu qu'il ne partirait « que les pieds devant ». => Nous avons proposé | maire | Claire Dubosquet | incise => que les pieds devant | retraité | Michel Ortéga | verb-que
gap Le procès de Raymond Vasseron, 61 ans, propriétaire de l'immeuble, s'est ouvert mercredi devant le tribunal de Valmorin, où quatre locataires avaient trouvé la mort dans l'incendie de 2024. « Monsieur Vasseron savait. Il savait que l'installation électrique était dangereuse, il savait que les extincteurs étaient vides », a lancé le procureur, Hugues Garmier, dans un réquisitoire d'une heure et demie. Le prévenu a affirmé à la barre qu'il n'avait « jamais été alerté » par ses locataires. => Monsieur Vasseron savait | procureur | Hugues Garmier | incise => jamais été alerté | prévenu | Raymond Vasseron | verb-que
",
    ),
    (
        "someone new, a role with a complement, two who agree, no one contradicting: unchanged",
        r"
Le procès de Raymond Vasseron, 61 ans, propriétaire de l'immeuble, s'est ouvert mercredi devant le tribunal de Valmorin, où quatre locataires avaient trouvé la mort dans l'incendie de 2024. « Monsieur Vasseron savait. Il savait que l'installation électrique était dangereuse, il savait que les extincteurs étaient vides », a lancé la procureure, Hélène Garmier, dans un réquisitoire d'une heure et demie. Un témoin a affirmé à la barre qu'il n'avait « jamais été alerté » par les locataires. => Monsieur Vasseron savait | procureure | Hélène Garmier | incise => jamais été alerté | témoin | Un témoin | verb-que
Michel Ortéga, 64 ans, vit depuis quarante ans dans la maison que la commune veut raser pour élargir la route départementale qui traverse le hameau. « Nous avons proposé trois relogements, tous refusés, et le chantier ne peut plus attendre », a expliqué la maire, Claire Dubosquet, lors du conseil municipal de jeudi soir, devant une trentaine d'habitants venus en voisins. Le porte-parole du collectif a répondu que les habitants ne partiraient « que contraints ». => Nous avons proposé | maire | Claire Dubosquet | incise => que contraints | porte-parole | Le porte-parole du collectif | verb-que
Le procès de Raymond Vasseron, 61 ans, propriétaire de l'immeuble, et de son gérant, Paul Sarrazin, s'est ouvert mercredi devant le tribunal de Valmorin, où quatre locataires avaient trouvé la mort dans l'incendie de 2024. « Monsieur Vasseron savait. Il savait que l'installation électrique était dangereuse, il savait que les extincteurs étaient vides », a lancé la procureure, Hélène Garmier, dans un réquisitoire d'une heure et demie. Le prévenu a affirmé à la barre qu'il n'avait « jamais été alerté » par ses locataires. => Monsieur Vasseron savait | procureure | Hélène Garmier | incise => jamais été alerté | prévenu | Le prévenu | verb-que
Le procès de Raymond Vasseron, 61 ans, propriétaire de l'immeuble, s'est ouvert mercredi devant le tribunal de Valmorin, où quatre locataires avaient trouvé la mort dans l'incendie de 2024. Selon l'accusation, l'installation électrique était dangereuse depuis des années et les extincteurs étaient vides depuis au moins 2021, ce que plusieurs témoins ont confirmé à la barre pendant la matinée. Le prévenu a affirmé qu'il n'avait « jamais été alerté » par ses locataires. => installation électrique | accusation | l'accusation | selon => jamais été alerté | prévenu | Le prévenu | verb-que
",
    ),
];

#[test]
fn speaker_role_one_agreeing() {
    score_table(
        "a role refers back to the one named person whose cues agree",
        CONSTRUCTIONS,
        parse,
    );
}
