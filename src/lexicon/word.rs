/// A set of word classes, one bit each.
pub type Classes = u128;

/// In the `determiners` section of grammar.txt.
pub const DETERMINER: Classes = 1 << 0;
/// In the `subject_pronouns` section of grammar.txt.
pub const SUBJECT_PRONOUN: Classes = 1 << 1;
/// In the `object_clitics` section of grammar.txt.
pub const OBJECT_CLITIC: Classes = 1 << 2;
/// In the `auxiliaries` section of grammar.txt.
pub const AUXILIARY: Classes = 1 << 3;
/// In the `adverbs` section of grammar.txt.
pub const ADVERB: Classes = 1 << 4;
/// In the `negations` section of grammar.txt.
pub const NEGATION: Classes = 1 << 5;
/// In the `subordinators` section of grammar.txt.
pub const SUBORDINATOR: Classes = 1 << 6;
/// In the `prepositions` section of grammar.txt.
pub const PREPOSITION: Classes = 1 << 7;
/// In the `org_nouns` section of grammar.txt.
pub const ORG_NOUN: Classes = 1 << 8;
/// In the `naming_words` section of grammar.txt.
pub const NAMING_WORD: Classes = 1 << 9;
/// The preposition that opens a gerund ("en souriant"), never an adverbial
/// of its own between an inverted verb and its subject: `gerund_markers`
/// in grammar.txt. (The bit was `speech_nouns`', a list read only as
/// phrases, [`crate::lexicon::Grammar::speech_nouns`].)
pub const GERUND_MARKER: Classes = 1 << 10;
/// In the `faire_complements` section of grammar.txt.
pub const FAIRE_COMPLEMENT: Classes = 1 << 11;
/// In the `anonymous_heads` section of grammar.txt.
pub const ANONYMOUS_HEAD: Classes = 1 << 12;
/// In the `faire_forms` section of grammar.txt.
pub const FAIRE_FORM: Classes = 1 << 13;
/// In the `clitic_subjects` section of grammar.txt.
pub const CLITIC_SUBJECT: Classes = 1 << 14;
/// Verbs that report only with a content noun and its que-clause after
/// them ("a exprimé l'espoir que", "a émis l'hypothèse que"): the forms
/// of the `content_verbs` section of grammar.txt. ("selon les régions" reads its list,
/// `depending_on`, by its words: this bit was its.)
pub const CONTENT_VERB: Classes = 1 << 15;
/// In the `relay_verbs` section of grammar.txt.
pub const RELAY_VERB: Classes = 1 << 16;
/// An inflected reporting verb.
pub const SPEECH_VERB: Classes = 1 << 17;
/// A title or role.
pub const TITLE: Classes = 1 << 18;
/// An abbreviation (lowercased).
pub const ABBREVIATION: Classes = 1 << 19;
/// A word of some media outlet's name ("reuters", "monde").
pub const MEDIA_WORD: Classes = 1 << 20;
/// In the shipped stopwords.txt (not the analyzer's edited list): a
/// function word, which never starts a name when it opens a clause.
pub const FUNCTION_WORD: Classes = 1 << 21;
/// In the `narrative_past` section of grammar.txt (passé simple).
pub const NARRATIVE_PAST: Classes = 1 << 22;
/// In the `source_markers` section of grammar.txt (selon, après, pour).
pub const SOURCE_MARKER: Classes = 1 << 23;
/// In the `quotation_marks` section of grammar.txt.
pub const QUOTATION_MARK: Classes = 1 << 24;
/// In the `person_deictics` section of grammar.txt (je, tu, vous…).
pub const PERSON_DEICTIC: Classes = 1 << 25;
/// In the `calendar_words` section of grammar.txt (days, months).
pub const CALENDAR_WORD: Classes = 1 << 26;
/// In the `time_words` section of grammar.txt (jour, soir, hier…).
pub const TIME_WORD: Classes = 1 << 27;
/// In the `vocatives` section of grammar.txt (monsieur, madame…).
pub const VOCATIVE: Classes = 1 << 28;

