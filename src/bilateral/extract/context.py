"""What a sentence can borrow from its document: the actors of its section heading
and of the title, the time of an earlier sentence of its paragraph, and what it
says was moved (equipment, quantity, money), read once per sentence."""

from __future__ import annotations

from copy import copy
from typing import Any

from bilateral.document import Document, Mention
from bilateral.extract import attributes
from bilateral.extract.lexicon import lexicon
from bilateral.extract.units import SentenceUnit


class Context:
    """What a sentence can borrow: its section heading's and the title's actors."""

    def __init__(self, doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
        self.doc = doc
        self.by_sentence = by_sentence
        self._times: dict[int, attributes.Time | None] = {}
        self._moved: dict[int, tuple[list[Mention], int | None, Any]] = {}
        self.heading_of: dict[int, list[str]] = {}
        topic: list[str] = []
        current: list[str] = []
        for index, sentence in enumerate(doc.sentences):
            paragraph = doc.paragraphs[sentence.paragraph] if doc.paragraphs else None
            names = [
                m.endpoint
                for m in by_sentence.get(index, [])
                if m.endpoint and m.kind != "equipment"
            ]
            if paragraph is not None and paragraph.kind == "heading":
                if sentence.paragraph == 0:
                    topic = list(dict.fromkeys(names))
                else:
                    current = list(dict.fromkeys(names))
            self.heading_of[index] = list(dict.fromkeys(current + topic))
        self.topic = topic

    def carried(self, index: int) -> list[str]:
        return self.heading_of.get(index, [])

    def what_moved(self, s: SentenceUnit) -> tuple[list[dict[str, Any]], int | None, Any]:
        """Equipment, its quantity and the money of a sentence (read once: every
        transfer fact of the sentence shares them)."""
        if s.index not in self._moved:
            equipment = [m for m in self.by_sentence.get(s.index, []) if m.kind == "equipment"]
            quantity = (
                attributes.find_quantity(self.doc.text, equipment[0].start, s.lang)
                if equipment
                else None
            )
            money = attributes.find_money(s.text, lexicon(s.lang))
            self._moved[s.index] = (equipment, quantity, money)
        equipment, quantity, money = self._moved[s.index]
        return [{"id": m.actor_id, "name": m.text} for m in equipment], quantity, copy(money)

    def sentence_time(self, index: int, lang: str | None) -> attributes.Time | None:
        if index not in self._times:
            sentence = self.doc.sentences[index]
            text = self.doc.text[sentence.start : sentence.end]
            self._times[index] = attributes.find_time(text, lang)
        return self._times[index]

    def paragraph_time(self, s: SentenceUnit) -> attributes.Time | None:
        """The time of the nearest earlier sentence of the same paragraph that has one."""
        paragraph = self.doc.sentences[s.index].paragraph
        for index in range(s.index - 1, -1, -1):
            if self.doc.sentences[index].paragraph != paragraph:
                break
            found = self.sentence_time(index, s.lang)
            if found:
                return found
        return None
