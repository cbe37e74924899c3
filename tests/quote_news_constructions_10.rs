//! A fourteenth batch of constructed sentences for reported speech (issue
//! 14, session 13), written before any rule was changed for it and scored
//! once as written: that first score is the honest estimate of how the
//! rules meet text they were not tuned on. It samples wire copy and news
//! translated from English: incises that carry circumstantial complements
//! ("a-t-il déclaré lors d'une conférence de presse", "a indiqué X dans un
//! communiqué", "a-t-elle dit à l'AFP", "a précisé mardi le parquet"), the
//! same incise after unmarked content; adverbs, negation and modals inside
//! the verb group; quotes split by an incise inside one pair of marks or
//! closed and reopened around it; "a-t-il ajouté" and "avant d'ajouter"
//! chains across sentences; attribution around a colon in a headline; then
//! speech-free look-alikes. Expected values follow
//! ../shared/eval/GUIDELINES.md and the conventions of the earlier sets, not
//! the code's output. The invented names are found nowhere else in the
//! repository. `cargo test --test quote_news_constructions_10 --
//! --nocapture` prints the pass rate by construction; the table format is
//! described in tests/support/constructions.rs (a failing case is marked
//! `gap`: the table checks it still fails).
//!
//! First score, before any rule changed (on 68ab538, 2026-12-01 12:49 UTC):
//! 31 of 41 cases (75.6 %). One of the ten failures was our own label, not
//! the grammar: "la CFDT dénonce « un passage en force »" was expected as
//! `fragment`, where the earlier sets name a noun phrase in marks after
//! "dénoncer" `verb-quote` (found, speaker right); the label was corrected
//! and the nine other failing cases were marked `gap`. By construction:
//! incise with a complement 8/8, after unmarked content 5/5, verb group 7/9
//! ("a une nouvelle fois répété que" missed; "a tenu à préciser le maire"
//! unattributed), split quote 3/6 (the three splits inside one pair of
//! marks are read as one quote over the incise), chains 4/6 ("Et d'ajouter
//! :" unattributed, a sentence opened by "Avant d'ajouter que" missed),
//! headline 4/7 (a topic before "Name : « … »" leaves no speaker; a title
//! in marks after a topic colon is read as a quote).
//!
//! After session 13's rules (an incise that ends its sentence inside the
//! marks cuts them into two quotes; "une nouvelle fois" in the verb
//! group): 36 of 41 (87.8 %); 37 of 41 after round 2's colon that names no
//! one before a short verbless quotation (the title after "Cinéma :").
//!
//! Late round (held-out set 13's misses), two constructions added before
//! their rules, first score on e1a02b5 (2026-12-01 14:27 UTC): 3 of 12
//! (table 40 of 53): a phrase of manner or time whose noun takes a
//! de-complement before "que" ("sous couvert d'anonymat que", "lors de la
//! conférence de presse de dimanche que", "au président du club que") 2/8,
//! only the two speech-free look-alikes passing; a quote split by an
//! incise whose subject carries an apposition ("« … », reconnaît le
//! capitaine X, chef du centre de secours, « … »") 1/4, only the short
//! one ("Isabelle Kerhervé, maire de Quimper") passing.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "an incise with a circumstantial complement",
        r"
