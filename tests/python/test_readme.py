"""The README's quick start stays true: two commands, and the test command is
the one .ci/run runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, flags=re.S)


def test_quick_start_has_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    install, test = commands
    assert "venv" in install and "pip install ." in install and "guillemet" in install
    assert "cargo test" in test and "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_seed_is_the_bundled_article() -> None:
    import guillemet

    seed = (ROOT / "seeds" / "otsc-poutine-kazakhstan.txt").read_text(encoding="utf-8")
    assert guillemet.SEED_ARTICLE == seed


def test_document_limit_is_stated_as_the_code_has_it() -> None:
    """The default limit is 100 MiB (104,857,600 bytes), not "100 MB"."""
    import json

    import guillemet

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    limit = json.loads(guillemet.Analyzer().config_json())["max_document_bytes"]
    assert limit == 100 * 1024 * 1024
    assert "default 100 MiB, 104,857,600 bytes" in readme
    assert "100 MB" not in readme.replace("100 MB/s", "")
