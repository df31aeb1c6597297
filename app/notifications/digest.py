"""The weekly e-mail digest: for each active person, what needs them and what is new for them.

Three sections, each cut to ITEMS_PER_SECTION, and a fourth for managers:
- unanswered questions (live, not closed) asked in the period in their expert tags: the tags
  they earned at least DIGEST_EXPERT_POINTS points in, and the tags they declared;
- the wiki pages they own that are past their review date;
- the best answers (by score, none voted below zero) posted in the period in the tags they follow;
- for a manager (or admin) of a team: their team's period from the enablement dashboard, the
  TEAM_GAPS searches its people made most that found nothing and how fast its questions were
  answered, linking to the dashboard.

Everything is read for everyone at once, in eight queries whatever the number of people (a test
holds it to that), then sorted out per person in memory: a period's questions and answers and
the stale pages are few next to the people they are shown to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from flask import current_app
from flask_mailman import EmailMultiAlternatives
from jinja2 import FileSystemLoader
from sqlalchemy import select, union
from sqlalchemy.orm import aliased, joinedload

from app.analytics import gaps as analytics_gaps
from app.analytics import responsiveness
from app.analytics.services import Scope
from app.auth.models import User
from app.extensions import db
from app.mail import address, link_builder
from app.points.models import PointsPerTag
from app.profiles.models import DeclaredExpertise, TagFollow
from app.qa.models import Answer, PostTag, Question, Tag
from app.qa.services import is_unanswered
from app.wiki import services as wiki_services

ITEMS_PER_SECTION = 5
TEAM_GAPS = 3
TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Item:
    """One line of a section: what it is, where it is, and a few words about it."""

    title: str
    url: str
    detail: str


@dataclass
class Section:
    heading: str
    items: list[Item]
    total: int  # before the cut to ITEMS_PER_SECTION


@dataclass
class Digest:
    person: User
    unanswered: Section
    stale_pages: Section
    answers: Section
    team: Section = field(default_factory=lambda: Section("", [], 0))

    @property
    def sections(self) -> list[Section]:
        return [self.unanswered, self.stale_pages, self.answers, self.team]

    @property
    def is_empty(self) -> bool:
        return not any(section.total for section in self.sections)

    @property
    def summary(self) -> str:
        """"2 unanswered questions, 1 stale page": the subject line and the dry run's report."""
        counts = [(self.unanswered.total, "unanswered question", "unanswered questions"),
                  (self.stale_pages.total, "page to review", "pages to review"),
                  (self.answers.total, "new answer", "new answers"),
                  (len(self.team.items) and 1, "team summary", "team summaries")]
        return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts if n)


@dataclass
class _Candidate:
    """A question or an answer that may go into someone's digest: its tags decide whose."""

    author_id: int
    item: Item
    tag_ids: set[int]


def build_digests(since: datetime, now: datetime) -> tuple[list[Digest], int]:
    """The digests of everyone who has something new since `since`, and how many had nothing."""
    link = link_builder()
    people = db.session.scalars(select(User).where(User.active).order_by(User.id)).all()
    expert_tags = _tags_by_person(_expert_tags())
    followed_tags = _tags_by_person(select(TagFollow.user_id, TagFollow.tag_id))
    questions = _unanswered_questions(since, link)
    answers = _new_answers(since, link)
    stale: dict[int, list[Item]] = defaultdict(list)
    for page in db.session.scalars(wiki_services.stale_pages(at=now)).unique():
        stale[page.owner_id].append(Item(
            page.title, link("wiki.page", slug=page.slug),
            f"review was due {page.review_due_at:%d %b %Y}"))

    teams = _team_summaries(since, now, link)

    digests, empty = [], 0
    for person in people:
        digest = Digest(
            person,
            _section("Unanswered questions in your tags",
                     _for(person, questions, expert_tags[person.id])),
            _section("Your pages past their review date", stale[person.id]),
            _section("Top new answers in tags you follow",
                     _for(person, answers, followed_tags[person.id])),
            _section("Your team on the enablement dashboard",
                     teams.get(person.team_id, []) if person.is_manager else []),
        )
        if digest.is_empty:
            empty += 1
        else:
            digests.append(digest)
    return digests, empty


def composer(since: datetime) -> Callable[[Digest], EmailMultiAlternatives]:
    """A function making one digest's message, plain text with an HTML alternative, addressed
    to its person whatever their name (the templates are loaded once, for every digest)."""
    templates = current_app.jinja_env.overlay(loader=FileSystemLoader(TEMPLATES))
    text = templates.get_template("notifications/digest.txt")
    html = templates.get_template("notifications/digest.html")
    home = link_builder()("main.home")

    def compose(digest: Digest) -> EmailMultiAlternatives:
        context = {"digest": digest, "since": since, "home": home}
        message = EmailMultiAlternatives(
            f"Your Fieldwise digest: {digest.summary}", text.render(context),
            to=[address(digest.person.name, digest.person.email)])
        message.attach_alternative(html.render(context), "text/html")
        return message

    return compose


