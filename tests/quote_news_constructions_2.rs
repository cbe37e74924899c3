//! A sixth batch of constructed news sentences for reported speech (issue
//! 14, session 6), written before any rule was changed for it and scored
//! once as written: that first score is the honest estimate of how the
//! rules meet news they were not tuned on. It takes the constructions of
//! the issue (headlines, fronted phrases, subject heads, the verb group,
//! selon and its kin anywhere, incises after unmarked content, fragments,
//! dialogue, attribution after the quote and relays, sources that are not
//! people, false alarms) in new wordings, and adds constructions the earlier
//! sets leave out: tenses and moods of the speech verb (passé simple,
//! présent de narration, futur, conditionnel), verb locutions ("a fait
//! savoir", "a laissé entendre", "a mis en garde", "a tenu à préciser",
//! "n'a pas exclu que"), speech nouns ("dans un communiqué", "selon un
//! communiqué de", "selon laquelle"), "X, qui s'exprimait …", headlines with
//! "appelle à", outlets that relay, quotes of several sentences or
//! paragraphs, interviews, negation and speech-free look-alikes. Expected
//! values follow ../shared/eval/GUIDELINES.md, not the code's output. The
//! names are found nowhere else in the repository; none is copied from a
//! data file. `¶` in a case stands for a paragraph break. `cargo test --test
//! quote_news_constructions_2 -- --nocapture` prints the pass rate by
//! construction; the table format is described in
//! tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "headlines",
        r"
