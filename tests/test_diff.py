"""The readable diff: correct for every shape of change, and without quadratic blow-up on two
50 KB versions (repeated lines, one enormous line, everything changed)."""

from __future__ import annotations

import random

import pytest

from app.diff import diff_lines, has_changes

WORDS = ["discount", "pricing", "buyer", "champion", "legal", "procurement", "renewal",
         "forecast", "quarter"]


def _prose(rng: random.Random, size: int) -> str:
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        blank = rng.random() < 0.3
        lines.append("" if blank else " ".join(rng.choice(WORDS) for _ in range(12)))
    return "\n".join(lines)


def _sides(lines) -> tuple[str, str]:
    """Both versions, rebuilt from the diff: what it shows must be exactly what was saved."""
    def text(kind):
        return "\n".join("".join(t for _, t in line.pieces) for line in lines if line.kind != kind)
    return text("added"), text("removed")


def test_changed_words_are_marked_inside_an_edited_line():
    lines = diff_lines("Give 10% on a 1-year deal.\nKeep this.", "Give 15% on a 1-year deal.\n"
                       "Keep this.")
    assert [line.kind for line in lines] == ["removed", "added", "same"]
    assert (True, "10") in lines[0].pieces and (True, "15") in lines[1].pieces
    assert not has_changes(diff_lines("Same.\nText.", "Same.\nText."))


def _pairs():
    rng = random.Random(7)
    text = _prose(rng, 50_000)
    huge = lambda: " ".join(rng.choice(WORDS) for _ in range(6_000))  # noqa: E731
    return {
        "a local edit": (text, text.replace("legal", "LEGAL", 3)),
        "every line edited": (text, "\n".join(line + " now" for line in text.split("\n"))),
        "everything different": (text, _prose(rng, 50_000)),
        "one enormous line": (huge(), huge()),
        "25,000 repeated lines": ("a\n" * 25_000, "a\n" * 24_990 + "b\n" * 10),
        "repeated lines shifted": ("a\nb\n" * 12_500, "b\na\n" * 12_500),
        "repeated around a change": ("a\n" * 12_500 + "x\n" + "a\n" * 12_500,
                                     "a\n" * 12_000 + "y\n" * 1_000 + "a\n" * 12_000),
    }


@pytest.mark.timeout(20)  # quadratic matching takes minutes on these; linear work, well under 1 s
@pytest.mark.parametrize("shape", list(_pairs()))
def test_two_50_kb_versions_diff_promptly_and_exactly(shape):
    old, new = _pairs()[shape]
    assert len(old) >= 40_000 and len(new) >= 40_000
    lines = diff_lines(old, new)
    assert _sides(lines) == (old.rstrip("\n"), new.rstrip("\n"))
    assert has_changes(lines)
