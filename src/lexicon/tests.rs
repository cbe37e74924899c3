use super::*;

#[test]
fn builtin_lexicons_parse() {
    let lex = Lexicons::builtin();
    assert_eq!(lex.abbreviation("M."), Some(AbbreviationKind::Title));
    assert_eq!(lex.abbreviation("etc."), Some(AbbreviationKind::Other));
    assert_eq!(lex.abbreviation("Cf."), Some(AbbreviationKind::Other));
    assert_eq!(lex.abbreviation("fin."), None);
    assert_eq!(lex.elision("qu'"), Some("que"));
    assert!(lex.is_stopword("l'"));
    assert!(lex.is_stopword("les"));
    assert!(!lex.is_stopword("kazakhstan"));
    assert_eq!(lex.title("présidente"), Some(Gender::Feminine));
    assert!(lex.is_media("Reuters"));
    assert!(lex.is_media("l'obs") || lex.is_media("L’Obs"));
    for place in [
        "Syrie",
        "États-Unis",
        "Etats-Unis",
        "PARIS",
        "Corse-du-Sud",
        "Moscou",
    ] {
        assert!(lex.place_and_organisation(place).0, "{place}");
    }
    assert!(!lex.place_and_organisation("Poutine").0 && !lex.place_and_organisation("Victoria").0);
    assert!(
        lex.is_folded_organisation(&fold("Reporters sans frontières"))
            && lex.is_folded_organisation(&fold("ONU"))
    );
    assert_eq!(&*lex.speech_verb("déclaré").unwrap().lemma, "déclarer");
    assert_eq!(lex.speech_verb("estime").unwrap().class, VerbClass::Opinion);
    assert!(lex.speech_verb("est").is_none());
    let g = &lex.grammar;
    assert!(lex.is("les", word::DETERMINER) && lex.is("a", word::AUXILIARY));
    assert_eq!(
        g.adverbs.match_len(["pour", "sa", "part", "x"].into_iter()),
        3
    );
    assert_eq!(g.adverbs.match_len(["ensuite", "x"].into_iter()), 1);
    assert_eq!(g.adverbs.match_len(["x"].into_iter()), 0);
    // The quick filters before the phrase look-ups: never a wrong no.
    assert!(g.adverbs.may_open_phrase("pour") && g.adverbs.may_close_phrase("part"));
    assert!(!g.adverbs.may_open_phrase("ensuite") && !g.adverbs.may_close_phrase("x"));
    assert!(!g.adverbs.may_open_phrase("") && !g.adverbs.may_close_phrase(""));
    assert!(!g.speech_nouns.may_open_phrase("x"));
    // The small lists read by word, no class bit: each section is found.
    assert!(g.agreement_adverbs.contains("vraiment") && !g.agreement_adverbs.contains("suis"));
    assert!(
        g.first_singular_copulas.contains("reste") && g.first_singular_etre_aux.contains("étais")
    );
    assert!(g.first_singular_avoir.contains("aurais") && g.first_singular_sentir.contains("sens"));
    assert!(g.relative_day_nouns.contains("lendemain") && g.dating_adjectives.contains("passée"));
    assert!(g.etre_third_singular.contains("fut"));
    assert!(g.fragment_negations.contains("pas") && g.interview_nouns.contains("entretien"));
    assert!(
        g.meeting_participles.contains("rencontrées")
            && g.third_person_possessives.contains("leurs")
    );
    assert!(g.age_nouns.contains("ans") && !g.age_nouns.contains("mois"));
    assert_eq!(
        g.degree_phrases.match_len(["un", "peu", "x"].into_iter()),
        2
    );
    assert_eq!(g.degree_phrases.match_len(["un", "x"].into_iter()), 0);
}

/// A noun of one grammatical gender whatever the person's sex, singular or
/// plural; a noun whose article varies with the person has none.
#[test]
fn fixed_gender_of_person_nouns() {
    let lex = Lexicons::builtin();
    for (noun, gender) in [
        ("témoin", Some(Gender::Masculine)),
        ("témoins", Some(Gender::Masculine)),
        ("membre", Some(Gender::Masculine)),
        ("membres", Some(Gender::Masculine)),
        ("victime", Some(Gender::Feminine)),
        ("victimes", Some(Gender::Feminine)),
        ("personne", Some(Gender::Feminine)),
        ("personnes", Some(Gender::Feminine)),
        ("recrue", Some(Gender::Feminine)),
        // Controls: the article varies with the person, or no person noun.
        ("ministre", None),
        ("proche", None),
        ("otage", None),
        ("présidente", None),
        ("maison", None),
        ("", None),
    ] {
        assert_eq!(lex.fixed_gender(noun), gender, "{noun}");
    }
}

