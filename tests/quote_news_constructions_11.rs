//! A fifteenth batch of constructed sentences for reported speech (issue
//! 14, session 14), written before any rule was changed for it and scored
//! once as written: that first score is the honest estimate of how the
//! rules meet text they were not tuned on. It samples international wire
//! copy translated into French (Reuters, AFP, AP) and regional press: the
//! agency or outlet the words were given to ("a déclaré X à l'agence
//! Reuters", "cité par l'agence Tass"); incises whose complement names a
//! meeting, an interview or a medium; a complement before the inverted
//! subject ("a indiqué dans un communiqué le ministère"); "selon un
//! communiqué de" and "selon" a body; "a fait savoir X par la voix de son
//! porte-parole"; a governing verb before the speech verb ("a tenu à
//! préciser", "s'est empressé de préciser", "n'a pas manqué de rappeler
//! que"); "Et d'ajouter : « … »", "Et de conclure", "avant de conclure :";
//! a long phrase of place or time with its de-chain before "que" ("lors de
//! la réunion des ministres … que"); regional testimonies; an interview's
//! dash turns; then speech-free look-alikes. Expected values follow
//! ../shared/eval/GUIDELINES.md and the conventions of the earlier sets, not
//! the code's output. The invented names are found nowhere else in the
//! repository. `cargo test --test quote_news_constructions_11 --
//! --nocapture` prints the pass rate by construction; the table format is
//! described in tests/support/constructions.rs (a failing case is marked
//! `gap`: the table checks it still fails).
//!
//! First score, before any rule changed (on 7c05aea, 2026-12-01 15:44 UTC):
//! 34 of 52 cases (65.4 %). By construction: the agency or outlet 5/9 (an
//! outlet named by its noun or its own name between the verb and an
//! inverted subject, "à l'agence Reuters", "au Washington Post", "à
//! l'agence Anadolu", "sur la chaîne CNN", is taken as the speaker), incise
//! with a complement 5/5, complement before the inverted subject 4/4,
//! selon 3/4 ("les garde-côtes grecs" missed), a fait savoir 3/4 ("via sa
//! porte-parole que" missed), a governing verb 2/5 ("a tenu à préciser",
//! "a-t-il tenu à rappeler", "s'est empressé de préciser" in an incise
//! unattributed), Et d'ajouter 1/4 ("Et d'ajouter :", "Et de conclure :"
//! unattributed, "Et d'ajouter que" missed), a long phrase before que 2/4
//! ("lors de la réunion des ministres des Affaires étrangères de l'Otan
//! que", "à l'issue d'un entretien avec son homologue chinois que"
//! missed), regional testimonies 4/4, dash turns 0/4 (the answer
//! unattributed, the journalist's question found as a quote), speech-free
//! look-alikes 5/5.
//!
//! After session 14's rules (an outlet's name between an incise's verb and
//! its inverted subject; a governing verb in an incise after the marks):
//! 41 of 52 (78.8 %).
//!
//! Late round (six cases added before its rule, scored on 34e3118): a
//! speech verb the tagger reads as a noun ("juge") after a subject whose
//! apposition or stressed pronoun ends in a comma ("X, lui, juge la mesure
//! « … »", "X, Y, juge la fermeture « … »"): 2 of 6, 43 of 58 in all.
//! After its rule: 5 of 6, 46 of 58 (79.3 %); left: "juge le compromis
//! « décevant mais acceptable »" is found with its speaker but as
//! verb-quote (the tagger reads "décevant" as a present participle, not an
//! adjective attribute).
//! Then five cases of the compass point "Est" capitalised inside a
//! subject ("l'ARS Grand Est l'a répété :", read as the verb "est"): 2 of
//! 5, 48 of 63 in all.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "the agency or outlet the words were given to",
        r"
