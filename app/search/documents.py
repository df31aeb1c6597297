"""What the index holds for each question, wiki page and person, read from the database (the
truth: the index is derived and can always be rebuilt from here). Texts are indexed as the words
a reader sees (app.markdown.plain_text): snippets never show `**`, `##` or `[[...]]`."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.auth.models import User, utcnow
from app.chat.models import Kind as ChannelKind
from app.chat.models import Message
from app.chat.services import message_url
from app.extensions import db
from app.markdown import plain_text
from app.numbers import whole_number
from app.qa.models import Answer, PostTag, Question, Tag, TagSynonym
from app.search.backend import Document
from app.wiki.models import WikiPage

BATCH = 500  # documents read per round of queries
EXPERTISE_TAGS = 5  # a person is found by the tags they answer most


def key(kind: str, object_id: int) -> str:
    return f"{kind}:{object_id}"


def split_key(document_key: str) -> tuple[str, int] | None:
    kind, _, number = document_key.partition(":")
    number = whole_number(number, minimum=1)
    return (kind, number) if number is not None else None


def _keywords(tags: Iterable[Tag], synonyms: dict[int, list[str]]) -> str:
    words = []
    for tag in tags:
        words.append(tag.name.replace("-", " "))
        words.extend(name.replace("-", " ") for name in synonyms.get(tag.id, []))
    return " ".join(words)


def _synonyms(tag_ids: set[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if tag_ids:
        for tag_id, name in db.session.execute(
            select(TagSynonym.tag_id, TagSynonym.name).where(TagSynonym.tag_id.in_(tag_ids))
        ).all():
            found[tag_id].append(name)
    return found


def questions(ids: list[int]) -> list[Document]:
    """The live questions among `ids`, each with its live answers' text (accepted first)."""
    found = list(db.session.scalars(
        select(Question)
        .where(Question.id.in_(ids), Question.deleted_at.is_(None))
        .options(selectinload(Question.tags).joinedload(Tag.category),
                 joinedload(Question.author))
    ))
    answers: dict[int, list[Answer]] = defaultdict(list)
    for answer in db.session.scalars(
        select(Answer)
        .where(Answer.question_id.in_([q.id for q in found]), Answer.deleted_at.is_(None))
        .order_by(Answer.score.desc(), Answer.id)
    ):
        answers[answer.question_id].append(answer)
    synonyms = _synonyms({t.id for q in found for t in q.tags})
    documents = []
    for question in found:
        its = sorted(answers[question.id], key=lambda a: a.id != question.accepted_answer_id)
        accepted = question.accepted_answer_id is not None
        documents.append(Document(
            key=key("question", question.id),
            kind="question",
            title=question.title,
            body="\n\n".join(plain_text(body) for body in [question.body, *(a.body for a in its)]),
            url=f"/questions/{question.id}/{question.slug}",
            keywords=_keywords(question.tags, synonyms),
            tags=[t.name for t in question.tags],
            categories=sorted({t.category.slug for t in question.tags}),
            subtitle=f"Asked by {question.author_name}"
                     + (" (imported)" if question.is_imported else "")
                     + f" · {len(its)} {'answer' if len(its) == 1 else 'answers'}"
                     + (" · accepted" if accepted else ""),
            created_at=question.created_at,
            updated_at=question.last_activity_at,
            score=question.score,
            answered=accepted or any(a.score > 0 for a in its),
            accepted=accepted,
        ))
    return documents


def pages(ids: list[int]) -> list[Document]:
    now = utcnow()
    found = list(db.session.scalars(
        select(WikiPage)
        .where(WikiPage.id.in_(ids), WikiPage.deleted_at.is_(None))
        .options(selectinload(WikiPage.tags).joinedload(Tag.category),
                 joinedload(WikiPage.owner))
    ))
    synonyms = _synonyms({t.id for p in found for t in p.tags})
    return [
        Document(
            key=key("page", page.id),
            kind="page",
            title=page.title,
            body=plain_text(page.body),
            url=f"/wiki/{page.slug}",
            keywords=_keywords(page.tags, synonyms),
            tags=[t.name for t in page.tags],
            categories=sorted({t.category.slug for t in page.tags}),
            subtitle=f"Wiki · owned by {page.owner.name}",
            created_at=page.created_at,
            updated_at=page.updated_at,
            stale=page.is_stale(now),
        )
        for page in found
    ]


