"""Headings, topic and coreference on documents written for these tests."""

from __future__ import annotations

import pytest

from bilateral.document import Document
from bilateral.kb.matcher import Matcher
from bilateral.kb.mentions import find_mentions
from bilateral.kb.model import Entity, KnowledgeBase, Name
from tests.documents import document


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    kb = KnowledgeBase()
    for entity in (
        Entity("PAK", "state", "Pakistan"),
        Entity("CHN", "state", "China"),
        Entity("USA", "state", "United States"),
        Entity("NATO", "organisation", "NATO"),
        Entity("GEO", "state", "Georgia"),
        Entity("USA.GA", "agent", "Georgia (US)", state="USA"),
    ):
        kb.entities[entity.id] = entity
    names = [
        ("Pakistan", "vi", "PAK"),
        ("Trung Quốc", "vi", "CHN"),
        ("Hoa Kỳ", "vi", "USA"),
        ("Pakistan", "en", "PAK"),
        ("China", "en", "CHN"),
        ("NATO", "en", "NATO"),
        ("United States", "en", "USA"),
        ("Georgia", "en", "GEO"),
        ("Georgia", "en", "USA.GA"),
    ]
    kb.names.extend(Name(t, c, e, "name") for t, c, e in names)
    phrases = [
        Name("hai nước", "vi", "", "coref_pair"),
        Name("nước này", "vi", "", "coref_single"),
        Name("the two countries", "en", "", "coref_pair"),
        Name("the Alliance", "en", "", "coref_alliance"),
    ]
    return Matcher(kb, phrases)


def _coref(doc: Document, matcher: Matcher) -> list[tuple[str, str]]:
    return [(m.text, m.endpoint) for m in find_mentions(doc, matcher) if m.kind == "coreference"]


def test_pair_from_the_sentence_before(matcher):
    doc = document("Quan hệ\n\nTrung Quốc bán vũ khí cho Pakistan. Hai nước tập trận.", "vi")
    assert _coref(doc, matcher) == [("Hai nước", "CHN"), ("Hai nước", "PAK")]


def test_pair_from_section_heading_and_document_topic(matcher):
    text = "Quan hệ quân sự Pakistan\n\nTrung Quốc\n\nHai nước thường xuyên tập trận."
    doc = document(text, "vi")
    assert sorted(_coref(doc, matcher)) == [("Hai nước", "CHN"), ("Hai nước", "PAK")]
    kinds = {m.text: m.kind for m in find_mentions(doc, matcher)}
    assert kinds["Pakistan"] == "heading" and kinds["Trung Quốc"] == "heading"


def test_single_takes_the_most_recent_state(matcher):
    text = "Hoa Kỳ\n\nĐô đốc tới Islamabad, Pakistan. Ông thăm nước này để thảo luận."
    doc = document(text, "vi")
    assert _coref(doc, matcher) == [("nước này", "PAK")]


def test_alliance_is_nato_only_where_nato_was_named(matcher):
    named = document("Pakistan and NATO\n\nTalks went on. Pakistan praised the Alliance.", "en")
    assert _coref(named, matcher) == [("the Alliance", "NATO")]
    unnamed = document("Pakistan and China\n\nPakistan praised the Alliance.", "en")
    assert _coref(unnamed, matcher) == []


def test_no_antecedent_no_mention(matcher):
    doc = document("Notes\n\nThe two countries met.", "en")
    assert _coref(doc, matcher) == []


def test_ambiguous_name_goes_to_the_entity_the_document_supports(matcher):
    doc = document("Pakistan and Georgia\n\nThe United States praised Georgia.", "en")
    georgia = [m for m in find_mentions(doc, matcher) if m.text == "Georgia"]
    assert {m.endpoint for m in georgia} == {"USA"}  # the US is named unambiguously
    assert all(m.confidence < 0.9 for m in georgia)