/// Nouns for people that a definite description refers back with (`person_nouns` in grammar.txt).
pub const PERSON_NOUN: Classes = 1 << 29;
/// Lowercase particles inside a name (`name_particles` in grammar.txt).
pub const NAME_PARTICLE: Classes = 1 << 30;
/// Lowercase particles joined by a hyphen to a capitalised name (`name_prefixes` in grammar.txt).
pub const NAME_PREFIX: Classes = 1 << 31;
/// Documents that speak for whoever made them (`document_nouns` in grammar.txt).
pub const DOCUMENT_NOUN: Classes = 1 << 32;
/// In lowercase_words.txt: a word French writes in lowercase, so a
/// common word when capitalised ("le Duc", "le Français"), not a name.
pub const LOWERCASE_WORD: Classes = 1 << 33;
/// The preposition de, elided or not (`de` in grammar.txt).
pub const DE: Classes = 1 << 34;
/// De fused with an article (du, des) (`de_articles` in grammar.txt).
pub const DE_ARTICLE: Classes = 1 << 35;
/// Third-person subject pronouns (`third_person` in grammar.txt).
pub const THIRD_PERSON: Classes = 1 << 36;
/// The indefinite subject pronoun on (`indefinite_on` in grammar.txt).
pub const INDEFINITE_ON: Classes = 1 << 37;
/// The first-person singular subject pronoun (`first_singular` in grammar.txt).
pub const FIRST_SINGULAR: Classes = 1 << 38;
/// The second-person singular subject pronoun (`second_singular` in grammar.txt).
pub const SECOND_SINGULAR: Classes = 1 << 39;
/// First- and second-person plural pronouns (`first_second_plural` in grammar.txt).
pub const FIRST_SECOND_PLURAL: Classes = 1 << 40;
/// Inverted on after a verb (dit-on) (`inverted_on` in grammar.txt).
pub const INVERTED_ON: Classes = 1 << 41;
/// Inverted third-person singular clitics (a-t-il) (`inverted_third_singular` in grammar.txt).
pub const INVERTED_THIRD_SINGULAR: Classes = 1 << 42;
/// Inverted second-person clitics (dis-tu, dites-vous) (`inverted_second` in grammar.txt).
pub const INVERTED_SECOND: Classes = 1 << 43;
/// Stressed third-person pronouns (lui, eux) (`stressed_third` in grammar.txt).
pub const STRESSED_THIRD: Classes = 1 << 44;
/// Third-person plural pronouns, subject or stressed (`third_plural` in grammar.txt).
pub const THIRD_PLURAL: Classes = 1 << 45;
/// Stressed first-person pronouns: the writer as a source (`first_person_stressed` in grammar.txt).
pub const FIRST_PERSON_STRESSED: Classes = 1 << 46;
/// The negation clitic ne (`ne` in grammar.txt).
pub const NE: Classes = 1 << 47;
/// The reflexive clitic se (`reflexive` in grammar.txt).
pub const REFLEXIVE: Classes = 1 << 48;
/// First- and second-person object clitics (`person_clitics` in grammar.txt).
pub const PERSON_CLITIC: Classes = 1 << 49;
/// Third-person dative clitics (lui, leur) (`dative_clitics` in grammar.txt).
pub const DATIVE_CLITIC: Classes = 1 << 50;
/// The clitic y (`clitic_y` in grammar.txt).
pub const CLITIC_Y: Classes = 1 << 51;
/// The clitic en (`clitic_en` in grammar.txt).
pub const CLITIC_EN: Classes = 1 << 52;
/// The elided object clitic or article l' (`elided_object` in grammar.txt).
pub const ELIDED_OBJECT: Classes = 1 << 53;
/// Conjunctions after which a verb shares the sentence subject (`coordinators` in grammar.txt).
pub const COORDINATOR: Classes = 1 << 54;
/// Conjunctions after which a verb shares the subject of the verb before (`verb_coordinators` in grammar.txt).
pub const VERB_COORDINATOR: Classes = 1 << 55;
/// Words after which dit or écrit is a finite verb, not a participle (`finite_dit_openers` in grammar.txt).
pub const FINITE_DIT_OPENER: Classes = 1 << 56;
/// Conjunctions skipped at the start of a clause before its subject (`clause_preambles` in grammar.txt).
pub const CLAUSE_PREAMBLE: Classes = 1 << 57;
/// Conjunctions opening a clause with a subject of its own (`new_clause_links` in grammar.txt).
pub const NEW_CLAUSE_LINK: Classes = 1 << 58;
/// Conjunctions after which a source adjunct opens its clause (`adjunct_openers` in grammar.txt).
pub const ADJUNCT_OPENER: Classes = 1 << 59;
/// Definite articles, also object clitics (`definite` in grammar.txt).
pub const DEFINITE: Classes = 1 << 60;
/// Singular definite articles (`singular_definite` in grammar.txt).
pub const SINGULAR_DEFINITE: Classes = 1 << 61;
/// Articles that follow de before a noun (de la, de l') (`articles_after_de` in grammar.txt).
pub const ARTICLE_AFTER_DE: Classes = 1 << 62;
/// Indefinite articles: someone new (`indefinite_articles` in grammar.txt).
pub const INDEFINITE_ARTICLE: Classes = 1 << 63;
/// Plural articles before a group's name (`plural_articles` in grammar.txt).
pub const PLURAL_ARTICLE: Classes = 1 << 64;
/// Determiners of a group of people (`group_determiners` in grammar.txt).
pub const GROUP_DETERMINER: Classes = 1 << 65;
/// Determiners that refer back (le, ce) (`anaphoric_determiners` in grammar.txt).
pub const ANAPHORIC_DETERMINER: Classes = 1 << 66;
/// Articles that make a quoted name a term (`name_articles` in grammar.txt).
pub const NAME_ARTICLE: Classes = 1 << 67;
/// Capitalised particles opening a surname (`surname_particles` in grammar.txt).
pub const SURNAME_PARTICLE: Classes = 1 << 68;
/// Words that are not the head of a role phrase (`role_modifiers` in grammar.txt).
pub const ROLE_MODIFIER: Classes = 1 << 69;
/// The preposition à (`a` in grammar.txt).
pub const A: Classes = 1 << 70;
/// À fused with an article (au, aux) (`a_articles` in grammar.txt).
pub const A_ARTICLE: Classes = 1 << 71;
/// Relative pronouns that are the subject of their clause (`subject_relatives` in grammar.txt).
pub const SUBJECT_RELATIVE: Classes = 1 << 72;
/// Relative pronouns opening a relative clause (`relatives` in grammar.txt).
pub const RELATIVE: Classes = 1 << 73;
/// Forms of the auxiliary être (`etre_forms` in grammar.txt).
pub const ETRE_FORM: Classes = 1 << 74;
/// Forms of faire read with an inverted subject (`faire_inverted` in grammar.txt).
pub const FAIRE_INVERTED: Classes = 1 << 75;
/// Forms of venir de: a recent past (`venir_aux` in grammar.txt).
pub const VENIR_AUX: Classes = 1 << 76;
/// Forms of dit and écrit, finite or participle (`dit_forms` in grammar.txt).
pub const DIT_FORM: Classes = 1 << 77;
/// Infinitive auxiliaries of a reported infinitive (`infinitive_aux` in grammar.txt).
pub const INFINITIVE_AUX: Classes = 1 << 78;
/// Lemmas of reporting verbs read in the passive (`passive_report_verbs` in grammar.txt).
pub const PASSIVE_REPORT_VERB: Classes = 1 << 79;
/// Si opening an indirect question (`question_if` in grammar.txt).
pub const QUESTION_IF: Classes = 1 << 80;
/// Interrogative adverbs opening an indirect question (`question_words` in grammar.txt).
pub const QUESTION_WORD: Classes = 1 << 81;
/// Cue lemmas of the source prepositions selon and d'après (`source_prepositions` in grammar.txt).
pub const SOURCE_PREPOSITION: Classes = 1 << 82;
/// Adverbs before a conjunction that make it no subordinator (`focus_adverbs` in grammar.txt).
pub const FOCUS_ADVERB: Classes = 1 << 83;
/// Words ending like a passé simple that are not verbs (`not_narrative_past` in grammar.txt).
pub const NOT_NARRATIVE_PAST: Classes = 1 << 84;
/// Time nouns that end a time adverbial (`time_nouns` in grammar.txt).
pub const TIME_NOUN: Classes = 1 << 85;
/// Nouns of things, not people (`thing_nouns` in grammar.txt).
pub const THING_NOUN: Classes = 1 << 86;
/// Lemmas that report nothing when reflexive ("se rappeler") (`reflexive_not_speech` in grammar.txt).
pub const REFLEXIVE_NOT_SPEECH: Classes = 1 << 87;
/// Lemmas that report only when reflexive ("s'inquiéter") (`reflexive_only_speech` in grammar.txt).
pub const REFLEXIVE_ONLY_SPEECH: Classes = 1 << 88;
/// Lemmas that report to an object ("prévenir X que") (`object_report_verbs` in grammar.txt).
pub const OBJECT_REPORT_VERB: Classes = 1 << 89;
/// Lemmas that report an indirect question ("demander si") (`question_verbs` in grammar.txt).
pub const QUESTION_VERB: Classes = 1 << 90;
/// Prepositions of a phrase between a verb and its que (`report_prepositions` in grammar.txt).
pub const REPORT_PREPOSITION: Classes = 1 << 91;
/// Degree words: a que after them is a comparison (`degree_words` in grammar.txt).
pub const DEGREE_WORD: Classes = 1 << 92;
/// Impersonal verbs ("il faut") (`impersonal_verbs` in grammar.txt).
pub const IMPERSONAL_VERB: Classes = 1 << 93;
/// Naming verbs that give a quoted fragment to their subject (`fragment_verbs` in grammar.txt).
pub const FRAGMENT_VERB: Classes = 1 << 94;
/// In demonyms.txt: a nationality or regional noun ("Uruguayen",
/// "Française"), a person's description when capitalised, never a name.
pub const DEMONYM: Classes = 1 << 95;
/// First names that are also common words ("Rose", "Victoire"):
/// `common_word_first_names` in grammar.txt.
pub const COMMON_FIRST_NAME: Classes = 1 << 96;
/// Words that end a thing's name, not a person's ("Patriot Act"):
/// `thing_name_ends` in grammar.txt.
pub const THING_NAME_END: Classes = 1 << 97;
/// In the `preposition_nouns` section of grammar.txt (face à, grâce à…).
pub const PREPOSITION_NOUN: Classes = 1 << 98;
/// Nouns of places whose "de" complement names the place, not a person
/// ("la base de Cape Canaveral"): `place_nouns` in grammar.txt.
pub const PLACE_NOUN: Classes = 1 << 99;
/// Things that report a finding or a statement, a source after "selon"
/// ("selon les chiffres", "d'après nos informations"): `source_nouns` in
/// grammar.txt.
pub const SOURCE_NOUN: Classes = 1 << 100;
/// Titles of an office held over a place, whose "de" complement names the
/// place ("le maire de Plouézec"): `place_offices` in grammar.txt.
pub const PLACE_OFFICE: Classes = 1 << 101;
/// Reporting verbs whose reflexive form before "que" tells a thought ("se
/// dire que"): `reflexive_thought` in grammar.txt.
pub const REFLEXIVE_THOUGHT: Classes = 1 << 102;
/// Nouns of something said, whose "selon laquelle" clause is what their
/// author said ("la déclaration du ministre selon laquelle …"):
/// `report_nouns` in grammar.txt.
pub const REPORT_NOUN: Classes = 1 << 103;
/// Forms of laisser, the support verb of "laisser entendre que":
/// `laisser_forms` in grammar.txt.
pub const LAISSER_FORM: Classes = 1 << 104;
/// Infinitives that make a locution of saying after laisser ("laisser
/// entendre", "laisser comprendre"): `laisser_complements` in grammar.txt.
pub const LAISSER_COMPLEMENT: Classes = 1 << 105;
/// Forms of mettre, the support verb of "mettre en garde":
/// `mettre_forms` in grammar.txt.
pub const METTRE_FORM: Classes = 1 << 106;
/// Nouns that make a locution of saying after "mettre en" ("mettre en
/// garde"): `mettre_en_complements` in grammar.txt.
pub const METTRE_EN_COMPLEMENT: Classes = 1 << 107;
/// The initials of a sports club's type words ("AS", "FC", "US"), which
/// open the club's name: `club_acronyms` in grammar.txt.
pub const CLUB_ACRONYM: Classes = 1 << 108;
/// Forms of verbs whose negation asserts, a litotes ("n'a pas caché que"):
/// `litotes_verbs` in grammar.txt.
pub const LITOTES_VERB: Classes = 1 << 109;
/// Person nouns for a group, not one person ("famille", "entourage"):
/// `person_groups` in grammar.txt.
pub const PERSON_GROUP: Classes = 1 << 110;
/// Words that make a subordinating conjunction with a following "que"
/// ("tandis que", "alors que", "bien que"): `que_locutions` in grammar.txt.
pub const QUE_LOCUTION: Classes = 1 << 111;
/// Legal forms of companies ("Morvandelle SA", "Kalmeyer AG"): capitalised
/// after a name, they make it a firm's; `company_forms` in grammar.txt.
pub const COMPANY_FORM: Classes = 1 << 112;
/// The words that close a firm's trade name after its founder's, alone
/// or after "&" / "et" ("Vaugrenier Frères", "Tournebride & Fils",
/// "Lestradieu et Associés", "Merlandou & Cie"): `family_firm_words` in
/// grammar.txt.
pub const FAMILY_FIRM_WORD: Classes = 1 << 115;
/// Places run as institutions ("l'hôpital de Kerdavel", "la ville de
/// Montgoubert"): heading a speaker's phrase, the body that runs them
/// speaks; `institution_places` in grammar.txt.
pub const INSTITUTION_PLACE: Classes = 1 << 113;
/// The type words of clubs' and movements' names, an organisation's only
/// when capitalised at the head of the phrase ("l'Olympique de Vaumarcy",
/// "le Stade corlésien", "le Front patriotique"); `capitalised_org_words`
/// in grammar.txt.
pub const CAPITALISED_ORG_WORD: Classes = 1 << 114;
/// Verbs whose infinitive complement did not happen ("a refusé de dire",
/// "a oublié de préciser"), so that their negation asserts it ("n'a pas
/// manqué de souligner"): `denying_governors` in grammar.txt, given as
/// infinitives and conjugated when the lexicons load.
pub const DENYING_GOVERNOR: Classes = 1 << 120;
/// The forms of "vouloir", which governs "dire" in the locution "vouloir
/// dire", to mean ("Cela veut dire que"): `meaning_governors` in
/// grammar.txt.
pub const MEANING_GOVERNOR: Classes = 1 << 116;
/// Legal texts and instruments that lay down rules (`legal_texts` in
/// grammar.txt).
pub const LEGAL_TEXT: Classes = 1 << 121;
/// Lemmas of verbs that say what a legal text lays down
/// (`stipulation_verbs` in grammar.txt).
pub const STIPULATION_VERB: Classes = 1 << 122;
/// Lemmas of speech verbs that take an attribute of their object
/// (`attribute_verbs` in grammar.txt).
pub const ATTRIBUTE_VERB: Classes = 1 << 123;
/// Forms of "apprendre" that report with an inverted "on" ("a-t-on
/// appris de source judiciaire"): `learn_forms` in grammar.txt.
pub const LEARN_FORM: Classes = 1 << 124;
/// In the `trade_nouns` section of grammar.txt: a trade noun that names
/// both a person and a firm ("éditeur", "brasseur", "négociant").
pub const TRADE_NOUN: Classes = 1 << 125;
/// Lemmas of the verbs of denial (`denial_verbs` in grammar.txt), whose
/// negation asserts: "ne nie pas que".
pub const DENIAL_VERB: Classes = 1 << 126;
/// Words that name quoted words as the title of a work
/// (`work_title_words` in grammar.txt): "un roman", "intitulé".
pub const WORK_TITLE_WORD: Classes = 1 << 127;
/// Past participles of being asked or quoted by the press
/// (`interview_participles` in grammar.txt): "cité par l'agence Reuters",
/// "interrogé par France Info", set off by commas inside a reporting clause.
pub const INTERVIEW_PARTICIPLE: Classes = 1 << 117;
/// Finite forms of the verbs of memory "se souvenir" and "se rappeler"
/// (`memory_verbs` in grammar.txt), which report speech only in an incise
/// after quotation marks: "», se souvient Gaëtane Orvellec".
pub const MEMORY_VERB: Classes = 1 << 118;
/// Demonstrative determiners (`demonstratives` in grammar.txt): "cette
/// semaine" is a time phrase.
pub const DEMONSTRATIVE: Classes = 1 << 119;
/// Sections of grammar.txt whose entries are infinitives: each word gets
/// the class in all the forms [`crate::conjugate`] knows.
pub const CONJUGATED_SECTIONS: &[&str] = &["denying_governors"];
/// Tokens where a reporting verb group may stand: a speech verb, a form of
/// "faire" or the complement of a locution of saying ("fait savoir",
/// "laisse entendre", "met en garde"), a verb whose negation asserts, a
/// form of "apprendre" (reporting only with "on"), a verb that reports with
/// a content noun ("a exprimé l'espoir que"). The
/// quote stage looks for groups there, and the memory budget counts them
/// by the same test, so that the two agree.
pub const REPORTING_CUE: Classes = SPEECH_VERB
    | FAIRE_FORM
    | FAIRE_COMPLEMENT
    | LAISSER_COMPLEMENT
    | METTRE_EN_COMPLEMENT
    | LITOTES_VERB
    | LEARN_FORM
    | MEMORY_VERB
    | CONTENT_VERB;
