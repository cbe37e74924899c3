//! Quote clustering time against the number of quotes (criterion): the
//! synthetic corpus of the tests at 10⁴, 10⁵ and 10⁶ occurrences. Linear
//! growth shows as a constant time per quote across the three sizes
//! (criterion reports the throughput in quotes per second).
//!
//!     cargo bench --bench quote_clusters

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use guillemet::cluster::{cluster_quotes, ClusterOptions};
use std::time::Duration;
use synthetic::SyntheticCorpus;

fn quote_clusters(c: &mut Criterion) {
    let mut group = c.benchmark_group("quote_clusters");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(20));
    let options = ClusterOptions::default();
    for n in [10_000usize, 100_000, 1_000_000] {
        let corpus = SyntheticCorpus::generate(n, 42);
        let records = corpus.records();
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &records, |b, records| {
            b.iter(|| cluster_quotes(records, &options).unwrap().clusters.len())
        });
    }
    group.finish();
}

criterion_group!(benches, quote_clusters);
criterion_main!(benches);
