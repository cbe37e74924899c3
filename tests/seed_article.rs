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

/// Kind, content start, cue, speaker name, via.
type QuoteSummary<'a> = (
    guillemet::QuoteKind,
    String,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    &'static str,
);

/// The seed's reported speech, checked by hand against the article.
#[test]
fn seed_quotes_golden() {
    use guillemet::QuoteKind::*;
    let doc = guillemet::analyze(SEED_ARTICLE).unwrap();
    let name = |q: &guillemet::Quote| {
        q.speaker
            .as_ref()
            .and_then(|m| m.speaker)
            .map(|i| doc.speakers()[i].name.as_str())
    };
    let summary: Vec<QuoteSummary<'_>> = doc
        .quotes()
        .iter()
        .map(|q| {
            let start: String = doc.slice(q.span).chars().take(20).collect();
            (
                q.kind,
                start,
                q.cue.as_ref().map(|c| doc.slice(c.span)),
                name(q),
                q.via.map(|v| doc.slice(v)),
                q.rule.as_str(),
            )
        })
        .collect();
    let poutine = Some("Vladimir Poutine");
    let expected = vec![
        (
            Indirect,
            "il Ne Permettrait Pa",
            Some("A Déclaré"),
            poutine,
            None,
            "verb-que",
        ),
        (
            Indirect,
            "l’alliance militaire",
            Some("insistant"),
            poutine,
            None,
            "verb-que",
        ),
        (
            Direct,
            "Bien sûr, nous compr",
            Some("a déclaré"),
            poutine,
            Some("Reuters"),
            "incise",
        ),
        (
            Direct,
            "Les mesures prises p",
            Some("a-t-il souligné"),
            poutine,
            None,
            "incise",
        ),
        (
            Indirect,
            "le contingent de l’O",
            Some("a déclaré"),
            poutine,
            None,
            "verb-que",
        ),
        (
            Mixed,
            "l’ordre avait été ré",
            Some("a déclaré"),
            Some("Kassym-Jomart Tokayev"),
            None,
            "verb-que",
        ),
        (
            Direct,
            "La menace pour l’Éta",
            Some("a déclaré"),
            poutine,
            None,
            "incise",
        ),
        (
            Indirect,
            "l’OTSC a prouvé son ",
            Some("estime"),
            poutine,
            Some("TASS"),
            "verb-que",
        ),
        (
            Direct,
            "Notre organisation a",
            Some("a-t-il expliqué"),
            poutine,
            None,
            "incise",
        ),
        (
            Indirect,
            "chaque allié contrib",
            Some("Selon"),
            poutine,
            None,
            "selon",
        ),
        (
            Direct,
            "Cela inclut les trou",
            Some("a-t-il conclu"),
            poutine,
            None,
            "incise",
        ),
    ];
    let expected: Vec<_> = expected
        .into_iter()
        .map(|(k, s, c, n, v, r)| (k, s.to_string(), c, n, v, r))
        .collect();
    assert_eq!(summary, expected);

    // Five direct quotes, all Poutine's, three of them through "a-t-il".
    let direct: Vec<_> = doc.quotes().iter().filter(|q| q.kind == Direct).collect();
    assert_eq!(direct.len(), 5);
    let pronouns = direct
        .iter()
        .filter(|q| doc.slice(q.speaker.as_ref().unwrap().span) == "il")
        .count();
    assert_eq!(pronouns, 3);
    // The nested « révolution de couleur » stays inside its quote.
    assert!(doc
        .slice(direct[1].span)
        .contains("«\u{A0}révolution de couleur\u{A0}»"));
    assert!(doc.quoted_terms().is_empty());
    // One speaker for Kassym-Jomart Tokayev, le dirigeant kazakh and Tokaïev.
    let speakers: Vec<&str> = doc.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(speakers, ["Vladimir Poutine", "Kassym-Jomart Tokayev"]);
    let tokayev: Vec<&str> = doc.speakers()[1]
        .mentions
        .iter()
        .map(|m| doc.slice(*m))
        .collect();
    assert!(
        tokayev.iter().any(|m| m.contains("Kassym-Jomart Tokayev")),
        "{tokayev:?}"
    );
    assert!(tokayev.contains(&"Le dirigeant kazakh"), "{tokayev:?}");
    assert!(tokayev.iter().any(|m| m.contains("Tokaïev")), "{tokayev:?}");
    assert_eq!(doc.speakers()[0].gender, guillemet::Gender::Masculine);
    assert_eq!(doc.speakers()[0].quotes.len(), 10);
}
