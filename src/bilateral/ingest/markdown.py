"""Markdown markup for the cleaning stage: what to drop, the text is kept.

Used by `bilateral.ingest.clean` for ``fmt="md"``. Nothing here builds
text: the functions return raw spans ``(start, end, reason)`` to remove,
so the cleaner can keep its offset map exact. Heading hashes, block quote
marks, emphasis, inline code ticks, HTML tags, escapes and link syntax go
(the link text stays); images, HTML comments, rules, link definitions,
code fence lines and YAML front matter go entirely. Code blocks are kept
verbatim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

Edit = tuple[int, int, str]  # raw start, raw end, reason

_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_PREFIX = re.compile(r"(?:[ \t]{0,3}(?:#{1,6}(?:[ \t]+|$)|>[ \t]?))+")
_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_RULE = re.compile(r"[ \t]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$")
_LINK_DEF = re.compile(r"[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]"
    r"(\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)|\[[^\]\n]*\])"
)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_CODE = re.compile(r"(`+)(?=[^`\n])(.+?)\1")
_EMPHASIS = re.compile(
    r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>])")


def blocks(lines: list[str], raw: str) -> tuple[dict[int, str], list[tuple[int, int]]]:
    """Line states ("front-matter", "markup" for fence lines, "code") and the
    raw spans of HTML comments."""
    state: dict[int, str] = {}
    first = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                state.update(dict.fromkeys(range(j + 1), "front-matter"))
                first = j + 1
                break
    in_code = False
    for i in range(first, len(lines)):
        if _FENCE.match(lines[i]):
            state[i] = "markup"
            in_code = not in_code
        elif in_code:
            state[i] = "code"
    return state, [m.span() for m in _COMMENT.finditer(raw)]


def _comments_in(comments: list[tuple[int, int]], ls: int, le: int) -> list[tuple[int, int]]:
    k = bisect.bisect_right(comments, (le, le)) - 1
    out = []
    while k >= 0 and comments[k][1] > ls:
        if comments[k][0] < le:
            out.append(comments[k])
        k -= 1
    return out[::-1]


def line_markup(
    line: str, ls: int, comments: list[tuple[int, int]]
) -> tuple[str | None, list[Edit], int, bool]:
    """Block markup of one line starting at raw offset `ls`:
    (reason to drop the whole line or None, edits, body start, is heading)."""
    le = ls + len(line)
    edits: list[Edit] = []
    for cs, ce in _comments_in(comments, ls, le) if comments else []:
        if cs <= ls + len(line) - len(line.lstrip()) and ce >= ls + len(line.rstrip()):
            return "comment", [], ls, False
        edits.append((max(cs, ls), min(ce, le), "comment"))
    if _RULE.match(line) or _LINK_DEF.match(line):
        return "markup", [], ls, False
    m = _PREFIX.match(line)
    if not m or not m.end():
        return None, edits, ls, False
    heading = "#" in m.group()
    edits.append((ls, ls + m.end(), "markup"))
    if heading:
        closing = _CLOSING.search(line, m.end())
        if closing:
            edits.append((ls + closing.start(), le, "markup"))
    return None, edits, ls + m.end(), heading


def inline_groups(
    raw: str, ls: int, le: int, bracket_reason: Callable[[str], str | None]
) -> tuple[list[list[Edit]], list[list[Edit]]]:
    """Inline markup edits, grouped (a group is taken whole or not at all):
    those that take precedence over boilerplate markers, and those after.
    `bracket_reason` says whether a link text is itself a marker (``[1]``)."""
    first: list[list[Edit]] = []
    for m in _IMAGE.finditer(raw, ls, le):
        first.append([(m.start(), m.end(), "image")])
    for m in LINK.finditer(raw, ls, le):
        text = m.group(1)
        reason = bracket_reason(text) or bracket_reason(f"[{text}]")
        if reason:
            first.append([(m.start(), m.end(), reason)])
        else:
            first.append([(m.start(), m.start() + 1, "markup"), (m.end(1), m.end(), "markup")])
    for m in _AUTOLINK.finditer(raw, ls, le):
        first.append([(m.start(), m.start() + 1, "markup"), (m.end() - 1, m.end(), "markup")])
    for m in _CODE.finditer(raw, ls, le):
        first.append([(m.start(), m.start(2), "markup"), (m.end(2), m.end(), "markup")])
    after: list[list[Edit]] = []
    for m in _TAG.finditer(raw, ls, le):
        after.append([(m.start(), m.end(), "markup")])
    for m in _EMPHASIS.finditer(raw, ls, le):
        g = next(k for k in (1, 3, 5) if m.group(k))
        after.append([(m.start(), m.end(g), "markup"), (m.end(g + 1), m.end(), "markup")])
    for m in _ESCAPE.finditer(raw, ls, le):
        after.append([(m.start(), m.end(), "markup")])
    return first, after