def _expert_tags():
    earned = select(PointsPerTag.user_id, PointsPerTag.tag_id).where(
        PointsPerTag.points >= current_app.config["DIGEST_EXPERT_POINTS"])
    return union(earned, select(DeclaredExpertise.user_id, DeclaredExpertise.tag_id))


def _tags_by_person(query) -> dict[int, set[int]]:
    tags: dict[int, set[int]] = defaultdict(set)
    for user_id, tag_id in db.session.execute(query):
        tags[user_id].add(tag_id)
    return tags


def _unanswered_questions(since: datetime, link) -> list[_Candidate]:
    """The period's unanswered questions, the longest waiting first (one row per tag)."""
    rows = db.session.execute(
        select(Question.id, Question.title, Question.author_id, Question.created_at,
               PostTag.tag_id, Tag.name)
        .join(PostTag, PostTag.post_id == Question.id)
        .join(Tag, Tag.id == PostTag.tag_id)
        .where(Question.created_at >= since, Question.deleted_at.is_(None),
               Question.duplicate_of_id.is_(None), is_unanswered())
        .order_by(Question.created_at, Question.id, PostTag.position)
    )
    questions: dict[int, tuple[str, int, datetime]] = {}
    tags: dict[int, dict[int, str]] = defaultdict(dict)
    for question_id, title, author_id, created_at, tag_id, tag_name in rows:
        questions.setdefault(question_id, (title, author_id, created_at))
        tags[question_id][tag_id] = tag_name
    return [
        _Candidate(author_id, Item(title, link("qa.question", question_id=question_id),
                                   f"asked {created_at:%d %b} in "
                                   f"{', '.join(tags[question_id].values())}"),
                   set(tags[question_id]))
        for question_id, (title, author_id, created_at) in questions.items()
    ]


def _new_answers(since: datetime, link) -> list[_Candidate]:
    """The period's answers on live questions, the best first (one row per question tag)."""
    question = aliased(Question)
    rows = db.session.execute(
        select(Answer, question.id, question.title, PostTag.tag_id)
        .join(question, question.id == Answer.question_id)
        .join(PostTag, PostTag.post_id == question.id)
        .options(joinedload(Answer.author))
        .where(Answer.created_at >= since, Answer.deleted_at.is_(None),
               question.deleted_at.is_(None), Answer.score >= 0)
        .order_by(Answer.score.desc(), Answer.created_at.desc(), Answer.id.desc())
    )
    found: dict[int, _Candidate] = {}
    for answer, question_id, title, tag_id in rows:
        if answer.id not in found:
            imported = " (imported)" if answer.is_imported else ""
            found[answer.id] = _Candidate(answer.author_id, Item(
                title, link("qa.question", question_id=question_id, anchor=f"post-{answer.id}"),
                f"answered by {answer.author_name}{imported}, score {answer.score}"), set())
        found[answer.id].tag_ids.add(tag_id)
    return list(found.values())


def _team_summaries(since: datetime, now: datetime, link) -> dict[int, list[Item]]:
    """Per team: its biggest knowledge gaps of the period and how fast its people's questions
    were answered (two queries for every team), each linking to the dashboard."""
    days = max(1, round((now - since) / timedelta(days=1)))
    scope = Scope(days, now)
    gaps = analytics_gaps.biggest_by_team(scope.start, now, TEAM_GAPS)
    answered = responsiveness.breakdown(scope, "team_id")
    summaries: dict[int, list[Item]] = {}
    for team_id in set(gaps) | {t for t in answered if t is not None}:
        items = [Item(f"“{query}” found nothing", link("analytics.section", slug="gaps"),
                      f"searched {count} time{'s' * (count != 1)} by {people} "
                      f"{'person' if people == 1 else 'people'}")
                 for query, count, people in gaps.get(team_id, [])]
        now_, before = answered.get(team_id, {}).get(1), answered.get(team_id, {}).get(0, {})
        if now_:
            rate = now_["first_n"] / now_["n"]
            items.append(Item(
                f"{now_['n']} question{'s' * (now_['n'] != 1)} asked, {rate:.0%} answered",
                link("analytics.section", slug="responsiveness"),
                f"median time to a first answer {responsiveness.hours(now_['first_median'])} "
                f"({responsiveness.trend(now_['first_median'], before.get('first_median'))})"))
        summaries[team_id] = items
    return summaries


def _for(person: User, candidates: list[_Candidate], tags: set[int]) -> list[Item]:
    """The candidates in the person's tags, in order, leaving out their own posts."""
    return [candidate.item for candidate in candidates
            if candidate.author_id != person.id and candidate.tag_ids & tags]


def _section(heading: str, items: list[Item]) -> Section:
    return Section(heading, items[:ITEMS_PER_SECTION], len(items))

