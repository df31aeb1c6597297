"""Q&A rules: asking, answering, commenting, voting, accepting, editing, deleting, closing as a
duplicate, counting views, and the lists and the thread page read from them.

Services never commit: the edge commits once, so a post and whatever listeners of its signal
write (points, the search outbox) land in one transaction. `at` lets the demo loader and tests
say when something happened; it defaults to now.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, exists, false, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased, joinedload, selectinload

from app import mentions, signals
from app.auth.models import User, utcnow
from app.errors import Conflict, Forbidden, NotFound, ServiceError, checked
from app.extensions import db, insert_if_new, unindexed
from app.numbers import whole_number
from app.qa.models import (
    BODY_MAX,
    BODY_MIN,
    COMMENT_MAX,
    COMMENT_MIN,
    SUMMARY_MAX,
    TAGS_MAX,
    TAGS_MIN,
    TITLE_MAX,
    TITLE_MIN,
    Answer,
    Comment,
    Origin,
    Post,
    PostRevision,
    PostTag,
    Question,
    QuestionView,
    Tag,
    TagCategory,
    TagSynonym,
    Vote,
)

# How much of an unknown tag name an error message repeats back.
TAG_SHOWN = 40


# ---------------------------------------------------------------- permissions (one place)


def can_edit(user: User, post: Post) -> bool:
    return not post.is_deleted and (post.author_id == user.id or user.is_manager)


def can_delete(user: User, post: Post) -> bool:
    return post.author_id == user.id or user.is_manager


def can_restore(user: User, post: Post) -> bool:
    """Managers restore anything; an author restores what they deleted themselves."""
    return user.is_manager or post.author_id == user.id == post.deleted_by_id


def can_delete_comment(user: User, comment: Comment) -> bool:
    return comment.author_id == user.id or user.is_manager


def can_close(user: User, question: Question) -> bool:
    return question.author_id == user.id or user.is_manager


def can_accept(user: User, question: Question) -> bool:
    return question.author_id == user.id


def can_see(user: User, post: Post) -> bool:
    """Deleted posts stay visible to their author and to managers, marked as deleted."""
    return not post.is_deleted or post.author_id == user.id or user.is_manager


def can_vote(user: User, post: Post) -> bool:
    return not post.is_deleted and post.author_id != user.id


# ---------------------------------------------------------------- reading single objects


def get_question(question_id: int, viewer: User) -> Question:
    question = db.session.get(Question, question_id)
    if question is None or not can_see(viewer, question):
        raise NotFound("There is no such question, or it has been deleted.")
    return question


def get_post(post_id: int, viewer: User) -> Post:
    post = db.session.get(Post, post_id)
    if post is None or not can_see(viewer, post):
        raise NotFound("There is no such post, or it has been deleted.")
    if isinstance(post, Answer) and not can_see(viewer, post.question):
        raise NotFound("There is no such post, or it has been deleted.")
    return post


def get_answer(answer_id: int, viewer: User) -> Answer:
    post = get_post(answer_id, viewer)
    if not isinstance(post, Answer):
        raise NotFound("There is no such answer.")
    return post


def get_comment(comment_id: int) -> Comment:
    comment = db.session.get(Comment, comment_id)
    if comment is None or comment.deleted_at is not None:
        raise NotFound("There is no such comment, or it has been deleted.")
    return comment


def _require_live(post: Post) -> None:
    if post.is_deleted:
        raise NotFound("This post has been deleted.")
    if isinstance(post, Answer) and post.question.is_deleted:
        raise NotFound("The question of this answer has been deleted.")


# ---------------------------------------------------------------- input


def _clean_title(title: str | None) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ServiceError("Write a title: the question in one sentence.", "title")
    if len(title) < TITLE_MIN:
        raise ServiceError(f"The title needs at least {TITLE_MIN} characters.", "title")
    if len(title) > TITLE_MAX:
        raise ServiceError(f"The title can have at most {TITLE_MAX} characters.", "title")
    return title


def _clean_text(text: str | None, name: str, minimum: int, maximum: int, field: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ServiceError(f"The {name} is empty.", field)
    if len(text) < minimum:
        raise ServiceError(f"The {name} needs at least {minimum} characters.", field)
    if len(text) > maximum:
        raise ServiceError(f"The {name} can have at most {maximum:,} characters.", field)
    return text


def clean_summary(summary: str | None) -> str:
    summary = " ".join((summary or "").split())
    if len(summary) > SUMMARY_MAX:
        raise ServiceError(
            f"The edit summary can have at most {SUMMARY_MAX} characters.", "summary"
        )
    return summary


def split_tag_names(text: str | list[str] | None) -> list[str]:
    """Tag names as typed (commas or spaces between them), lower-cased, each once, in order."""
    if text is None:
        return []
    parts = text if isinstance(text, list) else re.split(r"[\s,]+", text)
    names: list[str] = []
    for part in parts:
        name = str(part).strip().lower().lstrip("#")
        if name and name not in names:
            names.append(name)
    return names


def _lookup_tags(names: list[str]) -> dict[str, Tag]:
    """{typed name: its tag} for the names that are tags or synonyms, in two queries."""
    found = {t.name: t for t in db.session.scalars(select(Tag).where(Tag.name.in_(names)))}
    synonyms = db.session.execute(
        select(TagSynonym.name, Tag).join(Tag).where(TagSynonym.name.in_(names))
    ).all()
    found.update({name: tag for name, tag in synonyms})
    return found


def resolve_tags(text: str | list[str] | None, required: bool = True,
                 maximum: int = TAGS_MAX) -> list[Tag]:
    """The vocabulary's tags for what was typed: a synonym becomes its canonical tag. Questions
    need at least one (`required`); wiki pages may have none; a profile declares up to more."""
    names = split_tag_names(text)
    if not names and not required:
        return []
    if len(names) < TAGS_MIN:
        raise ServiceError("Add at least one tag, so the right people find the question.", "tags")
    found = _lookup_tags(names)
    unknown = [n for n in names if n not in found]
    if unknown:
        listed = ", ".join(f"“{n[:TAG_SHOWN]}”" for n in unknown[:5])
        raise ServiceError(
            f"Not in the tag vocabulary: {listed}. Pick existing tags, or propose a new one "
            "for a manager to approve.",
            "tags",
        )
    tags: list[Tag] = []
    for name in names:
        if found[name] not in tags:
            tags.append(found[name])
    if len(tags) > maximum:
        raise ServiceError(f"Use at most {maximum} tags: the ones that matter most.", "tags")
    return tags



# ---------------------------------------------------------------- writing


def _add_revision(post: Post, author: User, at: datetime, summary: str) -> PostRevision:
    revision = PostRevision(
        post_id=post.id,
        number=post.revision,
        author_id=author.id,
        created_at=at,
        title=post.title if isinstance(post, Question) else None,
        body=post.body,
        tags=" ".join(t.name for t in tags_of(post)) if isinstance(post, Question) else "",
        summary=summary,
    )
    try:
        with db.session.begin_nested():
            db.session.add(revision)
    except IntegrityError:  # another edit based on the same revision was saved first
        raise Conflict(
            "Someone else saved an edit at the same moment. Reload to see it, then edit again."
        ) from None
    return revision


def tags_of(tagged) -> list[Tag]:
    """The tags of a question or wiki page, in their order, as they stand in this session."""
    ids = [link.tag_id for link in tagged.tag_links]
    if not ids:
        return []
    by_id = {t.id: t for t in db.session.scalars(select(Tag).where(Tag.id.in_(ids)))}
    return [by_id[i] for i in ids]


@dataclass(frozen=True)
class Provenance:
    """Where a post not written here came from: a chat message promoted (`url`, `channel`) or
    an imported file's entry (`original_author`: who the file says wrote it), brought here by
    `by` at `at`."""

    kind: Origin
    by: User
    at: datetime
    url: str = ""
    channel: str = ""
    original_author: str = ""

    def columns(self) -> dict:
        return {"origin": self.kind.value, "origin_by_id": self.by.id, "origin_at": self.at,
                "origin_url": self.url, "origin_channel": self.channel,
                "original_author": self.original_author}

    def summary(self, verb: str) -> str:
        """A first revision's summary: "Asked in #deal-desk", "Imported"."""
        return f"{verb} in #{self.channel}" if self.kind is Origin.CHAT else "Imported"


