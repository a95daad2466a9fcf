"""Finding KB names in text with Aho-Corasick automata.

Every name is normalised (see `normalize.py`) into the automaton of its
language, universal aliases into one of their own; the document's clean
text is normalised the same way and scanned by the universal automaton and
by those of the languages its sentences are in, overlapping matches
included. A name counts only where its language is in force (a name
counts in its own language's sentences, universal aliases everywhere).
Candidates are then filtered by word boundaries per script (with Arabic
proclitics and per-language suffixes), by case where case carries
meaning (`US` is not `us`), and resolved longest-first. Glued Arabic names
(`أفغانستانباكستان`) are accepted when the glued pieces are all names.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from bilateral import lang as manifest
from bilateral.kb.model import OTHER_LOCALES, UNIVERSAL, AgentTemplate, KnowledgeBase, Name
from bilateral.kb.normalize import (
    is_word_char,
    no_spaces,
    normalize,
    normalize_with_offsets,
    original_span,
)

_ARABIC = range(0x0600, 0x0700)
_PROCLITICS = frozenset("وفبلك")
MIN_NAME_CHARS = 2


@dataclass(frozen=True, slots=True)
class Hit:
    """A name found in a text, in the text's own offsets."""

    start: int
    end: int
    name: Name


def _is_arabic(char: str) -> bool:
    return ord(char) in _ARABIC


@cache
def _suffixes(code: str) -> tuple[str, ...]:
    """Endings a language may glue to a name (`lang/<code>/matcher.yaml`), longest first."""
    data = manifest.load_data(code, "matcher.yaml") or {}
    return tuple(sorted((normalize(s) for s in data.get("suffixes") or []), key=len, reverse=True))


class _Automaton:
    """One Aho-Corasick automaton over some names, each key with its names in KB order."""

    __slots__ = ("automaton", "names")

    def __init__(self, keyed: dict[str, list[Name]]) -> None:
        keys = list(keyed)
        self.names = [keyed[k] for k in keys]
        self.automaton = ahocorasick_rs.AhoCorasick(keys) if keys else None

    def matches(self, norm: str) -> Iterator[tuple[int, int, Name]]:
        if self.automaton is None:
            return
        for index, start, end in self.automaton.find_matches_as_indexes(norm, overlapping=True):
            for name in self.names[index]:
                yield start, end, name


