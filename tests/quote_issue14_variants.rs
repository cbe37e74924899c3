//! An audit of issue 14's "What fails on unseen text" list (session 18):
//! each of its 11 constructions holds the issue's own example sentences
//! (completed where the issue elides them) first, then new variants written
//! for this audit, with invented names, other verbs and word orders, as
//! French news phrases them. Expected values follow
//! ../shared/eval/GUIDELINES.md and the conventions of the earlier tables
//! (tests/quote_rules.rs, tests/quote_news_constructions_*.rs), not the
//! code's output. The table format is described in
//! tests/support/constructions.rs: a line marked `gap` is a known failure
//! that the table checks still fails. `cargo test --test
//! quote_issue14_variants -- --nocapture` prints the pass rate by
//! construction.
//!
//! First score (on 969750b, 2026-12-02 01:25 UTC): 124 of 135 cases.
//! The gaps and why they fail:
//! - 1: a headline speaker followed by an age apposition ("Jeanne
//!   Hollier, 92 ans : « … »") gave a `colon` quote with no speaker (fixed
//!   with tests/quote_single_sentence_gaps.rs). (The same with a party in
//!   parentheses, "Arnaud Kerbrat (PS) : « … »", 0 of 5 at first, was fixed
//!   by the next commit.)
//! - 4: "n'a pas écarté la possibilité que" stayed no report, as
//!   tests/quote_rules.rs then settled it, although the issue lists it as
//!   speech; session 20 follows the issue (tests/quote_content_nouns.rs).
//! - 8: a first turn whose addressee in the second turn is a common noun or
//!   a title ("Toujours, capitaine !", "Grâce à toi, papa !", "monsieur le
//!   maire") got no speaker; a proper name there was found (fixed in
//!   session 19 with tests/quote_dialogue_and_leads.rs).
//! - 10: "montre que" after a study was not a reporting verb (also a gap in
//!   tests/quote_news_constructions_6.rs), while "révèle que" was (fixed
//!   with tests/quote_single_sentence_gaps_2.rs, session 19).

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions of issue 14, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "1. headlines: a speaker before a colon, selon at the end",
        r"