« Nous ne reculerons pas », a-t-il déclaré lors d'une conférence de presse à Bruxelles. => Nous ne reculerons pas | il | incise
« Le site fermera d'ici à la fin de l'année », a indiqué la direction du groupe dans un communiqué. => Le site fermera d'ici à la fin de l'année | direction | incise
« Nous n'avons reçu aucune demande officielle », a-t-elle dit à l'AFP. => Nous n'avons reçu aucune demande officielle | elle | incise
« Le suspect a été placé en garde à vue », a précisé mardi le parquet de Nanterre. => Le suspect a été placé en garde à vue | parquet | incise
« Les discussions reprendront lundi », a déclaré jeudi à Reuters un porte-parole du ministère. => Les discussions reprendront lundi | porte-parole | incise
« Aucune victime n'est à déplorer », a indiqué à l'AFP une source policière. => Aucune victime n'est à déplorer | source | incise
« C'est une victoire pour les familles », a déclaré Maëlle Guirandou à la sortie de l'audience. => C'est une victoire pour les familles | Guirandou | incise
« Le cessez-le-feu doit être respecté », a affirmé le porte-parole du département d'État, Owen Pratley, lors d'un point de presse. => Le cessez-le-feu doit être respecté | Pratley | incise
",
    ),
    (
        "an incise with a complement after unmarked content",
        r"
Les frappes ont visé des dépôts de munitions, a affirmé dimanche l'armée dans un communiqué. => Les frappes ont visé des dépôts de munitions | armée | incise
Le bilan pourrait encore s'alourdir, a indiqué à la presse un responsable des secours. => Le bilan pourrait encore s'alourdir | responsable | incise
L'accord sera signé avant la fin du mois, a dit aux journalistes le président américain. => L'accord sera signé avant la fin du mois | président | incise
Les négociations sont dans l'impasse, a déclaré sous couvert d'anonymat un diplomate européen. => Les négociations sont dans l'impasse | diplomate | incise
Le rapport sera publié en mars, a précisé à l'AFP l'entourage de la ministre. => Le rapport sera publié en mars | entourage | incise
",
    ),
    (
        "adverbs, negation and modals in the verb group",
        r"
Le ministre a une nouvelle fois répété que les impôts ne baisseraient pas. => les impôts ne baisseraient pas | ministre | verb-que
La porte-parole a toutefois souligné que le calendrier restait inchangé. => le calendrier restait inchangé | porte-parole | verb-que
Le président américain a également affirmé mercredi que les sanctions seraient maintenues. => les sanctions seraient maintenues | président | verb-que
Le gouvernement a dû reconnaître que le déficit dépassait les prévisions. => le déficit dépassait les prévisions | gouvernement | verb-que
Elle a ensuite expliqué aux journalistes que le contrat avait été rompu. => le contrat avait été rompu | Elle | verb-que
« Le marché restera ouvert », a tenu à préciser le maire. => Le marché restera ouvert | maire | incise
« Ce n'est pas une surprise », a-t-il néanmoins reconnu. => Ce n'est pas une surprise | il | incise
Le porte-parole n'a pas dit que l'accord était signé. => none
Le ministre a annoncé lors d'une conférence de presse un plan de relance. => none
",
    ),
    (
        "a quote split by an incise",
        r"
« Nous savons que la route sera longue, a déclaré la Première ministre. Mais nous irons jusqu'au bout. » => Nous savons que la route sera longue | ministre | incise => Mais nous irons jusqu'au bout. | ministre | incise
« Il n'y aura pas de hausse d'impôts, a-t-il assuré. Pas cette année. » => Il n'y aura pas de hausse d'impôts | il | incise => Pas cette année. | il | incise
« Nous avons fait notre travail, a expliqué l'avocat de la famille, Me Tristan Guernevel. La justice doit faire le sien. » => Nous avons fait notre travail | Guernevel | incise => La justice doit faire le sien. | Guernevel | incise
« La situation est grave », a estimé la cheffe du service, « mais elle est sous contrôle ». => La situation est grave | cheffe | incise => mais elle est sous contrôle | cheffe | incise
« Le texte sera voté », a-t-elle ajouté, « sans doute avant l'été ». => Le texte sera voté | elle | incise => sans doute avant l'été | elle | incise
« Ces résultats, estime la chercheuse, ne sont qu'un début. » => Ces résultats, estime la chercheuse, ne sont qu'un début. | chercheuse | incise
",
    ),
    (
        "a-t-il ajouté and avant d'ajouter across sentences",
        r"
Le maire de Brest, Yannick Le Faouëdic, a annoncé sa démission. « Je pars la tête haute », a-t-il ajouté. => Je pars la tête haute | il | incise
« Le budget est bouclé », a déclaré la ministre Hélène Marçadier. « Aucune hausse d'impôt n'est prévue », a-t-elle ajouté. => Le budget est bouclé | Marçadier | incise => Aucune hausse d'impôt n'est prévue | elle | incise
Le trafic reprendra lundi, a indiqué la SNCF. Des bus remplaceront les trains d'ici là, a-t-elle ajouté. => Le trafic reprendra lundi | SNCF | incise => Des bus remplaceront les trains d'ici là | elle | incise
Le procureur a requis cinq ans de prison. Il a par ailleurs ajouté que l'enquête se poursuivait. => l'enquête se poursuivait | Il | verb-que
gap L'entraîneur a salué l'état d'esprit de ses joueurs. Et d'ajouter : « Rien n'est encore joué. » => Rien n'est encore joué. | entraîneur | verb-colon
gap « Nous ne lâcherons rien », a lancé la syndicaliste. Avant d'ajouter que la grève serait reconduite. => Nous ne lâcherons rien | syndicaliste | incise => la grève serait reconduite | syndicaliste | verb-que
",
    ),
    (
        "attribution around a colon in a headline",
        r"
Grève des contrôleurs : « Aucun train ne circulera ce week-end », prévient la direction => Aucun train ne circulera ce week-end | direction | incise
Le ministre de l'Intérieur : « La menace terroriste reste très élevée » => La menace terroriste reste très élevée | ministre | headline-colon
gap Cyclisme : Noémie Varrasson : « Je vise le podium » => Je vise le podium | Varrasson | headline-colon
Nucléaire iranien : pour Washington, « la porte reste ouverte » => la porte reste ouverte | Washington | selon
Incendie de l'usine : « aucune trace de pollution », selon la préfecture => aucune trace de pollution | préfecture | selon
Retraites : la CFDT dénonce « un passage en force » => un passage en force | CFDT | verb-quote
Cinéma : « Le Dernier Hiver » en tête du box-office => none
",
    ),
    (
        "a phrase of manner or time with its de-complement before que",
        r"
Un haut fonctionnaire a reconnu sous couvert d'anonymat que le calendrier ne serait pas tenu. => le calendrier ne serait pas tenu | fonctionnaire | verb-que
Un proche du dossier a affirmé sous le sceau de l'anonymat que l'enquête visait trois élus. => l'enquête visait trois élus | proche | verb-que
La ministre a expliqué lors d'un point presse que les négociations reprendraient lundi. => les négociations reprendraient lundi | ministre | verb-que
Le préfet a indiqué lors de la conférence de presse de dimanche que les routes resteraient fermées. => les routes resteraient fermées | préfet | verb-que
Le directeur a déclaré sous serment qu'il n'avait jamais reçu cette lettre. => il n'avait jamais reçu cette lettre | directeur | verb-que
L'entraîneur a assuré au président du club que l'équipe se maintiendrait. => l'équipe se maintiendrait | entraîneur | verb-que
Le maire a rappelé lors de la réunion des promesses que personne n'a tenues. => none
Le témoin a parlé sous le regard des jurés qu'il connaissait. => none
",
    ),
    (
        "a quote split by an incise whose subject carries an apposition",
        r"
« Nous avons fait le maximum », reconnaît le capitaine Julien Morvan, chef du centre de secours, « mais la crue a été trop rapide ». => Nous avons fait le maximum | Morvan | incise => mais la crue a été trop rapide | Morvan | incise
« Le chantier avance », assure l'ingénieure Clara Vautrin-Ménard, responsable du projet à la métropole, « et il sera livré en juin ». => Le chantier avance | Vautrin-Ménard | incise => et il sera livré en juin | Vautrin-Ménard | incise
« Rien n'est décidé », a précisé le commissaire Paul Lestrade, directeur de la police judiciaire de Lyon, « mais toutes les pistes restent ouvertes ». => Rien n'est décidé | Lestrade | incise => mais toutes les pistes restent ouvertes | Lestrade | incise
« Le budget est tenu », assure Isabelle Kerhervé, maire de Quimper, « et il le restera ». => Le budget est tenu | Kerhervé | incise => et il le restera | Kerhervé | incise
",
    ),
];

#[test]
fn news_construction_batch_fourteen() {
    run_table("news batch, session 13 (set 10)", CONSTRUCTIONS);
}
