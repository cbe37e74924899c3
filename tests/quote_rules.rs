//! Table-driven cases for reported speech, one per pattern: direct quotes
//! with their cue before, after or inside them, indirect and mixed speech,
//! speakers resolved through pronouns, titles and spelling variants, and the
//! quotation marks that report nothing. Whole-document behaviour is in
//! `quote_document.rs`.

use guillemet::{Document, QuoteKind};

/// (kind, content, speaker, rule) where speaker is the resolved name, or the
/// mention as written when it resolves to no one, and rule the construction
/// that produced the quote.
type Row = (QuoteKind, String, Option<String>, &'static str);

fn rows(doc: &Document<'_>) -> Vec<Row> {
    doc.quotes()
        .iter()
        .map(|q| {
            let speaker = q.speaker.as_ref().map(|m| match m.speaker {
                Some(i) => doc.speakers()[i].name.clone(),
                None => doc.slice(m.span).to_string(),
            });
            (
                q.kind,
                doc.slice(q.span).to_string(),
                speaker,
                q.rule.as_str(),
            )
        })
        .collect()
}

fn quotes(text: &str) -> Vec<Row> {
    rows(&guillemet::analyze(text).unwrap())
}

macro_rules! quote_cases {
    ($($name:ident: $input:expr => [$(($kind:ident, $content:expr, $speaker:expr, $rule:expr)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let expected: Vec<Row> = vec![$(
                    (QuoteKind::$kind, $content.to_string(), Option::<&str>::from($speaker).map(str::to_string), $rule)
                ),*];
                assert_eq!(quotes($input), expected, "input {:?}", $input);
            }
        )*
    };
}

quote_cases! {
    // Direct speech, cue after the quote.
    after_inverted_name: "« Nous ne céderons pas », a déclaré le ministre Jean Dupont."
        => [(Direct, "Nous ne céderons pas", "Jean Dupont", "incise")];
    after_pronoun: "Le ministre Jean Dupont est arrivé. « Nous ne céderons pas », a-t-il souligné."
        => [(Direct, "Nous ne céderons pas", "Jean Dupont", "incise")];
    after_selon: "« La situation est grave », selon Marie Curie."
        => [(Direct, "La situation est grave", "Marie Curie", "selon")];
    after_parenthesis: "« La situation est grave » (Marie Curie)."
        => [(Direct, "La situation est grave", "Marie Curie", "attribution")];
    after_no_comma: "« La sécurité est l’affaire de tous » a ensuite précisé Febelfin."
        => [(Direct, "La sécurité est l’affaire de tous", "Febelfin", "incise")];
    after_gerund: "— Elle nage comme un cygne ! dit en riant le père."
        => [(Direct, "Elle nage comme un cygne ! dit en riant le père.", "le père", "incise")];
    // Direct speech, cue before the quote.
    before_colon_verb: "Le président Emmanuel Macron a déclaré : « Nous agirons vite. »"
        => [(Direct, "Nous agirons vite.", "Emmanuel Macron", "verb-colon")];
    before_que: "Hu Jintao a indiqué que « la corruption doit être combattue »."
        => [(Direct, "la corruption doit être combattue", "Hu Jintao", "verb-que")];
    before_selon_apposition: "Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros »."
        => [(Direct, "le montant est plutôt de 700 000 euros", "Febelfin", "selon")];
    before_colon_without_verb: "Le vieux la regarda en hochant la tête : « Ma pauvre fille, tu as raison. »"
        => [(Direct, "Ma pauvre fille, tu as raison.", "Le vieux", "colon")];
    // An incise inside the marks: one quote, attributed by the incise.
    incise_inside: "« Ces résultats, dit-elle, sont provisoires. »"
        => [(Direct, "Ces résultats, dit-elle, sont provisoires.", "elle", "incise")];
    // An incise that ends its sentence inside the marks cuts them into two
    // quotes (GUIDELINES); told in the passé simple, literary dialogue keeps one.
    incise_ends_its_sentence: "« Nous avons tout essayé, explique Odile Farnier. Mais on ne tient plus. »"
        => [(Direct, "Nous avons tout essayé", "Odile Farnier", "incise"), (Direct, "Mais on ne tient plus.", "Odile Farnier", "incise")];
    incise_ends_after_a_party_or_a_relative: "« On a gagné, a déclaré Léonce Quérandel (LR), qui votait contre. Le texte passe. »"
        => [(Direct, "On a gagné", "Léonce Quérandel", "incise"), (Direct, "Le texte passe.", "Léonce Quérandel", "incise")];
    incise_in_the_past_simple: "« Merci, reprit le curé. Entrez donc. »"
        => [(Direct, "Merci, reprit le curé. Entrez donc.", "le curé", "incise")];
    // An absolute phrase between the incise verb and its subject.
    absolute_phrase_in_an_incise: "« On y croit », a lancé, sourire aux lèvres, la capitaine du club."
        => [(Direct, "On y croit", "la capitaine du club", "incise")];
    absolute_phrase_with_an_adjective: "« Je pars », a dit, la voix brisée, le maire."
        => [(Direct, "Je pars", "le maire", "incise")];
    // Closed and reopened around an incise: two quotes, one speaker.
    incise_between_pairs: "« Nous sommes prêts », a affirmé Anne Hidalgo, « et nous le prouverons »."
        => [(Direct, "Nous sommes prêts", "Anne Hidalgo", "incise"), (Direct, "et nous le prouverons", "Anne Hidalgo", "incise")];
    // Nested marks stay inside their quote.
    nested: "« Nous refusons la soi-disant « révolution de couleur » ici », a-t-il dit."
        => [(Direct, "Nous refusons la soi-disant « révolution de couleur » ici", "il", "incise")];
    // A quote over two paragraphs: one item per paragraph, one speaker.
    multi_paragraph: "« La première partie du discours est longue.\n\n« Et voici la seconde », a déclaré Marie Curie."
        => [(Direct, "La première partie du discours est longue.", "Marie Curie", "continued"), (Direct, "Et voici la seconde", "Marie Curie", "incise")];
    // A story told by a character over several paragraphs, in the passé
    // simple, is narration: the dialogue inside it is the speech.
    embedded_narrative: "Et il commença : « Elle fut élevée au village.\n« Un soir, elle vint chez nous. Le maire cria : « Sortez tous ! »\n« Nous partîmes aussitôt.\n« Personne ne revint. »"
        => [(Direct, "Sortez tous !", "Le maire", "verb-colon")];
    // A long news quotation (passé composé) keeps every paragraph.
    long_news_quote: "La ministre Anne Martin a déclaré : « Nous avons agi vite.\n« Nous avons fermé les écoles.\n« Nous avons aidé les familles.\n« Nous continuerons. »"
        => [(Direct, "Nous avons agi vite.", "Anne Martin", "verb-colon"), (Direct, "Nous avons fermé les écoles.", "Anne Martin", "continued"), (Direct, "Nous avons aidé les familles.", "Anne Martin", "continued"), (Direct, "Nous continuerons.", "Anne Martin", "continued")];
    // A gerund cue takes the subject of the clause it hangs on.
    gerund_takes_its_clause_subject: "Comme il insistait, elle se tordit en bégayant : « Vous êtes infâme, allez-vous-en. »"
        => [(Direct, "Vous êtes infâme, allez-vous-en.", "elle", "verb-colon")];
    // A cue after the quote naming no one yields to a colon cue before it.
    colon_cue_before_beats_a_bare_gerund_after: "Le docteur Marc Simon arriva. Je répondis : « Non » en souriant."
        => [(Direct, "Non", "Je", "verb-colon")];
    // Speech that a speaker reports inside their quote, with a reporting
    // verb and a speaker of its own, is that other speaker's quote; the
    // short frame around it ("Le policier m'a dit :") is not speech.
    nested_attributed_speech: "« Le policier m'a dit : « Circulez ! » Alors je suis partie », a raconté Marie Dupont."
        => [(Direct, "Circulez !", "Le policier", "verb-colon"), (Direct, "Alors je suis partie", "Marie Dupont", "incise")];
    // A name inside a noun phrase is a term, whatever verb governs it.
    name_after_article_is_a_term: "Lorsque Roger reprit le chemin du « Nautilus », il pensait à elle."
        => [];
    // An infinitive cue takes the subject of the verb it hangs on, past
    // clitics and negation ("ne put s'empêcher de dire").
    infinitive_after_reflexive_verb: "Pécuchet ne put s'empêcher de dire : « On le prendrait pour votre père ! »"
        => [(Direct, "On le prendrait pour votre père !", "Pécuchet", "verb-colon")];
    // A dialogue dash glued to the colon before the marks ("murmura :--
    // « … »"): still a direct quote of the clause's subject.
    colon_dash_before_marks: "Puis Marie murmura :-- « Tu viendras, dis ? »"
        => [(Direct, "Tu viendras, dis ?", "Marie", "verb-colon")];
    // After several appositions the subject is the phrase opening the
    // clause, past a coordination and a time adverbial.
    subject_before_several_appositions: "Jules, indigné, tremblant de colère, cria : « Pourquoi l'avez-vous laissé là ? »"
        => [(Direct, "Pourquoi l'avez-vous laissé là ?", "Jules", "verb-colon")];
    subject_after_coordination_and_adverbial: "L'homme ne répondait pas, et la jeune femme, au bout de cinq minutes, reprenait : « Dis donc, Marcel ! »"
        => [(Direct, "Dis donc, Marcel !", "la jeune femme", "verb-colon")];
    // A colon with no reporting verb: the subject of the clause after the
    // last ";", past a capitalised conjunction and a long apposition.
    colon_subject_after_semicolon: "Toutes grises qu'elles étaient, les femmes se turent ; et Rachel, frissonnante, se retourna : « Tu sais, j'en connais, des Français. »"
        => [(Direct, "Tu sais, j'en connais, des Français.", "Rachel", "colon")];
    // Since "rire" joined the speech verbs (session 12, "« … », rit-il"),
    // "se mit à rire" is the verb before the colon.
    colon_subject_after_capitalised_conjunction: "Mais le petit marquis, la tenant toujours sur ses genoux, se mit à rire, rendu très gai par le vin : « Je n'en ai jamais vu, moi. »"
        => [(Direct, "Je n'en ai jamais vu, moi.", "le petit marquis", "verb-colon")];
    // "puis" joins a second verb to the first one's subject.
    coordinated_verb_after_puis: "Anne Martin se tut, puis reprit : « Avez-vous été amoureux ? »"
        => [(Direct, "Avez-vous été amoureux ?", "Anne Martin", "verb-colon")];
    // A manner adverb between an inverted verb and its subject.
    incise_with_manner_adverb: "— Je crois qu'il est au théâtre, dit timidement Louisa."
        => [(Direct, "Je crois qu'il est au théâtre, dit timidement Louisa.", "Louisa", "incise")];
    // A diary entry under its date line is a document, not speech; the
    // speech reported inside it still is.
    diary_entry_under_its_date: "Mardi, 22 novembre.\n« Journée calme. Le commandant m'a dit : « Courage, Signora ! » Puis j'ai lu. »"
        => [(Direct, "Courage, Signora !", "Le commandant", "verb-colon")];
    // An inverted title phrase followed by the name in apposition: the
    // name is the speaker (the guidelines' shortest span that names).
    inverted_title_then_name: "« Non », a déclaré le porte-parole du Kremlin, Dmitri Peskov."
        => [(Direct, "Non", "Dmitri Peskov", "incise")];
    // Capitals after "du", "de la", "de l'" name an institution, not the
    // person; the same role twice is one speaker.
    role_with_institution_complement: "Le ministre de l'Intérieur a dit : « Nous verrons. » Le ministre de l'Intérieur a ajouté : « Rien ne presse. »"
        => [(Direct, "Nous verrons.", "Le ministre de l'Intérieur", "verb-colon"), (Direct, "Rien ne presse.", "Le ministre de l'Intérieur", "verb-colon")];
    // A party acronym is not part of the name; particles are.
    acronym_before_name: "« C'est un scandale », s'est indigné le député LFI François Ruffin."
        => [(Direct, "C'est un scandale", "François Ruffin", "incise")];
    name_with_particles_in_apposition: "« Il faut agir vite », a insisté la présidente de la Commission, Ursula von der Leyen, à Bruxelles."
        => [(Direct, "Il faut agir vite", "Ursula von der Leyen", "incise")];
    // An indefinite role is someone new, and a place after "de" is no name.
    indefinite_role_is_someone_new: "« Nous ne céderons pas », a déclaré Anne Martin. « On n'a pas le choix », confie une infirmière de l'hôpital de Lyon."
        => [(Direct, "Nous ne céderons pas", "Anne Martin", "incise"), (Direct, "On n'a pas le choix", "une infirmière de l'hôpital de Lyon", "incise")];
    // "Pour" with a named body after its article is an opinion.
    pour_named_body: "Pour la CGT, cette réforme est injuste."
        => [(Indirect, "cette réforme est injuste", "CGT", "selon")];
    // The headline form: a speech noun after the colon, then its source.
    headline_speech_noun: "« Nous sommes à bout » : le cri d'alarme des médecins urgentistes"
        => [(Direct, "Nous sommes à bout", "des médecins urgentistes", "speech-noun")];
    headline_multiword_speech_noun: "« Une réforme injuste » : le coup de gueule de la CGT"
        => [(Direct, "Une réforme injuste", "CGT", "speech-noun")];
    // A subject with its appositions before "a demandé" is no report.
    subject_with_apposition_is_no_incise: "Le maire de la commune, Rachid Ben Amor, a demandé l'état de catastrophe naturelle."
        => [];
    // A role refers to the person just named, even one not yet quoted.
    role_refers_to_the_person_just_named: "Le maire, Rachid Ben Amor, a écrit au préfet. « Les habitants ont besoin d'aide », insiste l'élu."
        => [(Direct, "Les habitants ont besoin d'aide", "Rachid Ben Amor", "incise")];
    // A colon with no reporting verb, in the present tense of reportage;
    // the name in apposition to the role is the shortest span that names
    // the speaker (GUIDELINES).
    colon_subject_in_present_tense: "Son mari, Patrick, hoche la tête : « Trente ans de vie, partis en une nuit. »"
        => [(Direct, "Trente ans de vie, partis en une nuit.", "Patrick", "colon")];
    // A headline quoting the article takes the speaker of the words it
    // repeats.
    headline_repeats_an_attributed_quote: "Inondations : « On a tout perdu »\n\n« On a tout perdu, les meubles, les papiers », explique Marie Durand."
        => [(Direct, "On a tout perdu", "Marie Durand", "repeated"), (Direct, "On a tout perdu, les meubles, les papiers", "Marie Durand", "incise")];
    // A colon before a dialogue line introduces that line, not an indirect
    // clause.
    colon_before_dialogue_line: "Fin.\n\n— Si je n’étais pas une femme ? demanda la Zambinella.\nElle sourit tristement, et dit en murmurant :\n— Fatale beauté !\nElle leva les yeux."
        => [(Direct, "Si je n’étais pas une femme ? demanda la Zambinella.", "Zambinella", "incise"), (Direct, "Fatale beauté !", "Zambinella", "verb-colon")];
    // Other quotation marks.
    curly_quotes: "“Nous verrons bien”, a répondu Paul Martin."
        => [(Direct, "Nous verrons bien", "Paul Martin", "incise")];
    straight_quotes: "\"Nous verrons bien\", a répondu Paul Martin."
        => [(Direct, "Nous verrons bien", "Paul Martin", "incise")];
    // Straight and curly marks pair as the sentence splitter reads them.
    straight_quotes_after_inch_mark: "Un écran de 6\" suffit. \"Nous verrons bien\", a répondu Paul Martin."
        => [(Direct, "Nous verrons bien", "Paul Martin", "incise")];
    straight_quotes_spaced: "Le taux est passé à 0.86. \" J'ai senti la différence \", a dit Paul Martin."
        => [(Direct, "J'ai senti la différence", "Paul Martin", "incise")];
    curly_quotes_typed_with_one_key: "”Nous verrons bien”, a répondu Paul Martin."
        => [(Direct, "Nous verrons bien", "Paul Martin", "incise")];
    // Em-dash dialogue.
    dialogue: "Il entra.\n\n— Bonjour, dit Bouvard.\n\n— Bonsoir, répondit Pécuchet."
        => [(Direct, "Bonjour, dit Bouvard.", "Bouvard", "incise"), (Direct, "Bonsoir, répondit Pécuchet.", "Pécuchet", "incise")];
    // A speaker introduced by a gesture in the sentence before, not a verb.
    narrated_speaker: "Louisa pleurait plus fort.\n– Ne me grondez pas, je suis déjà si malheureuse !"
        => [(Direct, "Ne me grondez pas, je suis déjà si malheureuse !", "Louisa", "narration")];
    narrated_pronoun: "Noël Dupont tira Lucie par la main.\n\nIl la tirait encore. « Viens ! Tu n'as pas peur des rats ? »"
        => [(Direct, "Viens ! Tu n'as pas peur des rats ?", "Noël Dupont", "narration")];
    // ... but a thing is not a speaker.
    narrated_object_is_no_speaker: "La porte s'ouvrit lentement.\n– Qui va là ? Montrez-vous !"
        => [(Direct, "Qui va là ? Montrez-vous !", None, "unattributed")];
    // The subject of the verb an infinitive hangs on.
    infinitive_governing_pronoun: "Impuissant, il se mit à crier de toute sa force : « Holà ! hé ! holà ! là-bas ! »"
        => [(Direct, "Holà ! hé ! holà ! là-bas !", "il", "verb-colon")];
    infinitive_governing_apposition: "Noël, dépité, ne cessait de dire : « Il te faudrait une culotte. »"
        => [(Direct, "Il te faudrait une culotte.", "Noël", "verb-colon")];
    // A capitalised adverb opening the sentence is not part of the name.
    sentence_adverb_not_in_name: "Puis Noël parla de Lucie.\n\n— Elle ne t'aime pas, tu sais ?"
        => [(Direct, "Elle ne t'aime pas, tu sais ?", "Noël", "narration")];
    sentence_stopword_not_in_name: "Quoique Marthe Dupont sût peu d'italien, elle entra.\n\nElle ajouta : « Il me tuera ! »"
        => [(Direct, "Il me tuera !", "Marthe Dupont", "verb-colon")];
    // A question to the listener inside the quote is no incise.
    question_is_no_incise: "Il bondit :\n« Ici, chez nous, y penses-tu ? »"
        => [(Direct, "Ici, chez nous, y penses-tu ?", "Il", "colon")];
    // A participle takes the subject of its own clause.
    participle_after_mais: "Je voulus me dresser, mais le médecin appuya sur ma poitrine, en disant :\n\n— Il ne faut pas bouger."
        => [(Direct, "Il ne faut pas bouger.", "le médecin", "verb-colon")];
    // Indirect speech.
    indirect_que: "Le Parquet fédéral annonce que des hackers ont volé 3 millions d'euros."
        => [(Indirect, "des hackers ont volé 3 millions d'euros", "Parquet fédéral", "verb-que")];
    indirect_opinion: "Le président Poutine estime que l’OTSC a prouvé son potentiel."
        => [(Indirect, "l’OTSC a prouvé son potentiel", "Poutine", "verb-que")];
    indirect_with_time_and_object: "Paul Martin a déclaré lundi à l'AFP que la grève continuerait."
        => [(Indirect, "la grève continuerait", "Paul Martin", "verb-que")];
    // A fronted time is no subject, its hour split as in UD ("14 h").
    indirect_after_fronted_time: "Mais peu avant 14h, la jeune fille prévenait sa famille qu'elle était saine et sauve."
        => [(Indirect, "elle était saine et sauve", "la jeune fille", "verb-que")];
    indirect_after_fronted_hour_and_minutes: "Vers 20h30, le maire a annoncé que la route était fermée."
        => [(Indirect, "la route était fermée", "le maire", "verb-que")];
    indirect_after_fronted_hour: "Dès 8h, les syndicats ont affirmé que la grève continuerait."
        => [(Indirect, "la grève continuerait", "syndicats", "verb-que")];
    // "avant de" with a verb of saying: the main clause's subject speaks.
    avant_de_after_an_action: "La juge Anne Morel a convoqué le témoin, avant d'estimer que des indices suffisants existaient."
        => [(Indirect, "des indices suffisants existaient", "Anne Morel", "verb-que")];
    avant_de_after_an_incise: "« Rien n'est réglé », a prévenu Paul Martin, avant d'ajouter que les discussions reprendraient lundi."
        => [(Direct, "Rien n'est réglé", "Paul Martin", "incise"), (Indirect, "les discussions reprendraient lundi", "Paul Martin", "verb-que")];
    avant_de_after_a_que_clause: "Le préfet a affirmé que la route était sûre, avant de préciser qu'un radar serait installé."
        => [(Indirect, "la route était sûre", "Le préfet", "verb-que"), (Indirect, "un radar serait installé", "Le préfet", "verb-que")];
    avant_de_without_speech: "Les pompiers ont sécurisé le site avant de quitter les lieux."
        => [];
    indirect_selon: "Selon le procureur, trois suspects ont été arrêtés."
        => [(Indirect, "trois suspects ont été arrêtés", "le procureur", "selon")];
    indirect_d_apres: "D'après Marie Curie, la découverte est majeure."
        => [(Indirect, "la découverte est majeure", "Marie Curie", "selon")];
    indirect_pour_opinion: "Pour le procureur fédéral, plus de 3 millions d’euros ont été volés."
        => [(Indirect, "plus de 3 millions d’euros ont été volés", "le procureur fédéral", "selon")];
    indirect_selon_after: "Trois hommes ont été arrêtés, selon la police."
        => [(Indirect, "Trois hommes ont été arrêtés", "police", "selon")];
    indirect_incise_after: "La situation est sous contrôle, a indiqué la police."
        => [(Indirect, "La situation est sous contrôle", "police", "incise")];
    indirect_passive: "Le départ du ministre a été annoncé par l'Élysée."
        => [(Indirect, "Le départ du ministre", "Élysée", "passive")];
    indirect_colon: "Le ministre Paul Martin a précisé : la réforme sera votée en mai."
        => [(Indirect, "la réforme sera votée en mai", "Paul Martin", "verb-colon")];
    // Mixed speech: a quoted fragment inside indirect speech.
    mixed: "Le ministre Paul Martin a déclaré que la situation était « très grave » ce soir."
        => [(Mixed, "la situation était « très grave » ce soir", "Paul Martin", "verb-que")];
    // What is not reported speech.
    negated: "Le ministre n'a pas dit que la réforme était abandonnée."
        => [];
    impersonal: "Il est prévu que la réforme soit votée."
        => [];
    restrictive_ne_que: "Ces mesures ne rapporteront que 3 milliards d'euros."
        => [];
    imperative: "Rappelons que la loi a été votée en 2012."
        => [];
    relative_que: "Il a rejeté la proposition que le syndicat avait faite."
        => [];
    title_of_work: "Il a regardé la série « Game of Thrones » hier soir."
        => [];
    scare_quote: "Deux Polonais servaient de « mules » au réseau."
        => [];

    // Issue 14, construction 1: headlines.
    headline_name_colon: "Emmanuel Macron : « Nous sommes en guerre »"
        => [(Direct, "Nous sommes en guerre", "Emmanuel Macron", "headline-colon")];
    headline_organisation_colon: "La CGT : « Nous irons jusqu'au bout »"
        => [(Direct, "Nous irons jusqu'au bout", "CGT", "headline-colon")];
    headline_role_colon: "Le ministre de la Santé : « La vague est derrière nous »"
        => [(Direct, "La vague est derrière nous", "Le ministre de la Santé", "headline-colon")];
    headline_topic_colon_is_no_speaker: "Banques belges piratées : « Le parquet exagère les chiffres »"
        => [(Direct, "Le parquet exagère les chiffres", None, "colon")];
    headline_selon_without_comma: "Chômage : 75 000 emplois menacés selon la CGT"
        => [(Indirect, "75 000 emplois menacés", "CGT", "selon")];
    headline_incise: "Retraites : « Nous irons jusqu'au bout », prévient Laurent Berger"
        => [(Direct, "Nous irons jusqu'au bout", "Laurent Berger", "incise")];

    // Issue 14, construction 2: what opens the sentence is not its subject.
    fronted_time_then_apposition: "Plus tard, Jean Dupont, président de l'Assemblée, a fait voter la loi puis a déclaré qu'« il faut continuer »."
        => [(Direct, "il faut continuer", "Jean Dupont", "verb-que")];
    fronted_side_adverbial: "De son côté, la ministre fait savoir que la réforme sera votée."
        => [(Indirect, "la réforme sera votée", "la ministre", "verb-que")];
    fronted_place_and_parenthesis: "Sur Twitter, Paul Durand (UMP) a dénoncé un « déni de démocratie »."
        => [(Direct, "déni de démocratie", "Paul Durand", "verb-quote")];
    fronted_participle: "Interrogé par l'AFP, le maire a déclaré que la situation était grave."
        => [(Indirect, "la situation était grave", "le maire", "verb-que")];
    vocative_is_no_subject: "Monsieur le Président, tous les intervenants l'ont souligné : la seule lueur d'espoir réside dans les élections."
        => [(Indirect, "la seule lueur d'espoir réside dans les élections", "tous les intervenants", "verb-colon")];
    // Issue 14, construction 3: the head of the subject is its first noun.
    head_before_complement: "Le secrétaire d'État soulignera que l'Algérie a demandé de l'aide."
        => [(Indirect, "l'Algérie a demandé de l'aide", "Le secrétaire d'État", "verb-que")];
    inverted_head_before_complement: "« Il est paradoxal de devoir tirer la sonnette d'alarme », confie la députée de Moselle."
        => [(Direct, "Il est paradoxal de devoir tirer la sonnette d'alarme", "la députée de Moselle", "incise")];
    head_with_name_in_apposition: "Le président du club, Angel Torres, a déclaré qu'il espérait gagner."
        => [(Indirect, "il espérait gagner", "Angel Torres", "verb-que")];
    head_with_participle_and_list: "Une enquête menée dans des ports belges, finnois et japonais a révélé que la moitié des conteneurs étaient mal déchargés."
        => [(Indirect, "la moitié des conteneurs étaient mal déchargés", "Une enquête menée dans des ports belges", "verb-que")];
    head_with_coordination: "Les dirigeants de l'époque ainsi que les otages libérés rétorquent qu'il n'y a pas eu de rançon."
        => [(Indirect, "il n'y a pas eu de rançon", "Les dirigeants de l'époque ainsi que les otages libérés", "verb-que")];
    head_with_parenthesis: "Le rapport d'évaluation (p. 10) indique que les participants venaient des services répressifs."
        => [(Indirect, "les participants venaient des services répressifs", "Le rapport d'évaluation (p. 10)", "verb-que")];
    // A name in apposition to "title de Organisation" is the speaker, not
    // the organisation.
    inverted_title_of_an_organisation_then_name: "« Nous partons », a déclaré le directeur de Renault, Jean Briand."
        => [(Direct, "Nous partons", "Jean Briand", "incise")];
    title_of_an_organisation_then_name: "Dans une note de 1991, l'ancien directeur général de Thomson-CSF, Jean-François Briand précisait que ce réseau avait fonctionné."
        => [(Indirect, "ce réseau avait fonctionné", "Jean-François Briand", "verb-que")];
    relative_with_name_and_role: "Il s'est disputé avec Bernard Bonnet, le successeur de Claude Erignac, qui lui avait rétorqué : « Je partirai. »"
        => [(Direct, "Je partirai.", "Bernard Bonnet", "verb-colon")];

    // Issue 14, construction 4: words inside the verb group and between
    // the verb and its que-clause.
    adverb_inside_the_group: "Il a apparemment dit que la réforme était morte."
        => [(Indirect, "la réforme était morte", "Il", "verb-que")];
    adverb_after_the_verb: "La police a déclaré précédemment que le suspect était armé."
        => [(Indirect, "le suspect était armé", "police", "verb-que")];
    emphatic_pronoun_after_the_verb: "Alain Gomez affirmait lui-même que le réseau avait prouvé son efficacité."
        => [(Indirect, "le réseau avait prouvé son efficacité", "Alain Gomez", "verb-que")];
    adverbs_piled_up: "Le rapporteur constate également fort justement que le parlement n'a pas été consulté."
        => [(Indirect, "le parlement n'a pas été consulté", "Le rapporteur", "verb-que")];
    phrase_between_commas: "L'Agence a conclu, après plusieurs enquêtes de terrain, que l'Irak ne possède aucune arme."
        => [(Indirect, "l'Irak ne possède aucune arme", "Agence", "verb-que")];
    infinitive_after_a_modal: "Le ministre voudrait seulement rappeler que la loi a été votée."
        => [(Indirect, "la loi a été votée", "Le ministre", "verb-que")];
    clitic_before_the_verb: "Néanmoins, un témoin leur assure qu'un des protagonistes a pris la fuite."
        => [(Indirect, "un des protagonistes a pris la fuite", "un témoin", "verb-que")];
    multiword_adverb_in_the_group: "Claude Gewerc a quant à lui prévenu : « Gremetz, c'est fini ! »"
        => [(Direct, "Gremetz, c'est fini !", "Claude Gewerc", "verb-colon")];
    person_told_before_que: "Peu avant 14h, la jeune fille prévenait sa famille qu'elle était saine et sauve."
        => [(Indirect, "elle était saine et sauve", "la jeune fille", "verb-que")];
    indirect_question: "Le maire a demandé si la route serait rouverte."
        => [(Indirect, "la route serait rouverte", "Le maire", "verb-que")];
    interrogative_content: "Denis Robert et Ernest Backes expliquent comment le gouvernement avait versé une rançon."
        => [(Indirect, "comment le gouvernement avait versé une rançon", "Denis Robert", "verb-que")];
    // Issue 14 lists it as speech: a content noun's que-clause after a
    // reporting verb, here one whose negation asserts (litotes).
    negated_possibility_is_a_report: "Le ministre n'a pas écarté la possibilité que les impôts augmentent."
        => [(Indirect, "les impôts augmentent", "Le ministre", "verb-que")];
    // After unmarked words, a phrase that can neither speak nor report is
    // the verb's object, not an inverted subject.
    object_after_a_clause_is_no_incise: "Elle rangea la photographie, lança un regard à sa sœur."
        => [];
    object_after_a_phrase_is_no_incise: "Les enfants, à cause de la pluie, racontaient une histoire."
        => [];
    speaking_subject_after_a_clause_is_an_incise: "La digue a cédé, a indiqué une porte-parole."
        => [(Indirect, "La digue a cédé", "une porte-parole", "incise")];
    // Issue 14, construction 10: sources that are not people, and a
    // subject shared across coordinated verbs.
    study_as_source: "Une étude suédoise a démontré que le café protège le cœur."
        => [(Indirect, "le café protège le cœur", "Une étude suédoise", "verb-que")];
    report_as_source: "Un rapport a constaté que les hôpitaux manquaient de personnel."
        => [(Indirect, "les hôpitaux manquaient de personnel", "Un rapport", "verb-que")];
    subject_shared_by_coordinated_verbs: "Météo France a relevé 27 degrés à Paris mais précise que le record tient toujours."
        => [(Indirect, "le record tient toujours", "Météo France", "verb-que")];
    institution_as_source: "Le ministère soupçonne que les chiffres ont été gonflés."
        => [(Indirect, "les chiffres ont été gonflés", "ministère", "verb-que")];

    // Issue 14, construction 5: selon, d'après, pour, de l'avis de, aux
    // yeux de, du point de vue de, wherever they stand.
    selon_at_the_end: "Le chômage a augmenté de 10 %, selon l'Insee."
        => [(Indirect, "Le chômage a augmenté de 10 %", "Insee", "selon")];
    selon_in_the_middle: "La réforme, selon le ministère, sera votée en mai."
        => [(Indirect, "sera votée en mai", "ministère", "selon")];
    toujours_selon: "Toujours selon le ministère, trois personnes ont été arrêtées."
        => [(Indirect, "trois personnes ont été arrêtées", "ministère", "selon")];
    selon_with_a_role_in_apposition: "Selon Paul Martin, le président de la fédération, les comptes sont bons."
        => [(Indirect, "les comptes sont bons", "Paul Martin", "selon")];
    pour_qui: "Le maire, pour qui la situation est grave, a convoqué le conseil."
        => [(Indirect, "la situation est grave", "Le maire", "selon")];
    de_l_avis_de: "De l'avis de la ministre, la réforme est nécessaire."
        => [(Indirect, "la réforme est nécessaire", "la ministre", "selon")];
    aux_yeux_de: "Aux yeux du président, la réforme est nécessaire."
        => [(Indirect, "la réforme est nécessaire", "président", "selon")];
    du_point_de_vue_de: "Du point de vue des syndicats, la réforme est injuste."
        => [(Indirect, "la réforme est injuste", "syndicats", "selon")];
    selon_in_a_parenthesis: "Le stock valait un million (selon M. Copperman, cette valeur était pourtant supérieure)."
        => [(Indirect, "cette valeur était pourtant supérieure", "Copperman", "selon")];
    aux_yeux_of_no_one: "Il est coupable aux yeux de l'histoire."
        => [];

    // Issue 14, construction 6: unmarked content with an incise.
    unmarked_content_then_incise: "La réforme est un échec, a déclaré Paul Martin."
        => [(Indirect, "La réforme est un échec", "Paul Martin", "incise")];
    incise_after_an_adverbial: "Par ailleurs, poursuit l'ancien président, la langue française doit être protégée."
        => [(Indirect, "la langue française doit être protégée", "l'ancien président", "incise")];
    incise_after_the_subject: "La réforme, affirme le ministre, est un échec."
        => [(Indirect, "La réforme, affirme le ministre, est un échec", "le ministre", "incise")];
    incise_inside_a_short_clause: "Il est, dit George Sand, des génies malheureux auxquels l'expression manque."
        => [(Indirect, "Il est, dit George Sand, des génies malheureux auxquels l'expression manque", "George Sand", "incise")];
    incise_with_its_medium: "La constitution de partie civile est évidente, explique l'association dans un communiqué."
        => [(Indirect, "La constitution de partie civile est évidente", "association", "incise")];

    // Issue 14, construction 7: short attributed fragments are the
    // subject's words; with no one saying them they are terms.
    fragment_se_dire: "Le maire se dit « rassuré »."
        => [(Direct, "rassuré", "Le maire", "fragment")];
    fragment_traiter_de: "Il traite sa fille de « petite-bourgeoise »."
        => [(Direct, "petite-bourgeoise", "Il", "fragment")];
    fragment_qualifier_de: "Sepp Blatter qualifie l'affaire de « plus gros scandale de l'histoire du football »."
        => [(Direct, "plus gros scandale de l'histoire du football", "Sepp Blatter", "fragment")];
    fragment_decrire_comme: "Il l'a décrite comme une femme « remarquable »."
        => [(Direct, "remarquable", "Il", "fragment")];
    fragment_without_a_sayer_is_a_term: "La ville vit une crise « sans précédent »."
        => [];

    // Issue 14, construction 8: a dialogue inside one pair of marks; a
    // name the reply addresses spoke the turn before it.
    dialogue_in_one_pair: "« Eh oui, Jean ! — Tout à fait, Thierry ! », répondit alors son complice."
        => [(Direct, "Eh oui, Jean !", "Thierry", "dialogue-turn"), (Direct, "Tout à fait, Thierry !", "son complice", "incise")];
    dialogue_in_one_pair_after_a_colon: "Le maire lança : « Vous venez, Paul ? – Bien sûr, monsieur le maire ! »"
        => [(Direct, "Vous venez, Paul ?", "Le maire", "verb-colon"), (Direct, "Bien sûr, monsieur le maire !", "Paul", "dialogue-turn")];
    dash_inside_a_sentence_is_no_turn: "« Le projet – c'est un fait – avance », a dit Paul Martin."
        => [(Direct, "Le projet – c'est un fait – avance", "Paul Martin", "incise")];

    // Issue 14, construction 9: attribution after the quote, and the wire
    // agency that relays it.
    signed_after_a_dash: "« Nous ne lâcherons rien. » — Sonia Martin, journaliste"
        => [(Direct, "Nous ne lâcherons rien.", "Sonia Martin", "attribution")];
    signed_inside_the_sentence: "« Le pays a changé » – Paul Martin, historien."
        => [(Direct, "Le pays a changé", "Paul Martin", "attribution")];
    relay_after_an_incise: "« Nous refusons », a affirmé la CGT, selon l'AFP."
        => [(Direct, "Nous refusons", "CGT", "incise")];
    relay_after_unmarked_content: "La grève continuera, a affirmé la CGT, selon l'AFP."
        => [(Indirect, "La grève continuera", "CGT", "incise")];

    // Issue 14, subject phrases: an absolute participle clause has its own
    // subject; a participle after a comma shares the main clause's.
    absolute_participle: "La grève continue, les syndicats estimant que la réforme est injuste."
        => [(Indirect, "la réforme est injuste", "syndicats", "verb-que")];
    absolute_participle_of_people: "Un ratissage était entrepris, les gendarmes craignant que la jeune fille ait fugué."
        => [(Indirect, "la jeune fille ait fugué", "les gendarmes", "verb-que")];
    participle_on_the_main_clause: "Le maire a réagi, estimant que la réforme est injuste."
        => [(Indirect, "la réforme est injuste", "Le maire", "verb-que")];
    // "à" complements of a title belong to the phrase; of a thing, not.
    to_complement_of_a_title: "Il a rencontré le secrétaire d'État aux Transports, qui a affirmé que rien ne changerait."
        => [(Indirect, "rien ne changerait", "le secrétaire d'État aux Transports", "verb-que")];
    to_complement_after_a_participle: "Le texte a été défendu par la ministre déléguée à l'Industrie, qui a précisé que les aides seraient maintenues."
        => [(Indirect, "les aides seraient maintenues", "la ministre déléguée à l'Industrie", "verb-que")];
    to_complement_of_a_title_before_a_colon: "Il y était installé par un Président à mortier qui lui disait : Je vous installe."
        => [(Indirect, "Je vous installe", "un Président à mortier", "verb-colon")];
    to_complement_of_a_thing: "Il a rendu hommage aux victimes, qui ont affirmé que rien ne changerait."
        => [(Indirect, "rien ne changerait", "victimes", "verb-que")];
    // A coordination with no verb before it is inside the subject.
    coordinated_subject_ending_in_an_adverb: "Tous les intervenants ou presque l'ont souligné : rien ne va."
        => [(Indirect, "rien ne va", "Tous les intervenants ou presque", "verb-colon")];
    coordinated_subject_before_que: "Les élus ou presque ont affirmé que la loi passerait."
        => [(Indirect, "la loi passerait", "Les élus ou presque", "verb-que")];
    // "selon X, role." and "V, selon X, subject.": the words after the
    // source are no content.
    selon_then_a_role_at_the_end: "Le chômage a augmenté de 10 %, selon Paul Martin, économiste à l'Insee."
        => [(Indirect, "Le chômage a augmenté de 10 %", "Paul Martin", "selon")];
    selon_then_a_role_without_comma: "La différence s'élevait à 8 F selon Jacques Despuech, auteur du premier livre."
        => [(Indirect, "La différence s'élevait à 8 F", "Jacques Despuech", "selon")];
    selon_between_verb_and_subject: "« Nous refusons », auraient dit, selon le site, des agents de voyage."
        => [(Direct, "Nous refusons", "des agents de voyage", "incise")];
    selon_between_verb_and_subject_unmarked: "La situation est grave, ont affirmé, selon l'AFP, des témoins."
        => [(Indirect, "La situation est grave", "des témoins", "incise")];
    // Speech reported inside indirect speech is a quote too.
    nested_verb_que: "Le président du club, Angel Torres, a déclaré qu'il espérait que le contrat pousse Getafe."
        => [(Indirect, "il espérait que le contrat pousse Getafe", "Angel Torres", "verb-que"), (Indirect, "le contrat pousse Getafe", "Angel Torres", "verb-que")];
    nested_verb_que_of_a_group: "Le ministre a affirmé que les syndicats estimaient que la réforme était juste."
        => [(Indirect, "les syndicats estimaient que la réforme était juste", "Le ministre", "verb-que"), (Indirect, "la réforme était juste", "syndicats", "verb-que")];
    // The inner report ends with the outer one: a coordinated verb or an
    // "avant de" after it belongs to the outer clause.
    nested_verb_que_ends_before_a_coordinated_verb: "Le maire a estimé que le préfet croyait que le projet avançait et a ordonné une enquête."
        => [(Indirect, "le préfet croyait que le projet avançait", "Le maire", "verb-que"), (Indirect, "le projet avançait", "le préfet", "verb-que")];
    nested_verb_que_ends_before_a_contrast: "Le ministre affirme que les syndicats estiment que la réforme est juste, alors que l'opposition assure qu'elle échouera."
        => [(Indirect, "les syndicats estiment que la réforme est juste", "Le ministre", "verb-que"), (Indirect, "la réforme est juste", "syndicats", "verb-que"), (Indirect, "elle échouera", "opposition", "verb-que")];
    nested_selon: "Le ministre a déclaré que la réforme, selon lui, sera votée en mai."
        => [(Indirect, "la réforme, selon lui, sera votée en mai", "Le ministre", "verb-que"), (Indirect, "sera votée en mai", "Le ministre", "selon")];
    nested_selon_of_a_medium_is_a_relay: "Le ministre a déclaré que la réforme, selon l'AFP, sera votée en mai."
        => [(Indirect, "la réforme, selon l'AFP, sera votée en mai", "Le ministre", "verb-que")];

    // A colon after a clause with no reporting verb: the subject of its
    // verb, a document or an organisation as well as a person.
    colon_after_a_document_subject: "Un rapport de la Ligue arabe apporte la même conclusion : « Le journaliste a été tué par un obus. »"
        => [(Direct, "Le journaliste a été tué par un obus.", "Ligue arabe", "colon")];
    colon_after_an_organisation_subject: "La Ligue arabe apporte la même conclusion : « Le journaliste a été tué par un obus. »"
        => [(Direct, "Le journaliste a été tué par un obus.", "Ligue arabe", "colon")];
    colon_after_a_person_subject: "Le capitaine de l'équipe haussa les épaules : « Nous avons fait ce que nous pouvions. »"
        => [(Direct, "Nous avons fait ce que nous pouvions.", "Le capitaine de l'équipe", "colon")];

    // Issue 14, construction 11: false alarms.
    // A list item opened by a hyphen is no dialogue turn; its own reporting
    // clause still reports.
    list_item_is_no_turn: "- 12 février 1996 : La police judiciaire perquisitionne les locaux de l'office."
        => [];
    list_item_of_a_leaflet: "- si vous avez des problèmes rénaux ou si vous en avez eu."
        => [];
    list_item_with_a_report: "- Les juges estiment que des commissions auraient été versées."
        => [(Indirect, "des commissions auraient été versées", "Les juges", "verb-que")];
    // A hyphen turn says so: an incise, or a question in the second person.
    hyphen_turn_with_incise: "- Entrez donc, dit-il."
        => [(Direct, "Entrez donc, dit-il.", "il", "incise")];
    hyphen_turn_addressed: "- Tu viens avec nous ?"
        => [(Direct, "Tu viens avec nous ?", None, "unattributed")];
    // An adverb that looks like a reporting verb ("maintenir").
    adverb_is_no_cue: "Il apparaît maintenant que la réforme a échoué."
        => [];
    // "Comment se fait-il que": "se faire" reports nothing.
    reflexive_faire_is_no_incise: "Comment se fait-il que le parlement ne se conforme pas à la réglementation ?"
        => [];
    // "Pour X," is an opinion only when X can speak.
    pour_a_time_is_no_source: "Pour la première fois, le gouvernement recule."
        => [];
    pour_an_infinitive_is_no_source: "Il est nommé ministre, pour remplacer le général de Galliffet, dans le gouvernement de Waldeck-Rousseau."
        => [];
    pour_an_infinitive_opening_the_sentence: "Pour conforter l'équipe, nous allons prendre un attaquant."
        => [];
    pour_an_occasion_is_no_source: "Pour ce premier rendez-vous, l'animateur a présenté quelques œuvres."
        => [];
    // A parenthesis that abbreviates the quoted words is not who said them.
    acronym_of_the_term: "Il est classé en « zone d'éducation prioritaire » (ZEP)."
        => [];
    // A verbless phrase in marks inside a sentence is a term.
    verbless_phrase_is_a_term: "Il est mis en examen pour « trafic d'influence et abus de biens sociaux »."
        => [];
    // Verbs whose reflexive form reports nothing.
    reflexive_terminer_is_no_cue: "Le concert se termina sur « Whole Lotta Love », une reprise."
        => [];
    // A passive verb before a colon announces a list, not words.
    passive_before_colon: "Trois séances sont prévues : à 14h, 15h et 16h."
        => [];
}

#[test]
fn extra_speech_verbs_from_the_analyzer() {
    let text = "Paul Martin gazouille que tout va bien.";
    assert!(guillemet::analyze(text).unwrap().quotes().is_empty());
    let analyzer = guillemet::Analyzer::builder()
        .speech_verbs(["gazouille:gazouiller"])
        .build();
    let doc = analyzer.analyze(text).unwrap();
    assert_eq!(
        rows(&doc),
        [(
            QuoteKind::Indirect,
            "tout va bien".to_string(),
            Some("Paul Martin".to_string()),
            "verb-que"
        )]
    );
    assert_eq!(&*doc.quotes()[0].cue.as_ref().unwrap().lemma, "gazouiller");
}

#[test]
fn editing_stopwords_for_counting_does_not_change_names() {
    let text =
        "Quoique Marthe Dupont sût peu d'italien, elle entra.\n\nElle ajouta : « Il me tuera ! »";
    let analyzer = guillemet::Analyzer::builder()
        .remove_stopwords(["quoique"])
        .build();
    let doc = analyzer.analyze(text).unwrap();
    assert_eq!(
        rows(&doc),
        [(
            QuoteKind::Direct,
            "Il me tuera !".to_string(),
            Some("Marthe Dupont".to_string()),
            "verb-colon"
        )]
    );
}
