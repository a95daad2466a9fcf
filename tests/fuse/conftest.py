"""A small store of news written for these tests, ingested through the whole pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import bilateral

DEAL = """---
title: Jets for Pakistan
url: https://www.dawn.example/news/jets
date: 2022-05-02
---
China delivered 36 J-10C fighter jets to Pakistan in 2022.
"""
DEAL_AGAIN = """---
title: Fighter deal
url: https://dawn.example/business/fighter-deal
date: 2022-05-03
---
In 2022 China supplied J-10C fighter jets to Pakistan.
"""
OTHER = """Pakistan and the United States

The United States imposed sanctions on Pakistan in 1990.
In 2001 the United States provided $1 billion in military aid to Pakistan.
Pakistan and China held joint military exercises in 2019.
"""
DENIAL = """Denial

China denied that it supplied fighter jets to Pakistan in 2022.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    write(folder, "deal.md", DEAL)
    write(folder, "deal_again.md", DEAL_AGAIN)
    write(folder, "other.txt", OTHER)
    return folder


@pytest.fixture(scope="module")
def store(news: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[bilateral.Bilateral]:
    db = tmp_path_factory.mktemp("db") / "news.duckdb"
    with bilateral.open(db) as kb:
        kb.ingest([str(news)])
        yield kb