def _count_in_tags(tag_ids: Iterable[int], change: int) -> None:
    """Add `change` to these tags' counts of live questions (an increment, so that two
    requests tagging at once both count)."""
    tag_ids = list(tag_ids)
    if tag_ids:
        db.session.execute(update(Tag).where(Tag.id.in_(tag_ids))
                           .values(question_count=Tag.question_count + change)
                           .execution_options(synchronize_session=False))
        for tag_id in tag_ids:
            tag = db.session.identity_map.get(db.session.identity_key(Tag, tag_id))
            if tag is not None:
                db.session.expire(tag, ["question_count"])


def _retag(question: Question, tags: list[Tag]) -> None:
    """Replace the question's tags, keeping the tags' counts."""
    before = {link.tag_id for link in question.tag_links}
    question.set_tags(tags)
    after = {tag.id for tag in tags}
    if not question.is_deleted:
        _count_in_tags(after - before, 1)
        _count_in_tags(before - after, -1)


def _new_question(author: User, title: str, body: str, tags: list[Tag], at: datetime,
                  summary: str, provenance: Provenance | None) -> tuple[Question, list[User]]:
    """The question and its first revision (nothing announced yet), and who its text
    mentions."""
    html, mentioned = mentions.render(body)
    question = Question(
        author_id=author.id,
        title=title,
        body=body,
        body_html=html,
        created_at=at,
        last_activity_at=at,
        revision=1,
        **(provenance.columns() if provenance else {}),
    )
    _retag(question, tags)
    db.session.add(question)
    db.session.flush()
    _add_revision(question, author, at, summary)
    return question, mentioned


