//! Issue 15's gender contract across an article (session 14, late round):
//! a masculine pronoun ("il") or a role after a masculine determiner ("le
//! magistrat") never joins a person the text gives a feminine cue, and the
//! reverse; it joins the nearest compatible person. The construction: a
//! participle phrase fronted before the clause's subject that holds a role
//! and the name in apposition to it ("Interrogé par la présidente, Sophie
//! X, sur …, il a reconnu"): the participle agrees with the subject after
//! the phrase, not with the name, whose cue is the role's. Then a role of
//! the other gender than the person quoted before ("Le procureur, Thierry
//! X, a requis … Le magistrat a estimé"). Invented articles (the held-out
//! article of set 14 is not copied), written before looking at the code's
//! output on them; format of tests/speaker_attribution_articles.rs
//! (tests/support/attribution.rs).
//!
//! First score, before the rule (on 34e3118, 2026-12-01 17:20 UTC): 6 of
//! 8 articles, quote by quote 9 of 12. The 2 failing articles (marked
//! `gap`) are the fronted participle's: "il" joins the woman named in
//! apposition to "la présidente", and then "Le magistrat" joins her too.
//! The two articles after them (the nearest compatible person: a role
//! right after a titled subject goes to the person quoted further back),
//! written after the participle's rule: 0 of 2 on 13bb4a8.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::score_articles;

/// The constructions, each with its articles.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a fronted participle holding a role and its named apposition, then the subject pronoun",
        r"
Le tribunal correctionnel de Blois a jugé mardi Karim Benhaddou, 41 ans, pour conduite sans permis. ¶ Interrogé par la présidente, Sophie Marchand-Lacoste, sur les raisons de son geste, il a reconnu qu'il avait « perdu la tête » ce soir-là. => perdu la tête | il | Karim Benhaddou | verb-que
L'ancienne trésorière du club de rugby de Millau, Nadia Ferrant, comparaissait jeudi pour abus de confiance. ¶ Questionnée par le président, Bernard Caumes, sur les retraits en espèces, elle a assuré qu'elle avait « toujours rendu l'argent ». => toujours rendu l'argent | elle | Nadia Ferrant | verb-que
La secrétaire d'État au Logement, Émilie Carvès, a visité vendredi le chantier du nouveau quartier de Rezé. ¶ Accueillie par le maire, Joël Barrière, à l'entrée du site, elle a estimé que le projet était « un modèle pour la région ». => un modèle pour la région | elle | Émilie Carvès | verb-que
Le député Lionel Verchère a interpellé mercredi le gouvernement sur la fermeture des bureaux de poste. ¶ Reçu par la ministre, Agnès Thoret, à l'issue de la séance, il a affirmé que « quarante communes » perdraient leur bureau. => quarante communes | il | Lionel Verchère | verb-que
",
    ),
    (
        "a role after a person quoted before: the nearest compatible person, a titled subject of this sentence or the one before first",
        r"
La présidente de la cour d'assises, Martine Oliveau, a ouvert lundi le procès. Elle a indiqué que les débats seraient « longs et difficiles ». ¶ L'avocat général, Pierre Lacassagne, a pris la parole en fin d'après-midi. Le magistrat a affirmé que l'accusé avait « tout planifié ». => longs et difficiles | Elle | Martine Oliveau | verb-que => tout planifié | magistrat | Pierre Lacassagne | verb-que
La maire de Cahors, Isabelle Ferrié, a reçu mercredi les commerçants. Elle a promis que les travaux seraient « terminés avant l'été ». ¶ Le président de la chambre de commerce, Gérard Lapeyre, a pris la parole ensuite. L'élu a estimé que les commerçants avaient « assez attendu ». => terminés avant l'été | Elle | Isabelle Ferrié | verb-que => assez attendu | élu | Gérard Lapeyre | verb-que
Le procureur de Foix, Denis Carrère, a ouvert l'audience. Il a rappelé que le prévenu était « déjà connu de la justice ». ¶ La juge, Anne-Laure Pujol, a ensuite interrogé le prévenu. La magistrate a estimé que ses explications restaient « confuses ». => déjà connu de la justice | Il | Denis Carrère | verb-que => confuses | magistrate | Anne-Laure Pujol | verb-que
Le tribunal correctionnel de Rodez a jugé jeudi Yannick Cabrol pour homicide involontaire. ¶ Interrogé par la présidente, Claire Mazars, sur la soirée de l'accident, il a admis qu'il avait « trop bu ». ¶ Le procureur, Franck Issaly, a requis un an de prison ferme. Le magistrat a jugé que le prévenu avait « mis des vies en danger ». => trop bu | il | Yannick Cabrol | verb-que => mis des vies en danger | magistrat | Franck Issaly | verb-que
L'entraîneur de Montpellier, Didier Fabre, a annoncé mardi son départ. « J'ai tout donné à ce club », a-t-il confié. ¶ Le président du club, Laurent Salvetat, a salué son travail. Le dirigeant a assuré qu'un successeur serait « nommé avant l'été ». => J'ai tout donné à ce club | il | Didier Fabre | incise => nommé avant l'été | dirigeant | Laurent Salvetat | verb-que
La sénatrice Paule Guichard a dénoncé jeudi la fermeture de la ligne. « C'est un abandon », a-t-elle déclaré. ¶ La directrice régionale de la SNCF, Josiane Arnal, a reçu les élus vendredi. La dirigeante a promis que les trains seraient « remplacés par des cars ». => C'est un abandon | elle | Paule Guichard | incise => remplacés par des cars | dirigeante | Josiane Arnal | verb-que
",
    ),
];

#[test]
fn speaker_gender_contract() {
    score_articles("speaker gender contract, session 14", CONSTRUCTIONS);
}
