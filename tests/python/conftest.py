"""Shared fixtures: the seed article and its analysis."""

from __future__ import annotations

import pytest

import guillemet


@pytest.fixture(scope="session")
def seed_text() -> str:
    return guillemet.SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_doc(seed_text: str) -> guillemet.Document:
    return guillemet.analyze(seed_text)