« Nous n'avons aucune intention de quitter le pays », a déclaré Tamaz Kamaradze à l'agence Reuters. => Nous n'avons aucune intention de quitter le pays | Kamaradze | incise
« Les livraisons reprendront dès que possible », a déclaré à l'agence Reuters un porte-parole de la compagnie. => Les livraisons reprendront dès que possible | porte-parole | incise
Le chef de la diplomatie a déclaré à l'agence Associated Press que les pourparlers étaient suspendus. => les pourparlers étaient suspendus | chef | verb-que
« Il est trop tôt pour parler de victoire », a dit au Washington Post un haut responsable du Pentagone. => Il est trop tôt pour parler de victoire | responsable | incise
Le bilan s'élève à douze morts, a indiqué à l'agence Anadolu le gouverneur de la province. => Le bilan s'élève à douze morts | gouverneur | incise
« Le pays est prêt à négocier », a affirmé le ministre, cité par l'agence officielle Irna. => Le pays est prêt à négocier | ministre | incise
« Nous ne céderons pas au chantage », a déclaré Lars Ekdahl, cité par l'agence suédoise TT. => Nous ne céderons pas au chantage | Ekdahl | incise
La Russie n'a pas l'intention d'attaquer, a déclaré le porte-parole du Kremlin, Viktor Raskine, cité par les agences russes. => La Russie n'a pas l'intention d'attaquer | Raskine | incise
« Ce texte est une erreur », a déclaré sur la chaîne CNN le sénateur républicain Walt Dorrance. => Ce texte est une erreur | Dorrance | incise
",
    ),
    (
        "an incise whose complement names a meeting, an interview or a medium",
        r"
« Nous allons reconstruire », a-t-il dit lors d'une conférence de presse conjointe avec son homologue turc. => Nous allons reconstruire | il | incise
« La situation humanitaire est catastrophique », a-t-elle déclaré jeudi devant le Conseil de sécurité des Nations unies. => La situation humanitaire est catastrophique | elle | incise
« Aucune option n'est exclue », a affirmé dimanche le secrétaire d'État américain dans une interview à la chaîne CBS. => Aucune option n'est exclue | secrétaire | incise
« Nous sommes prêts à reprendre le dialogue », a-t-il déclaré à son arrivée à Bruxelles pour un sommet européen. => Nous sommes prêts à reprendre le dialogue | il | incise
« Nous tiendrons », a écrit sur Telegram le maire de la ville, Oleh Vassylenko. => Nous tiendrons | Vassylenko | incise
",
    ),
    (
        "a complement before the inverted subject",
        r"
« Les deux hommes ont été interpellés », a indiqué dans un communiqué le ministère de l'Intérieur. => Les deux hommes ont été interpellés | ministère | incise
Trois soldats ont été blessés, a annoncé vendredi dans un communiqué l'armée malienne. => Trois soldats ont été blessés | armée | incise
« Cet accord est historique », ont salué dans une déclaration commune les deux dirigeants. => Cet accord est historique | dirigeants | incise
Le vol a été annulé pour des raisons de sécurité, a précisé dans un communiqué la compagnie aérienne. => Le vol a été annulé pour des raisons de sécurité | compagnie | incise
",
    ),
    (
        "selon a statement or a body",
        r"
L'usine restera fermée jusqu'à nouvel ordre, selon un communiqué du groupe publié lundi. => L'usine restera fermée jusqu'à nouvel ordre | communiqué | selon
Selon un communiqué publié mardi par la présidence, le chef de l'État se rendra à Kiev. => le chef de l'État se rendra à Kiev | présidence | selon
gap Le navire a été arraisonné dans les eaux internationales, selon les garde-côtes grecs. => Le navire a été arraisonné dans les eaux internationales | garde-côtes | selon
Selon une porte-parole de l'ONU, Margit Sørvik, l'aide n'arrive plus dans le nord du pays. => l'aide n'arrive plus dans le nord du pays | Sørvik | selon
",
    ),
    (
        "a fait savoir X through a spokesperson",
        r"
Le Kremlin a fait savoir par la voix de son porte-parole qu'il n'y aurait pas de trêve. => il n'y aurait pas de trêve | Kremlin | verb-que
gap La Maison Blanche a fait savoir via sa porte-parole que le président ne se rendrait pas au sommet. => le président ne se rendrait pas au sommet | Blanche | verb-que
« Le président ne commentera pas », a fait savoir l'Élysée par la voix de son porte-parole. => Le président ne commentera pas | Élysée | incise
La joueuse a fait savoir, par l'intermédiaire de son agent, qu'elle ne disputerait pas le tournoi. => elle ne disputerait pas le tournoi | joueuse | verb-que
",
    ),
    (
        "a governing verb before the speech verb",
        r"
« Aucune décision n'a été prise », a tenu à préciser le porte-parole du gouvernement. => Aucune décision n'a été prise | porte-parole | incise
« Nous ne sommes pas en guerre », a-t-il tenu à rappeler. => Nous ne sommes pas en guerre | il | incise
Les écoles resteront ouvertes, a voulu rassurer la ministre. => Les écoles resteront ouvertes | ministre | incise
« Je ne suis candidat à rien », s'est empressé de préciser l'ancien Premier ministre. => Je ne suis candidat à rien | ministre | incise
Le maire n'a pas manqué de rappeler que la commune était en déficit. => la commune était en déficit | maire | verb-que
",
    ),
    (
        "Et d'ajouter, Et de conclure, avant de conclure",
        r"
gap Le ministre a défendu sa réforme. Et d'ajouter : « Nous irons jusqu'au bout. » => Nous irons jusqu'au bout. | ministre | verb-colon
gap La présidente de la région a salué l'accord. Et de conclure : « C'est une bonne journée pour nos agriculteurs. » => C'est une bonne journée pour nos agriculteurs. | présidente | verb-colon
Le procureur a détaillé les faits, avant de conclure : « Cette affaire est hors norme. » => Cette affaire est hors norme. | procureur | verb-colon
gap L'avocat a plaidé l'acquittement. Et d'ajouter que son client n'avait jamais menti. => son client n'avait jamais menti | avocat | verb-que
",
    ),
    (
        "a long phrase of place or time with its de-chain before que",
        r"
gap Le secrétaire général a déclaré lors de la réunion des ministres des Affaires étrangères de l'Otan que l'Alliance restait unie. => l'Alliance restait unie | secrétaire | verb-que
La chancelière a affirmé en marge du sommet du G20 que l'Europe devait investir davantage. => l'Europe devait investir davantage | chancelière | verb-que
gap Le président a estimé à l'issue d'un entretien avec son homologue chinois que le dialogue devait se poursuivre. => le dialogue devait se poursuivre | président | verb-que
Le ministre a assuré dans un entretien accordé au quotidien Le Monde que la réforme serait votée. => la réforme serait votée | ministre | verb-que
",
    ),
    (
        "regional testimonies",
        r"
« On n'a jamais vu ça », souffle Maryvonne, 74 ans, installée dans le quartier depuis un demi-siècle. => On n'a jamais vu ça | Maryvonne | incise
« Les gens ont peur », témoigne une commerçante de la rue Saint-Michel. => Les gens ont peur | commerçante | incise
Le festival aura bien lieu, promet son organisateur, Goulven Trébaol. => Le festival aura bien lieu | Trébaol | incise
« C'est une belle récompense pour toute l'équipe », sourit le chef étoilé, joint par téléphone. => C'est une belle récompense pour toute l'équipe | chef | incise
",
    ),
    (
        "an interview's dash turns",
        r"
Nous avons joint le ministre des Affaires étrangères, Tomas Verhaal. ¶ — Les sanctions vont-elles suffire ? ¶ — Elles ne suffiront pas seules, il faut aussi négocier. => Elles ne suffiront pas seules, il faut aussi négocier. | Verhaal | dialogue-turn
Le navigateur Erwan Quélennec a répondu à nos questions. ¶ — Qu'avez-vous ressenti à l'arrivée ? ¶ — Un immense soulagement, après trois mois en mer. => Un immense soulagement, après trois mois en mer. | Quélennec | dialogue-turn
Entretien avec la directrice du FMI, Kristel Vandamme. ¶ — La récession est-elle inévitable ? ¶ — Non, mais le risque augmente. => Non, mais le risque augmente. | Vandamme | dialogue-turn
Nous avons interrogé l'économiste Paula Ferreira-Lind. ¶ — Faut-il craindre l'inflation ? ¶ — Elle va ralentir d'ici à l'été. => Elle va ralentir d'ici à l'été. | Ferreira-Lind | dialogue-turn
",
    ),
    (
        "a stressed pronoun or an apposition before a verb read as a noun",
        r"
Le sénateur Arnaud Pélissier, lui, juge la mesure « inapplicable en l'état ». => inapplicable en l'état | Pélissier | fragment
La directrice de l'école, Solène Varangue, juge la fermeture « injustifiable ». => injustifiable | Varangue | fragment
Le président du club, lui, juge que l'équipe mérite mieux. => l'équipe mérite mieux | président | verb-que
gap La syndicaliste, elle, juge le compromis « décevant mais acceptable ». => décevant mais acceptable | syndicaliste | fragment
Le maire de Quimperlé, lui, estime que le projet coûte trop cher. => le projet coûte trop cher | maire | verb-que
Le magistrat Paul Ardouin, juge des enfants à Rennes, a présidé l'audience. => none
",
    ),
    (
        "the compass point Est capitalised inside a subject",
        r"
Le directeur de l'ARS Grand Est l'a répété jeudi : aucune maternité ne fermera dans la région. => aucune maternité ne fermera dans la région | directeur | verb-colon
La présidente de la région Grand Est l'a dit : les lycées resteront ouverts. => les lycées resteront ouverts | présidente | verb-colon
Le représentant des pays de l'Est l'a affirmé : la frontière restera ouverte. => la frontière restera ouverte | représentant | verb-colon
Le président de la région Grand Est a déclaré que les lycées rouvriraient lundi. => les lycées rouvriraient lundi | président | verb-que
Le maire a lancé aux élus : « Est-ce vraiment raisonnable ? » => Est-ce vraiment raisonnable ? | maire | verb-colon
",
    ),
    (
        "speech-free look-alikes",
        r"
Le joueur a déclaré forfait lors d'une conférence de presse. => none
Le ministère a publié un communiqué lundi. => none
Le gouvernement a fait savoir son opposition au projet. => none
Le président a tenu à rencontrer les familles des victimes. => none
Selon les régions, les prix varient fortement. => none
",
    ),
];

#[test]
fn news_construction_batch_fifteen() {
    run_table("news batch, session 14 (set 11)", CONSTRUCTIONS);
}
