//! Tests of the forms stage.

use super::*;

#[test]
fn a_form_takes_twelve_bytes() {
    // One per distinct form of every document kept: the shared forms
    // (most of them) need no more than an id.
    assert_eq!(std::mem::size_of::<Form>(), 12);
}

/// A token of up to 16 bytes met again (in this document or an earlier
/// one on the thread) takes its form and case flags from the thread's
/// memory of recent tokens: the same as the first look-up gives, in
/// every case it is written in, its norm recorded when it differs, its
/// stem from the thread's cache when the table lacks it, and the same
/// again after a document read against another table.
#[test]
fn recent_tokens_take_the_form_a_look_up_gives() {
    let text = "Le président a dit le mot. LE MOT, le Mot : lE « mot » ! \
                Il a 12 ans, 12 %, et dit 3 mots à Paris (PARIS) le 12. \
                Le Président l’a dit à l’Élysée, L’ÉLYSÉE et l'élysée, \
                l’été, L’ÉTÉ, un Été : « présidentielles » — PRÉSIDENT. \
                Zorglub, ZORGLUB et zorglub ; Zorglubienne, zorglubiennes, \
                ZORGLUBIENNES, anticonstitutionnellement, Zörglüb et zörglüb. \
                Zorglub et zorglubiennes, zörglüb.";
    let lex = Lexicons::builtin();
    let analyzer = crate::Analyzer::builder()
        .add_stopwords(["mot", "zorglub", "zörglüb"])
        .build();
    let other = analyzer.lexicons();
    let mut tokens = Vec::new();
    crate::tokenize::Tokenizer::new(&lex).tokenize_into(text, &mut tokens);
    let assigned = |lex: &Lexicons| {
        let mut tokens = tokens.clone();
        let (forms, _) = assign_forms(text, &mut tokens, lex, true);
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let surface = &text[t.start as usize..t.end as usize];
                let lower = surface.to_lowercase().replace('’', "'");
                assert_eq!(forms.lower(t.form), lower, "{surface}");
                let norm = forms.norms.get(i as u32).unwrap_or(surface);
                assert_eq!(norm, surface.replace('’', "'"), "{surface}");
                assert_eq!(
                    t.flags & (FLAG_TITLE | FLAG_UPPER),
                    case_flags(surface),
                    "{surface}"
                );
                (
                    forms.lower(t.form).to_string(),
                    forms.stem_of(t.form).to_string(),
                    t.flags,
                )
            })
            .collect::<Vec<_>>()
    };
    let first = assigned(&lex);
    assert_eq!(assigned(&lex), first);
    let mine = assigned(other);
    assert_eq!(assigned(other), mine);
    assert_eq!(assigned(&lex), first);
    assert_eq!(assigned(other), mine);
    // The other lexicons make "mot", and words the shared table lacks,
    // stopwords, in every casing.
    let stopword = |row: &(String, String, u8)| row.2 & FLAG_STOPWORD != 0;
    for (word, count) in [("mot", 4), ("zorglub", 4), ("zörglüb", 3)] {
        assert!(first.iter().filter(|r| r.0 == word).all(|r| !stopword(r)));
        assert!(mine.iter().filter(|r| r.0 == word).all(stopword));
        assert_eq!(mine.iter().filter(|r| r.0 == word).count(), count);
    }
    // Words the table lacks are stemmed, the same each time they are met.
    let stems: std::collections::HashSet<_> = first
        .iter()
        .filter(|r| r.0.starts_with("zorglubienne"))
        .map(|r| &r.1)
        .collect();
    assert_eq!(stems.len(), 1);
    assert_eq!(
        first
            .iter()
            .filter(|r| r.0.starts_with("zorglubienne"))
            .count(),
        4
    );
}

#[test]
fn case_flags_of_words() {
    assert_eq!(case_flags("Poutine"), FLAG_TITLE);
    assert_eq!(case_flags("OTSC"), FLAG_TITLE | FLAG_UPPER);
    assert_eq!(case_flags("l'OTSC"), 0);
    assert_eq!(case_flags("»"), 0);
    assert_eq!(case_flags("M."), FLAG_TITLE | FLAG_UPPER);
}

/// Tokenising (no word facts) gives every token the form, stopword flag
/// and case flags the full analysis gives it, a short token met again in
/// the same document taking them from the memory of recent tokens: over
/// documents in a row on the thread, one of them met twice, and against
/// another table.
#[test]
fn tokenising_gives_the_forms_of_the_full_analysis() {
    let texts = [
        "Le président a dit le mot. LE MOT, le Mot : lE « mot » ! Le mot, le.",
        "Il a dit le mot ; le Mot a été dit. Zorglub et zorglub, le LE Le.",
        "Le président a dit le mot. LE MOT, le Mot : lE « mot » ! Le mot, le.",
    ];
    let lex = Lexicons::builtin();
    let analyzer = crate::Analyzer::builder().add_stopwords(["mot"]).build();
    for lex in [&*lex, analyzer.lexicons(), &*lex] {
        for text in texts {
            let mut tokens = Vec::new();
            crate::tokenize::Tokenizer::new(lex).tokenize_into(text, &mut tokens);
            let mut full = tokens.clone();
            let (full_forms, _) = assign_forms(text, &mut full, lex, true);
            let (forms, _) = assign_forms(text, &mut tokens, lex, false);
            assert_eq!(forms, full_forms, "{text}");
            let fields = |t: &Token| (t.form, t.flags);
            assert!(
                tokens.iter().map(fields).eq(full.iter().map(fields)),
                "{text}"
            );
        }
    }
}
