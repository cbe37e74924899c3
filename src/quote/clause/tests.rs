use crate::lexicon::Lexicons;

/// The subject phrase of the first reporting verb group of `text`.
fn subject(text: &str) -> Option<String> {
    let lex = Lexicons::builtin();
    let doc = crate::analyze(text).unwrap();
    let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, &lex);
    let ctx = crate::quote::Ctx::for_document(&doc, &lex, flags);
    let groups = crate::quote::cues::find_groups(&ctx);
    let g = groups.first().expect("a verb group");
    let m = ctx.subject_before(g, 0)?;
    Some(
        ctx.span(m.tokens.start, m.tokens.end)
            .slice(ctx.text)
            .to_string(),
    )
}

fn head(text: &str) -> Option<String> {
    let lex = Lexicons::builtin();
    let doc = crate::analyze(text).unwrap();
    let flags = crate::quote::Ctx::lookup_form_flags(&doc.forms, &lex);
    let ctx = crate::quote::Ctx::for_document(&doc, &lex, flags);
    let groups = crate::quote::cues::find_groups(&ctx);
    let m = ctx.subject_before(&groups[0], 0)?;
    Some(ctx.surface(m.head?).to_string())
}

#[test]
fn fronted_adverbials_are_not_subjects() {
    assert_eq!(
        subject("Plus tard, Jean Dupont a déclaré que tout allait bien.").as_deref(),
        Some("Jean Dupont")
    );
    assert_eq!(
        subject("Sur Twitter, Paul Durand (UMP) a dénoncé un déni.").as_deref(),
        Some("Paul Durand (UMP)")
    );
    assert_eq!(
        subject("De son côté, la ministre estime que non.").as_deref(),
        Some("la ministre")
    );
    assert_eq!(
        subject("Le même jour, le maire a déclaré que non.").as_deref(),
        Some("le maire")
    );
    assert_eq!(
        subject("Interrogé par l'AFP, le maire a déclaré que non.").as_deref(),
        Some("le maire")
    );
    assert_eq!(
        subject("Monsieur le Président, tous les intervenants l'ont souligné : rien ne va.")
            .as_deref(),
        Some("tous les intervenants")
    );
    // A noun opening a complex preposition ("face à", "suite à").
    assert_eq!(
        subject("Face aux journalistes, la juge a précisé que non.").as_deref(),
        Some("la juge")
    );
    assert_eq!(
        subject("Suite à ces propos, le maire a déclaré que non.").as_deref(),
        Some("le maire")
    );
}

#[test]
fn the_head_is_the_first_noun() {
    assert_eq!(
        head("Le secrétaire d'État soulignera que tout va bien.").as_deref(),
        Some("secrétaire")
    );
    assert_eq!(
        head("Une enquête menée dans des ports belges, finnois et japonais a révélé que non.")
            .as_deref(),
        Some("enquête")
    );
    assert_eq!(
        head("Les dirigeants de l'époque ainsi que les otages libérés rétorquent que non.")
            .as_deref(),
        Some("dirigeants")
    );
    assert_eq!(
        head("Le rapport d'évaluation (p.10 et 11) indique que non.").as_deref(),
        Some("rapport")
    );
}

#[test]
fn appositions() {
    assert_eq!(
        subject("Le président du club, Angel Torres, a déclaré que non.").as_deref(),
        Some("Le président du club, Angel Torres")
    );
    assert_eq!(
        head("Le président du club, Angel Torres, a déclaré que non.").as_deref(),
        Some("président")
    );
    assert_eq!(
        subject("Nock Ag Attia, député touareg, a précisé que non.").as_deref(),
        Some("Nock Ag Attia")
    );
    // An honorific opens the name in apposition.
    assert_eq!(
        subject("L'avocat de la famille, Me Jean Dupuis, a annoncé que non.").as_deref(),
        Some("L'avocat de la famille, Me Jean Dupuis")
    );
    assert_eq!(
        subject("Le rapporteur, M. Koch, a affirmé que non.").as_deref(),
        Some("Le rapporteur, M. Koch")
    );
    assert_eq!(
        head("Une note établie à l'intention du PDG, Alain Gomez, précise que non.").as_deref(),
        Some("note")
    );
    assert_eq!(
        subject("Une note établie à l'intention du PDG, Alain Gomez, précise que non.").as_deref(),
        Some("Une note établie à l'intention du PDG")
    );
}

#[test]
fn pronouns_relatives_and_coordination() {
    assert_eq!(
        subject("Souchon nous rappelle que la société ne lui va pas.").as_deref(),
        Some("Souchon")
    );
    assert_eq!(
        subject("Le maire nous a expliqué hier que la route serait refaite.").as_deref(),
        Some("Le maire")
    );
    assert_eq!(
        head("Il est sauvé par le prétendant de lady Edith, qui révèle qu'il a été drogué.")
            .as_deref(),
        Some("prétendant")
    );
    assert_eq!(
        subject("Météo France a relevé 27 degrés mais précise que le record tient.").as_deref(),
        Some("Météo France")
    );
    assert_eq!(
        subject("Elle sourit et dit que non.").as_deref(),
        Some("Elle")
    );
}