#[test]
fn word_classes_are_grammar_sections() {
    let names: FxHashSet<&str> = sections(files::GRAMMAR).map(|(s, _)| s).collect();
    let mut seen: word::Classes = 0;
    for &(name, bit) in word::SECTIONS {
        assert!(names.contains(name), "no section ={name} in grammar.txt");
        assert_eq!(bit.count_ones(), 1, "{name}");
        assert_eq!(seen & bit, 0, "{name} shares its bit");
        seen |= bit;
    }
    let lex = Lexicons::builtin();
    assert!(lex.is("chercheuse", word::PERSON_NOUN));
    assert!(!lex.is("chercheuse", word::NAME_PARTICLE | word::DETERMINER));
    assert!(lex.is("von", word::NAME_PARTICLE) && lex.is("les", word::DETERMINER));
    // Multi-word entries are phrases, not words.
    assert!(!lex.word_flags.contains_key("pour sa part"));
}

#[test]
fn organisation_prefixes() {
    let lex = Lexicons::builtin();
    for name in lex.organisations.iter() {
        assert!(lex.is_folded_organisation(name));
        for end in (1..=name.len()).filter(|&e| name.is_char_boundary(e)) {
            assert!(lex.is_organisation_prefix(&name[..end]), "{name:?}");
        }
    }
    for name in lex.places.iter() {
        assert!(lex.is_place_or_organisation(name), "{name:?}");
    }
    assert!(lex.is_organisation_prefix("nations u"));
    assert!(!lex.is_organisation_prefix("zzzz qqqq"));
    assert!(!lex.is_organisation_prefix("nations ux"));
}

/// The early stages' word facts fill what was the padding after the
/// 16-byte aligned flags: a form's facts stay 32 bytes.
#[test]
fn word_info_stays_small() {
    assert!(std::mem::size_of::<WordInfo>() <= 32);
}

#[test]
fn role_families_one_line_each() {
    let lex = Lexicons::parse();
    // Every noun stands in one line only, and a phrase with its complement
    // keeps its straight apostrophe.
    let mut seen = std::collections::HashSet::new();
    for entry in entries(files::ROLE_FAMILIES) {
        let (left, right) = entry.split_once('=').unwrap_or((entry, ""));
        for noun in left.split(',').chain(right.split(',')).map(str::trim) {
            assert!(noun.is_empty() || seen.insert(noun), "{noun} in two lines");
        }
    }
    assert_eq!(
        lex.role_family("représentant de l'état").map(|f| f.1),
        Some(true)
    );
    assert_eq!(lex.role_family("préfet").map(|f| f.1), Some(false));
    assert_eq!(
        lex.role_family("préfet").map(|f| f.0),
        lex.role_family("représentant de l'état").map(|f| f.0)
    );
    assert_eq!(lex.role_family("journaliste"), None);
}

#[test]
fn construction_verbs_have_lemmas() {
    // Every form of the verbs that report only in a construction carries
    // its lemma (grammar.txt, after a tab), which the reporting group takes.
    let lex = Lexicons::builtin();
    for (section, entry) in sections(files::GRAMMAR) {
        if matches!(section, "litotes_verbs" | "content_verbs") {
            let form = entry.split('\t').next().unwrap_or(entry);
            assert!(lex.verb_lemma(form).is_some(), "{form} has no lemma");
            assert!(
                lex.is(form, word::LITOTES_VERB | word::CONTENT_VERB),
                "{form}"
            );
        }
    }
    assert_eq!(lex.verb_lemma("émis"), Some("émettre"));
    assert_eq!(lex.verb_lemma("exclut"), Some("exclure"));
    assert_eq!(lex.verb_lemma("soulève"), Some("soulever"));
    assert_eq!(lex.verb_lemma("cachait"), Some("cacher"));
}
