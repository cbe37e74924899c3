//! A seventh batch of constructed news sentences for reported speech (issue
//! 14, session 7), written before any rule was changed for it and scored
//! once as written: that first score is the honest estimate of how the
//! rules meet news they were not tuned on. It takes constructions of
//! reporting that the earlier sets cover thinly: verb locutions ("a laissé
//! entendre", "a fait valoir", "a mis en garde"), denials ("a démenti que",
//! "a nié que": a journalist can check them by asking "did you say
//! this?"), litotes ("n'a pas caché que", "n'a pas exclu que") beside true
//! negations, coordinated verbs that look like an incise, participle
//! clauses after the main clause, concessive and contrastive subordinate
//! clauses ("bien que", "même si", "tandis que", "alors que"), speech nouns
//! ("dans une déclaration", "X, dans un communiqué, …"), colons after "en
//! ces termes", pronoun incises after fronted adverbials, passives, future
//! and conditional tenses and modals, relative clauses on the speaker,
//! interviews given to an outlet, speech verbs that are also nouns after an
//! adjective, "assure-t-on à l'Élysée", organisations in headlines, and
//! speech-free look-alikes. Expected values follow
//! ../shared/eval/GUIDELINES.md and the conventions of the earlier sets, not
//! the code's output. The invented names are found nowhere else in the
//! repository; none is copied from a data file. `cargo test --test
//! quote_news_constructions_3 -- --nocapture` prints the pass rate by
//! construction; the table format is described in
//! tests/support/constructions.rs (a failing case is marked `gap`, as in
//! the earlier sets: the table checks it still fails).
//!
//! First score, before any rule changed (on 52793a6, 2026-11-30 15:41 UTC):
//! 81 of 127 cases (63.8 %); 46 failing cases were then marked `gap`.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "verb locutions with que",
        r"