def _asked(question: Question, mentioned: list[User], author: User) -> None:
    signals.question_asked.send(question)
    mentions.announce(question, mentioned, author)


def ask_question(
    author: User, title: str, body: str, tags: str | list[str], at: datetime | None = None,
    provenance: Provenance | None = None,
) -> Question:
    at = at or utcnow()
    clean = checked(
        title=lambda: _clean_title(title),
        body=lambda: _clean_text(body, "question", BODY_MIN, BODY_MAX, "body"),
        tags=lambda: resolve_tags(tags),
    )
    question, mentioned = _new_question(
        author, clean["title"], clean["body"], clean["tags"], at,
        provenance.summary("Asked") if provenance else "Asked", provenance)
    _asked(question, mentioned, author)
    return question


def _clean_context(context: object) -> str:
    if context is None:
        return ""
    if not isinstance(context, str):
        raise ServiceError("The context must be text.", "context")
    return context.replace("\r\n", "\n").strip()


def ask_in_their_words(author: User, words: str, excerpt: str, at: datetime,
                       provenance: Provenance, title: object, tags: object,
                       context: object = "") -> Question:
    """A question someone asked elsewhere (a chat message), brought here by someone else.
    Revision 1 is the author's alone: `words` verbatim, under `excerpt` (a title made of their
    own words), with no tags. The title, the tags and any `context` that `provenance.by`
    chose are revision 2, theirs (all in one revision when they are the author). The
    question is announced (routed to experts, indexed) once it has its tags. The author's
    words were checked where they were written; the rules apply to the question as it ends."""
    by = provenance.by
    clean = checked(
        title=lambda: _clean_title(title if isinstance(title, str) else None),
        context=lambda: _clean_context(context),
        tags=lambda: resolve_tags(tags if isinstance(tags, str | list) else None),
    )
    body = f"{words}\n\n{clean['context']}" if clean["context"] else words
    if len(body) < BODY_MIN:
        raise ServiceError(f"The message is short: add context, so that the question reads "
                           f"well on its own (at least {BODY_MIN} characters in all).",
                           "context")
    if len(body) > BODY_MAX:
        raise ServiceError(f"The question can have at most {BODY_MAX:,} characters: shorten "
                           "the context.", "context")
    if by.id == author.id:
        question, mentioned = _new_question(author, clean["title"], body, clean["tags"], at,
                                            f"Promoted from #{provenance.channel}", provenance)
    else:
        question, mentioned = _new_question(author, excerpt, words, [], at,
                                            provenance.summary("Asked"), provenance)
        changed = ["title"] if clean["title"] != excerpt else []
        changed += ["tags", *(["context"] if clean["context"] else [])]
        listed = ", ".join(changed[:-1]) + " and " + changed[-1] if len(changed) > 1 \
            else changed[0]
        html, added = mentions.render(body, previously=words)
        question.title, question.body, question.body_html = clean["title"], body, html
        _retag(question, clean["tags"])
        _finish_edit(by, question, f"Promoted from #{provenance.channel}: {listed}", added,
                     provenance.at)
    _asked(question, mentioned, author)
    return question