class Matcher:
    """Automata over every name of a knowledge base: one for the names that count in
    every language and one per language, each built the first time a text needs it
    (a corpus in two languages never builds the other fourteen)."""

    def __init__(self, kb: KnowledgeBase, extra: Iterable[Name] = ()) -> None:
        self.kb = kb
        self._keyed: dict[str, list[Name]] = {}
        for name in [*kb.names, *extra]:
            for key in _keys(name.text):
                self._keyed.setdefault(key, []).append(name)
        self._automata: dict[str | None, _Automaton] = {}

    def __len__(self) -> int:
        return len(self._keyed)

    def lookup(self, text: str) -> list[Name]:
        """Every KB name written exactly like `text` (after normalisation)."""
        return list(self._keyed.get(normalize(text).strip(), []))

    def _automaton(self, lang: str | None) -> _Automaton:
        """Names of `lang` only (UNIVERSAL: the names that count everywhere; None: all)."""
        if lang not in self._automata:
            keyed: dict[str, list[Name]] = {}
            for key, names in self._keyed.items():
                fitting = [n for n in names if lang is None or n.lang == lang]
                if fitting:
                    keyed[key] = fitting
            self._automata[lang] = _Automaton(keyed)
        return self._automata[lang]

    def _candidates(
        self, norm: str, langs: Sequence[tuple[int, str | None]]
    ) -> list[tuple[int, int, Name]]:
        """Every name found in `norm` that counts where it was found."""
        if not langs:
            return list(self._automaton(None).matches(norm))
        starts = [offset for offset, _ in langs]
        found = list(self._automaton(UNIVERSAL).matches(norm))
        in_force = {lang for _, lang in langs}
        own = {lang for lang in in_force if lang in manifest.codes()}
        if None in in_force:  # a text of unknown language: every name may count
            own.update(manifest.codes())
        if in_force - own:  # a language without its own names reads the other locales'
            own.add(OTHER_LOCALES)
        for code in sorted(own, key=str):
            for start, end, name in self._automaton(code).matches(norm):
                lang = langs[bisect.bisect_right(starts, start) - 1][1]
                if _language_fits(name, lang):
                    found.append((start, end, name))
        return found

    def find(self, text: str, langs: Sequence[tuple[int, str | None]] = ()) -> list[Hit]:
        """Names in `text`, non-overlapping, longest first.

        `langs` gives (offset, language) where the language changes (the
        sentences' languages); a name counts where its language is in force.
        """
        norm, spans = normalize_with_offsets(text)
        accepted = _bounded(norm, self._candidates(norm, langs))
        hits: list[Hit] = []
        seen: dict[tuple[int, int, str], int] = {}
        for start, end, name in _longest_first(accepted):
            if name.kind == "blocker":
                continue  # a known non-actor phrase: it only keeps shorter names out
            o_start, o_end = original_span(spans, start, end)
            if not _case_fits(name, text[o_start:o_end], text, o_start):
                continue  # case is checked on the name itself, before any agent phrase
            start, end, name = self._as_agent(norm, start, end, name)
            o_start, o_end = original_span(spans, start, end)
            key = (o_start, o_end, name.entity)
            written = text[o_start:o_end]
            if key not in seen or _fit(name, written) > _fit(hits[seen[key]].name, written):
                hit = Hit(o_start, o_end, name)
                if key in seen:
                    hits[seen[key]] = hit
                else:
                    seen[key] = len(hits)
                    hits.append(hit)
        return _outermost(hits)

    def _as_agent(self, norm: str, start: int, end: int, name: Name) -> tuple[int, int, Name]:
        """A state's name inside a generic agent phrase ("ВМС Пакистана", "البحرية
        الباكستانية") becomes that agent, the span growing to cover the phrase."""
        entity = self.kb.entities.get(name.entity)
        if entity is None or entity.kind != "state" or name.kind not in ("name", "demonym"):
            return start, end, name
        index = _template_index(self.kb, name.lang)
        if index is None:
            return start, end, name
        best: tuple[int, int, str] | None = None
        for template in index.around(norm, start, end, name.kind):
            outer_start = start - len(template.before)
            outer_end = end + len(template.after)
            if (
                template.before
                and outer_start > 0
                and is_word_char(norm[outer_start - 1])
                and not (no_spaces(norm[outer_start]))
            ):
                continue
            if template.after and _right_end(norm, outer_end, name, outer_end - 1) is None:
                continue
            if best is None or outer_end - outer_start > best[1] - best[0]:
                best = (outer_start, outer_end, template.slug)
        if best is None:
            return start, end, name
        agent = Name(name.text, name.lang, f"{entity.id}.{best[2]}", "agent")
        return best[0], best[1], agent