/// The word classes that make a sentence one the quote stage tags: a
/// reporting-verb form, a source marker (selon, pour…) or a quotation mark.
pub const TAGGING_CUE: Classes = SPEECH_VERB
    | FAIRE_FORM
    | LAISSER_FORM
    | METTRE_FORM
    | LITOTES_VERB
    | LEARN_FORM
    | CONTENT_VERB
    | SOURCE_MARKER
    | QUOTATION_MARK;
/// The classes read from `grammar.txt`, by section name: every
/// single-word entry of the section gets the class's bit.
pub const SECTIONS: &[(&str, Classes)] = &[
    ("determiners", DETERMINER),
    ("subject_pronouns", SUBJECT_PRONOUN),
    ("object_clitics", OBJECT_CLITIC),
    ("auxiliaries", AUXILIARY),
    ("adverbs", ADVERB),
    ("negations", NEGATION),
    ("subordinators", SUBORDINATOR),
    ("prepositions", PREPOSITION),
    ("org_nouns", ORG_NOUN),
    ("trade_nouns", TRADE_NOUN),
    ("denial_verbs", DENIAL_VERB),
    ("work_title_words", WORK_TITLE_WORD),
    ("interview_participles", INTERVIEW_PARTICIPLE),
    ("memory_verbs", MEMORY_VERB),
    ("club_acronyms", CLUB_ACRONYM),
    ("company_forms", COMPANY_FORM),
    ("family_firm_words", FAMILY_FIRM_WORD),
    ("institution_places", INSTITUTION_PLACE),
    ("capitalised_org_words", CAPITALISED_ORG_WORD),
    ("naming_words", NAMING_WORD),
    ("faire_complements", FAIRE_COMPLEMENT),
    ("anonymous_heads", ANONYMOUS_HEAD),
    ("faire_forms", FAIRE_FORM),
    ("clitic_subjects", CLITIC_SUBJECT),
    ("content_verbs", CONTENT_VERB),
    ("relay_verbs", RELAY_VERB),
    ("narrative_past", NARRATIVE_PAST),
    ("source_markers", SOURCE_MARKER),
    ("quotation_marks", QUOTATION_MARK),
    ("person_deictics", PERSON_DEICTIC),
    ("calendar_words", CALENDAR_WORD),
    ("time_words", TIME_WORD),
    ("vocatives", VOCATIVE),
    ("person_nouns", PERSON_NOUN),
    ("person_groups", PERSON_GROUP),
    ("name_particles", NAME_PARTICLE),
    ("name_prefixes", NAME_PREFIX),
    ("document_nouns", DOCUMENT_NOUN),
    ("de", DE),
    ("de_articles", DE_ARTICLE),
    ("third_person", THIRD_PERSON),
    ("indefinite_on", INDEFINITE_ON),
    ("first_singular", FIRST_SINGULAR),
    ("second_singular", SECOND_SINGULAR),
    ("first_second_plural", FIRST_SECOND_PLURAL),
    ("inverted_on", INVERTED_ON),
    ("inverted_third_singular", INVERTED_THIRD_SINGULAR),
    ("inverted_second", INVERTED_SECOND),
    ("stressed_third", STRESSED_THIRD),
    ("third_plural", THIRD_PLURAL),
    ("first_person_stressed", FIRST_PERSON_STRESSED),
    ("ne", NE),
    ("reflexive", REFLEXIVE),
    ("person_clitics", PERSON_CLITIC),
    ("dative_clitics", DATIVE_CLITIC),
    ("clitic_y", CLITIC_Y),
    ("clitic_en", CLITIC_EN),
    ("elided_object", ELIDED_OBJECT),
    ("coordinators", COORDINATOR),
    ("verb_coordinators", VERB_COORDINATOR),
    ("que_locutions", QUE_LOCUTION),
    ("denying_governors", DENYING_GOVERNOR),
    ("meaning_governors", MEANING_GOVERNOR),
    ("legal_texts", LEGAL_TEXT),
    ("stipulation_verbs", STIPULATION_VERB),
    ("attribute_verbs", ATTRIBUTE_VERB),
    ("learn_forms", LEARN_FORM),
    ("finite_dit_openers", FINITE_DIT_OPENER),
    ("clause_preambles", CLAUSE_PREAMBLE),
    ("new_clause_links", NEW_CLAUSE_LINK),
    ("adjunct_openers", ADJUNCT_OPENER),
    ("definite", DEFINITE),
    ("singular_definite", SINGULAR_DEFINITE),
    ("articles_after_de", ARTICLE_AFTER_DE),
    ("indefinite_articles", INDEFINITE_ARTICLE),
    ("plural_articles", PLURAL_ARTICLE),
    ("group_determiners", GROUP_DETERMINER),
    ("anaphoric_determiners", ANAPHORIC_DETERMINER),
    ("name_articles", NAME_ARTICLE),
    ("source_nouns", SOURCE_NOUN),
    ("place_offices", PLACE_OFFICE),
    ("reflexive_thought", REFLEXIVE_THOUGHT),
    ("surname_particles", SURNAME_PARTICLE),
    ("role_modifiers", ROLE_MODIFIER),
    ("a", A),
    ("a_articles", A_ARTICLE),
    ("subject_relatives", SUBJECT_RELATIVE),
    ("relatives", RELATIVE),
    ("etre_forms", ETRE_FORM),
    ("faire_inverted", FAIRE_INVERTED),
    ("venir_aux", VENIR_AUX),
    ("dit_forms", DIT_FORM),
    ("infinitive_aux", INFINITIVE_AUX),
    ("passive_report_verbs", PASSIVE_REPORT_VERB),
    ("question_if", QUESTION_IF),
    ("question_words", QUESTION_WORD),
    ("source_prepositions", SOURCE_PREPOSITION),
    ("gerund_markers", GERUND_MARKER),
    ("focus_adverbs", FOCUS_ADVERB),
    ("not_narrative_past", NOT_NARRATIVE_PAST),
    ("time_nouns", TIME_NOUN),
    ("thing_nouns", THING_NOUN),
    ("reflexive_not_speech", REFLEXIVE_NOT_SPEECH),
    ("reflexive_only_speech", REFLEXIVE_ONLY_SPEECH),
    ("object_report_verbs", OBJECT_REPORT_VERB),
    ("question_verbs", QUESTION_VERB),
    ("report_prepositions", REPORT_PREPOSITION),
    ("degree_words", DEGREE_WORD),
    ("impersonal_verbs", IMPERSONAL_VERB),
    ("fragment_verbs", FRAGMENT_VERB),
    ("common_word_first_names", COMMON_FIRST_NAME),
    ("thing_name_ends", THING_NAME_END),
    ("preposition_nouns", PREPOSITION_NOUN),
    ("place_nouns", PLACE_NOUN),
    ("report_nouns", REPORT_NOUN),
    ("laisser_forms", LAISSER_FORM),
    ("laisser_complements", LAISSER_COMPLEMENT),
    ("mettre_forms", METTRE_FORM),
    ("mettre_en_complements", METTRE_EN_COMPLEMENT),
    ("litotes_verbs", LITOTES_VERB),
    ("demonstratives", DEMONSTRATIVE),
];