def post_answer(author: User, question: Question, body: str, at: datetime | None = None,
                provenance: Provenance | None = None) -> Answer:
    at = at or utcnow()
    _require_live(question)
    if question.is_closed:
        raise Conflict(
            "This question is closed as a duplicate: answer the question it points to.", "body"
        )
    # A chat reply is quoted as it was said, however short: nothing may be added to its words.
    minimum = 1 if provenance is not None and provenance.kind is Origin.CHAT else BODY_MIN
    body = _clean_text(body, "answer", minimum, BODY_MAX, "body")
    html, mentioned = mentions.render(body)
    answer = Answer(
        author_id=author.id,
        question_id=question.id,
        body=body,
        body_html=html,
        created_at=at,
        revision=1,
        **(provenance.columns() if provenance else {}),
    )
    db.session.add(answer)
    question.answer_count = Question.answer_count + 1
    _touch(question, at)
    db.session.flush()
    if author.id != question.author_id and (question.first_answer_at is None
                                            or at < question.first_answer_at):
        question.first_answer_at = at
    _add_revision(answer, author, at, provenance.summary("Answered") if provenance else "Answered")
    signals.answer_posted.send(answer)
    mentions.announce(answer, mentioned, author)
    return answer


def _require_editor(editor: User, post: Post, base_revision: int | None) -> None:
    _require_live(post)
    if not can_edit(editor, post):
        raise Forbidden("Only the author or a manager can edit this post.")
    if base_revision is not None and base_revision != post.revision:
        raise Conflict(
            f"This post was edited by someone else after you opened it (it is now at revision "
            f"{post.revision}). Nothing was saved: compare with the current version and edit again."
        )


def _touch(post: Post, at: datetime) -> None:
    """Mark the thread as active at `at` (never moving its last activity back in time)."""
    question = post if isinstance(post, Question) else post.question
    if question.last_activity_at is None or at > question.last_activity_at:
        question.last_activity_at = at


def edit_question(
    editor: User,
    question: Question,
    title: str,
    body: str,
    tags: str | list[str],
    summary: str = "",
    base_revision: int | None = None,
    at: datetime | None = None,
) -> PostRevision:
    at = at or utcnow()
    _require_editor(editor, question, base_revision)
    clean = checked(
        title=lambda: _clean_title(title),
        body=lambda: _clean_text(body, "question", BODY_MIN, BODY_MAX, "body"),
        tags=lambda: resolve_tags(tags),
        summary=lambda: clean_summary(summary),
    )
    title, body, tag_list, summary = clean["title"], clean["body"], clean["tags"], clean["summary"]
    if (title, body, [t.id for t in tag_list]) == (
        question.title,
        question.body,
        [link.tag_id for link in question.tag_links],
    ):
        raise ServiceError("Nothing changed: edit the title, the text or the tags.", "body")
    html, mentioned = mentions.render(body, previously=question.body)
    question.title, question.body, question.body_html = title, body, html
    _retag(question, tag_list)
    return _finish_edit(editor, question, summary, mentioned, at)


def edit_answer(
    editor: User,
    answer: Answer,
    body: str,
    summary: str = "",
    base_revision: int | None = None,
    at: datetime | None = None,
) -> PostRevision:
    at = at or utcnow()
    _require_editor(editor, answer, base_revision)
    body = _clean_text(body, "answer", BODY_MIN, BODY_MAX, "body")
    summary = clean_summary(summary)
    if body == answer.body:
        raise ServiceError("Nothing changed: edit the text first.", "body")
    html, mentioned = mentions.render(body, previously=answer.body)
    answer.body, answer.body_html = body, html
    return _finish_edit(editor, answer, summary, mentioned, at)


