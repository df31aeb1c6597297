"""A readable diff between two versions of a text (posts now, wiki pages later): lines kept,
removed and added, with the changed words marked inside lines that were edited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "same", "removed" or "added"
    # (changed, text) pieces: `changed` marks the words that differ inside an edited line
    pieces: tuple[tuple[bool, str], ...]


def _words(line: str) -> list[str]:
    return _WORDS.findall(line)


def _inline(old: str, new: str) -> tuple[DiffLine, DiffLine]:
    a, b = _words(old), _words(new)
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
    lines: list[DiffLine] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
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