Bérangère Vaultrin : « Nous tiendrons nos promesses » => Nous tiendrons nos promesses | Vaultrin | headline-colon
Le président de l'Union des tanneurs : « La filière peut encore être sauvée » => La filière peut encore être sauvée | président | headline-colon
Le syndicat Solidaires-Marins : « Nous bloquerons les ports dès lundi » => Nous bloquerons les ports dès lundi | Solidaires-Marins | headline-colon
Vendanges : 30 % de la récolte perdue selon la chambre d'agriculture de la Vienne => 30 % de la récolte perdue | chambre | selon
Tempête : « Nous avons eu très peur », témoigne une habitante de Pornichet => Nous avons eu très peur | habitante | incise
Fermeture de la maternité : le maire de Lembach dénonce un « scandale » => scandale | maire | verb-quote
Législatives : Théodore Gastinel juge que la gauche « a déjà perdu » => la gauche « a déjà perdu » | Gastinel | verb-que
Canicule : la préfecture appelle à limiter les déplacements => ?limiter les déplacements | préfecture | verb-infinitive
Retraites : l'intersyndicale appelle à la grève le 12 mars => none
",
    ),
    (
        "fronted phrases before the subject",
        r"
Mercredi matin, devant la presse, le directeur de l'aéroport, Armel Quéméner, a fait savoir que les vols reprendraient. => les vols reprendraient | Quéméner | verb-que
Sur les réseaux sociaux, l'eurodéputée Noémie Varangot (Renew) a dénoncé une « dérive autoritaire ». => dérive autoritaire | Varangot | verb-quote
Au micro de RTL, le patron des sénateurs centristes a estimé que le texte devait être réécrit. => le texte devait être réécrit | patron | verb-que
Plus tard dans la soirée, Clotaire Bernadou, président du département, a visité le site puis a déclaré que l'état de catastrophe naturelle serait demandé. => l'état de catastrophe naturelle serait demandé | Bernadou | verb-que
De leur côté, les contrôleurs aériens font savoir qu'ils suspendront le mouvement. => ils suspendront le mouvement | contrôleurs | verb-que
Invitée de France Culture, l'historienne Maud Ferrandon rappelle que la ville a été rasée en 1944. => la ville a été rasée en 1944 | Ferrandon | verb-que
Devant les grévistes rassemblés place du Marché, la secrétaire départementale de la CFDT a promis que le mouvement durerait. => le mouvement durerait | secrétaire | verb-que
Pour la deuxième fois en un mois, la direction recule. => none
Pour la première fois depuis 1998, le fleuve a débordé. => none
",
    ),
    (
        "the head of the subject phrase",
        r"
La sous-préfète de Château-Gontier précisera lundi que la déviation est maintenue. => la déviation est maintenue | sous-préfète | verb-que
« Les urgences fermeront la nuit », confie la directrice adjointe de l'hôpital de Lannion. => Les urgences fermeront la nuit | directrice | incise
Le garde des Sceaux a estimé que la réforme pénale devait attendre. => la réforme pénale devait attendre | garde | verb-que
Le chef de cabinet du maire de Vierzon a reconnu que le dossier avait été égaré. => le dossier avait été égaré | chef | verb-que
« Nous allons porter plainte », indique le président de l'association des commerçants de Niort. => Nous allons porter plainte | président | incise
Le secrétaire d'État chargé de la Mer soutiendra jeudi que les quotas sont équitables. => les quotas sont équitables | secrétaire | verb-que
L'adjointe au maire chargée des Sports affirme que le gymnase sera reconstruit. => le gymnase sera reconstruit | adjointe | verb-que
",
    ),
    (
        "words inside the verb group",
        r"
Le procureur a clairement indiqué hier que les deux hommes seraient jugés. => les deux hommes seraient jugés | procureur | verb-que
L'entreprise a conclu, au terme d'un audit interne, que la fuite était accidentelle. => la fuite était accidentelle | entreprise | verb-que
Un voisin leur a affirmé que le suspect était parti vers la gare. => le suspect était parti vers la gare | voisin | verb-que
Le sélectionneur a longtemps répété que son groupe était prêt. => son groupe était prêt | sélectionneur | verb-que
Le porte-parole de la police a déclaré ultérieurement que l'homme avait été relâché. => l'homme avait été relâché | porte-parole | verb-que
La rectrice nous a d'abord expliqué que les cours seraient maintenus. => les cours seraient maintenus | rectrice | verb-que
Le président du conseil départemental a lui-même admis que la route était dangereuse. => la route était dangereuse | président | verb-que
",
    ),
    (
        "tenses and moods of the speech verb",
        r"
Le maire affirma que la mairie ne céderait pas. => la mairie ne céderait pas | maire | verb-que
En 1962, le général déclare que l'Algérie sera indépendante. => l'Algérie sera indépendante | général | verb-que
La ministre déclarera jeudi que la réforme est enterrée. => la réforme est enterrée | ministre | verb-que
Le chef d'état-major aurait affirmé que l'offensive était imminente. => l'offensive était imminente | chef | verb-que
Le rapporteur estimerait que le texte est inconstitutionnel. => le texte est inconstitutionnel | rapporteur | verb-que
Les travaux dureront trois ans, annonça le maire. => Les travaux dureront trois ans | maire | incise
« Je ne quitterai pas le navire », lancera-t-il devant ses partisans. => Je ne quitterai pas le navire | il | incise
Le dossier sera examiné en appel, aurait affirmé l'avocat du club. => Le dossier sera examiné en appel | avocat | incise
",
    ),
    (
        "verb locutions",
        r"
La fédération a fait savoir qu'aucune sanction ne serait prise. => aucune sanction ne serait prise | fédération | verb-que
Le ministre a laissé entendre mardi qu'un remaniement était possible. => un remaniement était possible | ministre | verb-que
Le président de la Cour avait laissé entendre que la décision serait rendue avant l'été. => la décision serait rendue avant l'été | président | verb-que
La chancellerie a mis en garde contre une « dérive sécuritaire ». => dérive sécuritaire | chancellerie | verb-quote
L'agence sanitaire met en garde : ces compléments alimentaires sont dangereux. => ces compléments alimentaires sont dangereux | agence | verb-colon
La préfète a tenu à préciser qu'aucune habitation n'avait été touchée. => aucune habitation n'avait été touchée | préfète | verb-que
L'entraîneur a assuré ne pas craindre la relégation. => ?ne pas craindre la relégation | entraîneur | verb-infinitive
Le procureur n'a pas exclu que d'autres victimes se manifestent. => d'autres victimes se manifestent | procureur | verb-que
Le sélectionneur n'a pas caché que la défaite l'avait touché. => la défaite l'avait touché | sélectionneur | verb-que
Le directeur a tenu à rassurer les familles : aucun enfant n'a été exposé. => aucun enfant n'a été exposé | directeur | verb-colon
",
    ),
    (
        "speech nouns",
        r"
Dans un communiqué, la société Vernaye indique que le site fermera en juin. => le site fermera en juin | Vernaye | verb-que
Dans une lettre adressée aux salariés, le PDG explique que le groupe doit se réorganiser. => le groupe doit se réorganiser | PDG | verb-que
Selon un communiqué de la mairie de Saint-Ambroix, la piscine rouvrira lundi. => la piscine rouvrira lundi | communiqué | selon
Dans sa déclaration, le commissaire a rappelé que la saisie était légale. => la saisie était légale | commissaire | verb-que
L'affirmation du ministre selon laquelle la dette sera remboursée en 2030 laisse les économistes sceptiques. => la dette sera remboursée en 2030 | ministre | speech-noun
La déclaration de la ministre a provoqué un tollé. => none
Dans un message publié dimanche, la romancière Ysolde Carmaux affirme qu'elle ne reviendra pas. => elle ne reviendra pas | Carmaux | verb-que
",
    ),
    (
        "a subject with a relative on speaking",
        r"
Le maire, qui s'exprimait devant le conseil municipal, a assuré que les impôts n'augmenteraient pas. => les impôts n'augmenteraient pas | maire | verb-que
Rodolphe Ancelin, qui s'exprimait lors d'un meeting à Vesoul, a affirmé que la gauche reviendrait. => la gauche reviendrait | Ancelin | verb-que
La ministre, qui répondait aux questions des sénateurs, a reconnu que le calendrier glissait. => le calendrier glissait | ministre | verb-que
« Le pays est prêt », a déclaré le président, qui s'exprimait depuis l'Élysée. => Le pays est prêt | président | incise
Le juge, qui s'exprimait sous couvert d'anonymat, estime que l'instruction a été bâclée. => l'instruction a été bâclée | juge | verb-que
",
    ),
    (
        "selon, d'après, pour, aux yeux de, anywhere",
        r"
Le nombre de faillites a bondi de 30 %, selon le cabinet Dornier-Vasseur. => Le nombre de faillites a bondi de 30 % | Dornier-Vasseur | selon
Le suspect, selon le quotidien régional, avait déjà été condamné. => avait déjà été condamné | quotidien | selon
Toujours selon le parquet de Montbrison, l'incendie serait d'origine criminelle. => l'incendie serait d'origine criminelle | parquet | selon
Le juge Aubin Castelmoron, pour qui la preuve est insuffisante, a relaxé le prévenu. => la preuve est insuffisante | Castelmoron | selon
Selon Hélier Kerdoncuff, le porte-parole de l'association, la collecte a dépassé les objectifs. => la collecte a dépassé les objectifs | Kerdoncuff | selon
Du point de vue de la direction, la grève n'a aucun fondement. => la grève n'a aucun fondement | direction | selon
Aux yeux des syndicats enseignants, la réforme est une provocation. => la réforme est une provocation | syndicats | selon
Selon l'AFP, le président de la fédération a démissionné. => le président de la fédération a démissionné | AFP | selon
Selon que le vent tourne ou non, les pompiers pourront intervenir. => none
Selon les horaires, le trajet dure entre deux et trois heures. => none
gap D'après la météo, il pleuvra demain. => il pleuvra demain | météo | selon
",
    ),
    (
        "unmarked content and an incise",
        r"
La centrale redémarrera en avril, a-t-elle ajouté. => La centrale redémarrera en avril | elle | incise
Les négociations reprendront la semaine prochaine, a fait savoir le ministère. => Les négociations reprendront la semaine prochaine | ministère | incise
Le réseau sera rétabli avant midi, assurait mardi l'opérateur. => Le réseau sera rétabli avant midi | opérateur | incise
Aucun élève n'a été blessé, a tenu à préciser le rectorat. => Aucun élève n'a été blessé | rectorat | incise
Par ailleurs, précise la sénatrice, les crédits ont été gelés. => les crédits ont été gelés | sénatrice | incise
En outre, a-t-il poursuivi, le chantier coûtera deux fois plus cher. => le chantier coûtera deux fois plus cher | il | incise
gap L'hôpital, insiste le médecin-chef, manque de tout. => L'hôpital, insiste le médecin-chef, manque de tout | médecin-chef | incise
Nous ne sommes pas des voyous, ont-ils lancé aux gendarmes. => Nous ne sommes pas des voyous | ils | incise
",
    ),
    (
        "short attributed fragments",
        r"
La skieuse s'est dite « soulagée » après sa chute. => soulagée | skieuse | fragment
Le patronat juge la mesure « contre-productive ». => contre-productive | patronat | fragment
L'opposition a taxé le budget d'« insincère ». => insincère | opposition | fragment
La romancière se déclare « profondément blessée » par la critique. => profondément blessée | romancière | fragment
Le procureur a décrit le prévenu comme un homme « sans remords ». => sans remords | procureur | fragment
Le mot « résilience » est sur toutes les lèvres. => none
",
    ),
    (
        "dialogue inside one pair of marks",
        r"
« Vous êtes prête, Ginette ? — Toujours, Hippolyte ! », plaisanta le vieux pêcheur. => Vous êtes prête, Ginette ? | Hippolyte | dialogue-turn => Toujours, Hippolyte ! | pêcheur | incise
« On commence, Lucette ? — Quand tu veux, Barnabé », souffla-t-elle. => On commence, Lucette ? | Barnabé | dialogue-turn => Quand tu veux, Barnabé | elle | incise
« Tu as les clés, Ambroise ? — Dans ma poche, Honorine ! », répondit le gardien. => Tu as les clés, Ambroise ? | Honorine | dialogue-turn => Dans ma poche, Honorine ! | gardien | incise
« Encore un café, Léonce ? — Volontiers, Eulalie », dit le vieil homme. => Encore un café, Léonce ? | Eulalie | dialogue-turn => Volontiers, Eulalie | homme | incise
",
    ),
    (
        "attribution after the quote, and relays",
        r"
gap « La mer monte plus vite que nos digues. » — Erwan Le Fustec, climatologue => La mer monte plus vite que nos digues. | Fustec | attribution
« Nous ne signerons pas », a prévenu l'intersyndicale, selon Ouest-France. => Nous ne signerons pas | intersyndicale | incise
Le texte sera retiré, a confié un ministre, cité par Le Figaro. => Le texte sera retiré | ministre | incise
« L'accord est mort », a lâché un négociateur européen, cité par la Dépêche du Morvan. => L'accord est mort | négociateur | incise
Cité par le Baltic Courier, un banquier estime que la crise est passée. => la crise est passée | banquier | verb-que
gap « Rien n'est joué » (Gaspard Trémouilles, président du jury). => Rien n'est joué | Trémouilles | attribution
",
    ),
    (
        "sources that are not people",
        r"
Une étude norvégienne a démontré que le télétravail réduit les arrêts maladie. => le télétravail réduit les arrêts maladie | étude | verb-que
Un audit de l'inspection générale a constaté que les stocks étaient périmés. => les stocks étaient périmés | audit | verb-que
Le bureau d'études Hydrolys a mesuré 40 centimètres d'eau mais précise que la digue a tenu. => la digue a tenu | Hydrolys | verb-que
Le dernier bilan de l'agence régionale de santé indique que l'épidémie recule. => l'épidémie recule | bilan | verb-que
Une note interne du ministère, consultée par l'AFP, révèle que les effectifs baisseront. => les effectifs baisseront | note | verb-que
Une enquête de la Direction des fraudes a montré que les étiquettes étaient trompeuses. => les étiquettes étaient trompeuses | enquête | verb-que
",
    ),
    (
        "quotes of several sentences or paragraphs, and interviews",
        r"
« Le bilan est lourd. Trois bâtiments sont détruits. Nous reconstruirons », a assuré le maire de Sainte-Livrade. => Le bilan est lourd. Trois bâtiments sont détruits. Nous reconstruirons | maire | incise
La maire a répondu sans détour. « Nous ne fermerons pas l'école. Jamais. » => Nous ne fermerons pas l'école. Jamais. | maire | previous-sentence
« Nous sommes prêtes », a déclaré la capitaine. « Le match sera serré. » => Nous sommes prêtes | capitaine | incise => Le match sera serré. | capitaine | floating
« Nous avons tout perdu. ¶ « La maison, les bêtes, tout », raconte Josette Pradines. => Nous avons tout perdu. | Pradines | continued => La maison, les bêtes, tout | Pradines | incise
Le capitaine Barthélémy Quintric raconte : « La mer était forte. ¶ « Nous avons perdu le contact à minuit. » => La mer était forte. | Quintric | verb-colon => Nous avons perdu le contact à minuit. | Quintric | continued
Nous avons rencontré Hermine Lazaret, maraîchère à Bourgueil. ¶ « Cette année, la grêle a tout détruit », explique-t-elle. => Cette année, la grêle a tout détruit | elle | incise
gap — Regrettez-vous votre choix ? ¶ — Pas une seconde, répond la navigatrice. => Pas une seconde | navigatrice | incise
",
    ),
    (
        "negation and hypotheses",
        r"
Le sénateur n'a pas dit que la loi était inutile. => none
La direction ne prétend pas que le plan sauvera tous les emplois. => none
Personne n'a déclaré que le stade serait fermé. => none
Si le ministre annonçait que la taxe est supprimée, les maires protesteraient. => none
Le syndicat n'a jamais affirmé que la grève serait illimitée. => none
",
    ),
    (
        "speech-free look-alikes",
        r"
- 2 kilos de pommes de terre ; => none
- Quimper-Brest : 1 h 10 de trajet => none
- le maire sortant, Rosaire Lacombe-Astier ; => none
Il ressort aujourd'hui que le contrat était illégal. => none
Il apparaît aujourd'hui que les comptes étaient faux. => none
La déclaration d'impôts doit être remplie avant le 20 mai. => none
Le constat est amer pour les producteurs. => none
Le club a annoncé la couleur dès la première journée. => none
L'annonce du départ de l'entraîneur a surpris les joueurs. => none
Le chef d'orchestre a dirigé « La Traviata » devant 2 000 spectateurs. => none
On sait désormais que le virus circulait depuis janvier. => none
Il est établi que le conducteur avait bu. => none
Le rapport a été remis au ministre lundi. => none
Elle raconte des histoires aux enfants le mercredi. => none
Les aveux du suspect ont été versés au dossier. => none
Le témoignage de la victime a ému la cour. => none
",
    ),
];

