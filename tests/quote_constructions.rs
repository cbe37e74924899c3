//! A construction challenge set for reported speech (issue 14): constructed
//! news sentences, several per construction of the French reporting clause,
//! with different names, titles, verbs, tenses and positions. None is copied
//! from a data file. The set measures whether the rules follow the grammar
//! rather than the sentences they were tuned on; `cargo test --test
//! quote_constructions -- --nocapture` prints the pass rate by construction.
//! The table format is described in tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::{check, holds_word, parse, run_table};

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "headline",
        r"
Ségolène Royal : « Nous ne lâcherons rien » => Nous ne lâcherons rien | Royal | headline-colon
Le patron de la SNCF : « Les trains rouleront demain » => Les trains rouleront demain | patron | headline-colon
La Fédération française de football : « Le match aura lieu à huis clos » => Le match aura lieu à huis clos | Fédération | headline-colon
Retraites : la réforme sera votée en mars selon le gouvernement => la réforme sera votée en mars | gouvernement | selon
Inflation : les prix ont encore augmenté de 2 % selon l'Insee => les prix ont encore augmenté de 2 % | Insee | selon
Incendies : « La forêt ne repoussera pas avant vingt ans », prévient un pompier => La forêt ne repoussera pas avant vingt ans | pompier | incise
Santé publique : « Les urgences sont saturées » => Les urgences sont saturées | - | colon
Nucléaire : l'Iran affirme que son programme est pacifique => son programme est pacifique | Iran | verb-que
Hausse des loyers : « Les familles ne peuvent plus suivre », alerte la Fondation Abbé-Pierre => Les familles ne peuvent plus suivre | Fondation | incise
Jean Castex : « Le couvre-feu sera avancé à 18 heures » => Le couvre-feu sera avancé à 18 heures | Castex | headline-colon
Sécheresse : les nappes phréatiques restent basses selon le BRGM => les nappes phréatiques restent basses | BRGM | selon
",
    ),
    (
        "fronted adverbial or phrase",
        r"
Lundi soir, la porte-parole du gouvernement a assuré que les aides seraient versées. => les aides seraient versées | porte-parole | verb-que
Dans un entretien au Monde, l'ancien Premier ministre estime que la gauche doit se rassembler. => la gauche doit se rassembler | ministre | verb-que
À l'issue de la réunion, les représentants syndicaux ont déclaré qu'ils poursuivraient la grève. => ils poursuivraient la grève | représentants | verb-que
Interrogée sur France Inter, Valérie Pécresse a affirmé que sa région ne paierait pas. => sa région ne paierait pas | Pécresse | verb-que
Pour sa part, le préfet a rappelé que la baignade restait interdite. => la baignade restait interdite | préfet | verb-que
Depuis Bruxelles, le commissaire européen Thierry Breton a prévenu que les sanctions tomberaient. => les sanctions tomberaient | Breton | verb-que
En marge du sommet, la chancelière a souligné que l'Europe devait rester unie. => l'Europe devait rester unie | chancelière | verb-que
Mardi, sur son compte Twitter, le député Éric Coquerel (LFI) a dénoncé une « provocation ». => provocation | Coquerel | verb-quote
Face aux journalistes, la juge a précisé que l'enquête durerait plusieurs mois. => l'enquête durerait plusieurs mois | juge | verb-que
Quelques heures plus tard, dans un communiqué, le club a indiqué que l'entraîneur était limogé. => l'entraîneur était limogé | club | verb-que
Ce matin-là, sur le plateau de BFMTV, le ministre de l'Intérieur a martelé que l'ordre serait rétabli. => l'ordre serait rétabli | ministre | verb-que
Après plusieurs semaines de silence, l'ancienne championne confie qu'elle a songé à arrêter. => elle a songé à arrêter | championne | verb-que
Interrogé sur ce point, le ministre a répondu que rien n'était décidé. => rien n'était décidé | ministre | verb-que
Dans un tweet, la députée a affirmé qu'elle ne voterait pas le texte. => elle ne voterait pas le texte | députée | verb-que
De son côté, la CGT estime que le compte n'y est pas. => le compte n'y est pas | CGT | verb-que
",
    ),
    (
        "subject phrase: head, title, apposition, parenthesis",
        r"
Le directeur de l'hôpital de Nantes a indiqué que trois patients étaient morts. => trois patients étaient morts | directeur | verb-que
La présidente du conseil régional, Carole Delga, estime que l'État doit payer. => l'État doit payer | Delga | verb-que
Le porte-parole de la préfecture de police a confirmé que deux personnes avaient été interpellées. => deux personnes avaient été interpellées | porte-parole | verb-que
Jean-Luc Mélenchon (LFI) juge que cette loi est dangereuse. => cette loi est dangereuse | Mélenchon | verb-que
Le ministre de l'Économie et des Finances a reconnu que la croissance serait faible. => la croissance serait faible | ministre | verb-que
Une source proche du dossier affirme que le contrat a été signé. => le contrat a été signé | source | verb-que
« Ce n'est qu'un début », a lancé la maire de Paris, Anne Hidalgo. => Ce n'est qu'un début | Hidalgo | incise
L'avocat de la famille, Me Jean Dupuis, a annoncé que la famille ferait appel. => la famille ferait appel | Dupuis | verb-que
Les habitants du quartier de la Goutte-d'Or racontent que les nuits sont devenues bruyantes. => les nuits sont devenues bruyantes | habitants | verb-que
Le chef de l'État a estimé que le pays avait tenu bon. => le pays avait tenu bon | chef | verb-que
La présidente de la Commission européenne, Ursula von der Leyen, a prévenu que l'aide serait conditionnée. => l'aide serait conditionnée | Leyen | verb-que
Le procureur de la République de Marseille, Nicolas Bessone, précise que l'enquête a été confiée à la PJ. => l'enquête a été confiée à la PJ | Bessone | verb-que
",
    ),
    (
        "inside the verb group: adverbs, clitics, modals, objects",
        r"
La ministre a d'ailleurs rappelé que le budget était voté. => le budget était voté | ministre | verb-que
Les enquêteurs ont rapidement conclu que l'incendie était accidentel. => l'incendie était accidentel | enquêteurs | verb-que
Le procureur lui a expliqué que la plainte avait été classée. => la plainte avait été classée | procureur | verb-que
Le président a tenu à préciser que rien n'était décidé. => rien n'était décidé | président | verb-que
Marine Le Pen a, une nouvelle fois, affirmé que l'immigration coûtait trop cher. => l'immigration coûtait trop cher | Pen | verb-que
L'entraîneur aurait même confié à ses proches que la saison était perdue. => la saison était perdue | entraîneur | verb-que
Le syndicat ne cesse de répéter que les salaires sont trop bas. => les salaires sont trop bas | syndicat | verb-que
Le maire nous a expliqué hier que la route serait refaite. => la route serait refaite | maire | verb-que
Elle l'a assuré à plusieurs reprises : la centrale est sûre. => la centrale est sûre | Elle | verb-colon
Le sénateur peut déjà affirmer que le texte passera. => le texte passera | sénateur | verb-que
Le gouvernement a finalement reconnu mardi que le calendrier était intenable. => le calendrier était intenable | gouvernement | verb-que
Les deux syndicats ont, dans un communiqué commun, dénoncé que la direction refuse de négocier. => la direction refuse de négocier | syndicats | verb-que
La porte-parole nous a assuré que les travaux reprendraient lundi. => les travaux reprendraient lundi | porte-parole | verb-que
Le Premier ministre a indiqué à l'Assemblée que le texte serait retiré. => le texte serait retiré | ministre | verb-que
",
    ),
    (
        "selon, d'après, pour, aux yeux de",
        r"
Selon le ministère de l'Intérieur, 80 000 manifestants ont défilé. => 80 000 manifestants ont défilé | ministère | selon
D'après les pompiers, l'incendie est maîtrisé. => l'incendie est maîtrisé | pompiers | selon
Le bilan s'élève à douze morts, d'après la Croix-Rouge. => Le bilan s'élève à douze morts | Croix-Rouge | selon
Les négociations, selon une source diplomatique, ont échoué. => ont échoué | source | selon
Pour l'économiste Thomas Piketty, les inégalités se creusent. => les inégalités se creusent | Piketty | selon
Aux yeux de la ministre, ce projet est prioritaire. => ce projet est prioritaire | ministre | selon
La hausse des prix devrait ralentir en 2024, selon la Banque de France. => La hausse des prix devrait ralentir en 2024 | Banque | selon
Selon Jean Martin, maire de la commune, l'eau est potable. => l'eau est potable | Martin | selon
Toujours d'après la police, le suspect était connu des services. => le suspect était connu des services | police | selon
L'avocat Paul Lombard, pour qui le dossier est vide, demande la relaxe. => le dossier est vide | Lombard | selon
Selon des sources policières, le suspect a avoué. => le suspect a avoué | sources | selon
Selon elle, la direction savait tout depuis des mois. => la direction savait tout depuis des mois | elle | selon
Le chiffre a doublé en un an, d'après une étude de la Drees. => Le chiffre a doublé en un an | étude | selon
Pour les enquêteurs, la piste criminelle est désormais privilégiée. => la piste criminelle est désormais privilégiée | enquêteurs | selon
La hausse, selon les économistes de la banque, devrait se poursuivre. => devrait se poursuivre | économistes | selon
",
    ),
    (
        "unmarked content and an incise",
        r"
Le pays traverse une crise grave, a estimé le président de la République. => Le pays traverse une crise grave | président | incise
Les salaires seront gelés, annonce la direction dans un communiqué. => Les salaires seront gelés | direction | incise
La situation reste tendue, a reconnu jeudi la porte-parole de l'armée. => La situation reste tendue | porte-parole | incise
Aucune piste n'est écartée, précisent les gendarmes. => Aucune piste n'est écartée | gendarmes | incise
Cette décision, souligne l'avocate, est sans précédent. => Cette décision, souligne l'avocate, est sans précédent | avocate | incise
Le projet sera abandonné, a-t-elle annoncé. => Le projet sera abandonné | elle | incise
En revanche, ajoute le rapport, les dépenses ont baissé. => les dépenses ont baissé | rapport | incise
Le vaccin est efficace, a déclaré mardi Olivier Véran. => Le vaccin est efficace | Véran | incise
La réforme, estime-t-il, est nécessaire. => La réforme, estime-t-il, est nécessaire | il | incise
Le trafic reprendra progressivement, a annoncé la SNCF dans la soirée. => Le trafic reprendra progressivement | SNCF | incise
Aucun blessé n'est à déplorer, précise la préfecture. => Aucun blessé n'est à déplorer | préfecture | incise
Les négociations avancent, a-t-il assuré à la sortie de la réunion. => Les négociations avancent | il | incise
Comme l'a rappelé le président, la loi sera appliquée. => la loi sera appliquée | président | incise
",
    ),
    (
        "incise with inversion",
        r"
« Nous ne céderons rien », a-t-il martelé. => Nous ne céderons rien | il | incise
« La route est longue », reconnaît-elle. => La route est longue | elle | incise
« C'est une victoire collective », ont-ils ajouté. => C'est une victoire collective | ils | incise
« Je n'ai rien à cacher », a-t-elle assuré devant les juges. => Je n'ai rien à cacher | elle | incise
« Il faut tenir », insiste-t-il, « encore quelques jours ». => Il faut tenir | il | incise => encore quelques jours | il | incise
« Pas question de reculer », a répliqué vendredi le porte-parole du gouvernement. => Pas question de reculer | porte-parole | incise
« Nous avons été entendus », se félicitent les syndicats. => Nous avons été entendus | syndicats | incise
« Rien n'est joué », avait-il prévenu la veille. => Rien n'est joué | il | incise
« Ce sera difficile », aurait confié le ministre à ses proches. => Ce sera difficile | ministre | incise
« Nous avons tout essayé. Rien n'a marché », a-t-il ajouté. => Nous avons tout essayé. Rien n'a marché | il | incise
« On ne lâchera rien », a lancé une manifestante. => On ne lâchera rien | manifestante | incise
« Je suis fier de cette équipe », s'est réjoui l'entraîneur après le match. => Je suis fier de cette équipe | entraîneur | incise
« C'est un jour historique », a-t-elle déclaré devant la presse. => C'est un jour historique | elle | incise
« La réforme est nécessaire », estime pour sa part le syndicat. => La réforme est nécessaire | syndicat | incise
« C'est inacceptable », ont dénoncé les élus de l'opposition dans un communiqué. => C'est inacceptable | élus | incise
« Je ne me représenterai pas », a annoncé jeudi soir le maire de Lyon. => Je ne me représenterai pas | maire | incise
« Nous n'avons rien à cacher », assurent les dirigeants du club. => Nous n'avons rien à cacher | dirigeants | incise
",
    ),
    (
        "avant de with a verb of saying",
        r"
« Nous irons jusqu'au bout », a-t-il poursuivi, avant d'ajouter que la grève durerait. => Nous irons jusqu'au bout | il | incise => la grève durerait | il | verb-que
La ministre a défendu sa réforme devant les députés, avant de préciser que le texte serait amendé. => le texte serait amendé | ministre | verb-que
Le maire a salué les bénévoles avant d'annoncer qu'une nouvelle salle ouvrirait en mars. => une nouvelle salle ouvrirait en mars | maire | verb-que
Le syndicat a rejeté l'offre, avant d'affirmer qu'il ne signerait rien. => il ne signerait rien | syndicat | verb-que
Le procureur a détaillé les faits, avant d'estimer que la peine devait être alourdie. => la peine devait être alourdie | procureur | verb-que
Le ministre a déclaré que l'usine resterait ouverte, avant d'ajouter que des aides seraient versées. => l'usine resterait ouverte | ministre | verb-que => des aides seraient versées | ministre | verb-que
Elle a attendu dix minutes avant de partir. => none
Il faut attendre les résultats avant de dire que la crise est finie. => none
Il a dit qu'il attendrait les résultats avant de dire que la crise est finie. => il attendrait les résultats avant de dire que la crise est finie | Il | verb-que => la crise est finie | il | verb-que
",
    ),
    (
        "short attributed fragment",
        r"
La ministre s'est dite « choquée » par ces propos. => choquée | ministre | fragment
Le syndicat qualifie la proposition d'« inacceptable ». => inacceptable | syndicat | fragment
L'opposition dénonce une « mascarade ». => mascarade | opposition | verb-quote
Le président s'est déclaré « très inquiet ». => très inquiet | président | fragment
Le juge a traité l'accusé de « menteur ». => menteur | juge | fragment
Elle a décrit son agresseur comme un homme « très calme ». => très calme | Elle | fragment
Les riverains se disent « épuisés » par le bruit. => épuisés | riverains | fragment
Le député s'est dit « profondément choqué » par la vidéo. => profondément choqué | député | fragment
L'ONG qualifie ces frappes de « crimes de guerre ». => crimes de guerre | ONG | fragment
Il a qualifié la décision d'« historique ». => historique | Il | fragment
gap Les élus de l'opposition ont dénoncé dans un communiqué une décision « inacceptable ». => inacceptable | élus | verb-quote
",
    ),
    (
        "dialogue inside one pair of marks",
        r"
« Tu viens, Marc ? — Pas ce soir, Julie ! », lança-t-il. => Tu viens, Marc ? | Julie | dialogue-turn => Pas ce soir, Julie ! | il | incise
« Bonjour, docteur ! — Entrez, madame Leroy », répondit le médecin. => Bonjour, docteur ! | Leroy | dialogue-turn => Entrez, madame Leroy | médecin | incise
« Tu as vu l'heure, Pierre ? — Je sais, Claire », soupira son mari. => Tu as vu l'heure, Pierre ? | Claire | dialogue-turn => Je sais, Claire | mari | incise
Le juge demanda : « Vous reconnaissez les faits, monsieur Girard ? – Oui, monsieur le juge. » => Vous reconnaissez les faits, monsieur Girard ? | juge | verb-colon => Oui, monsieur le juge. | Girard | dialogue-turn
Élise s'écria : « Viens vite, Hugo ! – J'arrive, Élise ! » => Viens vite, Hugo ! | Élise | verb-colon => J'arrive, Élise ! | Hugo | dialogue-turn
",
    ),
    (
        "attribution after the quote, and relays",
        r"
« La culture n'est pas un luxe. » — Jack Lang, ancien ministre => La culture n'est pas un luxe. | Lang | attribution
gap « Le dialogue est rompu » (Sophie Binet, CGT). => Le dialogue est rompu | Binet | attribution
« Il faut sauver l'hôpital » – Patrick Pelloux, urgentiste. => Il faut sauver l'hôpital | Pelloux | attribution
« Nous ne fermerons aucune école », a promis le recteur, selon Le Parisien. => Nous ne fermerons aucune école | recteur | incise
Le gouvernement reculera, a assuré un conseiller, cité par Reuters. => Le gouvernement reculera | conseiller | incise
« Les frappes vont continuer », a déclaré le porte-parole de l'armée, selon l'agence Tass. => Les frappes vont continuer | porte-parole | incise
« Nous sommes inquiets », indique un diplomate, cité par l'AFP. => Nous sommes inquiets | diplomate | incise
« La liberté de la presse est menacée. » — Reporters sans frontières => La liberté de la presse est menacée. | Reporters | attribution
« Nous continuerons », a assuré le porte-parole, cité par l'agence Reuters. => Nous continuerons | porte-parole | incise
",
    ),
    (
        "sources that are not people",
        r"
Une enquête de l'Insee révèle que le chômage a baissé. => le chômage a baissé | enquête | verb-que
Le rapport du Sénat souligne que les prisons sont surpeuplées. => les prisons sont surpeuplées | rapport | verb-que
Un sondage publié dimanche indique que la majorité des Français rejette la réforme. => la majorité des Français rejette la réforme | sondage | verb-que
Le communiqué précise que l'usine restera ouverte. => l'usine restera ouverte | communiqué | verb-que
L'étude, publiée dans The Lancet, conclut que le traitement réduit la mortalité. => le traitement réduit la mortalité | étude | verb-que
Selon un rapport de l'ONU, la faim progresse. => la faim progresse | rapport | selon
Un rapport parlementaire estime que la réforme a coûté deux milliards. => la réforme a coûté deux milliards | rapport | verb-que
",
    ),
    (
        "coordinated verbs sharing a subject",
        r"
La Cour des comptes a examiné les dépenses et constate qu'elles ont doublé. => elles ont doublé | Cour | verb-que
Le maire a visité l'école puis a annoncé que les travaux commenceraient en juin. => les travaux commenceraient en juin | maire | verb-que
Les manifestants ont défilé dans le calme et ont réclamé que le projet soit retiré. => le projet soit retiré | manifestants | verb-que
La Commission européenne a rejeté le plan mais estime qu'un accord reste possible. => un accord reste possible | Commission | verb-que
Le ministre a reçu les syndicats, puis il a affirmé que le dialogue reprendrait. => le dialogue reprendrait | il | verb-que
La maire a inauguré la crèche et a rappelé que trois autres ouvriraient en 2025. => trois autres ouvriraient en 2025 | maire | verb-que
",
    ),
    (
        "relative qui as subject",
        r"
Le texte a été présenté par Bruno Le Maire, qui a affirmé que les impôts ne monteraient pas. => les impôts ne monteraient pas | Maire | verb-que
Nous avons rencontré la maire du village, qui explique que l'école va fermer. => l'école va fermer | maire | verb-que
C'est le procureur qui a annoncé que l'enquête était close. => l'enquête était close | procureur | verb-que
Les infirmières, qui estiment que leur salaire est trop bas, manifestent. => leur salaire est trop bas | infirmières | verb-que
Il a cité un rapport de l'OMS qui souligne que la pollution tue. => la pollution tue | rapport | verb-que
La décision revient au juge Marc Trévidic, qui a déjà fait savoir qu'il refuserait. => il refuserait | Trévidic | verb-que
L'association, qui affirme que des enfants dorment dehors, demande un hébergement d'urgence. => des enfants dorment dehors | association | verb-que
",
    ),
    (
        "colon after the speaker",
        r"
La directrice a prévenu : « Personne ne sera licencié. » => Personne ne sera licencié. | directrice | verb-colon
Les syndicats ont répondu : la grève continue. => la grève continue | syndicats | verb-colon
Emmanuel Macron l'a répété mardi : « La France tiendra ses engagements. » => La France tiendra ses engagements. | Macron | verb-colon
Son avocat résume : « Mon client est innocent. » => Mon client est innocent. | avocat | verb-colon
Dans un communiqué, la FNSEA a averti : « Les agriculteurs ne paieront pas. » => Les agriculteurs ne paieront pas. | FNSEA | verb-colon
Le Premier ministre a été clair : « Il n'y aura pas de hausse d'impôts. » => Il n'y aura pas de hausse d'impôts. | ministre | colon
Le directeur financier a résumé : « Nous devons économiser. » => Nous devons économiser. | directeur | verb-colon
",
    ),
    (
        "passive report",
        r"
La fermeture de l'usine a été annoncée par la direction. => La fermeture de l'usine | direction | passive
Le report du scrutin a été confirmé par le Conseil constitutionnel. => Le report du scrutin | Conseil | passive
L'arrestation du suspect a été révélée par Le Monde. => L'arrestation du suspect | Monde | passive
gap Le montant de l'amende a été précisé par le juge. => Le montant de l'amende | juge | passive
Sa démission a été annoncée lundi par l'Élysée. => Sa démission | Élysée | passive
",
    ),
    (
        "verb and que-clause: tenses, plural and feminine subjects",
        r"
Les économistes jugent que la reprise sera lente. => la reprise sera lente | économistes | verb-que
La sénatrice assure que son vote n'était pas acheté. => son vote n'était pas acheté | sénatrice | verb-que
Les avocats de la défense ont rappelé que leur client avait un alibi. => leur client avait un alibi | avocats | verb-que
Christine Lagarde a souligné que l'inflation restait trop élevée. => l'inflation restait trop élevée | Lagarde | verb-que
La police indique que le conducteur était ivre. => le conducteur était ivre | police | verb-que
Le ministère a précisé qu'aucune victime n'était à déplorer. => aucune victime n'était à déplorer | ministère | verb-que
Les députées écologistes ont déclaré qu'elles voteraient contre. => elles voteraient contre | députées | verb-que
Le gouvernement craint que la grève ne s'étende. => la grève ne s'étende | gouvernement | verb-que
La ministre de la Culture avait reconnu qu'il fallait plus de moyens. => il fallait plus de moyens | ministre | verb-que
Les médecins redoutent que l'épidémie reparte. => l'épidémie reparte | médecins | verb-que
Le président a déclaré qu'« aucune piste n'est écartée ». => aucune piste n'est écartée | président | verb-que
La ministre a affirmé que la réforme était « indispensable » pour le pays. => la réforme était « indispensable » pour le pays | ministre | verb-que
Il a ajouté qu'il n'était « pas question » de reculer. => il n'était « pas question » de reculer | Il | verb-que
",
    ),
    (
        "infinitive complement (optional)",
        r"
Les syndicats affirment avoir obtenu gain de cause. => ?avoir obtenu gain de cause | syndicats | verb-infinitive
Le ministre dit vouloir renforcer les contrôles. => ?vouloir renforcer les contrôles | ministre | verb-infinitive
La candidate a promis de baisser les impôts. => ?baisser les impôts | candidate | verb-infinitive
L'accusé reconnaît avoir menti aux enquêteurs. => ?avoir menti aux enquêteurs | accusé | verb-infinitive
Le maire assure ne rien savoir de l'affaire. => ?ne rien savoir de l'affaire | maire | verb-infinitive
",
    ),
    (
        "speech-free look-alikes",
        r"
- 3 mars 2021 : le tribunal rend son jugement. => none
- un kilo de farine ; => none
Il apparaît désormais que le projet est abandonné. => none
Selon toute vraisemblance, le scrutin sera reporté. => none
Pour la deuxième année consécutive, les ventes ont reculé. => none
Les tarifs varient selon les régions. => none
Il est prévu que le chantier dure deux ans. => none
Le ministre n'a pas affirmé que la réforme serait retirée. => none
La ministre a annoncé son départ. => none
Le club a annoncé sa décision de quitter la ligue. => none
Pour 100 euros, vous avez un abonnement d'un an. => none
Il faut que les élus prennent leurs responsabilités. => none
Il semble que la pluie ait cessé. => none
Le film « La Haine » sera diffusé ce soir. => none
Le projet de loi dit « sécurité globale » a été adopté. => none
Selon les cas, la peine peut être doublée. => none
Pour autant, le gouvernement ne recule pas. => none
Pour ce qui est du budget, rien n'est décidé. => none
Il a été condamné pour avoir menti. => none
Le Premier ministre n'a jamais dit que les impôts baisseraient. => none
Le Conseil d'État a été saisi par plusieurs associations. => none
Pour la troisième fois cette année, le prix de l'essence a augmenté. => none
Selon les saisons, la route peut être fermée. => none
Il paraît que le spectacle est complet. => none
Le maire a annoncé la fermeture de la piscine. => none
Il est probable que le match soit reporté. => none
Pour cette raison, le concert est annulé. => none
Le livre « Les Misérables » a été adapté au cinéma. => none
- « Les urgences au bord de la rupture », Libération, 3 juillet 2019 => none
- « Pourquoi le prix du blé s'envole » par Marie Dupont pour Les Échos, 8 avril 2022 => none
Lire aussi : « La réforme des retraites adoptée au Sénat », Le Monde, 16 mars 2023 => none
Le ministre a démenti toute intervention. => none
",
    ),
];

#[test]
fn construction_challenge_set() {
    run_table("challenge set", CONSTRUCTIONS);
}

#[test]
fn the_table_checks_what_it_says() {
    // A wrong speaker, a wrong rule or an extra quote each fail a case.
    let case = |line| parse(line).pop().unwrap();
    let right = "« Nous partons », a déclaré le directeur. => Nous partons | directeur | incise";
    assert_eq!(check(&case(right)), None);
    let wrong_speaker =
        "« Nous partons », a déclaré le directeur. => Nous partons | maire | incise";
    assert!(check(&case(wrong_speaker)).is_some());
    let wrong_rule =
        "« Nous partons », a déclaré le directeur. => Nous partons | directeur | selon";
    assert!(check(&case(wrong_rule)).is_some());
    let none_expected = "« Nous partons », a déclaré le directeur. => none";
    assert!(check(&case(none_expected)).is_some());
    assert!(holds_word("l'avocate", "avocate") && !holds_word("l'avocate", "avocat"));
}
