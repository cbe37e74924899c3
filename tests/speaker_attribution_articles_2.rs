//! A second constructed set of multi-paragraph articles on speaker
//! attribution across sentences and paragraphs (issue 14, session 15), in
//! domains the first set (tests/speaker_attribution_articles.rs) has few
//! of: sport, court, business, health, diplomacy, culture. Each article
//! names two or three people and quotes them several times: an event's
//! role ("la lauréate", "le prévenu", "l'ancien entraîneur") or a
//! nationality ("l'Italienne", "le ministre malien") for someone named
//! before; two people of one family with the same surname and different
//! first names; pronouns and surname-only mentions at the head of a
//! paragraph when two people alternate; a headline "Nom : « … »" and a
//! headline quote whose speaker the article names later; a quote opening a
//! paragraph before its speaker is named; an interview in dialogue dashes
//! after "Nous l'avons joint" (the journalist's questions are no items,
//! GUIDELINES). Written from French press usage before looking at the
//! code's output on it; the invented people are found nowhere else in the
//! repository.
//!
//! Format and checker: tests/support/attribution.rs (`text => fragment |
//! mention | name | rule`, one group per expected quote in text order, `¶`
//! a paragraph break, `gap ` a known gap). `cargo test --test
//! speaker_attribution_articles_2 -- --nocapture` prints the pass rate by
//! construction and the count quote by quote.
//!
//! First score, before any rule changed (on d49de6f, 2026-12-01 18:40 UTC):
//! 1 of 12 articles (8.3 %); quote by quote 24 of 39 right (61.5 %), and 2
//! found quotes no group expects (the interview's questions). The 11
//! failing articles were then marked `gap`: "la lauréate", "le prévenu",
//! "la nouvelle présidente" and the headline's "le maire" left unresolved;
//! "l'ancien entraîneur" and "le ministre malien" given to the latest
//! person of the role's head, not the one the complement or adjective
//! names; "Selon lui" and "a-t-il" at a paragraph's head with the only man
//! named in a coordinated subject unresolved; "a-t-elle" after a
//! surname-only subject ("Vermenouze s'inquiète") given to the other
//! woman; the headline "Nom : « … »" with the surname alone as mention; a
//! quote before its speaker's name given to the club named before; the
//! interview's answers unattributed and its questions taken as quotes.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::score_articles;

/// The constructions, each with its articles.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "an event's role or a nationality for someone named before",
        r"
