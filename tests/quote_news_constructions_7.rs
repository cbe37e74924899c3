//! An eleventh batch of constructed sentences for reported speech (issue 14,
//! session 10), written before any rule was changed for it and scored once
//! as written: that first score is the honest estimate of how the rules meet
//! text they were not tuned on. It samples the reporting clauses that news
//! writes and the earlier sets cover little: reporting verbs coordinated
//! under one subject ("a remercié … et rappelé que"), a prepositional phrase
//! with its "de" complement between the verb and an inverted subject,
//! inverted subjects that are organisations named in several words ("Action
//! contre la faim", "Médecins sans frontières"), reporting groups nested in
//! "avant de" clauses, the less common reporting verbs ("a requis", "se
//! souvient", "a martelé", "a tempéré", "a nuancé", "a ironisé", "s'est
//! félicité que", "a déploré que", "a fait valoir que"), judgements with an
//! adjective ("juge urgent que", "estime nécessaire que") and "a prévenu
//! que", nominal cues ("l'annonce, par X, que"), the passive and the
//! impersonal, interviews, and two quotes by two speakers in one sentence;
//! then speech-free look-alikes built on the same words. Expected values
//! follow ../shared/eval/GUIDELINES.md and the conventions of the earlier
//! sets, not the code's output. The invented names are found nowhere else
//! in the repository. `cargo test --test quote_news_constructions_7 --
//! --nocapture` prints the pass rate by construction; the table format is
//! described in tests/support/constructions.rs (a failing case is marked
//! `gap`: the table checks it still fails).
//!
//! First score, before any rule changed (on fabf04b, 2026-12-01 02:46 UTC):
//! 58 of 86 cases (67.4 %); the 28 failing cases were then marked `gap`.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "reporting verbs coordinated under one subject",
        r"