Emmanuel Macron : « Nous sommes en guerre » => Nous sommes en guerre | Macron | headline-colon
Chômage : 75 000 emplois menacés selon la CGT => 75 000 emplois menacés | CGT | selon
Fabienne Quéméneur : « Je ne serai pas candidate en 2027 » => Je ne serai pas candidate en 2027 | Quéméneur | headline-colon
Le syndicat Sud-Rail : « La grève continuera jusqu'à Noël » => La grève continuera jusqu'à Noël | syndicat | headline-colon
Logement : les loyers ont bondi de 8 % en un an d'après l'Observatoire Clameur => les loyers ont bondi de 8 % en un an | Observatoire | selon
Incendies : « La forêt landaise ne s'en remettra pas », alerte Baptiste Lhermitte => La forêt landaise ne s'en remettra pas | Lhermitte | incise
Grève à la SNCF : « Nous irons jusqu'au bout », prévient la CGT-Cheminots => Nous irons jusqu'au bout | CGT-Cheminots | incise
Le Premier ministre : « Il n'y aura pas de hausse d'impôts » => Il n'y aura pas de hausse d'impôts | ministre | headline-colon
Retraites : la réforme coûtera 12 milliards, selon la Cour des comptes => la réforme coûtera 12 milliards | Cour | selon
Arnaud Kerbrat (PS) : « Cette loi est une erreur » => Cette loi est une erreur | Kerbrat | headline-colon
Nadège Villaret (LR) : « Le gouvernement a menti » => Le gouvernement a menti | Villaret | headline-colon
Le maire de Grenoble (EELV) : « Nous ne céderons pas » => Nous ne céderons pas | maire | headline-colon
Olivier Brunel-Sarda (CFDT) : « Le dialogue social est rompu » => Le dialogue social est rompu | Brunel-Sarda | headline-colon
Le sénateur Yves Dambrine (UDI) : « Ce budget est insincère » => Ce budget est insincère | Dambrine | headline-colon
Jeanne Hollier, 92 ans : « J'ai connu la guerre » => J'ai connu la guerre | Hollier | headline-colon
",
    ),
    (
        "2. what opens the sentence is not its subject",
        r"
Plus tard, Jean Dupont, président de l'Assemblée, a fait voter la loi puis a déclaré qu'« il faut aller plus loin ». => il faut aller plus loin | Dupont | verb-que
De son côté, la ministre fait savoir que le dispositif sera prolongé. => le dispositif sera prolongé | ministre | verb-que
Sur Twitter, Paul Durand (UMP) a dénoncé un « déni de démocratie ». => déni de démocratie | Durand | verb-quote
Pour la première fois, le gouvernement recule. => none
Dans un entretien au Parisien, Solène Karadec, adjointe aux sports, a assuré que la piscine rouvrirait en mars. => la piscine rouvrirait en mars | Karadec | verb-que
Lors d'une conférence de presse, le préfet Ambroise Delattre a indiqué que trois personnes avaient été interpellées. => trois personnes avaient été interpellées | Delattre | verb-que
Sur France Inter, le député Florian Vasseur (LFI) a fustigé un « budget d'austérité ». => budget d'austérité | Vasseur | verb-quote
Quant à lui, le directeur de l'hôpital fait savoir que les urgences resteront ouvertes. => les urgences resteront ouvertes | directeur | verb-que
Pour la deuxième année consécutive, la commune augmente ses impôts. => none
Interrogée par franceinfo, la députée Romane Castellac a estimé que le texte était « mal ficelé ». => le texte était « mal ficelé » | Castellac | verb-que
À l'issue du conseil des ministres, la porte-parole du gouvernement a annoncé que le décret serait publié vendredi. => le décret serait publié vendredi | porte-parole | verb-que
Mardi soir, sur le plateau de TF1, l'ancien Premier ministre Gérald Monvoisin a jugé que la situation était « grave ». => la situation était « grave » | Monvoisin | verb-que
Pour sa part, le président de la FNSEA estime que les agriculteurs sont « à bout ». => les agriculteurs sont « à bout » | président | verb-que
Pour la troisième fois cette année, le conseil municipal a reporté le vote. => none
",
    ),
    (
        "3. the head of the subject is its first noun",
        r"
Le secrétaire d'État soulignera que la France tiendra ses engagements. => la France tiendra ses engagements | secrétaire | verb-que
« Nous irons jusqu'au bout », confie la députée de Moselle. => Nous irons jusqu'au bout | députée | incise
La présidente de la région Bretagne a rappelé que les lycées seraient rénovés. => les lycées seraient rénovés | présidente | verb-que
« Le dossier est vide », estime l'avocat de la famille Morand. => Le dossier est vide | avocat | incise
Le directeur général de Santé publique France a averti que l'épidémie repartait. => l'épidémie repartait | directeur | verb-que
« Rien n'est décidé », a précisé le porte-parole du ministère de l'Intérieur. => Rien n'est décidé | porte-parole | incise
« Nous n'avons reçu aucune consigne », assure le directeur adjoint de l'hôpital de Lisieux. => Nous n'avons reçu aucune consigne | directeur | incise
La porte-parole de la Commission européenne a affirmé que Bruxelles suivait le dossier. => Bruxelles suivait le dossier | porte-parole | verb-que
Le ministre délégué aux Transports a reconnu que les travaux avaient pris du retard. => les travaux avaient pris du retard | ministre | verb-que
« C'est un jour historique », a salué le maire de Saint-Denis. => C'est un jour historique | maire | incise
L'avocate des parties civiles a dénoncé que l'enquête avait été bâclée. => l'enquête avait été bâclée | avocate | verb-que
",
    ),
    (
        "4. words inside the verb group",
        r"
Il a apparemment dit que la décision était prise. => la décision était prise | Il | verb-que
La police a déclaré précédemment que le suspect était armé. => le suspect était armé | police | verb-que
Le juge a conclu, après plusieurs enquêtes, que l'accident était évitable. => l'accident était évitable | juge | verb-que
Un témoin leur assure que le conducteur roulait très vite. => le conducteur roulait très vite | témoin | verb-que
Le ministre n'a pas écarté la possibilité que des troupes soient envoyées. => des troupes soient envoyées | ministre | verb-que
Le maire a d'ailleurs rappelé que la fête serait maintenue. => la fête serait maintenue | maire | verb-que
La directrice a toutefois précisé, lors d'une réunion, que les cours reprendraient lundi. => les cours reprendraient lundi | directrice | verb-que
Le syndicat lui a aussitôt répondu que la grève continuerait. => la grève continuerait | syndicat | verb-que
La préfète n'a jamais caché que le projet la dérangeait. => le projet la dérangeait | préfète | verb-que
Le gouvernement a d'ores et déjà fait savoir qu'il ne reculerait pas. => il ne reculerait pas | gouvernement | verb-que
La maire a, elle aussi, estimé que la décision était précipitée. => la décision était précipitée | maire | verb-que
Le président de la région n'a cessé de répéter que la ligne serait rouverte. => la ligne serait rouverte | président | verb-que
L'entreprise aurait ainsi reconnu que des erreurs avaient été commises. => des erreurs avaient été commises | entreprise | verb-que
Le procureur leur a ensuite expliqué que l'enquête était close. => l'enquête était close | procureur | verb-que
",
    ),
    (
        "5. selon, d'après, pour, de l'avis de, aux yeux de, anywhere",
        r"
Le chômage a reculé de 10 %, selon l'Insee. => Le chômage a reculé de 10 % | Insee | selon
Les travaux, selon le site, devraient durer deux ans. => devraient durer deux ans | site | selon
Toujours selon la préfecture, deux blessés ont été évacués. => deux blessés ont été évacués | préfecture | selon
Le maire, pour qui la décision est injuste, va faire appel. => la décision est injuste | maire | selon
Selon Paul Martin, le président de la fédération, le championnat reprendra en mai. => le championnat reprendra en mai | Martin | selon
De l'avis de nombreux experts, la digue ne tiendra pas. => la digue ne tiendra pas | experts | selon
Du point de vue de la direction, le plan est équilibré. => le plan est équilibré | direction | selon
La récolte sera mauvaise cette année, d'après la chambre d'agriculture. => La récolte sera mauvaise cette année | chambre | selon
Selon Maëlle Ternisien, la porte-parole du collectif, la manifestation aura lieu samedi. => la manifestation aura lieu samedi | Ternisien | selon
Aux yeux du sélectionneur, l'équipe n'est pas prête. => l'équipe n'est pas prête | sélectionneur | selon
Le suspect, selon les enquêteurs, aurait agi seul. => aurait agi seul | enquêteurs | selon
Selon un communiqué de la préfecture, la circulation sera rétablie lundi. => la circulation sera rétablie lundi | communiqué | selon
D'après le quotidien Ouest-France, le chantier aurait coûté le double. => le chantier aurait coûté le double | Ouest-France | selon
La victime, d'après les secours, souffre de brûlures graves. => souffre de brûlures graves | secours | selon
Pour l'avocat de la famille, Me Hugues Ardenne, le dossier est « accablant ». => le dossier est « accablant » | Ardenne | selon
",
    ),
    (
        "6. unmarked content with an incise",
        r"
La réforme est un échec, a déclaré Paul Martin. => La réforme est un échec | Martin | incise
Par ailleurs, poursuit l'ancien président, la langue doit être protégée. => la langue doit être protégée | président | incise
Le site sera fermé jusqu'à nouvel ordre, a indiqué la préfecture du Gard. => Le site sera fermé jusqu'à nouvel ordre | préfecture | incise
Aucune piste n'est écartée, a assuré mercredi le procureur de Nantes, Hervé Lemarquis. => Aucune piste n'est écartée | Lemarquis | incise
Les négociations reprendront la semaine prochaine, affirme un diplomate européen. => Les négociations reprendront la semaine prochaine | diplomate | incise
En revanche, ajoute la directrice, les horaires seront allongés. => les horaires seront allongés | directrice | incise
Le projet sera abandonné, a fait savoir mardi la direction. => Le projet sera abandonné | direction | incise
Il n'y aura pas de licenciements, a promis le PDG du groupe, Karl Østergaard. => Il n'y aura pas de licenciements | Østergaard | incise
Les secours sont arrivés trop tard, regrette une habitante. => Les secours sont arrivés trop tard | habitante | incise
Le dialogue reste ouvert, a-t-il assuré devant la presse. => Le dialogue reste ouvert | il | incise
Cette décision, estime le syndicat, est une provocation. => Cette décision, estime le syndicat, est une provocation | syndicat | incise
",
    ),
    (
        "7. short attributed fragments",
        r"
Le maire se dit « rassuré ». => rassuré | maire | fragment
Il traite sa fille de « petite-bourgeoise ». => petite-bourgeoise | Il | fragment
Il l'a décrite comme une femme « remarquable ». => remarquable | Il | fragment
Les parents d'élèves se disent « abandonnés » par le rectorat. => abandonnés | parents | fragment
L'entraîneur a traité l'arbitre d'« incompétent ». => incompétent | entraîneur | fragment
Le procureur a décrit l'accusé comme un homme « froid et méthodique ». => froid et méthodique | procureur | fragment
Le film « Les Égarés » sort mercredi en salles. => none
La ministre s'est dite « extrêmement préoccupée » par la situation. => extrêmement préoccupée | ministre | fragment
Le joueur se dit « soulagé » après sa blessure. => soulagé | joueur | fragment
Le patron du parti traite ses adversaires d'« irresponsables ». => irresponsables | patron | fragment
L'opposition a décrit le budget comme un texte « insincère ». => insincère | opposition | fragment
L'exposition « Regards croisés » ouvre ses portes samedi. => none
",
    ),
    (
        "8. dialogue inside one pair of marks",
        r"
« Eh oui, Jean ! — Tout à fait, Thierry ! », répondit alors son complice. => Eh oui, Jean ! | Thierry | dialogue-turn => Tout à fait, Thierry ! | complice | incise
« On y va, Karim ? — Deux minutes, Sofiane ! », répond son coéquipier. => On y va, Karim ? | Sofiane | dialogue-turn => Deux minutes, Sofiane ! | coéquipier | incise
« C'est fini, Bastien. — Pas encore, Agathe », rétorqua le vieil homme. => C'est fini, Bastien. | Agathe | dialogue-turn => Pas encore, Agathe | homme | incise
« Tu pars déjà, Lucie ? — Il le faut, Mathilde », murmura la jeune femme. => Tu pars déjà, Lucie ? | Mathilde | dialogue-turn => Il le faut, Mathilde | femme | incise
« Vous êtes prêt, docteur ? — Toujours, capitaine ! », lança le médecin en riant. => Vous êtes prêt, docteur ? | capitaine | dialogue-turn => Toujours, capitaine ! | médecin | incise
« Merci, Hélène. — Avec plaisir, Gaspard », dit-elle doucement. => Merci, Hélène. | Gaspard | dialogue-turn => Avec plaisir, Gaspard | elle | incise
« Tu as gagné, Noé ! — Grâce à toi, papa ! », s'exclama l'enfant. => Tu as gagné, Noé ! | papa | dialogue-turn => Grâce à toi, papa ! | enfant | incise
« Bonsoir, Martine. — Bonsoir, monsieur le maire », répondit la secrétaire. => Bonsoir, Martine. | maire | dialogue-turn => Bonsoir, monsieur le maire | secrétaire | incise
",
    ),
    (
        "9. attribution after the quote, and the wire-copy relay",
        r"
« La presse doit rester libre. » — Sonia Martin, journaliste => La presse doit rester libre. | Martin | attribution
« Nous refusons », a affirmé la CGT, selon l'AFP. => Nous refusons | CGT | incise
« Il faut reconstruire vite. » — Yvonne Tchakarian, maire de Salvan => Il faut reconstruire vite. | Tchakarian | attribution
« Aucun accord n'a été trouvé », a déclaré un négociateur, selon Reuters. => Aucun accord n'a été trouvé | négociateur | incise
« Le vote aura lieu jeudi », a indiqué le porte-parole, d'après l'agence Belga. => Le vote aura lieu jeudi | porte-parole | incise
« Nous avons été trahis », a lancé un manifestant, cité par Le Monde. => Nous avons été trahis | manifestant | incise
« Le sport doit rester une fête. » — Anouk Delmotte, présidente du club => Le sport doit rester une fête. | Delmotte | attribution
« La situation est sous contrôle », a assuré la police, selon le Parisien. => La situation est sous contrôle | police | incise
« Nous n'abandonnerons pas », a déclaré le président ukrainien, cité par l'agence Ukrinform. => Nous n'abandonnerons pas | président | incise
« Le danger est réel », a averti l'OMS, selon des propos rapportés par Reuters. => Le danger est réel | OMS | incise
",
    ),
    (
        "10. sources that are not people",
        r"
Une étude suédoise a démontré que le sucre favorise l'obésité. => le sucre favorise l'obésité | étude | verb-que
Un rapport a constaté que les délais de paiement s'allongeaient. => les délais de paiement s'allongeaient | rapport | verb-que
Météo France a relevé 27 degrés mais précise que la chaleur ne durera pas. => la chaleur ne durera pas | Météo | verb-que
Une enquête de l'Ifop montre que 60 % des Français sont inquiets. => 60 % des Français sont inquiets | enquête | verb-que
Le rapport de la Cour des comptes souligne que la dette s'alourdit. => la dette s'alourdit | rapport | verb-que
L'Insee a publié ses chiffres mardi et estime que la croissance ralentira. => la croissance ralentira | Insee | verb-que
Le tribunal a rejeté la requête et rappelle que la loi s'applique à tous. => la loi s'applique à tous | tribunal | verb-que
Une note de la DGSI souligne que la menace reste élevée. => la menace reste élevée | note | verb-que
Le dernier rapport du Giec affirme que le réchauffement s'accélère. => le réchauffement s'accélère | rapport | verb-que
Un sondage Elabe indique que 54 % des sondés désapprouvent la réforme. => 54 % des sondés désapprouvent la réforme | sondage | verb-que
La Banque de France a abaissé sa prévision et estime que la croissance sera de 0,8 %. => la croissance sera de 0,8 % | Banque | verb-que
Une étude de l'Inserm révèle que le sommeil des adolescents diminue. => le sommeil des adolescents diminue | étude | verb-que
",
    ),
    (
        "11. false alarms",
        r"
- Le conseil municipal a voté le budget. => none
Il apparaît maintenant que le projet a pris du retard. => none
Le ministre a affirmé que, comme le représentant l'a déjà précisé, les crédits seront maintenus. => comme le représentant l'a déjà précisé, les crédits seront maintenus | ministre | verb-que
- Les résultats seront publiés lundi. => none
- Trois candidats se sont présentés au premier tour. => none
Il semble désormais que la saison soit compromise. => none
Il apparaît aujourd'hui que les comptes étaient faux. => none
La direction a indiqué que, comme l'avait annoncé le syndicat, l'usine fermera en juin. => comme l'avait annoncé le syndicat, l'usine fermera en juin | direction | verb-que
- Réunion publique le 12 mars à la mairie. => none
Il paraît désormais que le chantier reprendra. => none
Il ressort aujourd'hui que la facture était sous-estimée. => none
Le préfet a rappelé que, comme l'a souligné le maire, la baignade est interdite. => comme l'a souligné le maire, la baignade est interdite | préfet | verb-que
Le juge a estimé que, comme l'avait dit l'expert, le bâtiment était fragile. => comme l'avait dit l'expert, le bâtiment était fragile | juge | verb-que
",
    ),
];

#[test]
fn issue_14_constructions_on_new_variants() {
    run_table("issue 14 variants (session 18)", CONSTRUCTIONS);
}

/// Construction 9's wire-copy relay: the agency or paper after the incise
/// is the quote's `via`, never its speaker. "d'après l'agence X" after an
/// incise is not read as a relay yet (no `via`), so it is left out here.
#[test]
fn wire_copy_relay_is_via() {
    for (text, via) in [
        ("« Nous refusons », a affirmé la CGT, selon l'AFP.", "l'AFP"),
        (
            "« Aucun accord n'a été trouvé », a déclaré un négociateur, selon Reuters.",
            "Reuters",
        ),
        (
            "« Nous avons été trahis », a lancé un manifestant, cité par Le Monde.",
            "Le Monde",
        ),
        (
            "« La situation est sous contrôle », a assuré la police, selon le Parisien.",
            "le Parisien",
        ),
    ] {
        let doc = guillemet::analyze(text).unwrap();
        let [q] = doc.quotes() else {
            panic!("{text}: one quote expected")
        };
        assert_eq!(q.via.map(|v| doc.slice(v)), Some(via), "{text}");
    }
}