def people(ids: list[int]) -> list[Document]:
    """Active people, found by name, role, team, region, bio, and the tags they answer most."""
    found = list(db.session.scalars(
        select(User).where(User.id.in_(ids), User.active.is_(True))
        .options(joinedload(User.team), joinedload(User.region))
    ))
    expertise: dict[int, Counter] = defaultdict(Counter)
    for author_id, tag_name in db.session.execute(
        select(Answer.author_id, Tag.name)
        .join(PostTag, PostTag.post_id == Answer.question_id)
        .join(Tag, Tag.id == PostTag.tag_id)
        .where(Answer.author_id.in_([p.id for p in found]), Answer.deleted_at.is_(None))
    ).all():
        expertise[author_id][tag_name] += 1
    documents = []
    for person in found:
        tags = [name for name, _ in expertise[person.id].most_common(EXPERTISE_TAGS)]
        where = " · ".join(x for x in (person.team.name if person.team else "",
                                        person.region.name if person.region else "") if x)
        documents.append(Document(
            key=key("person", person.id),
            kind="person",
            title=person.name,
            body="\n".join(x for x in (person.title, where, person.bio) if x),
            url=f"/people/{person.id}",
            keywords=" ".join(t.replace("-", " ") for t in tags),
            tags=tags,
            subtitle=" · ".join(x for x in (person.title, where) if x),
            created_at=person.created_at,
        ))
    return documents


def messages(ids: list[int]) -> list[Document]:
    """Chat messages not deleted: a public channel's for everyone, a private channel's or a
    DM's for its members only (their audience)."""
    found = list(db.session.scalars(
        select(Message).where(Message.id.in_(ids), Message.deleted_at.is_(None))
        .options(joinedload(Message.channel), joinedload(Message.author))))
    documents = []
    for message in found:
        channel = message.channel
        public = channel.kind == ChannelKind.PUBLIC
        documents.append(Document(
            key=key("message", message.id),
            kind="message",
            title=f"#{channel.name}" if channel.name else "Direct message",
            body=plain_text(message.body),
            url=message_url(message),
            subtitle=f"Chat · {message.author.name}",
            created_at=message.created_at,
            updated_at=message.edited_at or message.created_at,
            audience="" if public else audience_of(channel.id),
        ))
    return documents


def audience_of(channel_id: int) -> str:
    """The group that may find a private channel's (or a DM's) messages: its members."""
    return f"channel:{channel_id}"


BUILDERS = {"question": questions, "page": pages, "person": people, "message": messages}


def build(keys: Iterable[str]) -> tuple[list[Document], list[str]]:
    """The documents for these keys as the database has them now, and the keys that no longer
    have one (deleted, deactivated): the indexer adds the first and removes the second."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for each in dict.fromkeys(keys):
        parsed = split_key(each)
        if parsed and parsed[0] in BUILDERS:
            wanted[parsed[0]].append(parsed[1])
    documents: list[Document] = []
    for kind, ids in wanted.items():
        documents.extend(BUILDERS[kind](ids))
    present = {d.key for d in documents}
    gone = [key(kind, i) for kind, ids in wanted.items() for i in ids
            if key(kind, i) not in present]
    return documents, gone


def every_key() -> Iterator[str]:
    """Every key that should be in the index (for a rebuild), in batches of ids."""
    for kind, model, live in (
        ("question", Question, Question.deleted_at.is_(None)),
        ("page", WikiPage, WikiPage.deleted_at.is_(None)),
        ("person", User, User.active.is_(True)),
        ("message", Message, Message.deleted_at.is_(None)),
    ):
        for object_id in db.session.scalars(select(model.id).where(live).order_by(model.id)):
            yield key(kind, object_id)
