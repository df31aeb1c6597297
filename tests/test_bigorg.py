"""bench/bigorg.py: a small generated organisation is what the app itself would have made of
the same history, checked with the app's own code on SQLite and PostgreSQL."""

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from app.auth.models import User
from app.chat.models import Channel, Kind, Membership, Message
from app.demo.data import DEMO_PASSWORD
from app.extensions import db
from app.markdown import render
from app.points import handlers, rules, serial
from app.points.models import (
    BadgeAward,
    PointsEntry,
    PointsEntryTag,
    PointsPerTag,
    recent_weight,
)
from app.qa import services as qa
from app.qa.models import (
    Answer,
    Comment,
    Post,
    PostRevision,
    PostTag,
    Question,
    QuestionView,
    Tag,
    Vote,
)
from app.search import services as search
from app.wiki import services as wiki
from app.wiki.models import WikiFeedback, WikiPage, WikiPageTag, WikiPageView, WikiRevision
from bench import bigorg
from bench import search_corpus as corpus
from tests.conftest import log_in

QUESTIONS = 300
DAYS = 120  # a short history: busy days, so that daily caps come into play


def scalar(statement):
    return db.session.scalar(statement)


def count(model) -> int:
    return scalar(sa.select(sa.func.count()).select_from(model))


def test_a_generated_organisation_is_what_the_app_would_have_made(make_app, database_url,
                                                                    tmp_path):
    index = str(tmp_path / "search")
    # Up to last midnight: the UTC days fall on the history the same way on every run.
    midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    report = bigorg.generate(database_url, questions=QUESTIONS, index_folder=index,
                             now=midnight, days=DAYS, progress=lambda *_: None)
    app = make_app(SEARCH_INDEX_PATH=index, SEARCH_BACKEND=bigorg.backend_for(database_url),
                   SEARCH_INDEXING="off")
    with app.app_context():
        _proportions(report)
        _cached_columns()
        _chat_counters()
        _ledger_is_the_apps(report)
        _bodies_render_as_the_app_renders_them()
        _search_finds_a_question(report)
        db.session.rollback()
    _pages_render_for_person_one(app)
    with app.app_context():  # explicit ids: the next row the app writes gets a new one
        person = db.session.get(User, 1)
        question = db.session.scalar(sa.select(Question).where(Question.deleted_at.is_(None))
                                     .order_by(Question.id.desc()).limit(1))
        comment = qa.post_comment(person, question, "A comment written after the generator.")
        db.session.commit()
        assert comment.id == report.rows["comments"] + 1


