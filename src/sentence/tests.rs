use super::*;

/// The gaps left to the classifier in `text`, as the words after them.
fn open_gaps(text: &str) -> Vec<&str> {
    let doc = crate::Analyzer::new().tokenize(text).unwrap();
    let lex = Lexicons::builtin();
    let (_, open) = candidates(text, &doc.tokens, &doc.forms, &lex);
    open.iter()
        .map(|&(n, _)| &text[doc.tokens[n].start as usize..doc.tokens[n].end as usize])
        .collect()
}

#[test]
fn no_sentence_ends_after_a_determiner_preposition_or_conjunction() {
    // Certain: the classifier is not asked.
    for text in [
        "Il vote pour Les Républicains.",
        "Il lit le Monde et Libération.",
        "Elle part vers l’Élysée avec Paul.",
        "Un article dans Le Figaro que Marie a lu.",
    ] {
        assert_eq!(open_gaps(text), Vec::<&str>::new(), "{text}");
    }
    // After another word a capital is left to the classifier.
    assert_eq!(
        open_gaps("Il est arrêté. Photos Jean Dupont Pour être précis, il avoue."),
        ["Jean", "Dupont", "Pour"]
    );
}

#[test]
fn counts_line_breaks() {
    assert_eq!(line_breaks(" \n "), (1, false));
    assert_eq!(line_breaks("\r\n\r\n"), (2, false));
    assert_eq!(line_breaks("\r\r"), (2, false));
    assert_eq!(line_breaks("\u{2029}"), (2, true));
    assert_eq!(line_breaks("\u{2028}"), (1, false));
}
