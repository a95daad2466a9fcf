"""Dating a fact by a person's term of office: "under Prime Minister Imran Khan",
"في عهد عمران خان", "dưới thời Musharraf", "Erdoğan döneminde", "朴正熙政権下".

Many sentences give no year but name the leader in whose time something
happened; the KB knows each person's offices and years. A cue of
`lang/<code>/eras.yaml` right before the person's name (a title may stand
between) or right after it makes the fact's time the person's term: the
head-of-state or head-of-government years when the person held such an
office, else all their offices' years. Precision `term` tells users the
time was inferred this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from bilateral import lang as manifest
from bilateral.document import Mention
from bilateral.extract.units import has_break
from bilateral.kb.model import KnowledgeBase
from bilateral.kb.normalize import no_spaces, normalize, normalize_with_offsets, original_span

TITLE_GAP = 45  # characters of title allowed between a `before` cue and the name
AFTER_GAP = 25  # characters (e.g. "'s government") between the name and an `after` cue
LEADER_ROLES = ("head_of_state", "head_of_government")
KB_AS_OF = 2025  # the person data's last year: an office still held runs to here (or the doc)


@dataclass(frozen=True, slots=True)
class Era:
    """The time a person's term gives a fact."""

    text: str  # the cue and the name, as written
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class EraCues:
    before: tuple[str, ...]
    after: tuple[str, ...]


@cache
def cues(code: str | None) -> EraCues:
    """The era cues of a language, normalised as the matcher normalises text."""
    data: Any = manifest.load_data(code, "eras.yaml") if code in manifest.codes() else None
    data = data if isinstance(data, dict) else {}

    def words(key: str) -> tuple[str, ...]:
        found = {normalize(str(w)).strip() for w in data.get(key) or []}
        return tuple(sorted((w for w in found if w), key=len, reverse=True))

    return EraCues(words("before"), words("after"))


def term_years(roles: list[dict[str, Any]], doc_year: int | None = None) -> tuple[int, int] | None:
    """The years of a person's leading offices (else of all offices); an office still
    held ends with the document's year, else with the KB's last year."""
    dated = [r for r in roles if isinstance(r.get("from"), int)]
    leading = [r for r in dated if r.get("role") in LEADER_ROLES] or dated
    if not leading:
        return None
    first = min(int(r["from"]) for r in leading)
    open_end = doc_year or KB_AS_OF
    last = max(int(r["to"]) if isinstance(r.get("to"), int) else open_end for r in leading)
    return first, max(first, last)


def find_era(
    sentence: str,
    sentence_start: int,
    code: str | None,
    persons: list[Mention],
    kb: KnowledgeBase,
    doc_year: int | None = None,
) -> Era | None:
    """The era a cue ties to a person named in the sentence (offsets: document)."""
    era_cues = cues(code)
    if not (era_cues.before or era_cues.after):
        return None
    for mention in persons:
        entity = kb.entities.get(mention.actor_id or "")
        if entity is None or entity.kind != "person":
            continue
        years = term_years(entity.data.get("roles") or [], doc_year)
        if years is None:
            continue
        start, end = mention.start - sentence_start, mention.end - sentence_start
        span = _cue_before(sentence, start, era_cues.before) or _cue_after(
            sentence, end, era_cues.after
        )
        if span is not None:
            b = min(span[0], start)
            e = max(span[1], end)
            return Era(sentence[b:e], *years)
    return None


def _cue_before(sentence: str, start: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    window_start = max(0, start - TITLE_GAP - max((len(w) for w in words), default=0))
    window, mapping = normalize_with_offsets(sentence[window_start:start])
    for word in words:
        at = _find_word(window, word, last=True)
        if at is None:
            continue
        gap = window[at + len(word) :]
        if len(gap) <= TITLE_GAP and not has_break(gap):
            b, e = original_span(mapping, at, at + len(word))
            return window_start + b, window_start + e
    return None


def _cue_after(sentence: str, end: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    reach = AFTER_GAP + max((len(w) for w in words), default=0)
    window, mapping = normalize_with_offsets(sentence[end : end + reach])
    for word in words:
        at = _find_word(window, word, last=False)
        if at is None or at > AFTER_GAP or not _title_at_most(window[:at]):
            continue
        b, e = original_span(mapping, at, at + len(word))
        return end + b, end + e
    return None


def _title_at_most(gap: str, words: int = 1) -> bool:
    """A name and its `after` cue may be parted by one word (a title, a genitive:
    "Trump's administration", "박정희 대통령 정부"), not by a clause."""
    if has_break(gap):
        return False
    tokens = [t for t in gap.split() if not t.startswith(("'", "’"))]
    return len(tokens) <= words


def _find_word(text: str, word: str, last: bool) -> int | None:
    """Where `word` stands in `text` on word boundaries (CJK: anywhere)."""
    spaced = word[:1].isalpha() and not any(no_spaces(ch) for ch in word)
    position = len(text) if last else 0
    while True:
        at = text.rfind(word, 0, position) if last else text.find(word, position)
        if at < 0:
            return None
        before_ok = not spaced or at == 0 or not text[at - 1].isalnum()
        after = at + len(word)
        after_ok = not spaced or after >= len(text) or not text[after].isalnum()
        if before_ok and after_ok:
            return at
        position = at if last else at + 1
        if last and position <= 0:
            return None
