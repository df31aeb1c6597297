"""People: the directory's filters, a person's profile (editing it, its activity lists and note
board), following people and tags, and recognised experts."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import Row, Select, delete, exists, func, or_, select, true
from sqlalchemy.orm import aliased, joinedload

from app import signals
from app.auth.models import BIO_MAX, TITLE_MAX, Altitude, Department, User, utcnow
from app.auth.services import check_name
from app.errors import Forbidden, NotFound, ServiceError, checked
from app.extensions import db, escape_like, insert_if_new
from app.profiles import experts
from app.profiles.models import (
    DECLARED_TAGS_MAX,
    LINK_LABEL_MAX,
    LINK_URL_MAX,
    LINKS_MAX,
    NOTE_MAX,
    DeclaredExpertise,
    Follow,
    ProfileLink,
    ProfileNote,
    RecognisedExpert,
    Region,
    TagFollow,
    Team,
)
from app.qa.models import Answer, Question, Tag
from app.wiki.models import WikiPage, WikiRevision

RECENT = 5  # items of each list on the profile; the rest on its own paginated page
FOLLOWING_SHOWN = 12  # people and tags followed, shown on the profile


@dataclass(frozen=True)
class DirectoryFilter:
    name: str = ""
    team: Team | None = None
    region: Region | None = None
    department: str | None = None
    altitude: str | None = None
    tag: Tag | None = None  # earned points or declared expertise in it


def directory_query(criteria: DirectoryFilter) -> Select:
    """Active people matching every given criterion, by name, with team and region loaded."""
    query = (
        select(User)
        .options(joinedload(User.team), joinedload(User.region))
        .where(User.active.is_(True))
        .order_by(User.name, User.id)
    )
    if criteria.name:
        query = query.where(User.name.ilike(f"%{escape_like(criteria.name)}%", escape="\\"))
    if criteria.team is not None:
        query = query.where(User.team_id == criteria.team.id)
    if criteria.region is not None:
        query = query.where(User.region_id == criteria.region.id)
    if criteria.department:
        query = query.where(User.department == criteria.department)
    if criteria.altitude:
        query = query.where(User.altitude == criteria.altitude)
    if criteria.tag is not None:
        query = query.where(User.id.in_(experts.experts_in(criteria.tag)))
    return query


def all_teams() -> list[Team]:
    return list(db.session.scalars(select(Team).order_by(Team.name)))


def all_regions() -> list[Region]:
    return list(db.session.scalars(select(Region).order_by(Region.name)))


def get_person(user_id: int) -> User | None:
    return db.session.scalar(
        select(User)
        .options(joinedload(User.team), joinedload(User.region))
        .where(User.id == user_id, User.active.is_(True))
    )


def profile_path(user_id: int) -> str:
    """The address of a person's profile (the `profiles.profile` route), for links stored in
    rendered Markdown, which is written outside any request."""
    return f"/people/{user_id}"


def people_by_handle(handles: list[str]) -> list[User]:
    """The active people with these @handles."""
    if not handles:
        return []
    return list(db.session.scalars(select(User).where(User.handle.in_(handles), User.active)))


# ---------------------------------------------------------------- editing a profile


@dataclass(frozen=True)
class ProfileEdit:
    """Everything the profile form sends. Region and team are slugs ("" for none); links are
    (label, address) pairs, blank pairs ignored."""

    name: str
    title: str = ""
    department: str = Department.SALES.value
    altitude: str = Altitude.INDIVIDUAL_CONTRIBUTOR.value
    region: str = ""
    team: str = ""
    bio: str = ""
    expertise: str | list[str] = ""
    links: tuple[tuple[str, str], ...] = ()


def can_edit_profile(actor: User, person: User) -> bool:
    return actor.id == person.id or actor.is_admin


def require_profile_editor(actor: User, person: User) -> None:
    if not can_edit_profile(actor, person):
        raise Forbidden("You can edit only your own profile.")


def declared_tags(person: User) -> list[Tag]:
    return list(db.session.scalars(
        select(Tag).join(DeclaredExpertise, DeclaredExpertise.tag_id == Tag.id)
        .where(DeclaredExpertise.user_id == person.id).order_by(DeclaredExpertise.position)))


def links_of(person: User) -> list[ProfileLink]:
    return list(db.session.scalars(
        select(ProfileLink).where(ProfileLink.user_id == person.id)
        .order_by(ProfileLink.position, ProfileLink.id)))


def edit_profile(actor: User, person: User, edit: ProfileEdit) -> None:
    """Replace `person`'s profile with `edit`, or refuse it whole, naming every wrong field."""
    require_profile_editor(actor, person)
    values = checked(
        name=lambda: check_name(edit.name, person),
        title=lambda: _clean_line(edit.title, "title", TITLE_MAX),
        department=lambda: _choice(edit.department, Department, "department", "department"),
        altitude=lambda: _choice(edit.altitude, Altitude, "altitude", "level"),
        region=lambda: _by_slug(Region, edit.region, "region"),
        team=lambda: _by_slug(Team, edit.team, "team"),
        bio=lambda: _clean_bio(edit.bio),
        expertise=lambda: _declared(edit.expertise),
        links=lambda: clean_links(edit.links),
    )
    person.name, person.title, person.bio = values["name"], values["title"], values["bio"]
    person.department, person.altitude = values["department"], values["altitude"]
    person.region, person.team = values["region"], values["team"]
    _set_declared(person, values["expertise"])
    db.session.execute(delete(ProfileLink).where(ProfileLink.user_id == person.id))
    db.session.add_all(ProfileLink(user_id=person.id, label=label, url=url, position=n)
                       for n, (label, url) in enumerate(values["links"]))