Le maire, Yvonnick Ruellan, a remercié les pompiers et rappelé que la digue avait tenu. => la digue avait tenu | Ruellan | verb-que
La préfète a salué la mobilisation des bénévoles et estimé que le pire était passé. => le pire était passé | préfète | verb-que
Le directeur de l'usine a reconnu des erreurs mais assuré que les emplois seraient maintenus. => les emplois seraient maintenus | directeur | verb-que
La ministre s'est rendue sur place et a promis que les aides seraient versées avant Noël. => les aides seraient versées avant Noël | ministre | verb-que
L'entraîneur a félicité ses joueurs puis souligné que la saison restait longue. => la saison restait longue | entraîneur | verb-que
Les syndicats ont quitté la réunion et dénoncé « un simulacre de négociation ». => un simulacre de négociation | syndicats | verb-quote
Le procureur a requis dix ans de prison et affirmé que l'accusé restait « dangereux ». => l'accusé restait « dangereux » | procureur | verb-que
Vigicrues a levé l'alerte mais indique que la Vienne reste sous surveillance. => la Vienne reste sous surveillance | Vigicrues | verb-que
La sénatrice Maïté Cazaubon a voté contre le texte et expliqué qu'il « ne réglait rien ». => il « ne réglait rien » | Cazaubon | verb-que
",
    ),
    (
        "a prepositional phrase with its de complement before an inverted subject",
        r"
« Nous reconstruirons l'école », a promis à la sortie du conseil municipal le maire de Plouvenec. => Nous reconstruirons l'école | maire | incise
« Le dossier est vide », a affirmé à l'issue de l'audience l'avocat de la défense. => Le dossier est vide | avocat | incise
« Personne ne sera oublié », a assuré au micro de France Bleu la présidente de la région. => Personne ne sera oublié | présidente | incise
« La saison est sauvée », s'est réjoui au terme de la réunion le président du comité. => La saison est sauvée | président | incise
« Rien n'est décidé », a indiqué en marge du sommet de Bruxelles le chef du gouvernement. => Rien n'est décidé | chef | incise
Les négociations reprendront lundi, a annoncé à l'issue de la rencontre le porte-parole du syndicat. => Les négociations reprendront lundi | porte-parole | incise
« On a eu très peur », raconte au lendemain de l'incendie une habitante de l'immeuble. => On a eu très peur | habitante | incise
",
    ),
    (
        "an inverted subject that is an organisation named in several words",
        r"
« La famine menace deux millions de personnes », alerte Action contre la faim. => La famine menace deux millions de personnes | Action | incise
« Les hôpitaux sont bombardés », dénonce Médecins sans frontières. => Les hôpitaux sont bombardés | Médecins | incise
Selon Reporters sans frontières, douze journalistes sont détenus dans le pays. => douze journalistes sont détenus dans le pays | Reporters | selon
« Le fichier est illégal », estime la Ligue des droits de l'homme. => Le fichier est illégal | Ligue | incise
La production a baissé de 4 %, indique Électricité de France. => La production a baissé de 4 % | Électricité | incise
Comme le souligne la Fondation pour la nature et l'homme, les pesticides contaminent les rivières. => les pesticides contaminent les rivières | Fondation | incise
« Les prix vont encore augmenter », prévient l'Union fédérale des consommateurs. => Les prix vont encore augmenter | Union | incise
D'après Familles rurales, le panier de rentrée coûte 8 % de plus. => le panier de rentrée coûte 8 % de plus | Familles | selon
« La saison touristique est compromise », regrette l'Office de tourisme de Saint-Malo. => La saison touristique est compromise | Office | incise
",
    ),
    (
        "a reporting group nested in an avant de clause, or after a fronted one",
        r"
Le ministre a salué le courage des sauveteurs avant d'annoncer que l'état de catastrophe naturelle serait décrété. => l'état de catastrophe naturelle serait décrété | ministre | verb-que
« Nous ne lâcherons rien », a lancé la syndicaliste Roxelane Marzac avant de quitter la salle. => Nous ne lâcherons rien | Marzac | incise
L'avocat a d'abord refusé de commenter, avant d'affirmer que son client était innocent. => son client était innocent | avocat | verb-que
« Le club traverse une crise », a reconnu le président avant d'ajouter qu'il ne démissionnerait pas. => Le club traverse une crise | président | incise => il ne démissionnerait pas | président | verb-que
La directrice a longuement remercié l'équipe, avant de préciser que le service fermerait en août. => le service fermerait en août | directrice | verb-que
Après avoir rencontré les familles, le préfet a assuré que les recherches continueraient. => les recherches continueraient | préfet | verb-que
Le maire a visité le chantier avant de déclarer à la presse : « Les délais seront tenus. » => Les délais seront tenus. | maire | verb-colon
",
    ),
    (
        "less common reporting verbs",
        r"
gap L'avocate générale a requis que la peine soit assortie d'une période de sûreté. => la peine soit assortie d'une période de sûreté | avocate | verb-que
gap « Dix ans d'emprisonnement », a requis le procureur Prosper Sarrailh. => Dix ans d'emprisonnement | Sarrailh | incise
gap L'ancienne institutrice se souvient que l'école comptait alors quatre classes. => l'école comptait alors quatre classes | institutrice | verb-que
« Il n'y avait pas d'électricité », se souvient Aristide, 91 ans. => Il n'y avait pas d'électricité | Aristide | incise
« Nous ne reculerons pas », a martelé le Premier ministre. => Nous ne reculerons pas | ministre | incise
La ministre a martelé que la réforme était « indispensable ». => la réforme était « indispensable » | ministre | verb-que
« Il ne faut pas dramatiser », a tempéré le directeur de l'agence régionale de santé. => Il ne faut pas dramatiser | directeur | incise
Le président du jury a nuancé : « Le niveau reste hétérogène. » => Le niveau reste hétérogène. | président | verb-colon
« Au moins, il ne pleut pas », a ironisé le maire de Kergrist. => Au moins, il ne pleut pas | maire | incise
La fédération s'est félicitée que le texte ait été adopté à l'unanimité. => le texte ait été adopté à l'unanimité | fédération | verb-que
Le syndicat a déploré que les salariés n'aient pas été consultés. => les salariés n'aient pas été consultés | syndicat | verb-que
L'avocat de la commune a fait valoir que l'arrêté respectait la loi. => l'arrêté respectait la loi | avocat | verb-que
La défense a fait valoir que les preuves avaient été obtenues illégalement. => les preuves avaient été obtenues illégalement | défense | verb-que
« La justice a été rendue », s'est félicité l'avocat des parties civiles. => La justice a été rendue | avocat | incise
gap Le député Urbain Lapeyrouse s'est ému que les crédits de la culture baissent encore. => les crédits de la culture baissent encore | Lapeyrouse | verb-que
",
    ),
    (
        "judgements with an adjective, and warnings",
        r"
Le gouverneur de la Banque de France a prévenu que la croissance serait faible cette année. => la croissance serait faible cette année | gouverneur | verb-que
La Haute Autorité de santé juge que le dépistage systématique n'est pas justifié. => le dépistage systématique n'est pas justifié | Autorité | verb-que
gap La ministre estime nécessaire que les maires soient consultés. => les maires soient consultés | ministre | verb-que
gap Les médecins jugent urgent que le gouvernement agisse. => le gouvernement agisse | médecins | verb-que
Le sélectionneur a prévenu ses joueurs que le match serait difficile. => le match serait difficile | sélectionneur | verb-que
L'économiste Ronan Pennarun juge que l'inflation a atteint son pic. => l'inflation a atteint son pic | Pennarun | verb-que
",
    ),
    (
        "nominal cues",
        r"
gap L'annonce, par le ministre, que la maternité fermerait en juin a provoqué la colère des élus. => la maternité fermerait en juin | ministre | speech-noun
La déclaration de la présidente selon laquelle l'usine restera ouverte a rassuré les salariés. => l'usine restera ouverte | présidente | speech-noun
gap L'aveu du directeur que les comptes étaient faux a précipité sa chute. => les comptes étaient faux | directeur | speech-noun
gap La promesse du gouvernement que les impôts ne monteraient pas n'a pas été tenue. => les impôts ne monteraient pas | gouvernement | speech-noun
",
    ),
    (
        "the passive and the impersonal",
        r"
Il a été annoncé par la préfecture que la route rouvrirait lundi. => la route rouvrirait lundi | préfecture | passive
La fermeture de la ligne a été confirmée par la SNCF. => La fermeture de la ligne | SNCF | passive
Il a été décidé que les cours reprendraient lundi. => none
On apprend que la mairie a vendu le terrain. => none
Il est rappelé que le port du casque est obligatoire. => none
Il est reproché au maire d'avoir favorisé son frère. => none
",
    ),
    (
        "interviews",
        r"
gap — Pourquoi partir maintenant ? ¶ — Parce que le moment est venu, répond l'entraîneur. => Parce que le moment est venu | entraîneur | incise
gap — Et vos adversaires ? ¶ — Ils ont des moyens que nous n'avons pas, reconnaît le candidat. => Ils ont des moyens que nous n'avons pas | candidat | incise
Que pensez-vous de la réforme ? « Elle arrive trop tard », répond la syndicaliste Nolwenn Kerbiriou. => Elle arrive trop tard | Kerbiriou | incise
Interrogé sur son avenir, le joueur a répondu qu'il n'avait « rien décidé ». => il n'avait « rien décidé » | joueur | verb-que
À la question de savoir s'il se représentera, le maire répond : « Ce n'est pas le sujet. » => Ce n'est pas le sujet. | maire | verb-colon
",
    ),
    (
        "two quotes by two speakers in one sentence",
        r"
« Nous voulons des garanties », a déclaré le délégué syndical, tandis que la direction a assuré que le site ne fermerait pas. => Nous voulons des garanties | délégué | incise => le site ne fermerait pas | direction | verb-que
Si le maire affirme que le budget est équilibré, l'opposition estime qu'il est « insincère ». => le budget est équilibré | maire | verb-que => il est « insincère » | opposition | verb-que
Le ministre assure que la réforme sera votée ; les syndicats répliquent qu'ils manifesteront. => la réforme sera votée | ministre | verb-que => ils manifesteront | syndicats | verb-que
« C'est une victoire », a réagi le président du club, alors que son adversaire a dénoncé « un arbitrage scandaleux ». => C'est une victoire | président | incise => un arbitrage scandaleux | adversaire | verb-quote
gap Selon la police, 3 000 personnes ont défilé ; selon les organisateurs, elles étaient 10 000. => 3 000 personnes ont défilé | police | selon => elles étaient 10 000 | organisateurs | selon
L'accusé affirme qu'il était chez lui, mais un témoin assure qu'il l'a vu sur place. => il était chez lui | accusé | verb-que => il l'a vu sur place | témoin | verb-que
",
    ),
    (
        "speech-free look-alikes",
        r"
Le maire a remercié les bénévoles et inauguré la salle des fêtes. => none
Le procureur a requis la relaxe. => none
Le vieil homme se souvient de son enfance à la ferme. => none
Le forgeron martèle le fer rouge. => none
L'annonce de la fermeture du site a surpris les salariés. => none
Le comité a jugé les candidats sur dossier. => none
Action contre la faim a ouvert un bureau à Bamako. => none
Les pompiers ont maîtrisé l'incendie avant de quitter les lieux. => none
Le ministre s'est félicité de la baisse du chômage. => none
La défense a fait valoir ses arguments devant la cour. => none
Médecins sans frontières a envoyé une équipe dans la région. => none
Le président du club a salué la performance de ses joueurs. => none
",
    ),
];