/// Cases written after the first score, one construction a rule covers
/// (each also seen in the tuned UD files, Wikinews or fr-litbank): they
/// test the rules, they do not estimate anything.
const RULE_CASES: &[(&str, &str)] = &[
    (
        "adverb phrases inside the verb group",
        r"
Le préfet a de nouveau affirmé que la route restait fermée. => la route restait fermée | préfet | verb-que
Les élus ont à nouveau dénoncé que les crédits manquaient. => les crédits manquaient | élus | verb-que
La défense a en effet soutenu que l'expertise était fausse. => l'expertise était fausse | défense | verb-que
Le capitaine a tout d'abord expliqué que le navire avait dérivé. => le navire avait dérivé | capitaine | verb-que
",
    ),
    (
        "a speech verb in a hypothesis",
        r"
Si la directrice affirmait que tout va bien, personne ne la croirait. => none
Il partirait si on lui disait qu'il était de trop. => none
S'il avait déclaré que l'usine fermait, la grève aurait éclaté. => none
Les élus restent confiants même si le maire a reconnu que le budget dérapait. => le budget dérapait | maire | verb-que
",
    ),
    (
        "a report noun's author, in a relative after selon",
        r"
Le parquet a démenti l'information du quotidien Le Vigilant selon laquelle le suspect aurait avoué. => le suspect aurait avoué | Vigilant | speech-noun
Les propos de la ministre, selon lesquels la région est en faillite, ont fait réagir. => la région est en faillite | ministre | speech-noun
Le texte suit l'avis du conseil scientifique selon lequel les écoles peuvent rouvrir. => les écoles peuvent rouvrir | conseil | speech-noun
L'hypothèse selon laquelle le suspect a fui reste à vérifier. => none
Il confirme la position officielle selon laquelle aucune rançon n'a été versée. => none
",
    ),
    (
        "a person named in the complement of the speaker's head",
        r"
« Mon client est innocent », a déclaré l'avocat de Rémi Castagnol. => Mon client est innocent | avocat | incise
La fille de Solange Verdier a raconté que sa mère avait disparu en mars. => sa mère avait disparu en mars | fille | verb-que
« Il a tout prévu », confie le bras droit de Gaspard Lemarié. => Il a tout prévu | bras | incise
« Nous resterons », assure un habitant de Plouguerneau. => Nous resterons | habitant | incise
Une habitante de Lanvollon a estimé que la réunion était inutile. => la réunion était inutile | habitante | verb-que
",
    ),
    (
        "a que-clause inside a subordinate clause before the main clause",
        r"
Quand la ministre a annoncé que la taxe serait supprimée, les maires ont applaudi. => la taxe serait supprimée | ministre | verb-que
Lorsque le préfet a expliqué que la route resterait fermée, les habitants ont protesté. => la route resterait fermée | préfet | verb-que
Si le ministre a reconnu que la taxe était injuste, il refuse de la supprimer. => la taxe était injuste | ministre | verb-que
Comme la juge a rappelé que la loi était claire, l'avocat a renoncé. => la loi était claire | juge | verb-que
Dès que le club a confirmé que l'entraîneur partait, les supporters se sont rassemblés. => l'entraîneur partait | club | verb-que
Même si la direction a promis que personne ne serait licencié, les syndicats restent méfiants. => personne ne serait licencié | direction | verb-que
Après que le porte-parole a démenti que le président était malade, la Bourse est remontée. => le président était malade | porte-parole | verb-que
",
    ),
    (
        "a participle after an incise shares its subject",
        r"
« Le pont tiendra », a-t-il déclaré, ajoutant que des renforts arrivaient. => Le pont tiendra | il | incise => des renforts arrivaient | il | verb-que
« Rien n'est signé », a déclaré le négociateur, précisant que les discussions reprendraient jeudi. => Rien n'est signé | négociateur | incise => les discussions reprendraient jeudi | négociateur | verb-que
Les livraisons reprendront, a annoncé la coopérative, assurant que les prix resteraient stables. => Les livraisons reprendront | coopérative | incise => les prix resteraient stables | coopérative | verb-que
« Nous irons », dit-elle, estimant que rien n'est perdu. => Nous irons | elle | incise => rien n'est perdu | elle | verb-que
Le ministre a visité l'usine, a annoncé la fermeture, précisant que les salariés seraient reclassés. => les salariés seraient reclassés | ministre | verb-que
",
    ),
];

#[test]
fn news_construction_batch_six() {
    run_table("news batch, session 6", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_six_rules() {
    run_table("news batch, session 6, rule cases", RULE_CASES);
}
