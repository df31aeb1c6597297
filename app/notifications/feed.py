"""The home page's activity feed: new questions in the tags you follow, posts by the people you
follow, and your team's posts, newest first, in a constant number of queries per page.

The feed covers the last FEED_DAYS days. It is read newest first through an index of every
post's time, author and kind, stopping at the page's last item: how far back that is depends on
how much the person follows, and the window bounds it for someone who follows little, however
many years of posts the company has (older posts stay on each person's and each tag's page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, and_, case, exists, false, func, or_, select
from sqlalchemy.orm import aliased, joinedload

from app.auth.models import User
from app.extensions import db
from app.profiles.models import Follow, TagFollow
from app.qa.models import Post, PostTag, Question, Tag

REASONS = {
    "person": "someone you follow",
    "tag": "a tag you follow",
    "team": "your team",
}


@dataclass(frozen=True)
class Item:
    post: Post
    question: Question  # the post itself, or the question an answer answers
    reason: str  # a REASONS key
    tags: list[Tag]


@dataclass(frozen=True)
class FeedPage:
    items: list[Item]
    page: int
    has_next: bool

    @property
    def has_prev(self) -> bool:
        return self.page > 1


def feed_query(user: User, now: datetime, days: int) -> Select:
    """(post, its question, why it is in the feed) for the `days` before `now`, newest first."""
    thread = aliased(Question)
    thread_id = func.coalesce(Post.__table__.c.question_id, Post.id)
    by_followed = Post.author_id.in_(
        select(Follow.followed_id).where(Follow.follower_id == user.id))
    in_followed_tag = and_(Post.kind == "question", exists().where(
        PostTag.post_id == Post.id,
        PostTag.tag_id.in_(select(TagFollow.tag_id).where(TagFollow.user_id == user.id))))
    by_team = (Post.author_id.in_(select(User.id).where(User.team_id == user.team_id))
               if user.team_id is not None else false())
    reason = case((by_followed, "person"), (in_followed_tag, "tag"), else_="team")
    return (select(Post, thread, reason)
            .join(thread, thread.id == thread_id)
            .options(joinedload(Post.author))
            .where(Post.deleted_at.is_(None), Post.created_at >= now - timedelta(days=days),
                   thread.deleted_at.is_(None), Post.author_id != user.id,
                   or_(by_followed, in_followed_tag, by_team))
            .order_by(Post.created_at.desc(), Post.id.desc()))


def feed(user: User, page: int, per_page: int, now: datetime, days: int) -> FeedPage:
    """One page of the feed, of the `days` before `now`: two queries (posts with their
    questions and authors, and the questions' tags) whatever the page holds."""
    rows = db.session.execute(feed_query(user, now, days)
                              .limit(per_page + 1).offset((page - 1) * per_page)).all()
    question_ids = {question.id for _, question, _ in rows}
    tags: dict[int, list[Tag]] = {}
    if question_ids:
        for post_id, tag in db.session.execute(
                select(PostTag.post_id, Tag).join(Tag, Tag.id == PostTag.tag_id)
                .where(PostTag.post_id.in_(question_ids)).order_by(PostTag.position)).all():
            tags.setdefault(post_id, []).append(tag)
    items = [Item(post, question, why, tags.get(question.id, []))
             for post, question, why in rows[:per_page]]
    return FeedPage(items, page, len(rows) > per_page)
