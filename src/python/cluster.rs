//! Quote clusters: the quote records of documents as columns, and the
//! clustering of such columns (GIL released). `guillemet.clusters` builds
//! the tables; partitions and the command line pass columns, not documents.

use super::document::PyDocument;
use super::{guard, set_column, to_py};
use crate::cluster::{cluster_quotes, ClusterOptions, QuoteRecord};
use crate::{Error, QuoteKind};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// One row per quote of `docs`: columns doc (position in the list), quote,
/// kind, text, start, end (code points), speaker (the quote's speaker name)
/// and speaker_kind.
#[pyfunction]
pub fn _quote_records<'py>(
    py: Python<'py>,
    docs: Vec<PyRef<'py, PyDocument>>,
) -> PyResult<Bound<'py, PyDict>> {
    let (mut doc_col, mut quote, mut kind, mut text) = (vec![], vec![], vec![], vec![]);
    let (mut start, mut end, mut speaker, mut speaker_kind) = (vec![], vec![], vec![], vec![]);
    for (d, pydoc) in docs.iter().enumerate() {
        let doc = &*pydoc.doc;
        for (i, q) in doc.quotes().iter().enumerate() {
            let who = q
                .speaker
                .as_ref()
                .and_then(|m| m.speaker)
                .map(|s| &doc.speakers()[s]);
            doc_col.push(d);
            quote.push(i);
            kind.push(q.kind.as_str());
            text.push(doc.slice(q.span));
            start.push(doc.char_offset(q.span.start));
            end.push(doc.char_offset(q.span.end));
            speaker.push(who.map(|s| s.name.as_str()));
            speaker_kind.push(who.map(|s| s.kind.as_str()));
        }
    }
    let out = PyDict::new(py);
    out.set_item("doc", doc_col)?;
    out.set_item("quote", quote)?;
    out.set_item("kind", kind)?;
    out.set_item("text", text)?;
    out.set_item("start", start)?;
    out.set_item("end", end)?;
    out.set_item("speaker", speaker)?;
    out.set_item("speaker_kind", speaker_kind)?;
    Ok(out)
}

fn quote_kind(name: &str) -> PyResult<QuoteKind> {
    match name {
        "direct" => Ok(QuoteKind::Direct),
        "indirect" => Ok(QuoteKind::Indirect),
        "mixed" => Ok(QuoteKind::Mixed),
        other => Err(to_py(Error::invalid_option(
            "kind",
            other,
            &["direct", "indirect", "mixed"],
        ))),
    }
}

/// Clusters quote records given as columns of equal length: text, kind,
/// doc (any integer), the voting speaker (or None), a date rank and a
/// source number (or None). Returns (clusters, occurrences) columns: per
/// cluster canonical and first (record indices), speaker, speaker_votes,
/// votes, occurrences, documents, sources, variants, first_date and
/// last_date (ranks); per record, cluster and relation (None when too short).
#[pyfunction]
#[pyo3(signature = (texts, kinds, docs, speakers, dates, sources, min_words=4, similarity=0.5))]
#[allow(clippy::too_many_arguments)]
pub fn _cluster_records<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    kinds: Vec<String>,
    docs: Vec<u32>,
    speakers: Vec<Option<String>>,
    dates: Vec<Option<i64>>,
    sources: Vec<Option<u32>>,
    min_words: usize,
    similarity: f64,
) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyDict>)> {
    let n = texts.len();
    if [
        kinds.len(),
        docs.len(),
        speakers.len(),
        dates.len(),
        sources.len(),
    ]
    .iter()
    .any(|&len| len != n)
    {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "every column needs one value per quote",
        ));
    }
    let kinds: Vec<QuoteKind> = kinds
        .iter()
        .map(|k| quote_kind(k))
        .collect::<PyResult<_>>()?;
    let options = ClusterOptions {
        min_words,
        similarity,
    };
    let result = py.detach(|| {
        guard(|| {
            let records: Vec<QuoteRecord<'_>> = (0..n)
                .map(|i| QuoteRecord {
                    text: &texts[i],
                    kind: kinds[i],
                    doc: docs[i],
                    speaker: speakers[i].as_deref(),
                    date: dates[i],
                    source: sources[i],
                })
                .collect();
            cluster_quotes(&records, &options).map_err(to_py)
        })
    })?;
    let c = &result.clusters;
    let clusters = PyDict::new(py);
    set_column(&clusters, "canonical", c.iter().map(|x| x.canonical))?;
    set_column(&clusters, "speaker", c.iter().map(|x| x.speaker.as_deref()))?;
    set_column(
        &clusters,
        "speaker_votes",
        c.iter().map(|x| x.speaker_votes),
    )?;
    set_column(&clusters, "votes", c.iter().map(|x| x.votes))?;
    set_column(&clusters, "occurrences", c.iter().map(|x| x.occurrences))?;
    set_column(&clusters, "documents", c.iter().map(|x| x.documents))?;
    set_column(&clusters, "sources", c.iter().map(|x| x.sources))?;
    set_column(&clusters, "variants", c.iter().map(|x| x.variants))?;
    set_column(&clusters, "first", c.iter().map(|x| x.first))?;
    set_column(&clusters, "first_date", c.iter().map(|x| x.first_date))?;
    set_column(&clusters, "last_date", c.iter().map(|x| x.last_date))?;
    let a = &result.assignments;
    let occurrences = PyDict::new(py);
    set_column(
        &occurrences,
        "cluster",
        a.iter().map(|x| x.map(|x| x.cluster)),
    )?;
    set_column(
        &occurrences,
        "relation",
        a.iter().map(|x| x.map(|x| x.relation.as_str())),
    )?;
    Ok((clusters, occurrences))
}