class _Templates:
    """A language's agent templates, found by the texts around a name: the texts of
    each part length are looked up first (the tables hold thousands of templates,
    a name has at most a few fitting parts), then the (before, after) pairs."""

    def __init__(self, templates: list[AgentTemplate]) -> None:
        self.befores = {t.before for t in templates}
        self.afters = {t.after for t in templates}
        self.before_lengths = sorted({len(b) for b in self.befores})
        self.after_lengths = sorted({len(a) for a in self.afters})
        self.pairs: dict[tuple[str, str], list[AgentTemplate]] = {}
        for t in templates:
            self.pairs.setdefault((t.before, t.after), []).append(t)
        # ties between equally long templates go to the first by its after-part's
        # length (as first listed), then as listed
        rank = {n: i for i, n in enumerate(dict.fromkeys(len(t.after) for t in templates))}
        self.order = {id(t): (rank[len(t.after)], i) for i, t in enumerate(templates)}

    def around(self, norm: str, start: int, end: int, slot: str) -> list[AgentTemplate]:
        """Templates whose texts before and after `norm[start:end]` both fit, in the
        tie order of `self.order`."""
        befores = [
            text
            for n in self.before_lengths
            if n <= start and (text := norm[start - n : start]) in self.befores
        ]
        afters = [
            text
            for n in self.after_lengths
            if end + n <= len(norm) and (text := norm[end : end + n]) in self.afters
        ]
        found = [
            t
            for before in befores
            for after in afters
            for t in self.pairs.get((before, after), ())
            if t.slot == slot
        ]
        return sorted(found, key=lambda t: self.order[id(t)]) if len(found) > 1 else found


def _template_index(kb: KnowledgeBase, lang: str) -> _Templates | None:
    """A language's agent templates, indexed once per knowledge base."""
    key = (id(kb), lang)
    if key not in _TEMPLATE_INDEX:
        templates = kb.agent_templates.get(lang)
        _TEMPLATE_INDEX[key] = _Templates(templates) if templates else None
    return _TEMPLATE_INDEX[key]


_TEMPLATE_INDEX: dict[tuple[int, str], _Templates | None] = {}