Le garde des Sceaux a laissé entendre lundi que la réforme serait reportée. => la réforme serait reportée | garde | verb-que
La direction de Cartavel laisse entendre que l'usine pourrait être vendue. => l'usine pourrait être vendue | direction | verb-que
Cyprien Marvejol a laissé entendre qu'il ne briguerait pas de second mandat. => il ne briguerait pas de second mandat | Marvejol | verb-que
La banque centrale avait laissé entendre que ses taux resteraient stables. => ses taux resteraient stables | banque | verb-que
Les avocats de la défense ont fait valoir que la garde à vue était irrégulière. => la garde à vue était irrégulière | avocats | verb-que
La sénatrice Armelle Quintaval a fait remarquer que le texte ne prévoyait aucun financement. => le texte ne prévoyait aucun financement | Quintaval | verb-que
Le syndicat fait observer que les effectifs ont baissé de moitié. => les effectifs ont baissé de moitié | syndicat | verb-que
Le préfet a tenu à souligner que la situation était sous contrôle. => la situation était sous contrôle | préfet | verb-que
",
    ),
    (
        "mettre en garde",
        r"
L'agence régionale de santé a mis en garde contre « une reprise rapide de l'épidémie ». => une reprise rapide de l'épidémie | agence | verb-quote
Le gouverneur de la banque centrale met en garde contre un « emballement des prix ». => emballement des prix | gouverneur | verb-quote
La Fédération des meuniers de l'Orne a mis en garde que les prix de la farine allaient doubler. => les prix de la farine allaient doubler | Fédération | verb-que
Le médecin-chef met en garde : les urgences ne pourront pas tenir l'hiver. => les urgences ne pourront pas tenir l'hiver | médecin-chef | verb-colon
Le ministre de l'Intérieur a mis en garde les manifestants : « Aucune violence ne sera tolérée. » => Aucune violence ne sera tolérée. | ministre | verb-colon
Onésime Bardoux, président du club, a mis en garde ses joueurs contre « l'excès de confiance ». => l'excès de confiance | Bardoux | verb-quote
« Le pire est devant nous », a mis en garde l'économiste Léocadie Fontvieille. => Le pire est devant nous | Fontvieille | incise
",
    ),
    (
        "denials",
        r"
Le ministère des Armées a démenti que des soldats aient été blessés. => des soldats aient été blessés | ministère | verb-que
Le club a formellement démenti que l'entraîneur soit sur le départ. => l'entraîneur soit sur le départ | club | verb-que
La société Vantorel dément que des licenciements soient prévus. => des licenciements soient prévus | Vantorel | verb-que
L'ancien maire Tancrède Sauvagnac a nié qu'il ait touché de l'argent. => il ait touché de l'argent | Sauvagnac | verb-que
La présidente de la région nie que le projet ait pris du retard. => le projet ait pris du retard | présidente | verb-que
« Je n'ai jamais rencontré cet homme », a démenti le député. => Je n'ai jamais rencontré cet homme | député | incise
Le Kremlin a démenti l'information. => none
Le démenti de la préfecture n'a convaincu personne. => none
",
    ),
    (
        "litotes and negations",
        r"
La ministre n'a pas caché que la négociation serait difficile. => la négociation serait difficile | ministre | verb-que
L'entraîneur ne cache pas que son équipe manque de fraîcheur. => son équipe manque de fraîcheur | entraîneur | verb-que
Le procureur de Rodez n'a pas exclu que d'autres personnes soient impliquées. => d'autres personnes soient impliquées | procureur | verb-que
La maire n'exclut pas que l'école soit fermée en septembre. => l'école soit fermée en septembre | maire | verb-que
Le directeur n'a pas manqué de rappeler que le budget avait été voté. => le budget avait été voté | directeur | verb-que
Le maire n'a pas caché sa colère. => none
Le procureur n'a pas affirmé que le suspect était coupable. => none
La ministre n'a jamais déclaré que les impôts baisseraient. => none
",
    ),
    (
        "coordinated verbs that are not an incise",
        r"
La ministre a visité le chantier, a rencontré les ouvriers puis a déclaré que les délais seraient tenus. => les délais seraient tenus | ministre | verb-que
Jeudi, le président du Sénat, Gonzague Pérignon, a fait voter le texte puis a déclaré qu'« il n'y aura pas de retour en arrière ». => il n'y aura pas de retour en arrière | Pérignon | verb-que
Le syndicat a reçu la direction, a écouté ses propositions, puis a annoncé que la grève continuait. => la grève continuait | syndicat | verb-que
gap Le maire a inauguré le pont, a salué les ouvriers. => none
La préfète a survolé la zone, a rencontré les sinistrés. => none
L'entraîneur a félicité ses joueurs, a remercié le public. => none
Le juge a écouté les parties et a estimé que la demande était irrecevable. => la demande était irrecevable | juge | verb-que
",
    ),
    (
        "a participle clause after the main clause",
        r"
La CGT a déposé un préavis de grève, appelant les salariés à « se mobiliser massivement ». => se mobiliser massivement | CGT | verb-quote
Le président a dissous l'Assemblée, estimant que le pays était ingouvernable. => le pays était ingouvernable | président | verb-que
Les riverains ont saisi la justice, affirmant que le chantier était illégal. => le chantier était illégal | riverains | verb-que
La préfecture a interdit la manifestation, jugeant que les risques de troubles étaient trop élevés. => les risques de troubles étaient trop élevés | préfecture | verb-que
La romancière Perrine Escandel a refusé le prix, expliquant qu'elle ne voulait pas être récupérée. => elle ne voulait pas être récupérée | Escandel | verb-que
L'opposition a quitté l'hémicycle, dénonçant un « passage en force ». => passage en force | opposition | verb-quote
Le ministre a signé le décret, laissant les élus locaux perplexes. => none
",
    ),
    (
        "concessive and contrastive subordinate clauses",
        r"
gap Bien que le maire ait assuré que les travaux seraient finis en mai, le chantier est à l'arrêt. => les travaux seraient finis en mai | maire | verb-que
gap Bien que la direction ait affirmé qu'aucun poste ne serait supprimé, les salariés s'inquiètent. => aucun poste ne serait supprimé | direction | verb-que
Même si le ministre a dit que la taxe était provisoire, personne n'y croit. => la taxe était provisoire | ministre | verb-que
La direction parle de succès, tandis que les syndicats affirment que la grève est suivie à 60 %. => la grève est suivie à 60 % | syndicats | verb-que
Le ministre a assuré que le budget était tenu, tandis que l'opposition a estimé qu'il dérapait. => le budget était tenu | ministre | verb-que => il dérapait | opposition | verb-que
La préfecture compte 2 000 manifestants, alors que les organisateurs affirment qu'ils étaient 10 000. => ils étaient 10 000 | organisateurs | verb-que
Le gouvernement annonce que la croissance repart, alors que l'Insee estime qu'elle stagne. => la croissance repart | gouvernement | verb-que => elle stagne | Insee | verb-que
Bien que la pluie ait cessé, la route reste fermée. => none
",
    ),
    (
        "speech nouns",
        r"
Dans une déclaration lue devant la presse, Sixtine Malaure a affirmé qu'elle se retirait de la course. => elle se retirait de la course | Malaure | verb-que
Le groupe Brévalis, dans un communiqué, a indiqué que ses résultats seraient publiés jeudi. => ses résultats seraient publiés jeudi | Brévalis | verb-que
La mairie, dans un communiqué publié lundi, assure que l'eau est potable. => l'eau est potable | mairie | verb-que
Dans un entretien accordé à Libération, le philosophe Anatole Vergnaud estime que l'école a renoncé. => l'école a renoncé | Vergnaud | verb-que
Dans une tribune publiée par Le Monde, cinquante médecins affirment que l'hôpital est à bout. => l'hôpital est à bout | médecins | verb-que
Selon un communiqué du parquet de Foix, l'enquête a été confiée à la gendarmerie. => l'enquête a été confiée à la gendarmerie | communiqué | selon
L'annonce par le gouvernement de la fermeture du site a surpris les salariés. => none
Le communiqué de la fédération ne dit rien du calendrier. => none
",
    ),
    (
        "colons after en ces termes and other verb groups",
        r"
gap Le président s'est exprimé en ces termes : « La France ne reculera pas. » => La France ne reculera pas. | président | verb-colon
La ministre a réagi en ces termes : « C'est une faute grave. » => C'est une faute grave. | ministre | verb-colon
Le procureur Romuald Quessac a résumé la situation : « Nous ne savons rien du mobile. » => Nous ne savons rien du mobile. | Quessac | verb-colon
Le capitaine a lancé aux journalistes : « Nous allons gagner ce match. » => Nous allons gagner ce match. | capitaine | verb-colon
La directrice a tenu ce discours aux parents : « L'école restera ouverte. » => L'école restera ouverte. | directrice | colon
Le porte-parole l'a répété plusieurs fois : aucun accord n'a été signé. => aucun accord n'a été signé | porte-parole | verb-colon
Les syndicats ont réagi en ces termes : la réforme est « une déclaration de guerre ». => la réforme est « une déclaration de guerre » | syndicats | verb-colon
",
    ),
    (
        "pronoun incises and fronted adverbials",
        r"
Dès la semaine prochaine, les bus circuleront de nouveau, a-t-elle assuré. => Dès la semaine prochaine, les bus circuleront de nouveau | elle | incise
Sans ces aides, l'usine aurait fermé, a-t-il reconnu lundi. => Sans ces aides, l'usine aurait fermé | il | incise
À Rennes comme à Nantes, la mobilisation est forte, estime-t-elle. => À Rennes comme à Nantes, la mobilisation est forte | elle | incise
Pour autant, a-t-elle nuancé, rien n'est encore joué. => rien n'est encore joué | elle | incise
Dans l'immédiat, a-t-il ajouté, aucune fermeture n'est prévue. => aucune fermeture n'est prévue | il | incise
Lundi soir, devant ses partisans, « nous irons jusqu'au bout », a-t-il promis. => nous irons jusqu'au bout | il | incise
« Jamais, au grand jamais, je n'ai menti », a-t-elle martelé devant les juges. => Jamais, au grand jamais, je n'ai menti | elle | incise
",
    ),
    (
        "passives",
        r"
Il a été annoncé par la direction que 80 emplois seraient créés. => 80 emplois seraient créés | direction | passive
Il a été précisé par le parquet que le suspect avait été libéré. => le suspect avait été libéré | parquet | passive
La fermeture du collège a été annoncée mardi par le rectorat. => La fermeture du collège | rectorat | passive
Le départ de l'entraîneur a été confirmé par le président du club. => Le départ de l'entraîneur | président | passive
Il a été rappelé par la ministre que la loi s'appliquait à tous. => la loi s'appliquait à tous | ministre | passive
Le pont a été construit par une entreprise locale. => none
Le suspect a été interpellé par la gendarmerie. => none
",
    ),
    (
        "future, conditional and modals",
        r"
Le gouvernement devrait annoncer mercredi que le gel des loyers est prolongé. => le gel des loyers est prolongé | gouvernement | verb-que
La ministre va annoncer que les bourses seront revalorisées. => les bourses seront revalorisées | ministre | verb-que
Le PDG aurait confié à ses proches que la fusion était compromise. => la fusion était compromise | PDG | verb-que
Le chauffeur aurait affirmé aux enquêteurs qu'il n'avait rien vu. => il n'avait rien vu | chauffeur | verb-que
Le sélectionneur Firmin Cazalbou répétera dimanche que son groupe est prêt. => son groupe est prêt | Cazalbou | verb-que
gap Le maire aurait pu dire que la route était dangereuse, il a préféré se taire. => none
Le préfet pourrait annoncer la fermeture des écoles. => none
",
    ),
    (
        "relative clauses on the speaker",
        r"
Le maire, qui a affirmé que la piscine rouvrirait en juin, a été contredit par ses services. => la piscine rouvrirait en juin | maire | verb-que
Les syndicats, qui estiment que la réforme est injuste, appellent à la grève jeudi. => la réforme est injuste | syndicats | verb-que
La députée Clémentine Rouzaud, qui assure que le vote a été truqué, a saisi le Conseil constitutionnel. => le vote a été truqué | Rouzaud | verb-que
Le ministre, qui a toujours dit que la centrale fermerait, a changé d'avis. => la centrale fermerait | ministre | verb-que
« Nous ne lâcherons rien », a lancé Baptistine Lhermitte, qui affirme que la pétition a recueilli 10 000 signatures. => Nous ne lâcherons rien | Lhermitte | incise => la pétition a recueilli 10 000 signatures | Lhermitte | verb-que
L'élu, qui a déclaré son patrimoine en retard, a été sanctionné. => none
",
    ),
    (
        "interviews given to an outlet",
        r"
La chanteuse Solenne Garabuau a confié au Parisien qu'elle avait failli arrêter. => elle avait failli arrêter | Garabuau | verb-que
Le maire de Dourgne a déclaré à l'AFP que le village était coupé du monde. => le village était coupé du monde | maire | verb-que
L'entraîneur a expliqué à Ouest-France que son gardien était blessé. => son gardien était blessé | entraîneur | verb-que
La ministre a assuré sur BFMTV que la réforme serait votée avant l'été. => la réforme serait votée avant l'été | ministre | verb-que
« Nous avons eu beaucoup de chance », a confié au Télégramme le skipper Marius Parlebas. => Nous avons eu beaucoup de chance | Parlebas | incise
Interrogé par Le Progrès, le président du tribunal estime que les délais sont intenables. => les délais sont intenables | président | verb-que
Contactée par nos soins, la directrice de l'hôpital assure que les soins sont maintenus. => les soins sont maintenus | directrice | verb-que
Le député a accordé un entretien au Parisien. => none
",
    ),
    (
        "speech verbs that are also nouns, after an adjective",
        r"
Le rapporteur public juge que l'arrêté préfectoral est illégal. => l'arrêté préfectoral est illégal | rapporteur | verb-que
Le commissaire européen juge que les aides sont contraires au droit. => les aides sont contraires au droit | commissaire | verb-que
L'expert judiciaire note que la chaudière n'avait jamais été révisée. => la chaudière n'avait jamais été révisée | expert | verb-que
Le médecin légiste note que la victime est morte dans la nuit. => la victime est morte dans la nuit | médecin | verb-que
L'avocat général critique une enquête « menée à charge ». => menée à charge | avocat | verb-quote
Le juge administratif a rejeté la requête. => none
",
    ),
    (
        "on with a place or body",
        r"
Aucune décision n'a encore été prise, assure-t-on à Matignon. => Aucune décision n'a encore été prise | Matignon | incise
« Le calendrier sera tenu », indique-t-on au ministère des Transports. => Le calendrier sera tenu | ministère | incise
La reprise sera lente, prévient-on chez le constructeur. => La reprise sera lente | constructeur | incise
« Rien n'est arrêté », confie-t-on dans l'entourage du président. => Rien n'est arrêté | entourage | incise
Les stocks sont suffisants, affirme-t-on à la préfecture. => Les stocks sont suffisants | préfecture | incise
",
    ),
    (
        "organisations in headlines",
        r"
gap Vantorel : « Nous recruterons 300 ingénieurs en 2027 » => Nous recruterons 300 ingénieurs en 2027 | Vantorel | headline-colon
gap Brévalis : « Le site de Ferrals ne fermera pas » => Le site de Ferrals ne fermera pas | Brévalis | headline-colon
La CFDT : « Le compte n'y est pas » => Le compte n'y est pas | CFDT | headline-colon
Le parquet de Foix : « Aucune piste n'est écartée » => Aucune piste n'est écartée | parquet | headline-colon
Inondations : « Nous avons tout perdu », raconte une habitante de Coustouge => Nous avons tout perdu | habitante | incise
",
    ),
    (
        "speech-free look-alikes",
        r"
La police a mis en garde à vue le conducteur du véhicule. => none
Le texte, qui prévoit que les loyers seront plafonnés, sera voté mardi. => none
Tandis que les prix montent, les salaires stagnent. => none
Les termes de l'accord restent secrets. => none
Le maire n'a pas exclu la piste criminelle. => none
La loi Valcabrère a été votée en 2019 puis a été abrogée. => none
Alors que la nuit tombait, les secours ont retrouvé le randonneur. => none
Le violoniste a laissé entendre quelques notes avant le concert. => none
",
    ),
];

