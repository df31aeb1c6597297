"""User text with @mentions: rendered through the one Markdown sanitiser with each mention linked
to the person's profile, and the people newly mentioned told (Q&A, wiki, and later chat)."""

from __future__ import annotations

from collections.abc import Callable

from app import markdown, signals
from app.auth.models import User
from app.profiles.services import people_by_handle, profile_path


def render(
    source: str,
    previously: str | None = None,
    wiki_link: Callable[[str], str | None] | None = None,
) -> tuple[str, list[User]]:
    """The source's safe HTML, and the people mentioned in it who were not mentioned in the
    `previously` saved version (an edit tells only the newly mentioned)."""
    people = people_by_handle(markdown.mentioned_handles(source))
    html = markdown.render(source, {p.handle: profile_path(p.id) for p in people}, wiki_link)
    before = set(markdown.mentioned_handles(previously)) if previously else set()
    return html, [p for p in people if p.handle not in before]


def announce(subject, people: list[User], author: User) -> None:
    """Send user_mentioned for `subject` (a post, comment or page), never to its own author."""
    people = [p for p in people if p.id != author.id]
    if people:
        signals.user_mentioned.send(subject, users=people, by=author)
