//! Speaker names word by word (issue 15, session 6, second round): a surname
//! that is also a title or a role noun after a first name, a surname's
//! particle after a title, and a capitalised particle after a first name.
//! Expectations follow the README: titles are written in lowercase in
//! running text ("le juge Renaud"), so a capitalised word right after a
//! first name inside a name run is its surname ("Anne Juge"); a particle is
//! part of the surname, capitalised or not ("de Gaulle", "Le Pen").
//!
//! Scored once before any rule change: 20 cases, 6 passed (30 %) on main
//! 6155116, 2026-11-30 14:20 UTC. The title-particle rule ("le général de
//! Gaulle" is de Gaulle; seen in UD and fr-litbank) lifts four; the cases
//! still failing are marked `#[ignore]` with what goes wrong and why no rule
//! was written for them. The eight honorific-particle cases at the end,
//! written after that change, scored 0 of 8 on cfe5053 before their rule
//! ("Mme Le Pen" was an anonymous "Mme Le Pen", "Selon M. Le Guerhen" an
//! anonymous "M."; UD "mme De Palacio", fr-litbank "Mme Du Barry", "M. Du
//! Pan de Morillon").

#[macro_use]
mod support;

// A surname that is also a title or role noun, after a first name.
speaker_cases! {
    title_surname_pasteur:
        "Louis Pasteur a déclaré que le vaccin était prêt."
        => [("Louis Pasteur", Person, Unknown, 1)];
    title_surname_juge:
        "Anne Juge a indiqué que le dossier était clos."
        => [("Anne Juge", Person, Unknown, 1)];
    title_surname_pretre_after_selon:
        "Selon Martial Prêtre, la paroisse fermera en juin."
        => [("Martial Prêtre", Person, Unknown, 1)];
    title_surname_marechal:
        "Hélène Maréchal a affirmé que la route était coupée."
        => [("Hélène Maréchal", Person, Unknown, 1)];
    title_surname_baron_inverted:
        "« Nous reviendrons », a assuré Gaspard Baron."
        => [("Gaspard Baron", Person, Unknown, 1)];
    title_surname_comte_after_selon:
        "Selon Julien Comte, le budget est serré."
        => [("Julien Comte", Person, Unknown, 1)];
    title_surname_capitaine:
        "Clarisse Capitaine a estimé que l'équipe progressait."
        => [("Clarisse Capitaine", Person, Unknown, 1)];
    title_surname_prince_then_honorific:
        "Théo Prince a expliqué que la digue avait cédé. \
         M. Prince a ajouté que les secours étaient arrivés."
        => [("Théo Prince", Person, Masculine, 2)];
    title_surname_after_a_title_and_a_first_name:
        "Le docteur Lucien Abbé a indiqué que l'épidémie reculait."
        => [("Lucien Abbé", Person, Masculine, 1)];
    lowercase_title_before_a_surname_is_no_name:
        "Le juge Renaud a indiqué que l'enquête était close."
        => [("Renaud", Person, Masculine, 1)];
    surname_that_is_no_title_stays_whole:
        "Jean Boulanger a déclaré que la boutique fermerait."
        => [("Jean Boulanger", Person, Unknown, 1)];
}

// A particle after a title belongs to the surname.
speaker_cases! {
    title_de_surname_general:
        "Le général de Gaulle a déclaré que la guerre était finie."
        => [("de Gaulle", Person, Masculine, 1)];
    title_de_surname_after_selon:
        "Selon le comte de Morvérac, le château sera vendu."
        => [("de Morvérac", Person, Masculine, 1)];
    title_de_surname_feminine:
        "La duchesse de Morlanges a affirmé que le bal était annulé."
        => [("de Morlanges", Person, Feminine, 1)];
    title_de_surname_inverted:
        "« Rien n'est perdu », a déclaré le maréchal de Castelroux."
        => [("de Castelroux", Person, Masculine, 1)];
    title_de_surname_then_full_name:
        "Le général de Gaulle a déclaré que la guerre était finie. \
         Charles de Gaulle a ajouté que la paix viendrait."
        => [("Charles de Gaulle", Person, Masculine, 2)];
}

// A capitalised particle after a first name opens the surname.
speaker_cases! {
    first_name_le_surname:
        "Erwan Le Fustec a déclaré que le port restera ouvert."
        => [("Erwan Le Fustec", Person, Unknown, 1)];
    first_name_la_surname_after_selon:
        "Selon Rosine La Brévière, le marché reprendra."
        => [("Rosine La Brévière", Person, Unknown, 1)];
    first_name_le_surname_inverted:
        "« Le port restera ouvert », a déclaré Maël Le Guerhen."
        => [("Maël Le Guerhen", Person, Unknown, 1)];
    #[ignore = "a signature after the quote (\"— Erwan Le Fustec, géographe\") names its first name only; no signature in the tuned data"]
    signature_with_a_particle:
        "« Le port restera ouvert. » — Erwan Le Fustec, géographe"
        => [("Erwan Le Fustec", Person, Unknown, 1)];
}

// A capitalised particle after an honorific or a title opens the surname
// (fr-litbank: "Mme Du Barry", "M. Du Pan").
speaker_cases! {
    honorific_le_surname:
        "Mme Le Pen a déclaré que le texte serait retiré."
        => [("Le Pen", Person, Feminine, 1)];
    honorific_le_surname_after_selon:
        "Selon M. Le Guerhen, le port restera ouvert."
        => [("Le Guerhen", Person, Masculine, 1)];
    honorific_la_surname_inverted:
        "« Non », a répondu Mme La Brévière."
        => [("La Brévière", Person, Feminine, 1)];
    honorific_du_surname:
        "M. Du Vernoy a dit que le bail serait signé."
        => [("Du Vernoy", Person, Masculine, 1)];
    title_le_surname:
        "Le juge Le Corvec a estimé que la plainte était recevable."
        => [("Le Corvec", Person, Masculine, 1)];
    full_name_then_honorific_and_particle:
        "Marine Le Pen a déclaré que le texte serait retiré. \
         Mme Le Pen a ajouté que le vote aurait lieu."
        => [("Marine Le Pen", Person, Feminine, 2)];
}

people_cases! {
    people_honorific_du_surname:
        "Hier, Mme Du Vernoy est arrivée au château."
        => [("Du Vernoy", Feminine)];
    people_title_le_surname:
        "Le juge Le Corvec a reçu les avocats."
        => [("Le Corvec", Masculine)];
}

// A name that is also a firm's or a place's, right after an honorific or a
// title, is a person's (session 11, with the founder-named firms of
// organisations.txt): "M. Dassault" is a man, "Dassault" alone the firm.
speaker_cases! {
    honorific_before_firm_name:
        "M. Dassault a affirmé que le journal changerait de ligne."
        => [("Dassault", Person, Masculine, 1)];
    honorific_before_firm_name_feminine_after_selon:
        "Selon Mme Michelin, la réunion a été reportée."
        => [("Michelin", Person, Feminine, 1)];
    title_before_firm_name:
        "Le général Citroën a estimé que la colonne devait avancer."
        => [("Citroën", Person, Masculine, 1)];
    firm_name_alone_stays_firm:
        "Dassault a affirmé que les avions seraient livrés."
        => [("Dassault", Organisation, Unknown, 1)];
}
