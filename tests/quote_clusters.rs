//! Quote clusters: one table-driven case per relation, a false friend, the
//! speaker vote, counts and dates, order independence, and a synthetic
//! corpus scored against its known truth.

mod support;

use guillemet::cluster::{cluster_quotes, ClusterOptions, QuoteClusters, QuoteRecord, Relation};
use guillemet::QuoteKind::{self, Direct, Indirect, Mixed};
use support::synthetic::{pairwise_scores, SyntheticCorpus};

fn record(text: &str, kind: QuoteKind, doc: u32) -> QuoteRecord<'_> {
    QuoteRecord {
        text,
        kind,
        doc,
        speaker: None,
        date: None,
        source: None,
    }
}

fn cluster(records: &[QuoteRecord<'_>]) -> QuoteClusters {
    cluster_quotes(records, &ClusterOptions::default()).unwrap()
}

const CANONICAL: &str =
    "Nous ne céderons jamais au chantage des terroristes, quoi qu'il nous en coûte";

/// Each case: an occurrence of the canonical quote above, and how it
/// relates to it.
const RELATIONS: &[(&str, QuoteKind, Relation)] = &[
    // Typography, case, accents and apostrophes do not count.
    (
        "NOUS NE CEDERONS JAMAIS AU CHANTAGE DES TERRORISTES, QUOI QU’IL NOUS EN COÛTE !",
        Direct,
        Relation::Exact,
    ),
    (
        "nous ne céderons jamais au chantage des terroristes … quoi qu' il nous en coûte",
        Direct,
        Relation::Exact,
    ),
    // A quote cut short.
    (
        "Nous ne céderons jamais au chantage des terroristes",
        Direct,
        Relation::Fragment,
    ),
    // A cut marked with a bracketed ellipsis.
    (
        "Nous ne céderons jamais […] quoi qu'il nous en coûte",
        Direct,
        Relation::Fragment,
    ),
    // The quoted words of a mixed quote.
    (
        "la France « ne céderons jamais au chantage » et tiendra bon",
        Mixed,
        Relation::Fragment,
    ),
    // Indirect speech repeating the words, with more around them.
    (
        "que nous ne céderons jamais au chantage des terroristes, quoi qu'il nous en coûte",
        Indirect,
        Relation::Extended,
    ),
    // Small edits.
    (
        "Nous ne plierons jamais au chantage des terroristes, quoi qu'il nous en coûte",
        Direct,
        Relation::Variant,
    ),
    (
        "Nous ne cèderons jamais au chantage des terroristes, quoi qu'il en coûte",
        Direct,
        Relation::Variant,
    ),
];

#[test]
fn each_relation_joins_the_canonical_quote() {
    for (i, &(text, kind, expected)) in RELATIONS.iter().enumerate() {
        let records = [record(CANONICAL, Direct, 0), record(text, kind, 1)];
        let out = cluster(&records);
        assert_eq!(out.clusters.len(), 1, "case {i}: {text}");
        assert_eq!(out.clusters[0].canonical, 0, "case {i}");
        let a = out.assignments[1].unwrap();
        assert_eq!(a.relation, expected, "case {i}: {text}");
        assert_eq!(out.assignments[0].unwrap().relation, Relation::Exact);
    }
}

#[test]
fn all_relations_at_once_make_one_cluster() {
    let mut records = vec![record(CANONICAL, Direct, 0)];
    records.extend(
        RELATIONS
            .iter()
            .enumerate()
            .map(|(i, &(t, k, _))| record(t, k, i as u32 + 1)),
    );
    let out = cluster(&records);
    assert_eq!(out.clusters.len(), 1);
    let c = &out.clusters[0];
    assert_eq!((c.occurrences, c.documents), (records.len(), records.len()));
    assert_eq!(
        c.variants,
        records.len() - 2,
        "the exact copies fold to the canonical text"
    );
    let relations: Vec<Relation> = out
        .assignments
        .iter()
        .map(|a| a.unwrap().relation)
        .collect();
    let expected: Vec<Relation> = std::iter::once(Relation::Exact)
        .chain(RELATIONS.iter().map(|r| r.2))
        .collect();
    assert_eq!(relations, expected);
    let json = serde_json::to_string(&out).unwrap();
    assert!(json.contains(r#""relation":"fragment""#));
    assert_eq!(serde_json::from_str::<QuoteClusters>(&json).unwrap(), out);
}

#[test]
fn the_canonical_text_is_the_longest_complete_version() {
    let records = [
        record(
            "Nous ne céderons jamais au chantage des terroristes",
            Direct,
            0,
        ),
        record(CANONICAL, Direct, 1),
        // Longer, but a rewording: never canonical while a direct quote exists.
        record(RELATIONS[5].0, Indirect, 2),
    ];
    let out = cluster(&records);
    assert_eq!(out.clusters.len(), 1);
    assert_eq!(out.clusters[0].canonical, 1);
    let relations: Vec<Relation> = out
        .assignments
        .iter()
        .map(|a| a.unwrap().relation)
        .collect();
    assert_eq!(
        relations,
        [Relation::Fragment, Relation::Exact, Relation::Extended]
    );
}

#[test]
fn a_shared_phrase_does_not_join_two_quotes() {
    let records = [
        record(
            "Je veux dire aux Français que nous allons baisser les impôts dès l'an prochain",
            Direct,
            0,
        ),
        record(
            "Je veux dire aux Français que la réforme des retraites sera menée à son terme",
            Direct,
            1,
        ),
        // The phrase alone, quoted somewhere: it joins one of them, not both.
        record("je veux dire aux Français", Direct, 2),
        record(
            "je veux dire aux Français que nous allons baisser les impôts",
            Direct,
            3,
        ),
    ];
    let out = cluster(&records);
    let ids: Vec<usize> = out.assignments.iter().map(|a| a.unwrap().cluster).collect();
    assert_ne!(ids[0], ids[1], "two different quotes sharing an opening");
    assert_eq!(ids[3], ids[0], "a fragment joins its quote");
    assert!(ids[2] == ids[0] || ids[2] == ids[1]);
    assert_eq!(out.clusters.len(), 2);
}

#[test]
fn near_duplicates_of_different_quotes_stay_apart() {
    let records = [
        record("Le gouvernement doit démissionner immédiatement", Direct, 0),
        record(
            "Le gouvernement doit agir immédiatement pour les agriculteurs",
            Direct,
            1,
        ),
        record(
            "Nous voulons des réponses concrètes sur les salaires",
            Direct,
            2,
        ),
        record(
            "Nous voulons des réponses claires sur la sécurité",
            Direct,
            3,
        ),
    ];
    let out = cluster(&records);
    assert_eq!(out.clusters.len(), 4);
}

#[test]
fn the_speaker_is_voted_with_its_share() {
    let speakers = [
        Some("Jean Dupont"),
        Some("JEAN DUPONT"),
        Some("Jean Dupont"),
        Some("Marie Martin"),
        None,
    ];
    let records: Vec<QuoteRecord<'_>> = speakers
        .iter()
        .enumerate()
        .map(|(i, &speaker)| QuoteRecord {
            speaker,
            ..record(CANONICAL, Direct, i as u32)
        })
        .collect();
    let out = cluster(&records);
    let c = &out.clusters[0];
    assert_eq!(c.speaker.as_deref(), Some("Jean Dupont"));
    assert_eq!((c.speaker_votes, c.votes), (3, 4));
    assert_eq!(c.speaker_share(), Some(0.75));
    // A tie goes to the first voted.
    let tie = [
        QuoteRecord {
            speaker: Some("Marie Martin"),
            ..record(CANONICAL, Direct, 0)
        },
        QuoteRecord {
            speaker: Some("Jean Dupont"),
            ..record(CANONICAL, Direct, 1)
        },
    ];
    assert_eq!(
        cluster(&tie).clusters[0].speaker.as_deref(),
        Some("Marie Martin")
    );
    let none = [record(CANONICAL, Direct, 0)];
    let c = &cluster(&none).clusters[0];
    assert_eq!((c.speaker.as_deref(), c.speaker_share()), (None, None));
}

#[test]
fn counts_sources_and_dates() {
    let at = |doc, date, source| QuoteRecord {
        date,
        source,
        ..record(CANONICAL, Direct, doc)
    };
    let records = [
        at(0, Some(20), Some(1)),
        at(0, Some(20), Some(1)),
        at(1, None, None),
        at(2, Some(5), Some(2)),
        at(3, Some(5), Some(1)),
        at(4, Some(30), Some(3)),
    ];
    let out = cluster(&records);
    let c = &out.clusters[0];
    assert_eq!((c.occurrences, c.documents, c.sources), (6, 5, 3));
    assert_eq!((c.first, c.first_date, c.last_date), (3, Some(5), Some(30)));
    let undated = [at(7, None, None), at(8, None, None)];
    let c = &cluster(&undated).clusters[0];
    assert_eq!((c.first, c.first_date), (0, None));
}

#[test]
fn short_quotes_join_no_cluster_and_order_is_by_size() {
    let records = [
        record("Bien sûr", Direct, 0),
        record("Le budget sera voté avant la fin du mois", Direct, 1),
        record(CANONICAL, Direct, 2),
        record(CANONICAL, Direct, 3),
        record(
            "la France « bien sûr » et « oui » mais sans attendre davantage",
            Mixed,
            4,
        ),
    ];
    let out = cluster(&records);
    assert_eq!(out.assignments[0], None);
    assert_eq!(out.clusters.len(), 3);
    assert_eq!(out.clusters[0].occurrences, 2, "largest first");
    assert_eq!(out.assignments[2].unwrap().cluster, 0);
    assert_eq!(out.assignments[1].unwrap().cluster, 1, "then first seen");
    // Too few quoted words: the mixed quote matches by all its words.
    assert_eq!(out.assignments[4].unwrap().relation, Relation::Exact);
    let opts = ClusterOptions {
        min_words: 0,
        ..Default::default()
    };
    assert!(cluster_quotes(&records, &opts).is_err());
    let opts = ClusterOptions {
        similarity: 1.5,
        ..Default::default()
    };
    assert!(cluster_quotes(&records, &opts).is_err());
}

/// The clusters as sets of record indices, independent of numbering.
fn partition(out: &QuoteClusters) -> Vec<Vec<usize>> {
    let mut groups = vec![Vec::new(); out.clusters.len()];
    for (r, a) in out.assignments.iter().enumerate() {
        if let Some(a) = a {
            groups[a.cluster].push(r);
        }
    }
    groups.sort();
    groups
}

#[test]
fn clusters_do_not_depend_on_record_order() {
    let corpus = SyntheticCorpus::generate(3_000, 7);
    let records = corpus.records();
    let forward = cluster(&records);
    let reversed: Vec<QuoteRecord<'_>> = records.iter().rev().copied().collect();
    let backward = cluster(&reversed);
    let n = records.len();
    let mut back: Vec<Vec<usize>> = partition(&backward)
        .into_iter()
        .map(|g| {
            let mut g: Vec<usize> = g.into_iter().map(|r| n - 1 - r).collect();
            g.sort();
            g
        })
        .collect();
    back.sort();
    assert_eq!(partition(&forward), back);
}

#[test]
fn a_synthetic_corpus_is_clustered_as_its_truth() {
    let corpus = SyntheticCorpus::generate(20_000, 11);
    let records = corpus.records();
    let out = cluster(&records);
    let predicted: Vec<Option<usize>> = out
        .assignments
        .iter()
        .map(|a| a.map(|a| a.cluster))
        .collect();
    let (precision, recall) = pairwise_scores(&predicted, &corpus.truth);
    assert!(precision >= 0.98, "precision {precision:.4}");
    assert!(recall >= 0.95, "recall {recall:.4}");
}

#[test]
fn records_from_analysed_documents() {
    let a = guillemet::analyze(
        "« Nous ne céderons jamais au chantage des terroristes », a déclaré Jean Dupont. \
         Un porte-parole a affirmé que la réforme des retraites sera menée à son terme.",
    )
    .unwrap();
    let b = guillemet::analyze("« Nous ne céderons jamais au chantage » : la phrase a marqué.")
        .unwrap();
    let records: Vec<QuoteRecord<'_>> = QuoteRecord::from_document(&a, 0)
        .chain(QuoteRecord::from_document(&b, 1))
        .collect();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0].speaker, Some("Jean Dupont"));
    assert_eq!(
        records[1].speaker, None,
        "an anonymous source does not vote"
    );
    let out = cluster(&records);
    assert_eq!(
        out.assignments[0].unwrap().cluster,
        out.assignments[2].unwrap().cluster
    );
    let c = &out.clusters[out.assignments[0].unwrap().cluster];
    assert_eq!(
        (c.documents, c.speaker.as_deref()),
        (2, Some("Jean Dupont"))
    );
}