def _proportions(report: bigorg.Report) -> None:
    sizes = report.sizes
    assert report.rows == {table.name: count(table) for table in db.metadata.sorted_tables
                           if table.name in report.rows}
    assert count(Question) == sizes.questions
    assert count(Answer) == sizes.answers
    assert count(Comment) == sizes.comments
    assert count(User) == sizes.people
    assert count(WikiPage) == sizes.pages
    assert sizes.pages * 9 <= count(WikiRevision) <= sizes.revisions
    assert count(Message) == sizes.messages
    assert 0.9 * sizes.votes <= count(Vote) <= sizes.votes
    assert 0.8 * sizes.views <= count(QuestionView) <= sizes.views
    # Skewed: the most active tenth of the people wrote over a third of the answers.
    per_author = sorted(db.session.execute(sa.select(sa.func.count()).select_from(Answer)
                                           .group_by(Answer.author_id)).scalars(), reverse=True)
    assert sum(per_author[:sizes.people // 10]) > sizes.answers / 3
    # This week has its share of the activity (the leaderboard's week is not empty).
    week_ago = datetime.now(UTC) - timedelta(days=7)
    assert scalar(sa.select(sa.func.count()).select_from(PointsEntry).where(
        PointsEntry.created_at >= week_ago)) > 0


def _grouped(statement) -> dict:
    return dict(db.session.execute(statement).all())


def _cached_columns() -> None:
    questions = db.session.scalars(sa.select(Question)).all()
    posts = db.session.scalars(sa.select(Post)).all()
    score = _grouped(sa.select(Vote.post_id, sa.func.sum(Vote.value)).group_by(Vote.post_id))
    assert {p.id: p.score for p in posts} == {p.id: score.get(p.id, 0) for p in posts}
    revisions = _grouped(sa.select(PostRevision.post_id, sa.func.count())
                         .group_by(PostRevision.post_id))
    numbers = _grouped(sa.select(PostRevision.post_id, sa.func.max(PostRevision.number))
                       .group_by(PostRevision.post_id))
    edited = _grouped(sa.select(PostRevision.post_id, sa.func.max(PostRevision.created_at))
                      .where(PostRevision.number > 1).group_by(PostRevision.post_id))
    assert all(p.revision == revisions[p.id] == numbers[p.id] for p in posts)
    assert {p.id: p.edited_at for p in posts} == {p.id: edited.get(p.id) for p in posts}
    live = _grouped(sa.select(Answer.question_id, sa.func.count())
                    .where(Answer.deleted_at.is_(None)).group_by(Answer.question_id))
    assert {q.id: q.answer_count for q in questions} == {q.id: live.get(q.id, 0)
                                                         for q in questions}
    views = _grouped(sa.select(QuestionView.question_id, sa.func.count())
                     .group_by(QuestionView.question_id))
    assert {q.id: q.view_count for q in questions} == {q.id: views.get(q.id, 0)
                                                       for q in questions}
    answered = set(db.session.scalars(sa.select(Question.id).where(qa.answered_now())))
    assert {q.id for q in questions if q.answered} == answered
    first = dict(db.session.execute(sa.select(Question.id, qa.first_answer_now())).all())
    assert {q.id: q.first_answer_at for q in questions} == first
    tagged = _grouped(sa.select(PostTag.tag_id, sa.func.count()).join(
        Question, Question.id == PostTag.post_id).where(Question.deleted_at.is_(None))
        .group_by(PostTag.tag_id))
    tags = db.session.scalars(sa.select(Tag)).all()
    assert {t.id: t.question_count for t in tags} == {t.id: tagged.get(t.id, 0) for t in tags}
    kept = {(row.user_id, row.tag_id): (row.points, row.recent)
            for row in db.session.scalars(sa.select(PointsPerTag))}
    summed: dict = {}
    for row in db.session.scalars(sa.select(PointsEntryTag)):
        points, recent = summed.get((row.user_id, row.tag_id), (0, 0.0))
        summed[row.user_id, row.tag_id] = (points + row.points,
                                           recent + row.points * recent_weight(row.created_at))
    assert kept.keys() == summed.keys()
    assert {key: points for key, (points, _) in kept.items()} == {
        key: points for key, (points, _) in summed.items()}
    assert [recent for _, recent in kept.values()] == pytest.approx(
        [summed[key][1] for key in kept], rel=1e-6)  # summed in another order
    # Accepted answers per person and tag: the "answer accepted" awards in force.
    reversed_ids = set(db.session.scalars(sa.select(PointsEntry.reverses_id)
                                          .where(PointsEntry.reverses_id.is_not(None))))
    in_force: dict = {}
    for link, award in db.session.execute(
            sa.select(PointsEntryTag, PointsEntry)
            .join(PointsEntry, PointsEntry.id == PointsEntryTag.entry_id)
            .where(PointsEntry.rule == "answer-accepted", PointsEntry.reverses_id.is_(None))):
        if award.id not in reversed_ids:
            count, last = in_force.get((link.user_id, link.tag_id), (0, None))
            in_force[link.user_id, link.tag_id] = (count + 1, max(last or award.created_at,
                                                                  award.created_at))
    assert in_force, "the organisation has accepted answers"
    assert {(row.user_id, row.tag_id): (row.accepted, row.last_accepted_at)
            for row in db.session.scalars(sa.select(PointsPerTag)) if row.accepted} == in_force
    # The last activity: the question, its answers, the comments and edits in the thread,
    # and the acceptance (the asker's ledger row; one's own answer is accepted as posted).
    posts_table = Post.__table__
    thread = sa.func.coalesce(posts_table.c.question_id, posts_table.c.id)
    moments = defaultdict(list)
    for source in (sa.select(thread, sa.func.max(Post.created_at)).group_by(thread),
                   sa.select(thread, sa.func.max(Comment.created_at))
                   .join(posts_table, posts_table.c.id == Comment.post_id).group_by(thread),
                   sa.select(thread, sa.func.max(PostRevision.created_at))
                   .join(posts_table, posts_table.c.id == PostRevision.post_id)
                   .group_by(thread),
                   sa.select(Answer.question_id, sa.func.max(PointsEntry.created_at))
                   .join(PointsEntry, PointsEntry.subject_id == Answer.id)
                   .where(PointsEntry.subject_type == "post",
                          PointsEntry.rule == rules.ACCEPTED_AN_ANSWER.name)
                   .group_by(Answer.question_id)):
        for question_id, at in db.session.execute(source).all():
            moments[question_id].append(at)
    assert {q.id: q.last_activity_at for q in questions} == {q.id: max(moments[q.id])
                                                             for q in questions}
    for question in questions:
        if question.accepted_answer_id:
            answer = db.session.get(Answer, question.accepted_answer_id)
            assert answer.question_id == question.id and not answer.is_deleted
        if question.duplicate_of_id:
            assert db.session.get(Question, question.duplicate_of_id).duplicate_of_id is None
    pages = db.session.scalars(sa.select(WikiPage)).all()
    revisions = _grouped(sa.select(WikiRevision.page_id, sa.func.count())
                         .group_by(WikiRevision.page_id))
    updated = _grouped(sa.select(WikiRevision.page_id, sa.func.max(WikiRevision.created_at))
                       .group_by(WikiRevision.page_id))
    views = _grouped(sa.select(WikiPageView.page_id, sa.func.count())
                     .group_by(WikiPageView.page_id))
    for page in pages:
        assert (page.revision, page.updated_at, page.view_count) == (
            revisions[page.id], updated[page.id], views.get(page.id, 0))
        assert page.body == db.session.scalar(sa.select(WikiRevision.body).where(
            WikiRevision.page_id == page.id, WikiRevision.number == page.revision))
    assert not all(p.is_stale() for p in pages)
    assert any(p.parent_id for p in pages)


def _chat_counters() -> None:
    replies = _grouped(sa.select(Message.parent_id, sa.func.count())
                       .where(Message.parent_id.is_not(None)).group_by(Message.parent_id))
    last_reply = _grouped(sa.select(Message.parent_id, sa.func.max(Message.created_at))
                          .where(Message.parent_id.is_not(None)).group_by(Message.parent_id))
    for message in db.session.scalars(sa.select(Message).where(Message.parent_id.is_(None))):
        assert (message.reply_count, message.last_reply_at) == (
            replies.get(message.id, 0), last_reply.get(message.id))
    newest = _grouped(sa.select(Message.channel_id, sa.func.max(Message.id))
                      .group_by(Message.channel_id))
    channels = db.session.scalars(sa.select(Channel)).all()
    assert {c.id: c.last_message_id for c in channels} == {c.id: newest.get(c.id, 0)
                                                           for c in channels}
    assert {c.kind for c in channels} == {"public", "private", "direct"}
    own = {(c, a): m for c, a, m in db.session.execute(
        sa.select(Message.channel_id, Message.author_id, sa.func.max(Message.id))
        .group_by(Message.channel_id, Message.author_id)).all()}
    authors = {(c, a) for c, a in own}
    members = {(m.channel_id, m.user_id): m.last_read_id
               for m in db.session.scalars(sa.select(Membership))}
    assert authors <= set(members)  # only members write
    for (channel, person), read in members.items():
        assert own.get((channel, person), 0) <= read <= newest.get(channel, 0)
    assert any(read < newest[c] for (c, _), read in members.items() if c in newest)


def _ledger_is_the_apps(report: bigorg.Report) -> None:
    totals = _grouped(sa.select(PointsEntry.user_id, sa.func.sum(PointsEntry.points))
                      .group_by(PointsEntry.user_id))
    people = db.session.scalars(sa.select(User)).all()
    assert {p.id: p.points for p in people} == {p.id: totals.get(p.id, 0) for p in people}
    ranked = sorted(totals.values(), reverse=True)  # the top tenth earns over a third
    assert sum(ranked[:len(people) // 10]) > sum(ranked) / 3
    # Nobody earns from their own content.
    assert not scalar(sa.select(sa.func.count()).select_from(PointsEntry).where(
        PointsEntry.user_id == PointsEntry.actor_id, PointsEntry.rule.in_(
            [r.name for r in rules.RULES if r.earner != "actor"])))
    # Each row's tags are its subject's, with its person, points and moment.
    post_tags, page_tags = defaultdict(set), defaultdict(set)
    for post_id, tag_id in db.session.execute(sa.select(PostTag.post_id, PostTag.tag_id)):
        post_tags[post_id].add(tag_id)
    for page_id, tag_id in db.session.execute(sa.select(WikiPageTag.page_id,
                                                        WikiPageTag.tag_id)):
        page_tags[page_id].add(tag_id)
    posts_table = Post.__table__
    question_of = dict(db.session.execute(sa.select(posts_table.c.id, sa.func.coalesce(
        posts_table.c.question_id, posts_table.c.id))).all())
    page_of = dict(db.session.execute(sa.select(WikiRevision.id, WikiRevision.page_id)).all())
    tagged = defaultdict(set)
    for entry, tag, person, points, at in db.session.execute(sa.select(
            PointsEntryTag.entry_id, PointsEntryTag.tag_id, PointsEntryTag.user_id,
            PointsEntryTag.points, PointsEntryTag.created_at)):
        tagged[entry].add((tag, person, points, at))
    # Each award's key is the one the app writes, and each capped award is what was left of
    # its person's daily cap, in the order of the rows (app.points.ledger._capped).
    earned = defaultdict(int)
    for entry in db.session.scalars(sa.select(PointsEntry).order_by(PointsEntry.created_at,
                                                                     PointsEntry.id)):
        subject = {"post": lambda n: post_tags[question_of[n]],
                   "page": lambda n: page_tags[n],
                   "revision": lambda n: page_tags[page_of[n]]}[entry.subject_type]
        assert tagged[entry.id] == {(tag, entry.user_id, entry.points, entry.created_at)
                                    for tag in subject(entry.subject_id)}
        rule = rules.BY_NAME[entry.rule]
        if entry.reverses_id:
            assert entry.key == f"reversal:{entry.reverses_id}"
        elif rule is rules.PAGE_EDITED:
            assert entry.key == f"{rule.name}:revision:{entry.subject_id}"
        elif rule is rules.PAGE_REVERIFIED:
            assert entry.key.startswith(f"{rule.name}:page:{entry.subject_id}:")
        else:
            assert entry.key == (f"{rule.name}:{entry.subject_type}:{entry.subject_id}:"
                                 f"{entry.actor_id}:{entry.user_id}:0")
        if rule.cap:
            today = (entry.user_id, rule.cap, entry.created_at.date())
            if not entry.reverses_id:
                left = rules.CAPS[rule.cap].points - earned[today]
                assert entry.points == max(0, min(rule.points, left)), entry.key
            earned[today] += entry.points
    capped = [e for e in db.session.scalars(sa.select(PointsEntry).where(
        PointsEntry.reverses_id.is_(None))) if e.points < rules.BY_NAME[e.rule].points]
    assert any(rules.BY_NAME[e.rule].cap for e in capped)  # the caps were reached
    assert scalar(sa.select(sa.func.count()).select_from(PointsEntry).where(
        PointsEntry.reason == "deleted")) > 0
    assert scalar(sa.select(sa.func.count()).select_from(BadgeAward)) > 0
    # Settling every vote, acceptance and helpful mark again, and every deleted post, as the
    # app's handlers do, finds nothing to write; nor does the nightly serial-voting check.
    before = count(PointsEntry)
    for vote in db.session.scalars(sa.select(Vote)).all():
        handlers.settle_vote(db.session.get(Post, vote.post_id), vote.voter_id)
    for question in db.session.scalars(sa.select(Question).where(
            Question.accepted_answer_id.is_not(None))).all():
        handlers.settle_accept(db.session.get(Answer, question.accepted_answer_id))
    for feedback in db.session.scalars(sa.select(WikiFeedback)).all():
        handlers.settle_helpful(db.session.get(WikiPage, feedback.page_id), feedback.user_id)
    for post in db.session.scalars(sa.select(Post).where(Post.deleted_at.is_not(None))).all():
        handlers.settle_post(post, "deleted")
    days = {at.date() for at in db.session.scalars(sa.select(Vote.created_at))}
    for day in sorted(days):
        assert serial.check(day) == []
    db.session.flush()
    assert count(PointsEntry) == before
    assert report.skipped_votes >= 0


def _bodies_render_as_the_app_renders_them() -> None:
    for model in (Post, Comment, Message):
        for body, body_html in db.session.execute(
                sa.select(model.body, model.body_html).order_by(model.id).limit(300)):
            assert body_html == render(body)
    for page in db.session.scalars(sa.select(WikiPage).limit(30)):
        assert page.body_html == render(page.body, {}, wiki._link_address)


def _search_finds_a_question(report: bigorg.Report) -> None:
    """By its title's words (one naming a customer account, which few others share)."""
    person = db.session.get(User, 1)
    question = next(q for q in db.session.scalars(
        sa.select(Question).where(Question.deleted_at.is_(None)).order_by(Question.id))
        if any(account in q.title for account in corpus.ACCOUNTS))
    found = search.search(person, question.title, search.Filters([], [], []))
    assert f"question:{question.id}" in [hit.key for hit in found.results.hits]
    live = scalar(sa.select(sa.func.count()).select_from(Question)
                  .where(Question.deleted_at.is_(None)))
    assert report.documents == live + count(WikiPage) + count(User) + count(Message)


def _pages_render_for_person_one(app) -> None:
    client = app.test_client()
    assert log_in(client, bigorg.login_email(1), DEMO_PASSWORD).status_code == 302
    with app.app_context():
        question = db.session.scalar(sa.select(Question.id).where(
            Question.deleted_at.is_(None), Question.answer_count > 1).limit(1))
        page = db.session.scalar(sa.select(WikiPage.slug).limit(1))
        channel = db.session.scalar(sa.select(Channel.id).where(Channel.kind == Kind.PUBLIC)
                                    .order_by(Channel.id).limit(1))
    for path in ("/", "/questions", "/questions?sort=unanswered", f"/questions/{question}",
                 f"/wiki/{page}", "/people/1", f"/chat/{channel}", "/notifications/",
                 "/points/", "/points/people/1"):
        response = client.get(path)
        assert response.status_code == 200, path
