//! Golden checks on the seed article (seeds/otsc-poutine-kazakhstan.txt).

use guillemet::SEED_ARTICLE;

fn sentence_texts() -> Vec<String> {
    let doc = guillemet::analyze(SEED_ARTICLE).unwrap();
    doc.sentences()
        .iter()
        .map(|s| doc.slice(s.span).to_string())
        .collect()
}

#[test]
fn headline_is_one_sentence() {
    let sentences = sentence_texts();
    assert_eq!(
        sentences[0],
        "Présidant La Réunion Des Pays De L’OTSC, Le Président Poutine A Déclaré Qu’il Ne \
         Permettrait Pas à Ses Gouvernements Membres D’être Un Coup D’État."
    );
}

#[test]
fn no_break_inside_nested_quote_or_after_the_source_note() {
    let sentences = sentence_texts();
    let nested = sentences
        .iter()
        .find(|s| s.contains("«\u{A0}révolution de couleur\u{A0}»"))
        .expect("the nested quote is inside one sentence");
    assert!(nested.starts_with("« Les mesures prises par l’OTSC"));
    assert!(nested.ends_with("au cours de la dernière décennie."));
    assert!(
        sentences
            .iter()
            .any(|s| s
                == "Réunion virtuelle des dirigeants des pays de l’OTSC. (Source : Kremlin.ru)")
    );
}

#[test]
fn seed_sentences_and_paragraphs() {
    let doc = guillemet::analyze(SEED_ARTICLE).unwrap();
    assert_eq!(doc.paragraphs().len(), 15);
    assert_eq!(doc.sentences().len(), 18);
    let sentences = sentence_texts();
    // The quote of two sentences is split inside, at "carburant. C’est".
    let i = sentences
        .iter()
        .position(|s| s.starts_with("« La menace pour l’État"))
        .unwrap();
    assert!(sentences[i].ends_with("les prix du carburant."));
    assert!(sentences[i + 1].starts_with("C’est parce que"));
    assert!(sentences[i + 1].ends_with("a déclaré le président Poutine."));
    // Two sentences in paragraph 8, split after "le courage."
    let p = &doc.paragraphs()[8];
    assert_eq!(p.sentences.len(), 2);
    assert!(doc
        .slice(doc.sentences()[p.sentences.start].span)
        .ends_with("le courage."));
}