def _finish_edit(
    editor: User, post: Post, summary: str, mentioned: list[User], at: datetime
) -> PostRevision:
    post.revision += 1
    post.edited_at = at
    _touch(post, at)
    db.session.flush()
    revision = _add_revision(post, editor, at, summary or "Edited")
    signals.post_edited.send(post, editor=editor, revision=revision)
    mentions.announce(post, mentioned, editor)
    return revision


def delete_post(actor: User, post: Post, at: datetime | None = None) -> None:
    """Soft delete: the post leaves every list and search, but is kept (and can be restored)."""
    at = at or utcnow()
    _require_live(post)
    if not can_delete(actor, post):
        raise Forbidden("Only the author or a manager can delete this post.")
    post.deleted_at, post.deleted_by_id = at, actor.id
    if isinstance(post, Question):
        _count_in_tags((link.tag_id for link in post.tag_links), -1)
    if isinstance(post, Answer):
        question = post.question
        question.answer_count = Question.answer_count - 1
        if question.accepted_answer_id == post.id:
            question.accepted_answer_id, question.accepted_by_import = None, False
            question.accepted_at = None
            signals.answer_unaccepted.send(post, by=actor)
    db.session.flush()
    if isinstance(post, Answer):
        _recount_answered(post.question)
        _recount_first_answer(post.question)
    signals.post_deleted.send(post, by=actor)


def restore_post(actor: User, post: Post) -> None:
    if not post.is_deleted:
        raise Conflict("This post is not deleted.")
    if not can_restore(actor, post):
        raise Forbidden("Only a manager, or the author who deleted it, can restore this post.")
    if isinstance(post, Answer):
        if post.question.is_deleted:
            raise Conflict("Restore the question first: this answer's question is deleted.")
        post.question.answer_count = Question.answer_count + 1
    else:
        _count_in_tags((link.tag_id for link in post.tag_links), 1)
    post.deleted_at = post.deleted_by_id = None
    db.session.flush()
    if isinstance(post, Answer):
        _recount_answered(post.question)
        _recount_first_answer(post.question)
    signals.post_restored.send(post, by=actor)


def post_comment(author: User, post: Post, body: str, at: datetime | None = None) -> Comment:
    at = at or utcnow()
    _require_live(post)
    body = _clean_text(body, "comment", COMMENT_MIN, COMMENT_MAX, "body")
    html, mentioned = mentions.render(body)
    comment = Comment(post_id=post.id, author_id=author.id, body=body, body_html=html,
                      created_at=at)
    db.session.add(comment)
    _touch(post, at)
    db.session.flush()
    signals.comment_posted.send(comment)
    mentions.announce(comment, mentioned, author)
    return comment


def delete_comment(actor: User, comment: Comment, at: datetime | None = None) -> None:
    if not can_delete_comment(actor, comment):
        raise Forbidden("Only the author or a manager can delete this comment.")
    comment.deleted_at, comment.deleted_by_id = at or utcnow(), actor.id


def _vote_of(voter: User, post: Post) -> Vote | None:
    return db.session.scalar(
        select(Vote).where(Vote.post_id == post.id, Vote.voter_id == voter.id)
    )


def cast_vote(voter: User, post: Post, value: int, at: datetime | None = None) -> Vote:
    """Vote a post up (+1) or down (-1), or change one's vote to the other direction."""
    at = at or utcnow()
    if value not in (1, -1):
        raise ServiceError("A vote is up or down.", "value")
    _require_live(post)
    if post.author_id == voter.id:
        raise Forbidden("You cannot vote on your own post.")
    vote = _vote_of(voter, post)
    previous = vote.value if vote else None
    if previous == value:
        direction = "up" if value == 1 else "down"
        raise Conflict(f"You have already voted this {direction}. To undo it, remove your vote.")
    if vote is None:
        vote = Vote(post_id=post.id, voter_id=voter.id, value=value, created_at=at)
        try:
            with db.session.begin_nested():
                db.session.add(vote)
        except IntegrityError:  # the same vote from another tab at the same moment
            raise Conflict("You have already voted on this post.") from None
    else:
        vote.value, vote.created_at = value, at
    post.score = Post.score + (value - (previous or 0))
    db.session.flush()
    if isinstance(post, Answer):
        _recount_answered(post.question)
    signals.vote_cast.send(vote, previous=previous)
    return vote


