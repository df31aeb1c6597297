"""What a person typed, understood: the concepts a document should match (any of them, the more
the better), the words it must not hold, the filler left out, and the tag synonyms recognised.

A rep asks "my champion got promoted, what do I do with the deal?": no document holds every
word, and none needs to. Each word, "quoted phrase" or `a OR b` is one concept; a document that
matches more of them ranks higher (the backends weigh the matched share), one that matches none
is not found. Words that only make a question a question ("how do I", "what's our") are not
matched, unless nothing else is left. A tag's name or synonym anywhere in the query ("pulse
forecast discount": "pulse forecast" is an old name of signal-forecast) becomes one concept that
the tag's current name answers as well.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from app.extensions import db
from app.qa.models import Tag, TagSynonym

_TOKEN = re.compile(r'"[^"]*"|\S+')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
SYNONYMS_TTL = 60.0  # seconds: a tag renamed on another host is understood here by then
_LONGEST_NAME = 6  # words of the longest tag name or synonym looked for


@dataclass(frozen=True)
class Concept:
    """One thing the query asks about: a document answers it by any of these words or
    phrases."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        return self.words + tuple(f'"{p}"' for p in self.phrases)


@dataclass
class Understood:
    concepts: list[Concept]
    excluded: list[str] = field(default_factory=list)
    # {"pulse forecast": "signal-forecast"}: the synonyms recognised, and their tags
    synonyms: dict[str, str] = field(default_factory=dict)


@cache
def filler() -> frozenset[str]:
    """The filler words (app/search/data/filler.txt)."""
    path = Path(__file__).parent / "data" / "filler.txt"
    lines = (line.strip().lower() for line in path.read_text().splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _groups(text: str) -> tuple[list[list[str]], list[str]]:
    """The cleaned query (app.search.services.clean_query) as groups of terms joined by OR,
    and the excluded words."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    joining = False
    for part in _TOKEN.findall(text):
        if part == "OR":
            joining = bool(groups)
            continue
        if part.startswith("-") and len(part) > 1:
            excluded.append(part[1:])
            joining = False
            continue
        if joining:
            groups[-1].append(part)
        else:
            groups.append([part])
        joining = False
    return groups, excluded


def _concept(terms: list[str]) -> Concept:
    words = tuple(t for t in terms if not t.startswith('"'))
    phrases = tuple(t.strip('"') for t in terms if t.startswith('"'))
    return Concept(words, phrases)


def understand(text: str, names: dict[tuple[str, ...], str] | None = None) -> Understood:
    """The concepts of a cleaned query; `names` ({words of a tag name or synonym: the tag's
    name}, see `tag_names`) recognises the vocabulary's names in runs of plain words."""
    groups, excluded = _groups(text)
    plain = [g[0] for g in groups if len(g) == 1 and not g[0].startswith('"')]
    skip = filler() if any(w.lower() not in filler() for w in plain) or len(plain) < len(groups) \
        else frozenset()
    concepts: list[Concept] = []
    synonyms: dict[str, str] = {}
    run: list[str] = []

    def close_run() -> None:
        concepts.extend(_named(run, names or {}, skip, synonyms))
        run.clear()

    for group in groups:
        if len(group) == 1 and not group[0].startswith('"'):
            run.append(group[0])
            continue
        close_run()
        concepts.append(_concept(group))
    close_run()
    return Understood(concepts, excluded, synonyms)


def _named(words: list[str], names: dict[tuple[str, ...], str], skip: frozenset[str],
           synonyms: dict[str, str]) -> list[Concept]:
    """The concepts of a run of plain words: the longest tag name or synonym at each place
    first (one concept, answered by the words as typed or by the tag's name), then the
    other words, one concept each, filler left out."""
    concepts: list[Concept] = []
    lowered = [w.lower() for w in words]
    position = 0
    while position < len(words):
        for length in range(min(_LONGEST_NAME, len(words) - position), 0, -1):
            tag = names.get(tuple(lowered[position:position + length]))
            if tag is None:
                continue
            said = " ".join(words[position:position + length])
            current = tag.replace("-", " ")
            alternatives = [said] if current.lower() == said.lower() else [said, current]
            concepts.append(Concept(
                tuple(a for a in alternatives if " " not in a),
                tuple(a for a in alternatives if " " in a)))
            synonyms[said.lower()] = tag
            position += length
            break
        else:
            if lowered[position] not in skip:
                concepts.append(Concept((words[position],)))
            position += 1
    return concepts


# ---------------------------------------------------------------- the vocabulary's names

_guard = threading.Lock()
_KEY = "search_tag_names"


def tag_names() -> dict[tuple[str, ...], str]:
    """{the lower-cased words of each tag's name and synonym: the tag's name}, read from the
    database at most every SYNONYMS_TTL seconds (and again after a tag changes here)."""
    extensions = current_app.extensions
    with _guard:
        cached = extensions.get(_KEY)
        if cached is not None and time.monotonic() - cached[0] < SYNONYMS_TTL:
            return cached[1]
    names: dict[tuple[str, ...], str] = {}
    rows = [(name, name) for name in db.session.scalars(select(Tag.name))]
    rows += db.session.execute(select(TagSynonym.name, Tag.name)
                               .join(Tag, Tag.id == TagSynonym.tag_id)).all()
    for said, tag in rows:
        words = tuple(w.lower() for w in _WORD.findall(said))
        if words and len(words) <= _LONGEST_NAME:
            names.setdefault(words, tag)
    with _guard:
        extensions[_KEY] = (time.monotonic(), names)
    return names


def forget_tag_names(*_args, **_kwargs) -> None:
    """A tag, a name or a synonym changed in this process: read them again."""
    with _guard:
        current_app.extensions.pop(_KEY, None)