gap La Française Clémence Rabastens a remporté dimanche le tournoi de Montpellier en battant en finale l'Italienne Giulia Ferracane (6-4, 6-3). ¶ « J'ai enfin retrouvé mon service », a expliqué la lauréate en conférence de presse. ¶ L'Italienne a reconnu la supériorité de son adversaire. « Elle a mieux joué les points importants », a admis Ferracane. ¶ Rabastens a précisé qu'elle renoncerait au tournoi de Doha pour soigner son genou. => J'ai enfin retrouvé mon service | lauréate | Clémence Rabastens | incise => Elle a mieux joué les points importants | Ferracane | Giulia Ferracane | incise => elle renoncerait au tournoi de Doha | Rabastens | Clémence Rabastens | verb-que
Le tribunal correctionnel de Rodez a jugé jeudi Damien Escoubès, 34 ans, poursuivi pour escroquerie. La présidente, Odile Verniolle, l'a interrogé pendant une heure. ¶ « Je voulais rembourser tout le monde », a assuré le prévenu. ¶ La procureure, Agnès Rouffiac, a requis deux ans de prison. « Il a trompé quarante familles », a-t-elle lancé. ¶ Son avocat, Me Julien Cabanac, a plaidé la clémence. Selon lui, son client « a tout perdu ». ¶ La présidente a annoncé que le jugement serait rendu le 4 avril. => Je voulais rembourser tout le monde | prévenu | Damien Escoubès | incise => Il a trompé quarante familles | elle | Agnès Rouffiac | incise => son client « a tout perdu » | lui | Julien Cabanac | selon => le jugement serait rendu le 4 avril | présidente | Odile Verniolle | verb-que
gap Le FC Sète a limogé lundi son entraîneur, Frédéric Almayrac, après six défaites consécutives. ¶ Le président du club, Serge Pujolas, assume ce choix. « Les résultats ne suivaient plus, il fallait un électrochoc », a-t-il expliqué. ¶ L'ancien entraîneur a annoncé qu'il contesterait son licenciement devant les prud'hommes. => Les résultats ne suivaient plus | il | Serge Pujolas | incise => il contesterait son licenciement | entraîneur | Frédéric Almayrac | verb-que
gap Le ministre des Affaires étrangères, Paul Tessonnière, a reçu vendredi à Paris son homologue malien, Ousmane Traoré-Keita. ¶ « La France ne quittera pas le Sahel sur un malentendu », a déclaré le ministre français à l'issue de l'entretien. ¶ Le ministre malien a réclamé « des excuses » pour les propos tenus en mars. Selon lui, la coopération militaire reste suspendue. ¶ « Nous avons tourné la page », a pourtant assuré M. Tessonnière. => La France ne quittera pas le Sahel | ministre | Paul Tessonnière | incise => des excuses | ministre | Ousmane Traoré-Keita | verb-quote => la coopération militaire reste suspendue | lui | Ousmane Traoré-Keita | selon => Nous avons tourné la page | Tessonnière | Paul Tessonnière | incise
",
    ),
    (
        "two people of one family, two people alternating: surnames, M. / Mme, pronouns at a paragraph's head",
        r"
gap Le groupe Vayssade change de patron. Bernard Vayssade, 68 ans, cède la présidence à sa fille, Anne Vayssade. ¶ « Il était temps de passer la main », a déclaré Bernard Vayssade lors de l'assemblée générale. ¶ « Mon père m'a appris à ne jamais licencier pour rassurer la Bourse », a affirmé la nouvelle présidente. Elle a annoncé que l'usine de Figeac serait agrandie. ¶ Selon M. Vayssade, le groupe ne sera jamais vendu. => Il était temps de passer la main | Bernard Vayssade | Bernard Vayssade | incise => Mon père m'a appris | présidente | Anne Vayssade | incise => l'usine de Figeac serait agrandie | Elle | Anne Vayssade | verb-que => le groupe ne sera jamais vendu | Vayssade | Bernard Vayssade | selon
Le directeur de l'agence régionale de santé, Marc Estrabaut, a présenté mardi son plan contre les déserts médicaux. Le président de l'ordre des médecins, Yves Calmeilhac, dénonce « un pansement sur une jambe de bois ». ¶ « Nous allons financer vingt maisons de santé d'ici 2027 », a assuré M. Estrabaut. Il a reconnu que le recrutement restait difficile. ¶ Le docteur Calmeilhac juge ces chiffres trompeurs. « Une maison de santé sans médecin, c'est un bâtiment vide », a-t-il ironisé. ¶ Le directeur de l'agence a assuré que les premiers médecins arriveraient en septembre. => un pansement sur une jambe de bois | Yves Calmeilhac | Yves Calmeilhac | verb-quote => Nous allons financer vingt maisons | Estrabaut | Marc Estrabaut | incise => le recrutement restait difficile | Il | Marc Estrabaut | verb-que => Une maison de santé sans médecin | il | Yves Calmeilhac | incise => les premiers médecins arriveraient | directeur | Marc Estrabaut | verb-que
La députée Nadia Belkhacem et le président de la chambre d'agriculture, Rémi Soulayrol, ont visité mercredi les vignes grêlées de Gaillac. ¶ « Certaines exploitations ont perdu toute leur récolte », a constaté la députée. ¶ Selon lui, l'État doit indemniser les viticulteurs sans attendre. « Les assurances ne couvrent que la moitié des pertes », a-t-il expliqué. ¶ Elle a assuré qu'elle saisirait le ministre dès lundi. => Certaines exploitations ont perdu | députée | Nadia Belkhacem | incise => l'État doit indemniser les viticulteurs | lui | Rémi Soulayrol | selon => Les assurances ne couvrent que la moitié | il | Rémi Soulayrol | incise => elle saisirait le ministre | Elle | Nadia Belkhacem | verb-que
gap La maire de Figeac, Christine Labarrère, et la présidente de l'association des commerçants, Josiane Vermenouze, ont présenté lundi le nouveau plan de circulation. ¶ « Le centre-ville doit redevenir un lieu de promenade », a souligné Mme Labarrère. ¶ Vermenouze s'inquiète pour les livraisons. « Nos fournisseurs ne pourront plus se garer », a-t-elle averti. ¶ Labarrère a promis que des places de livraison seraient créées. => Le centre-ville doit redevenir | Labarrère | Christine Labarrère | incise => Nos fournisseurs ne pourront plus | elle | Josiane Vermenouze | incise => des places de livraison seraient créées | Labarrère | Christine Labarrère | verb-que
",
    ),
    (
        "headlines, a quote before its speaker's name, an interview",
        r"
gap Millau : « Le viaduc n'est pas à vendre », prévient le maire ¶ Le maire de Millau, Henri Costecalde, a démenti mardi les rumeurs de privatisation du viaduc. « Aucune discussion n'a jamais eu lieu avec un investisseur », a-t-il affirmé. ¶ L'opposition municipale, menée par Sylvie Aussel, réclame pourtant un débat. « Le maire cache des choses aux habitants », accuse-t-elle. => Le viaduc n'est pas à vendre | maire | Henri Costecalde | incise => Aucune discussion n'a jamais eu lieu | il | Henri Costecalde | incise => Le maire cache des choses | elle | Sylvie Aussel | incise
gap Mathilde Arcangues : « Mon film parle de ceux qu'on n'écoute jamais » ¶ La réalisatrice présente cette semaine à Cannes son deuxième long métrage, tourné dans les Cévennes avec des acteurs amateurs. ¶ Son producteur, Vincent Lagardelle, reconnaît que le pari était risqué. « Aucune chaîne ne voulait nous suivre », ajoute-t-il. => Mon film parle de ceux | Mathilde Arcangues | Mathilde Arcangues | headline-colon => le pari était risqué | Vincent Lagardelle | Vincent Lagardelle | verb-que => Aucune chaîne ne voulait nous suivre | il | Vincent Lagardelle | incise
Le FC Sète a limogé lundi son entraîneur, Frédéric Almayrac. ¶ « Je ne m'y attendais pas du tout. J'ai appris la nouvelle par un texto. » Joint par téléphone, Frédéric Almayrac ne cache pas son amertume. ¶ Le président du club, Serge Pujolas, a assuré que la décision avait été prise à l'unanimité. => Je ne m'y attendais pas du tout | Frédéric Almayrac | Frédéric Almayrac | attribution => la décision avait été prise | Serge Pujolas | Serge Pujolas | verb-que
Le navigateur Yann Kerdrézec a bouclé samedi son tour du monde en solitaire. Nous l'avons joint à son arrivée à Brest. ¶ — Comment vous sentez-vous ? ¶ — Épuisé, mais heureux. Les dix derniers jours ont été très durs. ¶ — Repartirez-vous ? ¶ — Pas tout de suite. Je dois d'abord retrouver ma famille. => Épuisé, mais heureux | Kerdrézec | Yann Kerdrézec | dialogue-turn => Je dois d'abord retrouver ma famille | Kerdrézec | Yann Kerdrézec | dialogue-turn
",
    ),
    (
        "a sentence opened by \"Puis\" with no verb before its colon goes on with the subject of the sentence before",
        r"
Le skipper Tanguy Le Querrec est resté longtemps silencieux sur le ponton de Lorient. Puis, la voix brisée : « J'ai cru que je ne reverrais jamais la terre. » => J'ai cru que je ne reverrais jamais | Tanguy Le Querrec | Tanguy Le Querrec | colon
La prévenue, Sandrine Morvillers, a longtemps regardé ses mains. Puis, sans lever les yeux : « Je demande pardon aux familles. » => Je demande pardon aux familles | Sandrine Morvillers | Sandrine Morvillers | colon
L'entraîneur Patrice Galmeron a d'abord félicité ses joueurs. ¶ Il a ensuite haussé le ton devant les journalistes. Puis, après un long silence : « Nous n'avons pas le droit de jouer comme ça. » => Nous n'avons pas le droit | Il | Patrice Galmeron | colon
La ministre de la Culture, Odette Vasseral, a visité le chantier de la cathédrale. Elle a longuement écouté les compagnons. Et puis, en quittant les lieux : « Ce que vous faites ici est admirable. » => Ce que vous faites ici | Elle | Odette Vasseral | colon
",
    ),
];

#[test]
fn speaker_attribution_articles_2() {
    score_articles(
        "speaker attribution in multi-paragraph articles, second set, session 15",
        CONSTRUCTIONS,
    );
}