def remove_vote(voter: User, post: Post) -> None:
    _require_live(post)
    vote = _vote_of(voter, post)
    if vote is None:
        raise Conflict("You have not voted on this post.")
    db.session.delete(vote)
    post.score = Post.score - vote.value
    db.session.flush()
    if isinstance(post, Answer):
        _recount_answered(post.question)
    signals.vote_removed.send(post, voter=voter, value=vote.value)


def accept_answer(actor: User, answer: Answer, at: datetime | None = None) -> None:
    """The asker marks the answer that solved it; accepting another replaces the first."""
    _require_live(answer)
    question = answer.question
    if not can_accept(actor, question):
        raise Forbidden("Only the person who asked can accept an answer.")
    if question.accepted_answer_id == answer.id:
        raise Conflict("This answer is already accepted.")
    if question.accepted_answer_id is not None:
        previous = db.session.get(Answer, question.accepted_answer_id)
        question.accepted_answer_id = None
        signals.answer_unaccepted.send(previous, by=actor)
    at = at or utcnow()
    question.accepted_answer_id, question.accepted_by_import = answer.id, False
    question.accepted_at = at
    _touch(question, at)
    db.session.flush()
    _recount_answered(question)
    signals.answer_accepted.send(answer, by=actor, at=at)


def accept_as_imported(answer: Answer) -> None:
    """An imported file says this answer was the accepted one. It is marked so, but nobody
    here accepted it: nobody is paid or told (the asker accepting one later pays as usual)."""
    question = answer.question
    question.accepted_answer_id, question.accepted_by_import = answer.id, True
    question.accepted_at = None  # when, the file does not say
    db.session.flush()
    _recount_answered(question)


def unaccept_answer(actor: User, question: Question) -> None:
    _require_live(question)
    if not can_accept(actor, question):
        raise Forbidden("Only the person who asked can change the accepted answer.")
    if question.accepted_answer_id is None:
        raise Conflict("No answer is accepted.")
    answer = db.session.get(Answer, question.accepted_answer_id)
    question.accepted_answer_id, question.accepted_by_import = None, False
    question.accepted_at = None
    db.session.flush()
    _recount_answered(question)
    signals.answer_unaccepted.send(answer, by=actor)


_QUESTION_ADDRESS = re.compile(r"^(?:.*/questions/)?([0-9]+)(?:[/?#].*)?$")


def question_id_from(reference: str | int | None) -> int:
    """A question's id from its number or its address (…/questions/123/some-title)."""
    match = _QUESTION_ADDRESS.match(str(reference or "").strip())
    number = whole_number(match.group(1), minimum=1) if match else None
    if number is None:
        raise ServiceError("Give the address or the number of the original question.", "original")
    return number


def close_as_duplicate(
    actor: User, question: Question, original: Question, at: datetime | None = None
) -> Question:
    """Close `question` as a duplicate of `original` (or of what `original` duplicates)."""
    _require_live(question)
    if not can_close(actor, question):
        raise Forbidden("Only the asker or a manager can close this question.")
    if question.is_closed:
        raise Conflict("This question is already closed as a duplicate.")
    if original.is_deleted:
        raise ServiceError("That question has been deleted; pick another.", "original")
    if original.duplicate_of_id is not None:  # point at the canonical one, not at a chain
        original = db.session.get(Question, original.duplicate_of_id)
    if original.id == question.id:
        raise ServiceError("A question cannot be a duplicate of itself.", "original")
    question.duplicate_of_id = original.id
    question.closed_at, question.closed_by_id = at or utcnow(), actor.id
    db.session.flush()
    signals.question_closed.send(question, by=actor, canonical=original)
    return original


def reopen_question(actor: User, question: Question) -> None:
    _require_live(question)
    if not can_close(actor, question):
        raise Forbidden("Only the asker or a manager can reopen this question.")
    if not question.is_closed:
        raise Conflict("This question is not closed.")
    question.duplicate_of_id = question.closed_at = question.closed_by_id = None
    db.session.flush()
    signals.question_reopened.send(question, by=actor)


