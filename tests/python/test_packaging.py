"""The Rust crate packages cleanly (lexicons, seed and licences included),
and a crate outside the repository can depend on the packaged sources, use
the public API, and builds no shared library of guillemet (the cdylib is
only for the Python wheel, which maturin builds with `cargo rustc
--crate-type cdylib`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

MAIN = r"""
use guillemet::{Analyzer, CountOptions, TermForm};

fn main() {
    let doc = Analyzer::new().analyze(guillemet::SEED_ARTICLE).unwrap();
    let poutine = doc.speakers().iter().find(|s| s.name == "Vladimir Poutine").unwrap();
    let attributed = doc.quotes().iter().filter(|q| doc.speaker_of(q) == Some(poutine)).count();
    assert_eq!(attributed, poutine.quotes.len());
    let counts = doc.term_counts(&CountOptions { by: TermForm::Stem, ..Default::default() }).unwrap();
    let json = doc.to_json();
    println!("{} {} {} {}", doc.quotes().len(), poutine.quotes.len(), counts.get("poutin"), json.len() > 1000);
}
"""


@pytest.mark.skipif(shutil.which("cargo") is None, reason="needs cargo")
def test_packaged_crate_builds_as_a_dependency(tmp_path: Path) -> None:
    env = {**os.environ, "CARGO_TARGET_DIR": str(tmp_path / "target")}
    subprocess.run(
        ["cargo", "package", "--allow-dirty", "--no-verify", "--quiet"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    crates = sorted((tmp_path / "target" / "package").glob("guillemet-*.crate"))
    assert crates, "cargo package produced no .crate"
    with tarfile.open(crates[-1]) as archive:
        names = archive.getnames()
        archive.extractall(tmp_path / "unpacked", filter="data")
    for needed in (
        "src/lexicons/speech_verbs.txt",
        "src/lexicons/stopwords.txt",
        "seeds/otsc-poutine-kazakhstan.txt",
        "src/lib.rs",
        "LICENSE-MIT",
        "LICENSE-APACHE",
    ):
        assert any(n.endswith(needed) for n in names), needed
    assert not any("/tests/python/" in n or n.endswith(".ipynb") for n in names)
    source = next((tmp_path / "unpacked").iterdir())
    user = tmp_path / "user"
    (user / "src").mkdir(parents=True)
    (user / "Cargo.toml").write_text(
        '[package]\nname = "user"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f'[dependencies]\nguillemet = {{ path = "{source.as_posix()}" }}\n\n[workspace]\n',
        encoding="utf-8",
    )
    (user / "src" / "main.rs").write_text(MAIN, encoding="utf-8")
    out = subprocess.run(
        ["cargo", "run", "--quiet"], cwd=user, env=env, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr[-3000:]
    built = [p.name for p in (tmp_path / "target").rglob("*guillemet*") if p.is_file()]
    shared = [n for n in built if n.endswith((".so", ".dylib", ".dll"))]
    assert not shared, shared  # no cdylib for a Rust dependant
    assert any(n.endswith(".rlib") for n in built), built
    assert out.stdout.split() == ["11", "10", "8", "true"]


@pytest.mark.skipif(shutil.which("cargo") is None, reason="needs cargo")
def test_cargo_doc_opens_on_a_quotes_example() -> None:
    """The crate page's first example finds quotes and their speakers."""
    import html
    import re

    subprocess.run(
        ["cargo", "doc", "--no-deps", "--quiet"], cwd=ROOT, check=True, capture_output=True
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    page = (target / "doc" / "guillemet" / "index.html").read_text(encoding="utf-8")
    examples = re.findall(r"<pre[^>]*>(.*?)</pre>", page, flags=re.S)
    first = html.unescape(re.sub(r"<[^>]+>", "", examples[0]))
    assert "doc.quotes()" in first and "speaker_of" in first, first
    assert "Features" in page and "docsrs" not in first
