//! Computes the part-of-speech tagger's tables from its plain-text files
//! (`src/lexicons/pos_lexicon.txt`, `pos_model.txt`, the source of truth)
//! into a blob the crate embeds, so that no process parses them at start-up,
//! and the treebank forms in order of frequency (`form_ranks.txt`, the order
//! of the shared form table's ids).

#[path = "src/pos/tables.rs"]
mod tables;

fn main() {
    for path in [
        "build.rs",
        "src/pos/tables.rs",
        "src/lexicons/pos_lexicon.txt",
        "src/lexicons/pos_model.txt",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
    };
    let blob = tables::encode(
        &read("src/lexicons/pos_lexicon.txt"),
        &read("src/lexicons/pos_model.txt"),
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("pos_tables.bin");
    std::fs::write(&out, blob).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
    let ranks = out.with_file_name("form_ranks.txt");
    let forms = tables::forms_by_frequency(&read("src/lexicons/pos_lexicon.txt"));
    std::fs::write(&ranks, forms).unwrap_or_else(|e| panic!("writing {}: {e}", ranks.display()));
}