def record_view(viewer: User, question: Question, at: datetime | None = None) -> bool:
    """Count a view once per person per question per day (the asker's own views not at all).
    Returns whether this view counted."""
    if viewer.id == question.author_id:
        return False
    day = (at or utcnow()).date()
    if not insert_if_new(QuestionView, question_id=question.id, viewer_id=viewer.id, day=day):
        return False
    db.session.execute(
        update(Question)
        .where(Question.id == question.id)
        .values(view_count=Question.view_count + 1)
        .execution_options(synchronize_session=False)
    )
    return True


# ---------------------------------------------------------------- lists


# A tag filter whose tags hold at most this many questions reads them from the tags' links and
# sorts them (each one read from the table); a wider one walks the list's order instead, which
# meets a page's worth of its questions sooner (measured at 100,000 questions: bench/).
FILTER_READ_FROM_LINKS = 1_000


class Sort(enum.StrEnum):
    NEWEST = "newest"
    ACTIVE = "active"
    UNANSWERED = "unanswered"
    TOP = "top"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def answered_now():
    """An accepted answer, or a live answer with a positive score (SQL condition, read from the
    answers themselves): what `Question.answered` keeps."""
    answer = aliased(Answer)
    good_answer = exists().where(
        answer.question_id == Question.id, answer.deleted_at.is_(None), answer.score > 0
    )
    return or_(Question.accepted_answer_id.is_not(None), good_answer)


def is_unanswered():
    """No accepted answer and no live answer with a positive score (SQL condition): an
    equality, which PostgreSQL can order an index's later columns past ("IS false" is not)."""
    return Question.answered == false()


def first_answer_now():
    """The time of a question's first live answer by someone other than its asker (SQL, read
    from the answers themselves): what `Question.first_answer_at` keeps."""
    answer = aliased(Answer)
    return (select(func.min(answer.created_at))
            .where(answer.question_id == Question.id, answer.deleted_at.is_(None),
                   answer.author_id != Question.author_id)
            .scalar_subquery())


def recount_first_answer(*where) -> None:
    """Set `first_answer_at` of the questions `where` selects from their answers, after an
    answer was posted, deleted or restored, or posts changed author (flushed)."""
    db.session.execute(update(Question).where(*where).values(first_answer_at=first_answer_now())
                       .execution_options(synchronize_session=False))


def _recount_first_answer(question: Question) -> None:
    recount_first_answer(Question.id == question.id)
    db.session.expire(question, ["first_answer_at"])


def _recount_answered(question: Question) -> None:
    """Set `question.answered` from its answers, after a change to one of them (a vote, an
    acceptance, a deletion or a restore) has been flushed."""
    db.session.execute(
        update(Question)
        .where(Question.id == question.id)
        .values(answered=answered_now())
        .execution_options(synchronize_session=False)
    )
    db.session.expire(question, ["answered"])


def question_list(
    sort: Sort = Sort.NEWEST,
    tags: list[Tag] | tuple[Tag, ...] = (),
    category: TagCategory | None = None,
    author: User | None = None,
) -> Select:
    """Live questions, with every given tag, in the category, sorted; authors and tags loaded.

    A filter that few questions pass is read from its tags' links (the questions are found,
    then sorted); one that many pass is checked on each question as the list's order is walked,
    which finds a page's worth before long. The tags' counts tell which is which (with several
    filters, the rarest one's)."""
    query = select(Question).where(Question.deleted_at.is_(None))
    filters = [([tag.id], tag.question_count) for tag in tags]
    if category is not None:
        filters.append(([tag.id for tag in category.tags],
                        sum(tag.question_count for tag in category.tags)))
    rarest = min(range(len(filters)), key=lambda n: filters[n][1], default=None)
    from_links = rarest is not None and filters[rarest][1] <= FILTER_READ_FROM_LINKS
    for n, (tag_ids, _) in enumerate(filters):
        if from_links and n == rarest:
            query = query.where(Question.id.in_(
                select(PostTag.post_id).where(PostTag.tag_id.in_(tag_ids))))
        else:
            query = query.where(exists().where(PostTag.post_id == Question.id,
                                               PostTag.tag_id.in_(tag_ids)))
    if author is not None:
        query = query.where(Question.author_id == author.id)
    if sort is Sort.UNANSWERED:
        query = query.where(is_unanswered(), Question.duplicate_of_id.is_(None))
    order = {
        Sort.NEWEST: (Question.created_at,),
        Sort.UNANSWERED: (Question.created_at,),
        Sort.ACTIVE: (Question.last_activity_at,),
        Sort.TOP: (Question.score, Question.created_at),
    }[sort]
    if from_links:  # else SQLite walks the order's index, looking each one up in the links
        order = tuple(unindexed(column) for column in order)
    return query.order_by(*(column.desc() for column in order), Question.id.desc()).options(
        joinedload(Question.author), selectinload(Question.tags)
    )


