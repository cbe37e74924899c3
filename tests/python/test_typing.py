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
