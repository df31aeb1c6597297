"""Wiki rules: writing, editing (with conflict detection), moving and reverting pages; links
and backlinks; owners, review dates and verification; feedback and views; and the page view,
history and lists read from them.

As in Q&A, services never commit (the edge does, once), raise ServiceError for what a user
cannot do, and take an optional `at` for the demo loader and tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from sqlalchemy import Select, delete, func, literal, or_, select, union, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer, joinedload, selectinload

from app import markdown, mentions, signals
from app.auth.models import User, utcnow
from app.errors import Conflict, Forbidden, NotFound, ServiceError, checked
from app.extensions import db, insert_if_new
from app.qa.models import Tag
from app.qa.services import clean_summary, resolve_tags, tags_of
from app.wiki.models import (
    FEEDBACK_COMMENT_MAX,
    PAGE_BODY_MAX,
    PAGE_TITLE_MAX,
    PAGE_TITLE_MIN,
    REVIEW_INTERVALS,
    SLUG_MAX,
    WikiFeedback,
    WikiLink,
    WikiPage,
    WikiPageView,
    WikiRedirect,
    WikiRevision,
)

# Characters a title cannot hold: they mean something inside [[links]] and addresses.
FORBIDDEN_IN_TITLE = "[]|#<>{}"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Addresses under /wiki/ that are the wiki's own pages, never a page's slug.
RESERVED_SLUGS = {"new", "all", "go", "stale", "paths", "recent"}
# Where a [[link]] points: resolved when followed, so renames and new pages never break it.
LINK_PREFIX = "/wiki/go?to="
BACKLINKS_SHOWN = 20
MAX_DEPTH = 20  # of the page hierarchy: a chain of parents longer than this is refused


# ---------------------------------------------------------------- permissions (one place)


def can_edit(user: User, page: WikiPage) -> bool:
    """Every member writes the wiki."""
    return not page.is_deleted


def can_manage(user: User) -> bool:
    """Delete, restore, move, rename, set owners and review intervals, build paths."""
    return user.is_manager


def can_verify(user: User, page: WikiPage) -> bool:
    return not page.is_deleted and (page.owner_id == user.id or user.is_manager)


def can_see_feedback(user: User, page: WikiPage) -> bool:
    return page.owner_id == user.id or user.is_manager


def can_give_feedback(user: User, page: WikiPage) -> bool:
    return not page.is_deleted and page.owner_id != user.id


def can_see(user: User, page: WikiPage) -> bool:
    return not page.is_deleted or user.is_manager


def require_manager(user: User, what: str) -> None:
    if not can_manage(user):
        raise Forbidden(f"Only managers and administrators {what}.")


# ---------------------------------------------------------------- titles, slugs, links


def title_key(title: str) -> str:
    """A title as links match it: case, spacing and underscores do not matter."""
    return " ".join(title.replace("_", " ").split()).casefold()


def title_problem(title: str) -> str | None:
    """Why `title` (already trimmed) cannot be a page title, or None."""
    if not title:
        return "Give the page a title."
    if len(title) < PAGE_TITLE_MIN:
        return f"A title needs at least {PAGE_TITLE_MIN} characters."
    if len(title) > PAGE_TITLE_MAX:
        return f"A title can have at most {PAGE_TITLE_MAX} characters."
    odd = sorted({c for c in title if c in FORBIDDEN_IN_TITLE})
    if odd or _CONTROL.search(title):
        shown = " ".join(odd) if odd else "control characters"
        return f"A title cannot contain {shown} (they have a meaning in links)."
    return None


def clean_title(title: str | None) -> str:
    title = " ".join((title or "").split())
    problem = title_problem(title)
    if problem:
        raise ServiceError(problem, "title")
    return title


def _link_address(target: str) -> str | None:
    target = " ".join(target.split())
    return None if title_problem(target) else LINK_PREFIX + quote(target)


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:80].strip("-")
    return slug or "page"


def _free_slug(title: str, page_id: int | None = None) -> str:
    """A slug for `title` that no other page (nor another page's old address) uses."""
    base = slugify(title)
    taken = set(
        db.session.scalars(
            union(
                select(WikiPage.slug).where(
                    or_(WikiPage.slug == base, WikiPage.slug.like(f"{base}-%")),
                    WikiPage.id != (page_id or 0),
                ),
                select(WikiRedirect.slug).where(
                    or_(WikiRedirect.slug == base, WikiRedirect.slug.like(f"{base}-%")),
                    WikiRedirect.page_id != (page_id or 0),
                ),
            )
        )
    ) | RESERVED_SLUGS
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"[:SLUG_MAX]
    return slug


def _require_title_free(title: str, page: WikiPage | None = None) -> None:
    key = title_key(title)
    holder = db.session.scalar(select(WikiPage).where(WikiPage.title_key == key))
    if holder is not None and holder is not page:
        if holder.is_deleted:
            raise ServiceError(
                f"A deleted page is called “{holder.title}”; a manager can restore it, or "
                "choose another title.",
                "title",
            )
        raise ServiceError(
            f"A page called “{holder.title}” already exists: edit it, or choose another title.",
            "title",
        )
    redirect = db.session.scalar(select(WikiRedirect).where(WikiRedirect.title_key == key))
    if redirect is not None and (page is None or redirect.page_id != page.id):
        current = db.session.get(WikiPage, redirect.page_id)
        raise ServiceError(
            f"“{redirect.title}” is the former title of “{current.title}”, and links to it lead "
            "there. Choose another title.",
            "title",
        )


def find_page(target: str) -> WikiPage | None:
    """The page a link target names, by its title or a former one (deleted pages included)."""
    key = title_key(target)
    page = db.session.scalar(select(WikiPage).where(WikiPage.title_key == key))
    if page is None:
        page = db.session.scalar(
            select(WikiPage).join(WikiRedirect, WikiRedirect.page_id == WikiPage.id)
            .where(WikiRedirect.title_key == key)
        )
    return page


def _existing_keys(keys: set[str]) -> set[str]:
    """Which of the title keys lead to a live page (its title or a former one): one query."""
    if not keys:
        return set()
    return set(
        db.session.scalars(
            union(
                select(WikiPage.title_key).where(
                    WikiPage.title_key.in_(keys), WikiPage.deleted_at.is_(None)
                ),
                select(WikiRedirect.title_key)
                .join(WikiPage, WikiPage.id == WikiRedirect.page_id)
                .where(WikiRedirect.title_key.in_(keys), WikiPage.deleted_at.is_(None)),
            )
        )
    )


_LINK_IN_HTML = re.compile(r'<a href="/wiki/go\?to=([^"]*)" class="wikilink"')


def mark_missing_links(html: str, existing: set[str]) -> str:
    """Mark the rendered [[links]] whose page is not written yet (decided when shown, since
    pages are written and renamed after the text that links to them)."""

    def mark(match: re.Match) -> str:
        if title_key(unquote(match.group(1))) in existing:
            return match.group(0)
        return (
            f'<a href="/wiki/go?to={match.group(1)}" class="wikilink wikilink-missing" '
            'title="Not written yet: follow the link to write it"'
        )

    return _LINK_IN_HTML.sub(mark, html)


# ---------------------------------------------------------------- input


def _clean_body(body: str | None) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ServiceError("The page is empty: write what a colleague needs to know.", "body")
    if len(body) > PAGE_BODY_MAX:
        raise ServiceError(
            f"A page can have at most {PAGE_BODY_MAX:,} characters ({len(body):,} sent): split "
            "it into child pages.",
            "body",
        )
    bad = [t for t in markdown.wiki_link_targets(body) if title_problem(" ".join(t.split()))]
    if bad:
        shown = ", ".join(f"[[{t[:60]}]]" for t in bad[:3])
        raise ServiceError(
            f"These links do not name a possible page: {shown}. A page title has "
            f"{PAGE_TITLE_MIN} to {PAGE_TITLE_MAX} characters and none of "
            f"{' '.join(FORBIDDEN_IN_TITLE)}.",
            "body",
        )
    return body


def _clean_interval(days) -> int:
    try:
        days = int(days)
    except (TypeError, ValueError):
        days = 0
    if days not in REVIEW_INTERVALS:
        allowed = ", ".join(str(d) for d in sorted(REVIEW_INTERVALS))
        raise ServiceError(f"Pick a review interval: {allowed} days.", "review_interval")
    return days


def _save_links(page: WikiPage) -> None:
    """Replace the page's link rows with the links in its current text."""
    db.session.execute(delete(WikiLink).where(WikiLink.source_id == page.id))
    targets: dict[str, str] = {}
    for target in markdown.wiki_link_targets(page.body):
        target = " ".join(target.split())
        if not title_problem(target):
            targets.setdefault(title_key(target), target)
    targets.pop(page.title_key, None)  # a page's link to itself is no backlink
    db.session.add_all(
        WikiLink(source_id=page.id, target_key=key, target_title=title)
        for key, title in targets.items()
    )


def _add_revision(page: WikiPage, author: User, at: datetime, summary: str) -> WikiRevision:
    revision = WikiRevision(
        page_id=page.id,
        number=page.revision,
        author_id=author.id,
        created_at=at,
        title=page.title,
        body=page.body,
        tags=" ".join(t.name for t in tags_of(page)),
        summary=summary,
    )
    try:
        with db.session.begin_nested():
            db.session.add(revision)
    except IntegrityError:  # another save based on the same revision landed first
        raise Conflict(
            "Someone else saved this page at the same moment. Nothing was saved: reload, "
            "then edit again."
        ) from None
    return revision


# ---------------------------------------------------------------- reading single objects


def get_page(page_id: int, viewer: User) -> WikiPage:
    page = db.session.get(WikiPage, page_id)
    if page is None or not can_see(viewer, page):
        raise NotFound("There is no such page, or it has been deleted.")
    return page


def page_at(slug: str, viewer: User) -> tuple[WikiPage, bool]:
    """The page at a slug, and whether the slug is a former one (the caller redirects)."""
    page = db.session.scalar(select(WikiPage).where(WikiPage.slug == slug))
    moved = False
    if page is None:
        page = db.session.scalar(
            select(WikiPage).join(WikiRedirect, WikiRedirect.page_id == WikiPage.id)
            .where(WikiRedirect.slug == slug)
        )
        moved = page is not None
    if page is None or not can_see(viewer, page):
        raise NotFound("There is no such page, or it has been deleted.")
    return page, moved


def parent_from(reference: str | None, viewer: User) -> WikiPage | None:
    """The parent page named in a form (its title, or its slug), or None for a top-level page."""
    reference = " ".join((reference or "").split())
    if not reference:
        return None
    page = find_page(reference) or db.session.scalar(
        select(WikiPage).where(WikiPage.slug == reference.strip("/").rsplit("/", 1)[-1])
    )
    if page is None or page.is_deleted:
        raise ServiceError(f"There is no page called “{reference[:80]}” to file this under.",
                           "parent")
    return page


def ancestors(page_id: int | None) -> list[WikiPage]:
    """The page with that id and its parents up to the top, top first: one recursive query."""
    if page_id is None:
        return []
    chain = (
        select(WikiPage.id, WikiPage.parent_id, literal(0).label("depth"))
        .where(WikiPage.id == page_id)
        .cte("chain", recursive=True)
    )
    chain = chain.union_all(
        select(WikiPage.id, WikiPage.parent_id, (chain.c.depth + 1).label("depth"))
        .join(chain, WikiPage.id == chain.c.parent_id)
        .where(chain.c.depth < MAX_DEPTH)
    )
    return list(
        db.session.scalars(
            select(WikiPage).join(chain, WikiPage.id == chain.c.id).order_by(chain.c.depth.desc())
        )
    )


def _check_parent(page: WikiPage | None, parent: WikiPage | None) -> None:
    if parent is None:
        return
    chain = ancestors(parent.id)
    if page is not None and any(p.id == page.id for p in chain):
        raise ServiceError("A page cannot be filed under itself or one of its own child pages.",
                           "parent")
    if len(chain) >= MAX_DEPTH:
        raise ServiceError(f"Pages nest at most {MAX_DEPTH} deep; pick a higher parent.",
                           "parent")


# ---------------------------------------------------------------- writing


def create_page(
    author: User,
    title: str,
    body: str,
    tags: str | list[str] = "",
    parent: WikiPage | None = None,
    summary: str = "",
    at: datetime | None = None,
) -> WikiPage:
    """Write a new page; its author owns it and has verified it today."""
    at = at or utcnow()
    clean = checked(
        title=lambda: clean_title(title),
        body=lambda: _clean_body(body),
        tags=lambda: resolve_tags(tags, required=False),
        summary=lambda: clean_summary(summary),
    )
    title = clean["title"]
    _require_title_free(title)
    if parent is not None and parent.is_deleted:
        raise ServiceError("The parent page has been deleted.", "parent")
    _check_parent(None, parent)
    html, mentioned = mentions.render(clean["body"], wiki_link=_link_address)
    interval = REVIEW_INTERVALS[0]
    page = WikiPage(
        title=title,
        title_key=title_key(title),
        slug=_free_slug(title),
        parent_id=parent.id if parent else None,
        body=clean["body"],
        body_html=html,
        revision=1,
        owner_id=author.id,
        review_interval_days=interval,
        verified_at=at,
        verified_by_id=author.id,
        review_due_at=at + timedelta(days=interval),
        created_at=at,
        created_by_id=author.id,
        updated_at=at,
        updated_by_id=author.id,
    )
    page.set_tags(clean["tags"])
    try:
        with db.session.begin_nested():
            db.session.add(page)
            db.session.flush()
    except IntegrityError:  # the same title or slug saved by someone else at the same moment
        raise Conflict(f"A page called “{title}” was just created by someone else.",
                       "title") from None
    _save_links(page)
    revision = _add_revision(page, author, at, clean["summary"] or "First version")
    signals.page_created.send(page, revision=revision)
    mentions.announce(page, mentioned, author)
    return page


def _require_current(page: WikiPage, base_revision: int | None) -> None:
    if base_revision is not None and base_revision != page.revision:
        raise Conflict(
            f"This page was changed after you opened it (it is now at revision {page.revision}). "
            "Nothing was overwritten: compare the two versions and decide what to keep."
        )


def edit_page(
    editor: User,
    page: WikiPage,
    body: str,
    tags: str | list[str] = "",
    summary: str = "",
    base_revision: int | None = None,
    at: datetime | None = None,
) -> WikiRevision:
    at = at or utcnow()
    if not can_edit(editor, page):
        raise NotFound("This page has been deleted.")
    _require_current(page, base_revision)
    clean = checked(
        body=lambda: _clean_body(body),
        tags=lambda: resolve_tags(tags, required=False),
        summary=lambda: clean_summary(summary),
    )
    if (clean["body"], [t.id for t in clean["tags"]]) == (
        page.body,
        [link.tag_id for link in page.tag_links],
    ):
        raise ServiceError("Nothing changed: edit the text or the tags first.", "body")
    return _save_content(editor, page, clean["body"], clean["tags"],
                         clean["summary"] or "Edited", at)


def _save_content(
    editor: User, page: WikiPage, body: str, tags: list[Tag], summary: str, at: datetime
) -> WikiRevision:
    html, mentioned = mentions.render(body, page.body, _link_address)
    page.body, page.body_html = body, html
    page.set_tags(tags)
    revision = _new_revision(editor, page, summary, at)
    _save_links(page)
    mentions.announce(page, mentioned, editor)
    return revision


def _new_revision(editor: User, page: WikiPage, summary: str, at: datetime) -> WikiRevision:
    page.revision += 1
    page.updated_at, page.updated_by_id = at, editor.id
    db.session.flush()
    revision = _add_revision(page, editor, at, summary)
    signals.page_edited.send(page, editor=editor, revision=revision)
    return revision


def revert_page(
    editor: User,
    page: WikiPage,
    revision_id: int,
    base_revision: int | None = None,
    at: datetime | None = None,
) -> WikiRevision:
    """Bring back an earlier revision's text and tags, as a new revision (history is kept)."""
    at = at or utcnow()
    if not can_edit(editor, page):
        raise NotFound("This page has been deleted.")
    old = db.session.get(WikiRevision, revision_id)
    if old is None or old.page_id != page.id:
        raise ServiceError("That revision is not one of this page's revisions.", "revision")
    _require_current(page, base_revision)
    tags = resolve_tags(old.tags, required=False)  # a tag renamed since is found as a synonym
    if old.body == page.body and [t.id for t in tags] == [link.tag_id for link in page.tag_links]:
        raise ServiceError(
            f"Revision {old.number} has the same text and tags as the current version.",
            "revision",
        )
    return _save_content(editor, page, old.body, tags, f"Reverted to revision {old.number}", at)


def move_page(
    actor: User,
    page: WikiPage,
    title: str,
    parent: WikiPage | None,
    at: datetime | None = None,
) -> WikiRevision | None:
    """Rename a page and/or file it under another parent. The former title and address keep
    leading to it; a rename is recorded as a revision."""
    at = at or utcnow()
    require_manager(actor, "move and rename pages")
    if page.is_deleted:
        raise NotFound("This page has been deleted.")
    title = clean_title(title)
    _check_parent(page, parent)
    renamed = title != page.title
    moved = (parent.id if parent else None) != page.parent_id
    if not renamed and not moved:
        raise ServiceError("Nothing changed: give a new title or another parent.", "title")
    if renamed:
        _require_title_free(title, page)
        old_title, old_key, old_slug = page.title, page.title_key, page.slug
        # Taking a former title back: it is no longer a redirect (its other names stay).
        db.session.execute(delete(WikiRedirect).where(
            WikiRedirect.page_id == page.id, WikiRedirect.title_key == title_key(title)))
        page.title, page.title_key = title, title_key(title)
        if old_key != page.title_key:
            page.slug = _free_slug(title, page.id)
            db.session.execute(update(WikiRedirect).where(
                WikiRedirect.page_id == page.id, WikiRedirect.slug == page.slug).values(slug=None))
            if not db.session.scalar(select(WikiRedirect.id).where(
                    WikiRedirect.title_key == old_key)):
                slug_kept = old_slug != page.slug and not db.session.scalar(
                    select(WikiRedirect.id).where(WikiRedirect.slug == old_slug))
                db.session.add(WikiRedirect(page_id=page.id, title=old_title, title_key=old_key,
                                            slug=old_slug if slug_kept else None, created_at=at))
    page.parent_id = parent.id if parent else None
    if not renamed:
        page.updated_at, page.updated_by_id = at, actor.id
        db.session.flush()
        return None
    return _new_revision(actor, page, f"Renamed from “{old_title}”", at)


def update_settings(
    actor: User, page: WikiPage, owner: User, review_interval: int | str,
    at: datetime | None = None,
) -> None:
    """Set who owns the page and how often it is reviewed (from its last verification)."""
    require_manager(actor, "set page owners and review intervals")
    if page.is_deleted:
        raise NotFound("This page has been deleted.")
    days = _clean_interval(review_interval)
    if owner is None or not owner.is_active:
        raise ServiceError("The owner must be an active member.", "owner")
    page.owner_id = owner.id
    page.review_interval_days = days
    page.review_due_at = page.verified_at + timedelta(days=days)
    db.session.flush()


def verify_page(actor: User, page: WikiPage, at: datetime | None = None) -> None:
    """The owner (or a manager) confirms the page is still right: its next review is due one
    interval from now."""
    at = at or utcnow()
    if page.is_deleted:
        raise NotFound("This page has been deleted.")
    if not can_verify(actor, page):
        raise Forbidden("Only the page's owner or a manager can verify it.")
    was_stale = page.is_stale(at)
    page.verified_at, page.verified_by_id = at, actor.id
    page.review_due_at = at + timedelta(days=page.review_interval_days)
    page.stale_announced_at = None
    db.session.flush()
    signals.page_verified.send(page, by=actor, was_stale=was_stale)


def announce_stale(at: datetime | None = None) -> int:
    """Send page_stale once for each live page that passed its review date and has not been
    announced since (run from cron: running it twice announces nothing twice)."""
    at = at or utcnow()
    pages = list(
        db.session.scalars(
            select(WikiPage)
            .where(
                WikiPage.deleted_at.is_(None),
                WikiPage.review_due_at <= at,
                WikiPage.stale_announced_at.is_(None),
            )
            .order_by(WikiPage.review_due_at, WikiPage.id)
        )
    )
    for page in pages:
        page.stale_announced_at = at
        signals.page_stale.send(page)
    db.session.flush()
    return len(pages)


def delete_page(actor: User, page: WikiPage, at: datetime | None = None) -> None:
    require_manager(actor, "delete pages")
    if page.is_deleted:
        raise Conflict("This page is already deleted.")
    if db.session.scalar(
        select(WikiPage.id).where(WikiPage.parent_id == page.id, WikiPage.deleted_at.is_(None))
    ):
        raise Conflict("This page has child pages: move or delete them first.")
    page.deleted_at, page.deleted_by_id = at or utcnow(), actor.id
    db.session.flush()
    signals.page_deleted.send(page, by=actor)


def restore_page(actor: User, page: WikiPage) -> None:
    require_manager(actor, "restore pages")
    if not page.is_deleted:
        raise Conflict("This page is not deleted.")
    if page.parent_id is not None and db.session.get(WikiPage, page.parent_id).is_deleted:
        raise Conflict("Its parent page is deleted: restore that first.")
    page.deleted_at = page.deleted_by_id = None
    db.session.flush()
    signals.page_restored.send(page, by=actor)


def give_feedback(
    user: User, page: WikiPage, helpful: bool | str | None, comment: str | None = "",
    at: datetime | None = None,
) -> WikiFeedback:
    """Say whether the page helped (one answer per person per page; it can be changed)."""
    at = at or utcnow()
    if page.is_deleted:
        raise NotFound("This page has been deleted.")
    if page.owner_id == user.id:
        raise Forbidden("You own this page: feedback is for its readers.")
    if isinstance(helpful, str):
        helpful = {"yes": True, "no": False}.get(helpful)
    if not isinstance(helpful, bool):
        raise ServiceError("Say whether the page was helpful: yes or no.", "helpful")
    comment = (comment or "").replace("\r\n", "\n").strip()
    if len(comment) > FEEDBACK_COMMENT_MAX:
        raise ServiceError(f"A comment can have at most {FEEDBACK_COMMENT_MAX:,} characters.",
                           "comment")
    feedback = db.session.scalar(
        select(WikiFeedback).where(WikiFeedback.page_id == page.id,
                                   WikiFeedback.user_id == user.id)
    )
    previous = feedback.helpful if feedback else None
    if feedback is None:
        feedback = WikiFeedback(page_id=page.id, user_id=user.id, helpful=helpful,
                                comment=comment, created_at=at, updated_at=at)
        try:
            with db.session.begin_nested():
                db.session.add(feedback)
        except IntegrityError:  # the same feedback from another tab at the same moment
            raise Conflict("You have already given feedback on this page.") from None
    else:
        if (feedback.helpful, feedback.comment) == (helpful, comment):
            said = "helpful" if helpful else "not helpful"
            raise Conflict(f"You already said this page was {said}; change your answer or "
                           "your comment to update it.")
        feedback.helpful, feedback.comment, feedback.updated_at = helpful, comment, at
    db.session.flush()
    signals.page_feedback.send(feedback, previous=previous)
    return feedback


def record_view(viewer: User, page: WikiPage, at: datetime | None = None) -> bool:
    """Count a view once per person per page per day. Returns whether this view counted."""
    day = (at or utcnow()).date()
    if not insert_if_new(WikiPageView, page_id=page.id, viewer_id=viewer.id, day=day):
        return False
    db.session.execute(
        update(WikiPage)
        .where(WikiPage.id == page.id)
        .values(view_count=WikiPage.view_count + 1)
        .execution_options(synchronize_session=False)
    )
    return True


# ---------------------------------------------------------------- the page view


@dataclass
class FeedbackSummary:
    helpful: int = 0
    not_helpful: int = 0


@dataclass
class PageView:
    page: WikiPage
    html: str
    breadcrumbs: list[WikiPage]
    children: list[WikiPage]
    backlinks: list[WikiPage]
    backlink_count: int
    my_feedback: WikiFeedback | None
    feedback: FeedbackSummary | None = None  # for the owner and managers only
    recent_comments: list[WikiFeedback] = field(default_factory=list)


def _backlinks_query(page: WikiPage) -> Select:
    # The page's keys (its title's and its redirects') as one set, so that the links are read
    # through their target's index: as `= title OR IN (redirects)`, PostgreSQL walked every
    # page in title order and probed its links (16 ms at 5,000 pages; 0.5 ms this way).
    keys = union(select(literal(page.title_key)),
                 select(WikiRedirect.title_key).where(WikiRedirect.page_id == page.id))
    return (
        select(WikiPage)
        .where(
            WikiPage.deleted_at.is_(None),
            WikiPage.id.in_(select(WikiLink.source_id).where(WikiLink.target_key.in_(keys))),
        )
    )


def backlinks(page: WikiPage) -> Select:
    """The live pages that link to this page (by its title or a former one), A to Z."""
    return _backlinks_query(page).order_by(WikiPage.title_key)


def load_page(page: WikiPage, viewer: User, at: datetime | None = None) -> PageView:
    """Everything the page shows, in a fixed number of queries however many revisions,
    children, links and backlinks it has."""
    page = db.session.scalar(
        select(WikiPage)
        .where(WikiPage.id == page.id)
        .options(
            joinedload(WikiPage.owner),
            joinedload(WikiPage.verified_by),
            joinedload(WikiPage.updated_by),
            selectinload(WikiPage.tags),
        )
    )
    link_keys = set(
        db.session.scalars(select(WikiLink.target_key).where(WikiLink.source_id == page.id))
    )
    html = mark_missing_links(page.body_html, _existing_keys(link_keys) | {page.title_key})
    children = list(
        db.session.scalars(
            select(WikiPage)
            .where(WikiPage.parent_id == page.id, WikiPage.deleted_at.is_(None))
            .order_by(WikiPage.title_key)
        )
    )
    # The first backlinks and how many there are in all, in one query (a window count).
    rows = db.session.execute(
        backlinks(page).add_columns(func.count().over()).limit(BACKLINKS_SHOWN)
    ).all()
    linking, count = [row[0] for row in rows], (rows[0][1] if rows else 0)
    mine = db.session.scalar(
        select(WikiFeedback).where(WikiFeedback.page_id == page.id,
                                   WikiFeedback.user_id == viewer.id)
    )
    view = PageView(page, html, ancestors(page.parent_id), children, linking, count, mine)
    if can_see_feedback(viewer, page):
        view.feedback = FeedbackSummary(**{
            ("helpful" if helpful else "not_helpful"): n
            for helpful, n in db.session.execute(
                select(WikiFeedback.helpful, func.count())
                .where(WikiFeedback.page_id == page.id)
                .group_by(WikiFeedback.helpful)
            ).all()
        })
    return view


def feedback_list(page: WikiPage) -> Select:
    """Every reader's feedback on the page, newest first, with who gave it."""
    return (
        select(WikiFeedback)
        .where(WikiFeedback.page_id == page.id)
        .options(joinedload(WikiFeedback.user))
        .order_by(WikiFeedback.updated_at.desc(), WikiFeedback.id.desc())
    )


# ---------------------------------------------------------------- history and lists


def history(page: WikiPage) -> Select:
    return (
        select(WikiRevision)
        .where(WikiRevision.page_id == page.id)
        .options(joinedload(WikiRevision.author))
        .order_by(WikiRevision.number.desc())
    )


def revision(page: WikiPage, number: int) -> WikiRevision:
    found = db.session.scalar(
        select(WikiRevision)
        .where(WikiRevision.page_id == page.id, WikiRevision.number == number)
        .options(joinedload(WikiRevision.author))
    )
    if found is None:
        raise NotFound("There is no such revision of this page.")
    return found


def render_revision(old: WikiRevision) -> str:
    """An earlier revision's text as it read then (its links marked as they stand now)."""
    html, _ = mentions.render(old.body, wiki_link=_link_address)
    keys = {title_key(t) for t in markdown.wiki_link_targets(old.body)}
    return mark_missing_links(html, _existing_keys(keys))


def revision_pair(page: WikiPage, old: int, new: int) -> tuple[WikiRevision, WikiRevision]:
    found = {
        r.number: r
        for r in db.session.scalars(
            select(WikiRevision)
            .where(WikiRevision.page_id == page.id, WikiRevision.number.in_([old, new]))
            .options(joinedload(WikiRevision.author))
        )
    }
    if old not in found or new not in found:
        raise NotFound("There is no such revision of this page.")
    return found[old], found[new]


def all_pages() -> Select:
    """Live pages A to Z with their owners and tags."""
    return (
        select(WikiPage)
        .where(WikiPage.deleted_at.is_(None))
        .order_by(WikiPage.title_key)
        .options(joinedload(WikiPage.owner), selectinload(WikiPage.tags))
    )


# The wiki's home lists this many sections at most (the rest are on the A-to-Z list).
SECTIONS_SHOWN = 50


@dataclass
class Sections:
    shown: list[tuple[WikiPage, int]]  # (section, its live child pages), A to Z
    total: int  # sections in all


def top_level_pages() -> Sections:
    """The sections: live pages without a parent, the first SECTIONS_SHOWN A to Z, with how
    many child pages each has; three queries whatever the wiki's size."""
    top = (WikiPage.parent_id.is_(None), WikiPage.deleted_at.is_(None))
    pages = list(db.session.scalars(
        select(WikiPage).where(*top).order_by(WikiPage.title_key).limit(SECTIONS_SHOWN)
        .options(defer(WikiPage.body), defer(WikiPage.body_html))))
    children = dict(db.session.execute(
        select(WikiPage.parent_id, func.count())
        .where(WikiPage.parent_id.in_([page.id for page in pages]),
               WikiPage.deleted_at.is_(None))
        .group_by(WikiPage.parent_id)).all()) if pages else {}
    total = db.session.scalar(select(func.count()).select_from(WikiPage).where(*top))
    return Sections([(page, children.get(page.id, 0)) for page in pages], total)


def recently_changed(limit: int = 10) -> list[WikiPage]:
    return list(
        db.session.scalars(
            select(WikiPage)
            .where(WikiPage.deleted_at.is_(None))
            .order_by(WikiPage.updated_at.desc(), WikiPage.id.desc())
            .limit(limit)
            .options(joinedload(WikiPage.updated_by))
        )
    )


def stale_pages(owner: User | None = None, at: datetime | None = None) -> Select:
    """Live pages past their review date, the longest overdue first."""
    query = select(WikiPage).where(
        WikiPage.deleted_at.is_(None), WikiPage.review_due_at <= (at or utcnow())
    )
    if owner is not None:
        query = query.where(WikiPage.owner_id == owner.id)
    return query.order_by(WikiPage.review_due_at, WikiPage.id).options(
        joinedload(WikiPage.owner), joinedload(WikiPage.verified_by)
    )


def stale_count(at: datetime | None = None) -> int:
    return db.session.scalar(
        select(func.count()).select_from(WikiPage).where(
            WikiPage.deleted_at.is_(None), WikiPage.review_due_at <= (at or utcnow())
        )
    )


def deleted_pages() -> Select:
    return (
        select(WikiPage)
        .where(WikiPage.deleted_at.is_not(None))
        .order_by(WikiPage.deleted_at.desc())
    )
