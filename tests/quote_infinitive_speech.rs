//! Reported speech whose content is a bare infinitive clause after a
//! finite speech verb (issue 14, session 12): "a dit vouloir …", "dit
//! espérer …", "estime pouvoir …", "assure ne pas savoir …", "affirme
//! avoir …", "a déclaré être …"; the speaker is the verb's subject. The
//! GUIDELINES mark these items optional in the evaluation sets; this table
//! asserts them as found (rule `verb-infinitive`) to check the rule, and
//! keeps speech-free look-alikes ("a dit au revoir", "veut dire", "dit
//! adieu", "affirme sa volonté de") as controls. Evidence for the
//! construction: tuned CoNLL-U 2 ("disait vouloir", Sequoia; "espère
//! pouvoir", GSD), Wikinews dev 1 ("a dit espérer que"), fr-litbank 1
//! ("disait entendre"), held-out sets 2 ("a dit vouloir rouvrir", "a dit
//! vouloir donner"). The invented names are found nowhere else in the
//! repository. The table format is described in tests/support/constructions.rs
//! (a failing case is marked `gap`: the table checks it still fails).
//!
//! First score, before the rule (on a90b1f7, 2026-12-01 12:10 UTC):
//! 7 of 13 cases (53.8 %); the 6 failing cases were then marked `gap`.
//! By construction: modal or auxiliary infinitive 2/8 (only "avoir" and
//! "être" right after the verb were read), look-alikes 5/5. With the rule
//! (modals in `infinitive_aux`, a negation skipped, verbs of opinion
//! taking a modal): 13 of 13; then "croit savoir que" was added (14/14).
//! Session 17: a verb of wish the speech verb's group grew over ("a dit
//! espérer une décision", held-out set 16; Wikinews dev "a dit espérer
//! que") reports from the wish verb: 2 of 5 before (the modal case and the
//! speech-free control), 5 of 5 after.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a speech verb and a modal or auxiliary infinitive",
        r"
Le sélectionneur Gaëtan Vurpillot a dit vouloir titulariser deux jeunes attaquants. => vouloir titulariser deux jeunes attaquants | Vurpillot | verb-infinitive
La présidente du département a dit vouloir rouvrir la maternité. => vouloir rouvrir la maternité | présidente | verb-infinitive
L'entraîneur estime pouvoir remporter le championnat cette saison. => pouvoir remporter le championnat cette saison | entraîneur | verb-infinitive
Le ministre assure ne pas savoir qui a donné l'ordre. => ne pas savoir qui a donné l'ordre | ministre | verb-infinitive
La maire Odile Trancart affirme devoir fermer deux écoles. => devoir fermer deux écoles | Trancart | verb-infinitive
Le maire affirme avoir reçu des menaces. => avoir reçu des menaces | maire | verb-infinitive
Le président a déclaré être satisfait du résultat. => être satisfait du résultat | président | verb-infinitive
L'accusé affirme n'avoir jamais rencontré la victime. => n'avoir jamais rencontré la victime | accusé | verb-infinitive
Le quotidien Le Parisien croit savoir que la ministre va démissionner. => savoir que la ministre va démissionner | Parisien | verb-infinitive
",
    ),
    (
        "a speech verb and a verb of wish (session 17)",
        r"
La juge Armelle Quérinec a dit espérer une décision de la cour avant l'été. => espérer une décision de la cour avant l'été | Quérinec | verb-infinitive
Le ministre a déclaré souhaiter un accord rapide avec les syndicats. => souhaiter un accord rapide avec les syndicats | ministre | verb-infinitive
Le maire affirme espérer une réouverture de la piscine en mars. => espérer une réouverture de la piscine en mars | maire | verb-infinitive
La présidente a dit espérer pouvoir conclure avant l'été. => pouvoir conclure avant l'été | présidente | verb-infinitive
Le syndicat espère une hausse des salaires. => none
",
    ),
    (
        "speech-free look-alikes",
        r"
Le joueur a dit au revoir à ses supporters. => none
Cela veut dire beaucoup pour le club. => none
Le chanteur dit adieu à la scène. => none
Le président affirme sa volonté de réformer le pays. => none
Le ministre a dit son pouvoir de décision limité. => none
",
    ),
];

#[test]
fn infinitive_speech() {
    run_table("speech verb and infinitive, session 12", CONSTRUCTIONS);
}
