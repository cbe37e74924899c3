"""The type stubs (_native.pyi, py.typed) agree with the built module, and
every public object has a docstring."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import guillemet

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_stubtest_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy.stubtest",
            "guillemet",
            "--mypy-config-file",
            str(ROOT / "pyproject.toml"),
            "--allowlist",
            str(HERE / "stubtest_allowlist.txt"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_py_typed() -> None:
    assert (Path(guillemet.__file__).parent / "py.typed").exists()
    assert (Path(guillemet.__file__).parent / "_native.pyi").exists()


def test_public_objects_have_docstrings() -> None:
    missing = []
    for name in guillemet.__all__:
        obj = getattr(guillemet, name)
        if callable(obj) and not (inspect.getdoc(obj) or "").strip():
            missing.append(name)
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if not (getattr(value, "__doc__", None) or "").strip():
                    missing.append(f"{name}.{attr}")
    assert not missing, missing


PRECISE = {
    "analyze_many": guillemet.analyze_many,
    "to_pandas": guillemet.to_pandas,
    "term_frequencies": guillemet.term_frequencies,
    "speaker_table": guillemet.speaker_table,
    "Document.to_pandas": guillemet.Document.to_pandas,
    "Document.term_frequencies": guillemet.Document.term_frequencies,
    "Analyzer.analyze_many": guillemet.Analyzer.analyze_many,
}


def test_no_any_in_the_main_signatures() -> None:
    """The functions a notebook user calls most are typed precisely: no
    ``Any`` in their parameters or results (the stubs agree, stubtest)."""
    for name, function in PRECISE.items():
        signature = inspect.signature(function)
        annotations = [str(p.annotation) for p in signature.parameters.values()]
        annotations.append(str(signature.return_annotation))
        loose = [a for a in annotations if "Any" in a and "Sequence[Any]" not in a]
        assert not loose, (name, loose)
    stub = (Path(guillemet.__file__).parent / "_native.pyi").read_text(encoding="utf-8")
    for method in ("def analyze_many", "def to_pandas", "def term_frequencies"):
        for block in stub.split(method)[1:]:
            header = block.split(": ...", 1)[0]
            assert "-> Any" not in header and ": Any" not in header, header


USAGE = """
import guillemet
docs = guillemet.analyze_many(["a"])
reveal_type(docs)
reveal_type(guillemet.analyze_many(["a"], errors="store"))
reveal_type(guillemet.term_frequencies(docs, as_frame=False))
reveal_type(guillemet.speaker_table(docs, as_frame=False))
reveal_type(docs[0].term_frequencies(as_frame=False))
reveal_type(docs[0][1:3])
reveal_type(docs[0].quotes[0].tokens[0])
"""


def test_mypy_sees_precise_types(tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(USAGE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "usage.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    revealed = [
        line.split("Revealed type is ", 1)[1]
        for line in result.stdout.splitlines()
        if "Revealed type is" in line
    ]
    assert revealed == [
        '"list[guillemet._native.Document]"',
        '"list[guillemet._native.Document | guillemet._native.GuillemetError | TypeError]"',
        "\"list[TypedDict(guillemet.terms.TermRow, {'term': str, 'form': str, 'count': int, "
        "'df': int, 'idf': float, 'tfidf': float})]\"",
        "\"list[TypedDict(guillemet.tables.SpeakerRow, {'speaker_id': str, 'name': str, "
        "'variants': str, 'kind': str, 'gender': str, 'gender_cues': int, 'quotes': int, "
        "'words_quoted': int, 'documents': int, 'doc_ids': str})]\"",
        '"dict[str, int]"',
        '"guillemet._native.Span"',
        '"guillemet._native.Token"',
    ], result.stdout