/// Cases for the rules added in session 10 after the first score, each
/// seen at least three times in at least two sources.
const RULE_CASES: &[(&str, &str)] = &[
    (
        "a role with its complements, then a name in apposition (written before the rule)",
        r"
« Le feu est fixé », a indiqué à l'AFP le porte-parole des pompiers de l'Hérault, le commandant Loïc Vernassal. => Le feu est fixé | Vernassal | incise
« Nous ne céderons pas », estime le président du groupe centriste au Sénat, Hervé Mallabrègue. => Nous ne céderons pas | Mallabrègue | incise
« Le dossier est complet », a déclaré à l'AFP la directrice de l'agence régionale de santé, Mme Solange Farrouilh. => Le dossier est complet | Farrouilh | incise
« Les recherches continuent », a précisé, jeudi, le procureur de la République de Brest, Yann Kerbastard. => Les recherches continuent | Kerbastard | incise
« Rien n'est décidé », a affirmé au Parisien le secrétaire général du syndicat à la SNCF, Didier Pontcarral. => Rien n'est décidé | Pontcarral | incise
Le porte-parole des pompiers du Gard, le lieutenant Bastien Aurouze, a indiqué que deux personnes avaient été évacuées. => deux personnes avaient été évacuées | Aurouze | verb-que
« Il faut agir », a déclaré le maire de Lyon, lui-même ancien ministre. => Il faut agir | maire | incise
« Le site restera ouvert », a assuré le directeur de l'usine, la plus grande de la vallée. => Le site restera ouvert | directeur | incise
",
    ),
    (
        "a prepositional phrase with its de complements before an inverted subject",
        r"
« Tout est prêt », a assuré à la veille de l'ouverture du salon la directrice. => Tout est prêt | directrice | incise
« La saison commence », a annoncé lors de l'assemblée générale des adhérents le président. => La saison commence | président | incise
« Le pont est fermé », a indiqué sur les ondes de France Bleu, Marylou Cavaignac. => Le pont est fermé | Cavaignac | incise
« Nous partons », a déclaré à l'AFP Gwendal Morvézen. => Nous partons | Morvézen | incise
« Rien n'est réglé », a-t-il déclaré à l'issue de la réunion. => Rien n'est réglé | il | incise
",
    ),
    (
        "a clause coordinated to the reporting clause with a report of its own",
        r"
Le maire affirme que la piscine rouvrira, mais l'opposition doute qu'elle soit prête. => la piscine rouvrira | maire | verb-que => elle soit prête | opposition | verb-que
La direction estime que le plan est viable et les syndicats jugent qu'il est « irréaliste ». => le plan est viable | direction | verb-que => il est « irréaliste » | syndicats | verb-que
Le préfet a dit que la route était coupée et que les secours arrivaient. => la route était coupée et que les secours arrivaient | préfet | verb-que
Le capitaine semblait plutôt craindre qu'aimer la mer. => none
",
    ),
    (
        "a past participle sharing the auxiliary of an earlier verb",
        r"
La commission a examiné le dossier et conclu que le projet était viable. => le projet était viable | commission | verb-que
Le juge a entendu les parties puis rappelé : « La loi est claire. » => La loi est claire. | juge | verb-colon
La ministre avait visité l'usine et promis que les emplois seraient sauvés. => les emplois seraient sauvés | ministre | verb-que
Le maire a inauguré la salle et remercié les bénévoles. => none
La loi a été votée et promulguée en mai. => none
",
    ),
];

#[test]
fn news_construction_batch_eleven() {
    run_table("news batch, session 10 (set 7)", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_eleven_rules() {
    run_table("news batch, session 10 (set 7), rule cases", RULE_CASES);
}