def _fit(name: Name, written: str) -> tuple[bool, bool]:
    """How exactly a name is written as found: the listed form, then the same case."""
    return normalize(name.text) == normalize(written), name.text == written


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer one (a name inside an agent phrase around it)."""
    kept: list[Hit] = []
    max_end, first_start = -1, -1  # the furthest end kept so far, and the first start reaching it
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        # every kept hit starts at or before this one: it is inside one that ends later,
        # or at the same end from an earlier start
        if hit.end < max_end or (hit.end == max_end and first_start < hit.start):
            continue
        if hit.end > max_end:
            max_end, first_start = hit.end, hit.start
        kept.append(hit)
    return kept


def _keys(text: str) -> list[str]:
    """Normalised forms under which a name is matched (Arabic `لل` for `ال`)."""
    key = normalize(text).strip()
    if len(key) < MIN_NAME_CHARS:
        return []
    keys = [key]
    if key.startswith("ال") and len(key) > 3:
        keys.append("لل" + key[2:])  # li + al-: للصين
    return keys


def _language_fits(name: Name, lang: str | None) -> bool:
    if name.lang == UNIVERSAL or lang is None:
        return True
    if name.lang == OTHER_LOCALES:
        return lang not in manifest.codes()
    return name.lang == lang


def _left_ok(norm: str, start: int) -> bool:
    if start == 0:
        return True
    before = norm[start - 1]
    if not is_word_char(before) or no_spaces(norm[start]) or no_spaces(before):
        return True
    if _is_arabic(norm[start]):  # up to three proclitics: و ف + ب ل ك
        cursor = start
        while cursor > 0 and start - cursor < 3 and norm[cursor - 1] in _PROCLITICS:
            cursor -= 1
        return cursor < start and (cursor == 0 or not is_word_char(norm[cursor - 1]))
    return False


def _right_end(norm: str, end: int, name: Name, last: int | None = None) -> int | None:
    """Where the word ends if the name may end at `end` (a suffix may follow).

    `last` is the index of the name's last character when it is not end - 1.
    """
    last_char = norm[end - 1 if last is None else last]
    if end >= len(norm) or not is_word_char(norm[end]) or no_spaces(last_char):
        return end
    if not is_word_char(last_char):
        return end  # the name ends in its own boundary: "US$" before "5 billion"
    if no_spaces(norm[end]):
        return end  # "日本はF-35と", "歼-10CE战斗机"
    if name.text[-1:].isdigit() or name.text[-1:].isupper():
        return None  # designations take no case endings: Су-30МК is not Су-30МКИ
    for suffix in _suffixes(name.lang) if name.lang not in (UNIVERSAL, OTHER_LOCALES) else ():
        stop = end + len(suffix)
        if norm.startswith(suffix, end) and (stop >= len(norm) or not is_word_char(norm[stop])):
            return stop  # the mention covers the inflected word
    return None


def _bounded(norm: str, candidates: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """Candidates that stand as words, or that are glued Arabic names chained edge to edge."""
    accepted = []
    glued: dict[int, list[tuple[int, int, Name]]] = {}
    for start, end, name in candidates:
        word_end = _right_end(norm, end, name)
        if word_end is not None and _left_ok(norm, start):
            accepted.append((start, word_end, name))
        elif _is_arabic(norm[start]) and name.kind != "blocker":
            glued.setdefault(start, []).append((start, end, name))
    for start, end, name in candidates:
        glued_right = _right_end(norm, end, name) is None
        if _is_arabic(norm[start]) and glued_right and _left_ok(norm, start):
            chain = _chain(norm, glued, end, depth=2)
            if chain:
                accepted.append((start, end, name))
                accepted.extend(chain)
    return accepted


def _chain(
    norm: str, glued: dict[int, list[tuple[int, int, Name]]], at: int, depth: int
) -> list[tuple[int, int, Name]]:
    for start, end, name in sorted(glued.get(at, []), key=lambda c: c[0] - c[1]):
        if _right_end(norm, end, name) is not None:
            return [(start, end, name)]
        if depth > 1:
            rest = _chain(norm, glued, end, depth - 1)
            if rest:
                return [(start, end, name), *rest]
    return []


def _longest_first(candidates: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """Non-overlapping spans, longest first; all names of a chosen span are kept."""
    if not candidates:
        return []
    occupied = bytearray(max(end for _, end, _ in candidates))
    taken: set[tuple[int, int]] = set()
    chosen: list[tuple[int, int, Name]] = []
    for start, end, name in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if (start, end) not in taken:
            if occupied.find(1, start, end) != -1:
                continue
            taken.add((start, end))
            occupied[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, name))
    return chosen


def _case_fits(name: Name, found: str, text: str, start: int) -> bool:
    """Case carries meaning: `US` is not `us`, `Turkey` is not `turkey`."""
    written = name.text
    if written.isupper() and len(written) <= 4 and written.isascii():
        return found == written or found.replace(".", "") == written.replace(".", "")
    if name.ambiguous and written[:1].isupper():
        if not found[:1].isupper():
            return False
        if not _sentence_initial(text, start):
            return True
        return _initial_before_lowercase(name.lang) and _lower_word_follows(
            text, start + len(found)
        )
    if written[:1].isupper() and found[:1].islower() and written[:1].lower() != written[:1]:
        return not name.ambiguous and len(written) > 5
    return True


@cache
def _initial_before_lowercase(code: str) -> bool:
    """Whether a lower-case word after a sentence-initial ambiguous name vouches for it
    (`matcher.yaml`); not where the name's other sense is also followed by one
    (Vietnamese `Anh ấy`, Turkish `Mali destek`)."""
    if code in (UNIVERSAL, OTHER_LOCALES):
        return False
    data = manifest.load_data(code, "matcher.yaml") or {}
    return bool(data.get("initial_before_lowercase"))


def _lower_word_follows(text: str, end: int) -> bool:
    """At a sentence start the capital says nothing; a lower-case word next ("Turkey
    sold", "Jordan and Egypt", "Chad's army") shows the name stands alone, not as the
    first part of a longer proper name ("Chad Smith", "Jordan Peterson")."""
    rest = text[end : end + 40].lstrip(" ")
    return rest.startswith(("'s", "’s", ",")) or rest[:1].islower()


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'“‘«(")
    return start == 0 or not before or before[-1] in ".!?\n"