/// Cases written after the first score, for a rule of the session (each
/// construction also seen in session 6's batch, the earlier sets or the
/// held-out sets): they test the rule, they do not estimate anything.
const RULE_CASES: &[(&str, &str)] = &[
    (
        "litotes: a negation that asserts",
        r"
Le préfet n'écarte pas que la digue puisse céder. => la digue puisse céder | préfet | verb-que
La directrice ne dissimule pas que le budget est serré. => le budget est serré | directrice | verb-que
Le ministre a caché que le rapport existait. => none
Le juge n'exclut pas de nouvelles poursuites. => none
Si le maire n'excluait pas que l'école ferme, les parents protesteraient. => none
",
    ),
    (
        "a headline's name the tagger cannot know",
        r"
Ségaran Tivolle : « Je ne signerai pas » => Je ne signerai pas | Tivolle | headline-colon
Kelmoran Industries : « Le site de Vesoul restera ouvert » => Le site de Vesoul restera ouvert | Industries | headline-colon
Orvanis : « Nous recruterons 200 techniciens » ¶ Le groupe Orvanis a confirmé son plan lundi. => Nous recruterons 200 techniciens | Orvanis | headline-colon
Canicule : « Nous manquons d'eau » ¶ La canicule touche le Gers depuis lundi. => Nous manquons d'eau | - | colon
Chômage : « Nous sommes inquiets » => Nous sommes inquiets | - | colon
",
    ),
];

#[test]
fn news_construction_batch_seven() {
    run_table("news batch, session 7", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_seven_rules() {
    run_table("news batch, session 7, rule cases", RULE_CASES);
}