def _clean_line(text: str | None, field: str, maximum: int) -> str:
    text = " ".join((text or "").split())
    if len(text) > maximum:
        raise ServiceError(f"The {field} can have at most {maximum} characters.", field)
    return text


def _choice(value: str | None, allowed: type[enum.StrEnum], field: str, what: str) -> str:
    if value not in {v.value for v in allowed}:
        raise ServiceError(f"Pick a {what} from the list.", field)
    return value


def _by_slug(model: type[Region] | type[Team], slug: str | None, field: str):
    if not slug:
        return None
    found = db.session.scalar(select(model).where(model.slug == slug))
    if found is None:
        raise ServiceError(f"There is no such {field}: pick one from the list.", field)
    return found


def _clean_bio(bio: str | None) -> str:
    bio = (bio or "").replace("\r\n", "\n").strip()
    if len(bio) > BIO_MAX:
        raise ServiceError(f"The bio can have at most {BIO_MAX:,} characters; it has "
                           f"{len(bio):,}.", "bio")
    return bio


def _declared(text: str | list[str]) -> list[Tag]:
    # Imported here: app.qa.services imports app.mentions, which imports this module.
    from app.qa.services import resolve_tags

    try:
        return resolve_tags(text, required=False, maximum=DECLARED_TAGS_MAX)
    except ServiceError as error:
        raise ServiceError(str(error), "expertise") from None


