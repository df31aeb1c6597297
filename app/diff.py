"""A readable diff between two versions of a text (posts, wiki pages): lines kept, removed and
added, with the changed words marked inside lines that were edited.

difflib's matcher is quadratic in the worst case (many repeated lines, one enormous line), so
the work is bounded: the unchanged lines at both ends are set aside first (an edit is usually
local), a large middle is matched with difflib's junk heuristic, and words are compared only
inside lines short enough for it. A 50 KB page diffs in milliseconds whatever its shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORDS = re.compile(r"\s+|\w+|[^\w\s]")
# Above this many line pairs, repeated lines (blank ones, say) are treated as junk when matching.
LINE_PAIRS_EXACT = 1_000_000
# Words are compared inside an edited line only up to this many word pairs.
WORD_PAIRS_MAX = 40_000


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "same", "removed" or "added"
    # (changed, text) pieces: `changed` marks the words that differ inside an edited line
    pieces: tuple[tuple[bool, str], ...]


def _words(line: str) -> list[str]:
    return _WORDS.findall(line)


def _inline(old: str, new: str) -> tuple[DiffLine, DiffLine]:
    a, b = _words(old), _words(new)
    if len(a) * len(b) > WORD_PAIRS_MAX:  # too long to compare word by word: the whole line
        return DiffLine("removed", ((True, old),)), DiffLine("added", ((True, new),))
    removed: list[tuple[bool, str]] = []
    added: list[tuple[bool, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            removed.append((False, "".join(a[i1:i2])))
            added.append((False, "".join(b[j1:j2])))
            continue
        if i2 > i1:
            removed.append((True, "".join(a[i1:i2])))
        if j2 > j1:
            added.append((True, "".join(b[j1:j2])))
    return DiffLine("removed", tuple(removed)), DiffLine("added", tuple(added))


def diff_lines(old: str, new: str) -> list[DiffLine]:
    """Every line of both versions, in order, marked as kept, removed or added."""
    a, b = old.splitlines(), new.splitlines()
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    lines = [DiffLine("same", ((False, line),)) for line in a[:head]]
    middle_a, middle_b = a[head:len(a) - tail], b[head:len(b) - tail]
    lines.extend(_diff_middle(middle_a, middle_b))
    lines.extend(DiffLine("same", ((False, line),)) for line in a[len(a) - tail:])
    return lines


def _diff_middle(a: list[str], b: list[str]) -> list[DiffLine]:
    lines: list[DiffLine] = []
    exact = len(a) * len(b) <= LINE_PAIRS_EXACT
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=not exact).get_opcodes():
        if op == "equal":
            lines.extend(DiffLine("same", ((False, line),)) for line in a[i1:i2])
        elif op == "replace" and i2 - i1 == j2 - j1:
            pairs = [_inline(x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True)]
            lines.extend(pair[0] for pair in pairs)
            lines.extend(pair[1] for pair in pairs)
        else:
            lines.extend(DiffLine("removed", ((True, line),)) for line in a[i1:i2])
            lines.extend(DiffLine("added", ((True, line),)) for line in b[j1:j2])
    return lines


def has_changes(lines: list[DiffLine]) -> bool:
    return any(line.kind != "same" for line in lines)
