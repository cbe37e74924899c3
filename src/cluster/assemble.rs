//! From records to clusters: fold and deduplicate the texts, join
//! near-duplicates, attach each contained text to one container's cluster,
//! then pick each cluster's canonical text, relate every occurrence to it,
//! and count votes, documents, sources and dates.

use super::matching::{containments, contains_in_order, near_duplicates, Components};
use super::text::{segment, Completeness, Segmented};
use super::{Assignment, ClusterOptions, QuoteCluster, QuoteClusters, QuoteRecord, Relation};
use rustc_hash::{FxHashMap, FxHashSet};

/// Folds every record; returns the distinct texts in a content-determined
/// order, the node of each record (`u32::MAX`: too short), and each
/// record's completeness.
fn nodes_of(
    records: &[QuoteRecord<'_>],
    min_words: usize,
) -> (Vec<Segmented>, Vec<u32>, Vec<Completeness>) {
    let fold = |r: &QuoteRecord<'_>| segment(r.text, r.kind, min_words);
    #[cfg(feature = "parallel")]
    let folded: Vec<(Segmented, Completeness)> = {
        use rayon::prelude::*;
        records.par_iter().map(fold).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let folded: Vec<(Segmented, Completeness)> = records.iter().map(fold).collect();
    let mut ids: FxHashMap<&Segmented, u32> = FxHashMap::default();
    let mut first_seen: Vec<&Segmented> = Vec::new();
    let mut node_of: Vec<u32> = Vec::with_capacity(records.len());
    for (text, _) in &folded {
        if text.words.len() < min_words {
            node_of.push(u32::MAX);
            continue;
        }
        let next = first_seen.len() as u32;
        let id = *ids.entry(text).or_insert(next);
        if id == next {
            first_seen.push(text);
        }
        node_of.push(id);
    }
    // Number nodes by content (longest first), not by record order, so that
    // every step taken in node order gives the same result for any order
    // of the same records.
    let mut order: Vec<u32> = (0..first_seen.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (first_seen[a as usize], first_seen[b as usize]);
        (y.words.len(), x.breaks.len(), &x.words, &x.breaks).cmp(&(
            x.words.len(),
            y.breaks.len(),
            &y.words,
            &y.breaks,
        ))
    });
    let mut rank = vec![0u32; order.len()];
    for (r, &id) in order.iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    let nodes = order
        .iter()
        .map(|&id| first_seen[id as usize].clone())
        .collect();
    for n in node_of.iter_mut().filter(|n| **n != u32::MAX) {
        *n = rank[*n as usize];
    }
    let classes = folded.into_iter().map(|(_, c)| c).collect();
    (nodes, node_of, classes)
}

/// Joins each contained text to one of its containers: the most repeated,
/// then the shortest (the tightest fit), then the first node. Only the
/// container's own text counts, never its cluster's size, so a phrase found
/// inside two different quotes joins one of them and never both, and a
/// common phrase attached somewhere does not draw others after it.
fn attach_contained(pairs: &[(u32, u32)], nodes: &[Segmented], count: &[u64], uf: &mut Components) {
    let mut best: FxHashMap<u32, u32> = FxHashMap::default();
    let key = |w: u32| {
        (
            std::cmp::Reverse(count[w as usize]),
            nodes[w as usize].words.len(),
            w,
        )
    };
    for &(part, whole) in pairs {
        let slot = best.entry(part).or_insert(whole);
        if key(whole) < key(*slot) {
            *slot = whole;
        }
    }
    for (part, whole) in best {
        uf.union(part, whole);
    }
}

fn relation(occurrence: &Segmented, canonical: &Segmented) -> Relation {
    if occurrence.words == canonical.words {
        Relation::Exact
    } else if occurrence.words.len() < canonical.words.len()
        && contains_in_order(&canonical.words, occurrence)
    {
        Relation::Fragment
    } else if occurrence.words.len() > canonical.words.len()
        && contains_in_order(&occurrence.words, canonical)
    {
        Relation::Extended
    } else {
        Relation::Variant
    }
}

/// A speaker name folded for voting: case, accents, apostrophes, spacing.
fn fold_name(name: &str) -> String {
    crate::lexicon::fold(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn run(records: &[QuoteRecord<'_>], options: &ClusterOptions) -> QuoteClusters {
    let (nodes, node_of, classes) = nodes_of(records, options.min_words);
    let n = nodes.len();
    let mut node_count = vec![0u64; n];
    for &node in node_of.iter().filter(|&&x| x != u32::MAX) {
        node_count[node as usize] += 1;
    }
    let mut components = Components::new(n);
    near_duplicates(&nodes, options.similarity, &mut components);
    let contained = containments(&nodes, options.min_words);
    attach_contained(&contained, &nodes, &node_count, &mut components);

    // Records of each component, in record order.
    let mut component_of_node: Vec<u32> = (0..n as u32).map(|x| components.find(x)).collect();
    let mut cluster_of_root: FxHashMap<u32, usize> = FxHashMap::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (r, &node) in node_of.iter().enumerate() {
        if node == u32::MAX {
            continue;
        }
        let root = component_of_node[node as usize];
        let c = *cluster_of_root.entry(root).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[c].push(r);
    }
    for root in component_of_node.iter_mut() {
        *root = cluster_of_root[root] as u32;
    }
    let component_of_node = component_of_node;

    // Canonical text: best completeness, longest, most repeated, first.
    let mut canonical: Vec<Option<(Completeness, usize, u64, usize)>> = vec![None; members.len()];
    for (c, recs) in members.iter().enumerate() {
        for &r in recs {
            let node = node_of[r] as usize;
            let key = (
                classes[r],
                usize::MAX - nodes[node].words.len(),
                u64::MAX - node_count[node],
                r,
            );
            if canonical[c].is_none_or(|k| key < k) {
                canonical[c] = Some(key);
            }
        }
    }
    let canonical: Vec<usize> = canonical
        .into_iter()
        .map(|k| k.map(|k| k.3).unwrap_or(0))
        .collect();

    // Most occurrences first, then first seen.
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(members[c].len()), members[c][0]));
    let mut new_id = vec![0usize; members.len()];
    for (id, &c) in order.iter().enumerate() {
        new_id[c] = id;
    }
    let clusters = order
        .iter()
        .map(|&c| summarise(records, &members[c], canonical[c], &node_of))
        .collect();
    let mut relations: FxHashMap<u32, Relation> = FxHashMap::default();
    let assignments = node_of
        .iter()
        .map(|&node| {
            if node == u32::MAX {
                return None;
            }
            let c = component_of_node[node as usize] as usize;
            let relation = *relations.entry(node).or_insert_with(|| {
                relation(
                    &nodes[node as usize],
                    &nodes[node_of[canonical[c]] as usize],
                )
            });
            Some(Assignment {
                cluster: new_id[c],
                relation,
            })
        })
        .collect();
    QuoteClusters {
        clusters,
        assignments,
    }
}

/// The counts, votes and dates of one cluster's records.
fn summarise(
    records: &[QuoteRecord<'_>],
    recs: &[usize],
    canonical: usize,
    node_of: &[u32],
) -> QuoteCluster {
    let docs: FxHashSet<u32> = recs.iter().map(|&r| records[r].doc).collect();
    let sources: FxHashSet<u32> = recs.iter().filter_map(|&r| records[r].source).collect();
    let variants: FxHashSet<u32> = recs.iter().map(|&r| node_of[r]).collect();
    let first = recs
        .iter()
        .copied()
        .min_by_key(|&r| (records[r].date.is_none(), records[r].date, r))
        .unwrap_or(canonical);
    let dates = recs.iter().filter_map(|&r| records[r].date);
    let (first_date, last_date) = (dates.clone().min(), dates.max());
    // Votes by folded name; the display spelling is the most frequent one.
    let mut tally: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    let mut spellings: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    let mut votes = 0;
    for &r in recs {
        let Some(name) = records[r].speaker else {
            continue;
        };
        votes += 1;
        let entry = tally.entry(fold_name(name)).or_insert((0, r));
        entry.0 += 1;
        let spelling = spellings.entry(name).or_insert((0, r));
        spelling.0 += 1;
    }
    let winner = tally
        .iter()
        .min_by_key(|(_, &(count, first))| (std::cmp::Reverse(count), first));
    let (speaker, speaker_votes) = match winner {
        Some((folded, &(count, _))) => {
            let spelling = spellings
                .iter()
                .filter(|(s, _)| fold_name(s) == *folded)
                .min_by_key(|(_, &(count, first))| (std::cmp::Reverse(count), first))
                .map(|(s, _)| s.to_string());
            (spelling, count)
        }
        None => (None, 0),
    };
    QuoteCluster {
        canonical,
        speaker,
        speaker_votes,
        votes,
        occurrences: recs.len(),
        documents: docs.len(),
        sources: sources.len(),
        variants: variants.len(),
        first,
        first_date,
        last_date,
    }
}
