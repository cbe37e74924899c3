//! Criterion benchmarks of each pipeline stage (filled in by the performance work).
fn main() {}