def find_tags(names: list[str] | str) -> tuple[list[Tag], list[str]]:
    """The tags named (or a synonym named), each once, in order; and the names not found."""
    wanted = split_tag_names(" ".join(names) if isinstance(names, list) else names)
    found = _lookup_tags(wanted) if wanted else {}
    tags: list[Tag] = []
    for name in wanted:
        if name in found and found[name] not in tags:
            tags.append(found[name])
    return tags, [name[:TAG_SHOWN] for name in wanted if name not in found]


# ---------------------------------------------------------------- the thread page


@dataclass
class Thread:
    question: Question
    answers: list[Answer]
    comments: dict[int, list[Comment]] = field(default_factory=dict)
    my_votes: dict[int, int] = field(default_factory=dict)
    duplicates: list[Question] = field(default_factory=list)
    original: Question | None = None


def load_thread(question_id: int, viewer: User) -> Thread:
    """A question with its answers (accepted first, then by score), their comments, the viewer's
    votes and the duplicate links, in a fixed number of queries however long the thread is."""
    question = db.session.scalar(
        select(Question)
        .where(Question.id == question_id)
        .options(
            joinedload(Question.author),
            joinedload(Question.origin_by),
            selectinload(Question.tags),
            joinedload(Question.duplicate_of),
        )
    )
    if question is None or not can_see(viewer, question):
        raise NotFound("There is no such question, or it has been deleted.")
    answers_query = (
        select(Answer)
        .where(Answer.question_id == question.id)
        .options(joinedload(Answer.author), joinedload(Answer.origin_by))
        .order_by(Answer.score.desc(), Answer.created_at, Answer.id)
    )
    if not viewer.is_manager:
        answers_query = answers_query.where(
            (Answer.deleted_at.is_(None)) | (Answer.author_id == viewer.id)
        )
    answers = list(db.session.scalars(answers_query))
    answers.sort(key=lambda a: a.id != question.accepted_answer_id)  # stable: accepted first
    post_ids = [question.id, *(a.id for a in answers)]
    comments: dict[int, list[Comment]] = {post_id: [] for post_id in post_ids}
    for comment in db.session.scalars(
        select(Comment)
        .where(Comment.post_id.in_(post_ids), Comment.deleted_at.is_(None))
        .options(joinedload(Comment.author))
        .order_by(Comment.created_at, Comment.id)
    ):
        comments[comment.post_id].append(comment)
    my_votes = dict(
        db.session.execute(
            select(Vote.post_id, Vote.value).where(
                Vote.voter_id == viewer.id, Vote.post_id.in_(post_ids)
            )
        ).all()
    )
    duplicates = list(
        db.session.scalars(
            select(Question)
            .where(Question.duplicate_of_id == question.id, Question.deleted_at.is_(None))
            .order_by(Question.created_at)
        )
    )
    return Thread(question, answers, comments, my_votes, duplicates, question.duplicate_of)


def revisions(post: Post) -> list[PostRevision]:
    return list(
        db.session.scalars(
            select(PostRevision)
            .where(PostRevision.post_id == post.id)
            .options(joinedload(PostRevision.author))
            .order_by(PostRevision.number.desc())
        )
    )


def revision_pair(post: Post, old: int, new: int) -> tuple[PostRevision, PostRevision]:
    found = {
        r.number: r
        for r in db.session.scalars(
            select(PostRevision).where(
                PostRevision.post_id == post.id, PostRevision.number.in_([old, new])
            )
        )
    }
    if old not in found or new not in found:
        raise NotFound("There is no such revision of this post.")
    return found[old], found[new]