def clean_links(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (label, address) pairs to keep, each numbered in messages as the form's row."""
    links = []
    for number, (label, url) in enumerate(pairs, start=1):
        label, url = " ".join((label or "").split()), (url or "").strip()
        if not label and not url:
            continue
        if not label:
            raise ServiceError(f"Link {number}: give it a label, such as “CRM profile”.", "links")
        if len(label) > LINK_LABEL_MAX:
            raise ServiceError(
                f"Link {number}: a label can have at most {LINK_LABEL_MAX} characters.", "links")
        links.append((label, _clean_url(url, number)))
    if len(links) > LINKS_MAX:
        raise ServiceError(f"A profile can have at most {LINKS_MAX} links.", "links")
    return links


def _clean_url(url: str, number: int) -> str:
    if not url:
        raise ServiceError(f"Link {number}: give its address.", "links")
    if len(url) > LINK_URL_MAX:
        raise ServiceError(
            f"Link {number}: an address can have at most {LINK_URL_MAX} characters.", "links")
    # Browsers drop tabs and line breaks inside an address ("java\tscript:"): refuse them all.
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise ServiceError(f"Link {number}: an address cannot contain spaces.", "links")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ServiceError(
            f"Link {number}: the address must be a web address starting with https:// "
            "or http://.", "links")
    return url


def _set_declared(person: User, tags: list[Tag]) -> None:
    current = {row.tag_id: row for row in db.session.scalars(
        select(DeclaredExpertise).where(DeclaredExpertise.user_id == person.id))}
    wanted = {tag.id: position for position, tag in enumerate(tags)}
    for tag_id, row in current.items():
        if tag_id in wanted:
            row.position = wanted[tag_id]
        else:
            db.session.delete(row)
    db.session.add_all(DeclaredExpertise(user_id=person.id, tag_id=tag_id, position=position)
                       for tag_id, position in wanted.items() if tag_id not in current)


# ---------------------------------------------------------------- what a person did


class Activity(enum.StrEnum):
    QUESTIONS = "questions"
    ANSWERS = "answers"
    EDITS = "edits"
    PAGES = "pages"

    @property
    def heading(self) -> str:
        return {"questions": "Questions", "answers": "Answers", "edits": "Wiki edits",
                "pages": "Wiki pages owned"}[self.value]


def _visible_posts(entity, viewer: User):
    """Mirrors qa's can_see: deleted posts only for their author and managers."""
    if viewer.is_manager:
        return true()
    return or_(entity.deleted_at.is_(None), entity.author_id == viewer.id)


def _visible_pages(viewer: User):
    """Mirrors the wiki's can_see: deleted pages only for managers."""
    return true() if viewer.is_manager else WikiPage.deleted_at.is_(None)


def _own_visible(entity, person: User, viewer: User):
    """`_visible_posts` for posts by `person`: all of them for their author and managers."""
    return true() if viewer.is_manager or viewer.id == person.id else entity.deleted_at.is_(None)


def activity_query(kind: Activity, person: User, viewer: User) -> Select:
    """Rows of `person`'s questions, answers, wiki revisions or owned pages that `viewer` may
    see, newest first, with what a list item shows (`at`, `title`, `deleted_at`...)."""
    if kind is Activity.QUESTIONS:
        return (select(Question.id.label("question_id"), Question.title,
                       Question.created_at.label("at"), Question.score, Question.answer_count,
                       Question.deleted_at, Question.origin)
                .where(Question.author_id == person.id, _own_visible(Question, person, viewer))
                .order_by(Question.created_at.desc(), Question.id.desc()))
    if kind is Activity.ANSWERS:
        asked = aliased(Question)
        return (select(Answer.id, asked.id.label("question_id"), asked.title,
                       Answer.created_at.label("at"), Answer.score, Answer.deleted_at,
                       (asked.accepted_answer_id == Answer.id).label("accepted"), Answer.origin)
                .join(asked, Answer.question_id == asked.id)
                .where(Answer.author_id == person.id, _own_visible(Answer, person, viewer),
                       _visible_posts(asked, viewer))
                .order_by(Answer.created_at.desc(), Answer.id.desc()))
    if kind is Activity.EDITS:
        return (select(WikiRevision.number, WikiRevision.summary,
                       WikiRevision.created_at.label("at"), WikiPage.slug, WikiPage.title,
                       WikiPage.deleted_at)
                .join(WikiPage, WikiRevision.page_id == WikiPage.id)
                .where(WikiRevision.author_id == person.id, _visible_pages(viewer))
                .order_by(WikiRevision.created_at.desc(), WikiRevision.id.desc()))
    return (select(WikiPage.slug, WikiPage.title, WikiPage.updated_at.label("at"),
                   WikiPage.review_due_at, WikiPage.deleted_at)
            .where(WikiPage.owner_id == person.id, _visible_pages(viewer))
            .order_by(WikiPage.updated_at.desc(), WikiPage.id.desc()))


def _count(query: Select):
    return select(func.count()).select_from(query.order_by(None).subquery()).scalar_subquery()


@dataclass(frozen=True)
class ProfileView:
    """What a profile page shows beyond the person's own columns and points, read in a fixed
    number of queries whatever the amount of it."""

    declared: list[Tag]
    links: list[ProfileLink]
    recent: dict[Activity, list[Row]]
    totals: dict[str, int]
    notes: list[ProfileNote]
    following_people: list[User]
    following_tags: list[Tag]
    followed_by_viewer: bool
    recognised_by: str | None  # the name of the manager who flagged a recognised expert


def load_profile(person: User, viewer: User) -> ProfileView:
    queries = {kind: activity_query(kind, person, viewer) for kind in Activity}
    flagger = aliased(User)
    summary = db.session.execute(select(
        *(_count(query).label(kind.value) for kind, query in queries.items()),
        _count(select(ProfileNote.id).where(ProfileNote.board_user_id == person.id))
        .label("notes"),
        _count(followers_query(person)).label("followers"),
        _count(following_people_query(person)).label("following_people"),
        _count(following_tags_query(person)).label("following_tags"),
        exists().where(Follow.follower_id == viewer.id, Follow.followed_id == person.id)
        .label("followed"),
        select(flagger.name).join(RecognisedExpert, RecognisedExpert.flagged_by_id == flagger.id)
        .where(RecognisedExpert.user_id == person.id).scalar_subquery().label("recognised_by"),
    )).one()
    return ProfileView(
        declared=declared_tags(person),
        links=links_of(person),
        recent={kind: list(db.session.execute(query.limit(RECENT)))
                for kind, query in queries.items()},
        totals={name: getattr(summary, name) for name in
                [*Activity, "notes", "followers", "following_people", "following_tags"]},
        notes=list(db.session.scalars(board_query(person).limit(RECENT))),
        following_people=list(db.session.scalars(
            following_people_query(person).limit(FOLLOWING_SHOWN))),
        following_tags=list(db.session.scalars(
            following_tags_query(person).limit(FOLLOWING_SHOWN))),
        followed_by_viewer=bool(summary.followed),
        recognised_by=summary.recognised_by,
    )


# ---------------------------------------------------------------- the note board


def board_query(person: User) -> Select:
    """The notes on `person`'s board, newest first, with their authors."""
    return (select(ProfileNote).options(joinedload(ProfileNote.author))
            .where(ProfileNote.board_user_id == person.id).order_by(ProfileNote.id.desc()))


def clean_note(body: str | None) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ServiceError("Write something first: the note is empty.", "body")
    if len(body) > NOTE_MAX:
        raise ServiceError(f"A note can have at most {NOTE_MAX} characters; this one has "
                           f"{len(body)}.", "body")
    return body


def post_note(author: User, board_owner: User, body: str,
              at: datetime | None = None) -> ProfileNote:
    note = ProfileNote(board_user_id=board_owner.id, author_id=author.id,
                       body=clean_note(body), created_at=at or utcnow())
    db.session.add(note)
    db.session.flush()
    signals.note_posted.send(note)
    return note


def get_note(note_id: int) -> ProfileNote:
    note = db.session.get(ProfileNote, note_id)
    if note is None:
        raise NotFound("There is no such note; it may have been deleted already.")
    return note


def can_delete_note(actor: User, note: ProfileNote) -> bool:
    return actor.id in (note.board_user_id, note.author_id)


def delete_note(actor: User, note: ProfileNote) -> None:
    if not can_delete_note(actor, note):
        raise Forbidden("Only the note's author or the board's owner can delete this note.")
    db.session.delete(note)


# ---------------------------------------------------------------- following


def followers_query(person: User) -> Select:
    return (select(User).join(Follow, Follow.follower_id == User.id)
            .where(Follow.followed_id == person.id, User.active.is_(True))
            .order_by(User.name, User.id))


def following_people_query(person: User) -> Select:
    return (select(User).join(Follow, Follow.followed_id == User.id)
            .where(Follow.follower_id == person.id, User.active.is_(True))
            .order_by(User.name, User.id))


def following_tags_query(person: User) -> Select:
    return (select(Tag).join(TagFollow, TagFollow.tag_id == Tag.id)
            .where(TagFollow.user_id == person.id).order_by(Tag.name))


def tags_followed(person: User) -> list[Tag]:
    return list(db.session.scalars(following_tags_query(person)))


def follow_person(follower: User, person: User) -> bool:
    """Follow `person`; following again changes nothing. Whether the follow is new."""
    if follower.id == person.id:
        raise ServiceError("You cannot follow yourself.", "person")
    return insert_if_new(Follow, follower_id=follower.id, followed_id=person.id,
                         created_at=utcnow())


def unfollow_person(follower: User, person: User) -> None:
    db.session.execute(delete(Follow).where(Follow.follower_id == follower.id,
                                            Follow.followed_id == person.id))


def follow_tag(user: User, tag: Tag) -> bool:
    """Follow `tag`; following again changes nothing. Whether the follow is new."""
    return insert_if_new(TagFollow, user_id=user.id, tag_id=tag.id, created_at=utcnow())


def unfollow_tag(user: User, tag: Tag) -> None:
    db.session.execute(delete(TagFollow).where(TagFollow.user_id == user.id,
                                               TagFollow.tag_id == tag.id))


def tag_following(user: User, tag: Tag) -> tuple[bool, int]:
    """Whether `user` follows `tag`, and how many people do."""
    row = db.session.execute(select(
        exists().where(TagFollow.user_id == user.id, TagFollow.tag_id == tag.id),
        select(func.count()).where(TagFollow.tag_id == tag.id).scalar_subquery(),
    )).one()
    return bool(row[0]), row[1]


# ---------------------------------------------------------------- recognised experts


def _require_recogniser(actor: User) -> None:
    if not actor.is_manager:
        raise Forbidden("Only managers and admins can flag recognised experts.")


def flag_expert(actor: User, person: User) -> bool:
    """Mark `person` as a recognised expert; flagging again changes nothing. Whether it is new."""
    _require_recogniser(actor)
    if actor.id == person.id:
        raise ServiceError("Recognition comes from someone else: another manager can flag you.",
                           "person")
    return insert_if_new(RecognisedExpert, user_id=person.id, flagged_by_id=actor.id,
                         created_at=utcnow())


def unflag_expert(actor: User, person: User) -> None:
    _require_recogniser(actor)
    db.session.execute(delete(RecognisedExpert).where(RecognisedExpert.user_id == person.id))


def recognised_among(user_ids: list[int]) -> set[int]:
    """Which of these people are recognised experts (for a list of people)."""
    if not user_ids:
        return set()
    return set(db.session.scalars(
        select(RecognisedExpert.user_id).where(RecognisedExpert.user_id.in_(user_ids))))
