//! A fifteenth constructed set for speaker entities (issue 15, session
//! 18), for gaps the published held-out sets show (scored with
//! `tools/holdout/score.py -v` on sessions 14, 16 and 17):
//!
//! - an anonymous speaker named by a trade the lexicon did not hold ("un
//!   vendeur du marché", "un cadre du parti"): no gender cue, where the
//!   article gives one as for "un sauveteur" or "une collègue". Seen in
//!   held-out set 17 (kinds: "un vendeur du marché", "un cadre du parti")
//!   and set 14 (kinds: "un cadre de l'entreprise", speech: "un cadre du
//!   ministère", "un cadre de LR", "Un cadre du groupe"). Nouns fixed in
//!   one gender whoever they name ("un témoin", "une victime") keep the
//!   article's cue as docs/speakers.md decides for titles marked epicene.
//! - "elle" or "-t-elle" after a woman the text gives a feminine cue, with
//!   no subject found in the sentence before, went to a person named later
//!   in a complement whom the text gives no cue ("… contre le gouvernement
//!   d'Étienne X. « … », a-t-elle déclaré"), and gave him hers. Seen in
//!   held-out set 16 (article a12, three quotes) and constructed cases
//!   below (4); a pronoun now prefers, after the subject, a person whose
//!   cues agree in its sentence or the one before.
//! - a participle used as a noun for someone an event touched ("murmure un
//!   sinistré", session 21): no cue where the article gives one. Seen in
//!   held-out set 21 (kinds) and the published sets ("l'accusé, Kevin
//!   Roussel", "l'accusée, Gisèle Pontaut"); constructed cases below (6).
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity), in order of first
//! quote; an unnamed speaker is anonymous, named as written with its
//! article. Every invented person appears nowhere else in the repository.

#[macro_use]
mod support;

// An anonymous speaker's trade, with both genders: the article decides.
speaker_cases! {
    seller_masculine:
        "« Ça fait vingt ans que je tiens ce stand », confie un vendeur de la halle."
        => [("un vendeur de la halle", Anonymous, Masculine, 1)];
    seller_feminine:
        "« Les clients ne viennent plus le mardi », soupire une vendeuse du marché couvert."
        => [("une vendeuse du marché couvert", Anonymous, Feminine, 1)];
    executive_masculine_subject:
        "Un cadre du syndicat a affirmé que la grève serait reconduite."
        => [("Un cadre du syndicat", Anonymous, Masculine, 1)];
    executive_feminine_inverted:
        "« Rien n'est encore décidé », a glissé une cadre de la direction."
        => [("une cadre de la direction", Anonymous, Feminine, 1)];
    customer_feminine:
        "« J'attends depuis une heure », s'agace une cliente de l'agence."
        => [("une cliente de l'agence", Anonymous, Feminine, 1)];
    pensioner_masculine:
        "« On ne nous écoute jamais », regrette un retraité du quartier."
        => [("un retraité du quartier", Anonymous, Masculine, 1)];
    framework_is_no_speaker:
        "Dans le cadre de l'enquête, le procureur a affirmé que les faits étaient graves."
        => [("le procureur", Anonymous, Masculine, 1)];
}

// A pronoun with a cue goes to the person whose cues agree before a
// nearer one the text gives none.
speaker_cases! {
    long_role_apposition_then_complement_name:
        "La présidente de la commission des Finances et du Budget au Sénat, Solène Quérvigny, a critiqué lundi le budget du gouvernement de Maxime Trébaudel. « Ce budget est insincère », a-t-elle déclaré."
        => [("Solène Quérvigny", Person, Feminine, 1)];
    titled_woman_in_complement_then_other_name:
        "Le projet de la sénatrice Maëlle Dorvanic a été critiqué par l'équipe de Joris Pelletan. « C'est injuste », a-t-elle réagi."
        => [("Maëlle Dorvanic", Person, Feminine, 1)];
    titled_man_then_name_without_cue:
        "L'entourage du ministre Gaspard Lemerrec a répondu à la lettre de Camille Estrabaut. « Rien n'est décidé », a-t-il assuré."
        => [("Gaspard Lemerrec", Person, Masculine, 1)];
    selon_elle_after_judge_in_complement:
        "Le rapport de la juge Ondine Ferrandou a été transmis au cabinet de Loïc Marsalet. Selon elle, « les faits sont établis »."
        => [("Ondine Ferrandou", Person, Feminine, 1)];
    control_subject_without_cue_keeps_the_pronoun:
        "Sacha Plouvenec a reçu Dominique Arzelier. « Nous avons parlé longuement », a-t-elle raconté."
        => [("Sacha Plouvenec", Person, Feminine, 1)];
}

// Court roles joined to the person named with them (held-out set 17 a02:
// "Son avocat, Me Olivier Maurel, a plaidé …, estimant que"; set 14 a02:
// "la juge" given to the lawyer quoted last). The participle reads the
// name in apposition since session 19; left for a later session:
// "l'accusée" is no title, so no later "l'accusée" refers back.
speaker_cases! {
    lawyer_apposition_then_participle:
        "Le prévenu a nié les faits. Son avocat, Me Anselme Tréguidy, a plaidé la relaxe, estimant que le dossier était « vide »."
        => [("Anselme Tréguidy", Person, Masculine, 1)];
    #[ignore = "gap: 'accusé(e)' is not a title, so a later 'l'accusée' does not refer back to the person introduced with it"]
    defendant_introduced_then_referred_back:
        "L'accusée, Rozenn Kermabon, est entrée dans le box. L'accusée a affirmé qu'elle n'avait « rien vu »."
        => [("Rozenn Kermabon", Person, Feminine, 1)];
    control_defendant_named_in_the_case:
        "Le tribunal a examiné le dossier d'Erwan Gouzerh, 27 ans. « Je pense à eux chaque nuit », assure le prévenu."
        => [("Erwan Gouzerh", Person, Masculine, 1)];
}

// A participle used as a noun for someone an event touched takes its
// article's gender (held-out set 21: "murmure un sinistré"); a noun of one
// fixed gender gives none, and the verb's participle stays a verb.
speaker_cases! {
    disaster_victim_masculine:
        "« J'ai tout perdu », murmure un sinistré de la vallée."
        => [("un sinistré de la vallée", Anonymous, Masculine, 1)];
    disaster_victim_feminine:
        "« L'eau est montée en une heure », raconte une sinistrée du quartier bas."
        => [("une sinistrée du quartier bas", Anonymous, Feminine, 1)];
    injured_feminine:
        "« J'ai eu très peur », confie une blessée, évacuée vers l'hôpital."
        => [("une blessée", Anonymous, Feminine, 1)];
    laid_off_masculine:
        "« On nous a prévenus la veille », dénonce un licencié de l'usine."
        => [("un licencié de l'usine", Anonymous, Masculine, 1)];
    inmate_feminine:
        "« Les cellules sont surpeuplées », affirme une détenue."
        => [("une détenue", Anonymous, Feminine, 1)];
    guest_masculine:
        "« Le débat était tendu », a glissé un invité de l'émission."
        => [("un invité de l'émission", Anonymous, Masculine, 1)];
    control_fixed_gender_witness:
        "« J'ai tout vu », murmure un témoin."
        => [("un témoin", Anonymous, Unknown, 1)];
    control_participle_verb:
        "Le maire a accusé l'opposition de mentir. « C'est faux », a répondu Aurèle Dunand-Peyrac."
        => [("Aurèle Dunand-Peyrac", Person, Unknown, 1)];
}
