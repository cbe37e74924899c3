//! The speaker of a quote after a purpose infinitive of saying ("pour
//! réclamer « … »"): the subject of the finite verb the infinitive hangs on,
//! found back over a locution inside the verb group ("de son côté", "pour
//! sa part", "à son tour", "lui aussi") and a complement of several words
//! ("au ministre de la Santé"). Session 21 (issue 14 item 4): the look-back
//! read 8 raw tokens, so a locution plus a longer complement lost the verb
//! and the quote had no speaker; it now counts words (a locution one, the
//! determiners and prepositions none). Evidence: held-out set 21 (1), the
//! locution inside a group before a quote or cue in tuned Wikinews dev ("a
//! pour sa part indiqué", "ont pour leur part", "a de son côté confirmé")
//! and tuned UD ("a pour sa part dégelé « … »", "a quant à lui prévenu :"),
//! invented cases here. Names are invented. First score on main ae1525d:
//! 4 of 10 (the six locution cases with a long complement had no speaker);
//! with the rule 9 of 10 ("quant à lui" stays a gap: its subject is lost
//! even with a short complement, not by the reach).

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a locution in the group, a long complement, a purpose infinitive of saying",
        r"
Le maire, Didier Lecomte, a de son côté écrit au ministre de la Santé pour réclamer « des moyens d’urgence ». => des moyens d’urgence | maire | verb-quote
La sénatrice Maëlle Guérindon a pour sa part écrit au président de la région pour demander « un moratoire immédiat ». => un moratoire immédiat | Guérindon | verb-quote
Les syndicats ont pour leur part adressé une lettre au directeur de l’hôpital pour exiger « le retour des lits fermés ». => le retour des lits fermés | syndicats | verb-quote
La préfète a à son tour écrit aux maires du département pour rappeler « les règles en vigueur ». => les règles en vigueur | préfète | verb-quote
Le bâtonnier Aurélien Vasselot a lui aussi écrit au garde des Sceaux de la République pour réclamer « des moyens supplémentaires ». => des moyens supplémentaires | Vasselot | verb-quote
gap Le député Florian Mazurel a quant à lui écrit au ministre de la Justice pour dénoncer « une décision arbitraire ». => une décision arbitraire | Mazurel | verb-quote
",
    ),
    (
        "controls: no locution or a short complement; no speech verb nor infinitive of saying",
        r"
Le maire a écrit au ministre de la Santé pour réclamer « des moyens d’urgence ». => des moyens d’urgence | maire | verb-quote
Le maire a de son côté écrit au préfet pour réclamer « des moyens d’urgence ». => des moyens d’urgence | maire | verb-quote
Le maire a de son côté vendu la maison de la famille pour acheter « La Bergerie ». => none
Le club a pour sa part rénové le stade de la ville pour accueillir le « Tournoi des Six Nations ». => none
",
    ),
];

#[test]
fn infinitive_governor_reach() {
    run_table(
        "governing verb of a purpose infinitive, session 21",
        CONSTRUCTIONS,
    );
}
