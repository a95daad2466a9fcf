"""Cleaning: a document's raw text → clean text, with an exact map back.

`clean_text` keeps every sentence of the body and drops the chrome around
it: wiki banners, templates, hatnotes, edit links, citation markers,
reference sections, navigation and related-article lists, copyright and
cookie notices, bylines, datelines, disclaimers and (for Markdown) the
markup. Nothing is silently deleted: each dropped raw span is recorded
with its reason, and the clean text is built with a `TextBuilder`, so
every copied clean character maps back to the same raw character.

Removal is by whole line (a line-level pattern matched) or by inline
marker; everything else is kept. Words that ran together when links were
stripped are separated by `unglue`. The patterns are data
(``lang/*/boilerplate.yaml``, see `bilateral.ingest.boilerplate`); all
languages apply, since the language is not known yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bilateral.document import OffsetMap, RemovedSpan, TextBuilder
from bilateral.ingest import markdown
from bilateral.ingest.boilerplate import SCHEMA, Patterns, normalize_line, patterns
from bilateral.ingest.unglue import glue_points, is_cjk, letter_class


@dataclass
class CleanResult:
    text: str
    offsets: OffsetMap
    removed: list[RemovedSpan]


MARKDOWN = frozenset({"md", "markdown"})
EDGE_LINES = 5  # bylines are looked for among the first and last non-blank lines
RELATED_MAX_LINES = 12  # title lines dropped after a "Related articles" heading
_SPACED = frozenset({"citation", "edit-link"})  # inline removals that may glue words
_TIDY = _SPACED | {"image"}  # inline removals that take a space before them along
_WHOLE = -1  # classification: remove the whole line

Edit = markdown.Edit

# Signs of a bibliographic entry (quoted titles are not: news prose quotes too).
_REF_CUES = re.compile(
    r"https?://|www\.|\bISBN\b|\bdoi\b|\bpp?\.\s?\d|\(\d{4}[a-z]?\)|\d{4}-\d{2}-\d{2}"
    r"|\bvol\.|\bet al\."
)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
_LIST_MARK = re.compile(r"(?:[-*•·^↑]|\d{1,3}[.)])\s")
_END_PUNCT = frozenset(".,;:!?。，、；：！？")
_OPENERS = frozenset("([{“‘«„\"'")


@cache
def _glue() -> re.Pattern[str]:
    return re.compile(rf"[{letter_class('Ll')}](?=[{letter_class('Lu')}])")


def clean_text(raw: str, fmt: str = "txt") -> CleanResult:
    """Clean `raw` (``fmt`` "txt" or "md"); see the module docstring."""
    text, offsets, removed = _Cleaner(raw, fmt).run()
    return CleanResult(text, offsets, removed)


class _Cleaner:
    def __init__(self, raw: str, fmt: str) -> None:
        self.raw = raw
        self.md = fmt.lower() in MARKDOWN
        self.p: Patterns = patterns()
        self.b = TextBuilder(raw)
        self.lines: list[str] = []
        self.edge: set[int] = set()
        self.in_refs = False
        self.related_left = 0
        self.prev_removed: str | None = None  # reason of the line just removed
        self.nl_run = 2  # newlines at the end of the output; the start counts as a break
        self.md_state: dict[int, str] = {}
        self.comments: list[tuple[int, int]] = []

    # -- driver -------------------------------------------------------------

    def run(self) -> tuple[str, OffsetMap, list[RemovedSpan]]:
        raw = self.raw
        self.lines = lines = raw.split("\n")
        starts = [0] * len(lines)
        pos = 0
        for i, line in enumerate(lines):
            starts[i] = pos
            pos += len(line) + 1
        nonblank = [i for i, line in enumerate(lines) if line and not line.isspace()]
        self.edge = set(nonblank[:EDGE_LINES]) | set(nonblank[-EDGE_LINES:])
        if self.md:
            self.md_state, self.comments = markdown.blocks(lines, raw)
        last = len(lines) - 1
        for i, line in enumerate(lines):
            ls = starts[i]
            le = ls + len(line)
            self._line(i, line, ls, le, le + 1 if i < last else le)
        return self.b.build()

    # -- one line -------------------------------------------------------------

    def _line(self, i: int, line: str, ls: int, le: int, nl: int) -> None:
        state = self.md_state.get(i)
        if state == "code":
            self._copy_line(ls, le, nl, plain=True)
            return
        if state is not None:
            self._drop(ls, nl, state)
            return
        if not line or line.isspace():
            if self.prev_removed and self.nl_run >= 2:
                self.b.remove(ls, nl, self.prev_removed)
            else:
                self.b.copy(ls, nl)
                self.nl_run += nl - le
            return
        edits: list[Edit] = []
        body, heading = ls, False
        if self.md:
            drop, edits, body, heading = markdown.line_markup(line, ls, self.comments)
            if drop:
                self._drop(ls, nl, drop)
                return
        rest = self.raw[body:le]
        s = rest.strip()
        if not s:  # only markup ("#", ">"): a blank line
            self.b.remove(ls, le, edits[-1][2] if edits else "markup")
            self._line(i, "", le, le, nl)
            return
        s_off = body + len(rest) - len(rest.lstrip())
        reason, cut = self._classify(i, s)
        if self.in_refs and reason != "references":
            if reason is None and self._ends_refs(i, s, heading):
                self.in_refs = False
            else:
                reason, cut = reason or "references", _WHOLE
        elif self.related_left and reason is None:
            if len(s) <= 160 and s[-1] not in _END_PUNCT:
                reason, cut = "navigation", _WHOLE
                self.related_left -= 1
            else:
                self.related_left = 0
        if reason is not None and cut == _WHOLE:
            self._drop(ls, nl, reason)
            return
        if reason is not None:
            edits.append((s_off, s_off + cut, reason))
        self._copy_line(ls, le, nl, edits=edits)

    # -- classification ---------------------------------------------------------

    def _classify(self, i: int, s: str) -> tuple[str | None, int]:
        """(reason, cut) for a stripped line: reason None keeps it; cut is
        `_WHOLE` or the length of a prefix of `s` to remove."""
        p, n = self.p, len(s)
        if n <= 120:
            key = p.lines.get(self._norm(s))
            if key == "reference_headings":
                self.in_refs = True
                self.related_left = 0
            elif key == "related_headings":
                self.related_left = RELATED_MAX_LINES
            if key:
                return SCHEMA[key].reason, _WHOLE
        for key, pat in p.prefix:
            spec = SCHEMA[key]
            if spec.max_len is not None and n > spec.max_len:
                continue
            m = pat.match(s)
            if not m or (key == "bylines" and i not in self.edge):
                continue
            if key == "template_prefixes":
                return spec.reason, self._template_cut(s, m.end())
            return spec.reason, _WHOLE
        for key, pat in p.search:
            spec = SCHEMA[key]
            if (spec.max_len is None or n <= spec.max_len) and pat.search(s):
                return spec.reason, _WHOLE
        if n <= 2000 and p.retrieved is not None and p.retrieved.search(s, max(0, n - 100)):
            return "references", _WHOLE
        if p.datelines is not None:
            m = p.datelines.match(s)
            if m and 0 < m.end() < n:
                return "dateline", m.end()
        return None, 0

    def _norm(self, s: str) -> str:
        if self.md:
            s = markdown.LINK.sub(r"\1", s)
        if "[" in s and self.p.inline_all is not None:
            s = self.p.inline_all.sub("", s)
        return normalize_line(s)

    @staticmethod
    def _template_cut(s: str, prefix_end: int) -> int:
        """How much of a template line to remove: the template name ends where a
        sentence glued to it starts (``Criticism sectionSau khi …``)."""
        name = s[prefix_end:]
        m = _glue().search(name, 0, 80)
        if m and len(name) - m.end() >= 20 and " " in name[m.end() :]:
            return prefix_end + m.end()
        return _WHOLE if len(name) <= 100 else prefix_end

    def _ends_refs(self, i: int, s: str, md_heading: bool) -> bool:
        """Whether a line ends a reference section: a heading that is not
        followed by another reference heading, or a paragraph of prose."""
        if len(s) >= 200 and not _REF_CUES.search(s) and len(_SENTENCE_END.findall(s)) >= 2:
            return True
        lines = self.lines
        edit_link = (
            "[" in s
            and "edit_links" in self.p.inline
            and bool(self.p.inline["edit_links"].search(s))
        )
        heading = md_heading or edit_link
        if not heading:
            blank_before = i == 0 or not lines[i - 1].strip()
            blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
            heading = (
                len(s) <= 80
                and s[-1] not in _END_PUNCT
                and blank_before
                and blank_after
                and not _LIST_MARK.match(s)
                and not _REF_CUES.search(s)
            )
        if not heading:
            return False
        for j in range(i + 1, min(len(lines), i + 6)):
            nxt = lines[j].strip()
            if nxt:
                return self.p.lines.get(self._norm(nxt)) != "reference_headings"
        return True

    # -- output -----------------------------------------------------------------

    def _drop(self, start: int, end: int, reason: str) -> None:
        self.b.remove(start, end, reason)
        self.prev_removed = reason

    def _copy_line(
        self, ls: int, le: int, nl: int, edits: list[Edit] | None = None, plain: bool = False
    ) -> None:
        before = len(self.b)
        if plain:
            self.b.copy(ls, le)
        else:
            self._apply(ls, le, self._inline_edits(ls, le, edits or []))
        self.b.copy(le, nl)
        self.nl_run = (nl - le) if len(self.b) - (nl - le) > before else self.nl_run + (nl - le)
        self.prev_removed = None

    def _inline_edits(self, ls: int, le: int, edits: list[Edit]) -> list[Edit]:
        raw, inline = self.raw, self.p.inline_all
        has_bracket = raw.find("[", ls, le) >= 0
        if not self.md and not has_bracket:
            return edits
        accepted = sorted(edits)

        def take(group: list[Edit]) -> None:
            for s, e, _ in group:
                for a, b, _ in accepted:
                    if s < b and a < e:
                        return
            accepted.extend(group)
            accepted.sort()

        first: list[list[Edit]] = []
        after: list[list[Edit]] = []
        if self.md:
            first, after = markdown.inline_groups(raw, ls, le, self._bracket_reason)
        for group in first:
            take(group)
        if has_bracket and inline is not None:
            for m in inline.finditer(raw, ls, le):
                take([(m.start(), m.end(), SCHEMA[m.lastgroup or ""].reason)])
        for group in after:
            take(group)
        return accepted

    def _bracket_reason(self, text: str) -> str | None:
        """The reason when `text` is an inline marker (a Markdown link text)."""
        hit = self.p.inline_all.fullmatch(text) if self.p.inline_all is not None else None
        return SCHEMA[hit.lastgroup or ""].reason if hit else None

    def _apply(self, ls: int, le: int, edits: list[Edit]) -> None:
        raw, pos = self.raw, ls
        for k, (s, e, reason) in enumerate(edits):
            if s < pos:
                continue
            if (
                reason in _TIDY
                and s > pos
                and raw[s - 1] == " "
                and (e >= le or raw[e].isspace() or raw[e] in ".,;:!?)")
            ):
                s -= 1  # "NATO [1] and" → "NATO and"
            self._keep(pos, s)
            self.b.remove(s, e, reason)
            pos = e
            joined = k + 1 < len(edits) and edits[k + 1][0] == e
            if reason in _SPACED and not joined and e < le:
                self._space_after(e)
        self._keep(pos, le)

    def _space_after(self, e: int) -> None:
        """After a removed marker: separate the words it glued (``[13]Những``)."""
        left, right = self.b.last_char(), self.raw[e]
        if (
            left
            and not left.isspace()
            and left not in _OPENERS
            and right.isalnum()
            and not is_cjk(left)
            and not is_cjk(right)
        ):
            self.b.insert(" ")

    def _keep(self, start: int, end: int) -> None:
        if end <= start:
            return
        prev = start
        for point in glue_points(self.raw, start, end):
            self.b.copy(prev, point)
            self.b.insert(" ")
            prev = point
        self.b.copy(prev, end)
