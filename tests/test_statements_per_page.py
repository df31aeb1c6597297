"""Every page reads as many SQL statements however much data it shows (issue 20): a statement
per row, or per row's author, tags or replies, is an N+1 that a page of demo data hides and a
year of real use does not.

Each GET route of the app is either visited below (an address built from the demo
organisation's own objects, read from the database, by the person who may see it) or excluded
with its reason: a new route is neither until someone says which, and a test fails until then.
The one measuring test copies the demo organisation, seeds the few things it has none of (an
empty list can read differently from a full one), counts each page's statements, grows what
every page shows by a lot, directly in the database, and counts again: the counts must be equal.

The app runs with a page size larger than any of the demo's lists, so that every row, the
demo's and the grown ones, is on the page: with a full page before and after, a statement per
row would read the same number of rows twice and go unseen."""

from __future__ import annotations

import re
import secrets
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import timedelta
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import func, select

from app.audit.models import AuditEvent
from app.audit.models import Kind as AuditKind
from app.auth import services as auth_services
from app.auth import tokens
from app.auth.models import ApiToken, Invitation, LoginSession, Role, User, utcnow
from app.chat.models import Channel, Kind, Membership, Message, Presence
from app.demo import data
from app.extensions import db
from app.notifications.models import Kind as NotificationKind
from app.notifications.models import Notification
from app.points import rules
from app.points.models import (
    BadgeAward,
    Certification,
    PersonCertification,
    PointsEntry,
    PointsEntryTag,
    SerialVotingFlag,
)
from app.profiles.models import (
    DeclaredExpertise,
    Follow,
    ProfileLink,
    ProfileNote,
    QuestionRouting,
    RecognisedExpert,
    Region,
    TagFollow,
    Team,
)
from app.qa.models import (
    Answer,
    Comment,
    Origin,
    PostRevision,
    PostTag,
    Question,
    Tag,
    TagCategory,
    TagRequest,
    TagSynonym,
    Vote,
)
from app.search import documents, indexer
from app.wiki import services as wiki
from app.wiki.models import (
    LearningPath,
    PathEnrollment,
    PathItem,
    PathProgress,
    WikiFeedback,
    WikiLink,
    WikiPage,
    WikiPageTag,
    WikiRedirect,
    WikiRevision,
)
from tests.conftest import count_queries, log_in

MEMBER, MANAGER, ADMIN, ANONYMOUS = "member", "manager", "admin", "anonymous"
# Larger than any list of the demo organisation (75 questions, 40 people...), smaller than
# the grown ones: each list shows more rows after the growth than before.
PAGE_SIZE = 150
# In the seeded and grown questions only: what the search pages look for.
SEARCH_WORDS = "quillfeather renewal"
DOMAIN = "northwind.example"


@dataclass(frozen=True)
class Subjects:
    """The demo organisation's objects the pages are about, read from its database."""

    member: int  # an ordinary member, in a team, in chat channels: most pages' viewer
    manager: int
    admin: int
    question: int  # the live question with the most answers
    question_slug: str
    answer: int  # its best answer
    tag: str  # the question's first tag
    category: str  # that tag's category
    page: str  # the slug of the live child page with the most revisions
    page_id: int
    page_title: str
    path: int  # the first live learning path
    channel: int  # a public channel of the member's with a thread
    thread: int  # its top-level message with the most replies
    team: str  # the member's team and region
    region: str
    # Read or made by _seed: the member's newest notification, and the secrets and tokens of
    # the pages for people not logged in.
    notification: int = 0
    invitation: str = ""
    registration: str = ""
    reset: str = ""


@dataclass(frozen=True)
class Visit:
    rule: str  # the route, as app.url_map has it
    who: str
    address: str  # {name} is a Subjects field, quoted for an address

    def path(self, subjects: Subjects) -> str:
        return self.address.format(**{
            name: quote(value, safe="") if isinstance(value, str) else value
            for name, value in asdict(subjects).items()})


def _visits(who: str, rule: str, *addresses: str) -> list[Visit]:
    return [Visit(rule, who, address) for address in (addresses or (rule,))]


VISITS: list[Visit] = [
    *_visits(MEMBER, "/"),
    # Q&A
    *_visits(MEMBER, "/questions", "/questions", "/questions?sort=top&tag={tag}",
             "/questions?sort=unanswered&category={category}"),
    *_visits(MEMBER, "/questions/<int:question_id>", "/questions/{question}"),
    *_visits(MEMBER, "/questions/<int:question_id>/<slug>",
             "/questions/{question}/{question_slug}"),
    *_visits(MANAGER, "/questions/<int:question_id>/<slug>",
             "/questions/{question}/{question_slug}"),
    *_visits(MANAGER, "/questions/<int:question_id>/close", "/questions/{question}/close"),
    *_visits(MEMBER, "/questions/ask"),
    *_visits(ADMIN, "/questions/imported-authors"),
    *_visits(MEMBER, "/posts/<int:post_id>", "/posts/{answer}"),
    *_visits(MEMBER, "/posts/<int:post_id>/revisions", "/posts/{question}/revisions"),
    *_visits(MEMBER, "/posts/<int:post_id>/diff", "/posts/{question}/diff"),
    *_visits(MANAGER, "/posts/<int:post_id>/edit", "/posts/{question}/edit"),
    *_visits(MEMBER, "/tags"),
    *_visits(MANAGER, "/tags"),
    *_visits(MEMBER, "/tags/<name>", "/tags/{tag}", "/tags/{tag}?sort=active"),
    *_visits(MEMBER, "/tags/suggest", "/tags/suggest?q=grown-synonym", "/tags/suggest?q={tag}"),
    *_visits(MEMBER, "/tags/propose"),
    *_visits(MANAGER, "/tags/<name>/edit", "/tags/{tag}/edit"),
    *_visits(MANAGER, "/tags/new"),
    *_visits(MANAGER, "/tags/requests"),
    *_visits(MANAGER, "/tags/categories/new"),
    *_visits(MANAGER, "/tags/categories/<slug>/edit", "/tags/categories/{category}/edit"),
    # the wiki
    *_visits(MEMBER, "/wiki"),
    *_visits(MEMBER, "/wiki/all"),
    *_visits(MEMBER, "/wiki/stale", "/wiki/stale", "/wiki/stale?owner=me"),
    *_visits(MANAGER, "/wiki/deleted"),
    *_visits(MEMBER, "/wiki/go", "/wiki/go?to={page_title}"),
    *_visits(MEMBER, "/wiki/new"),
    *_visits(MEMBER, "/wiki/<slug>", "/wiki/{page}"),
    *_visits(MANAGER, "/wiki/<slug>", "/wiki/{page}"),
    *_visits(MEMBER, "/wiki/<slug>/edit", "/wiki/{page}/edit"),
    *_visits(MEMBER, "/wiki/<slug>/history", "/wiki/{page}/history"),
    *_visits(MEMBER, "/wiki/<slug>/diff", "/wiki/{page}/diff"),
    *_visits(MEMBER, "/wiki/<slug>/revisions/<int:number>", "/wiki/{page}/revisions/1"),
    *_visits(MEMBER, "/wiki/<slug>/backlinks", "/wiki/{page}/backlinks"),
    *_visits(MANAGER, "/wiki/<slug>/feedback", "/wiki/{page}/feedback"),
    *_visits(MANAGER, "/wiki/<slug>/move", "/wiki/{page}/move"),
    *_visits(MANAGER, "/wiki/<slug>/settings", "/wiki/{page}/settings"),
    *_visits(MEMBER, "/wiki/paths"),
    *_visits(MANAGER, "/wiki/paths/new"),
    *_visits(MEMBER, "/wiki/paths/<int:path_id>", "/wiki/paths/{path}"),
    *_visits(MANAGER, "/wiki/paths/<int:path_id>/edit", "/wiki/paths/{path}/edit"),
    *_visits(MANAGER, "/wiki/paths/<int:path_id>/progress", "/wiki/paths/{path}/progress"),
    # chat
    *_visits(MEMBER, "/chat/"),
    *_visits(MEMBER, "/chat/browse"),
    *_visits(MEMBER, "/chat/new"),
    *_visits(MEMBER, "/chat/<int:channel_id>", "/chat/{channel}",
             "/chat/{channel}?thread={thread}"),
    *_visits(MEMBER, "/chat/<int:channel_id>/members", "/chat/{channel}/members"),
    *_visits(MEMBER, "/chat/<int:channel_id>/messages", "/chat/{channel}/messages?limit=100",
             "/chat/{channel}/messages?thread={thread}&limit=100",
             "/chat/{channel}/messages?after={thread}&limit=100"),
    # what an open page resyncs after live updates paused
    *_visits(MEMBER, "/live"),
    *_visits(MEMBER, "/chat/messages/<int:message_id>/promote",
             "/chat/messages/{thread}/promote"),
    # notifications
    *_visits(MEMBER, "/notifications/"),
    *_visits(MEMBER, "/notifications/<int:notification_id>", "/notifications/{notification}"),
    *_visits(MEMBER, "/notifications/settings"),
    # people
    *_visits(MEMBER, "/people/", "/people/", "/people/?tag={tag}"),
    *_visits(MEMBER, "/people/<int:user_id>", "/people/{member}"),
    *_visits(MANAGER, "/people/<int:user_id>", "/people/{member}"),
    *_visits(MEMBER, "/people/<int:user_id>/edit", "/people/{member}/edit"),
    *_visits(MEMBER, "/people/<int:user_id>/<any(questions, answers, edits, pages):kind>",
             "/people/{member}/questions", "/people/{member}/answers",
             "/people/{member}/edits", "/people/{member}/pages"),
    *_visits(MEMBER, "/people/<int:user_id>/<any(following, followers):which>",
             "/people/{member}/following", "/people/{member}/followers"),
    *_visits(MEMBER, "/people/<int:user_id>/board", "/people/{member}/board"),
    *_visits(MEMBER, "/people/experts", "/people/experts", "/people/experts?q={tag}"),
    *_visits(MEMBER, "/people/me/tokens/"),
    *_visits(MEMBER, "/people/teams"),
    *_visits(MEMBER, "/people/teams/<slug>", "/people/teams/{team}"),
    *_visits(MEMBER, "/people/regions/<slug>", "/people/regions/{region}"),
    # points
    *_visits(MEMBER, "/points/", "/points/", "/points/?period=all", "/points/?by=teams",
             "/points/?by=regions&period=month", "/points/?tag={tag}&period=all"),
    *_visits(MEMBER, "/points/how"),
    *_visits(MEMBER, "/points/people/<int:user_id>", "/points/people/{member}"),
    *_visits(MANAGER, "/points/certifications"),
    *_visits(MANAGER, "/points/flags"),
    # the enablement dashboard
    *_visits(MANAGER, "/analytics", "/analytics", "/analytics?team=all&period=365",
             "/analytics?team=all&category={category}"),
    *_visits(MANAGER, "/analytics/<slug>", *(f"/analytics/{slug}?team=all&period=365" for slug in
                                             ("gaps", "responsiveness", "contribution",
                                              "content", "onboarding"))),
    *_visits(MANAGER, "/analytics/<slug>/<name>.csv",
             "/analytics/gaps/failed-searches.csv?team=all&period=365",
             "/analytics/responsiveness/by-tag.csv?team=all&period=365"),
    # search
    *_visits(MEMBER, "/search", f"/search?q={quote(SEARCH_WORDS)}"),
    *_visits(MEMBER, "/search/similar", f"/search/similar?title={quote(SEARCH_WORDS)}"),
    # accounts and administration
    *_visits(MEMBER, "/auth/account"),
    *_visits(ANONYMOUS, "/auth/login"),
    *_visits(ANONYMOUS, "/auth/register"),
    *_visits(ANONYMOUS, "/auth/register/<token>", "/auth/register/{registration}"),
    *_visits(ANONYMOUS, "/auth/reset"),
    *_visits(ANONYMOUS, "/auth/reset/<token>", "/auth/reset/{reset}"),
    *_visits(ANONYMOUS, "/auth/invitations/<secret>", "/auth/invitations/{invitation}"),
    *_visits(ADMIN, "/admin/users"),
    *_visits(ADMIN, "/admin/invitations"),
    *_visits(ADMIN, "/admin/audit"),
    # the JSON API, with the session's cookie
    *_visits(MEMBER, "/api/v1/me"),
    *_visits(MEMBER, "/api/v1/people/<int:user_id>", "/api/v1/people/{member}"),
    *_visits(MEMBER, "/api/v1/people/<int:user_id>/points",
             "/api/v1/people/{member}/points?limit=100"),
    *_visits(MEMBER, "/api/v1/leaderboard", "/api/v1/leaderboard?limit=100",
             "/api/v1/leaderboard?period=all&limit=100"),
    *_visits(MEMBER, "/api/v1/questions", "/api/v1/questions?limit=100",
             "/api/v1/questions?tag={tag}&limit=100"),
    *_visits(MEMBER, "/api/v1/questions/<int:question_id>", "/api/v1/questions/{question}"),
    *_visits(MEMBER, "/api/v1/tags", "/api/v1/tags?limit=100"),
    *_visits(MEMBER, "/api/v1/search", f"/api/v1/search?q={quote(SEARCH_WORDS)}"),
    *_visits(MEMBER, "/api/v1/wiki/pages", "/api/v1/wiki/pages?limit=100"),
    *_visits(MEMBER, "/api/v1/wiki/pages/<int:page_id>", "/api/v1/wiki/pages/{page_id}"),
    *_visits(MEMBER, "/api/v1/wiki/pages/<int:page_id>/revisions",
             "/api/v1/wiki/pages/{page_id}/revisions?limit=100"),
    *_visits(MEMBER, "/api/v1/channels"),
    *_visits(MEMBER, "/api/v1/channels/<int:channel_id>/messages",
             "/api/v1/channels/{channel}/messages?limit=100"),
    *_visits(MEMBER, "/api/v1/notifications", "/api/v1/notifications?limit=100"),
]

# Routes that answer with a redirect once they have done their reading (or writing).
REDIRECTS = {"/chat/", "/posts/<int:post_id>", "/notifications/<int:notification_id>",
             "/wiki/go"}

EXCLUDED: dict[str, str] = {
    "/static/<path:filename>": "static files: read from the disk, never the database",
    "/healthz": "liveness: answers without the database",
    "/readyz": "readiness: SELECT 1, the search outbox's size up to 1,000, and pings",
    "/api/v1/docs": "the API docs page: Swagger UI's HTML around the spec, no data",
    "/api/v1/openapi.json": "the OpenAPI description, generated from the code, no data",
    "/admin/audit.csv": "a download of every event, read 1,000 rows a statement by design "
                        "(app/audit/services.csv_rows): its statements grow with the log",
}


# ---------------------------------------------------------------- the demo's objects


def _subjects(app) -> Subjects:
    with app.app_context():
        def first(role: Role) -> User:
            return db.session.scalar(select(User).where(
                User.role == role, User.active.is_(True), User.team_id.is_not(None))
                .order_by(User.id).limit(1))

        member = first(Role.MEMBER)
        question = db.session.scalar(
            select(Question).where(Question.deleted_at.is_(None),
                                   Question.duplicate_of_id.is_(None))
            .order_by(Question.answer_count.desc(), Question.id).limit(1))
        answer = db.session.scalar(
            select(Answer).where(Answer.question_id == question.id,
                                 Answer.deleted_at.is_(None))
            .order_by(Answer.score.desc(), Answer.id).limit(1))
        page = db.session.scalar(
            select(WikiPage).where(WikiPage.deleted_at.is_(None),
                                   WikiPage.parent_id.is_not(None))
            .order_by(WikiPage.revision.desc(), WikiPage.id).limit(1))
        path = db.session.scalar(select(LearningPath).where(LearningPath.archived_at.is_(None))
                                 .order_by(LearningPath.id).limit(1))
        thread = db.session.scalar(
            select(Message).join(Channel, Channel.id == Message.channel_id)
            .join(Membership, Membership.channel_id == Channel.id)
            .where(Membership.user_id == member.id, Channel.kind == Kind.PUBLIC,
                   Message.parent_id.is_(None), Message.deleted_at.is_(None),
                   Message.promoted_post_id.is_(None))
            .order_by(Message.reply_count.desc(), Message.id).limit(1))
        tag = question.tags[0]
        return Subjects(
            member=member.id, manager=first(Role.MANAGER).id, admin=first(Role.ADMIN).id,
            question=question.id, question_slug=question.slug, answer=answer.id,
            tag=tag.name, category=tag.category.slug,
            page=page.slug, page_id=page.id, page_title=page.title, path=path.id,
            channel=thread.channel_id, thread=thread.id,
            team=member.team.slug, region=member.region.slug)


def _seed(app, s: Subjects) -> Subjects:
    """One or two of each thing the demo organisation has none of for these pages, so that no
    list is empty before the growth (an empty page can read one statement less than a full
    one), and the secrets of the pages for people not logged in."""
    now = utcnow()
    with app.app_context():
        session = db.session
        member, manager, admin = (session.get(User, i) for i in (s.member, s.manager, s.admin))
        others = list(session.scalars(select(User).where(
            User.active.is_(True), User.id.not_in([s.member, s.manager, s.admin]))
            .order_by(User.id).limit(3)))
        tag = session.scalar(select(Tag).where(Tag.name == s.tag))
        page = session.get(WikiPage, s.page_id)

        # The member follows and is followed, follows a tag, owns a stale page and edits one.
        for other in others[:2]:
            session.merge(Follow(follower_id=member.id, followed_id=other.id))
            session.merge(Follow(follower_id=other.id, followed_id=member.id))
        session.merge(TagFollow(user_id=member.id, tag_id=tag.id))
        owned = session.scalar(select(WikiPage).where(
            WikiPage.deleted_at.is_(None), WikiPage.id != page.id).order_by(WikiPage.id).limit(1))
        owned.owner_id, owned.review_due_at = member.id, now - timedelta(days=1)
        page.revision += 1
        session.add(WikiRevision(page_id=page.id, number=page.revision, author_id=member.id,
                                 title=page.title, body=page.body, summary="Seeded edit"))
        session.add(ProfileNote(board_user_id=member.id, author_id=others[0].id,
                                body="Thanks for the deal review."))
        session.add(ProfileLink(user_id=member.id, label="CRM profile",
                                url="https://crm.example/people/1"))
        session.merge(DeclaredExpertise(user_id=member.id, tag_id=tag.id))

        # Points this week (the weekly boards), a certification, a serial-voting flag.
        _points(session, member, [tag], 1, now, "seed", others)
        program = Certification(name="Seeded certification", created_by_id=manager.id)
        session.add(program)
        session.flush()
        session.add(PersonCertification(user_id=member.id, certification_id=program.id,
                                        awarded_by_id=manager.id))
        session.add(SerialVotingFlag(voter_id=others[0].id, target_id=member.id,
                                     day=now.date(), votes=12, reversed=2))

        # A deleted page, a synonym, a tag request, an imported question, the search's words.
        deleted = _wiki_page(session, "Seeded deleted page", manager, now)
        deleted.deleted_at, deleted.deleted_by_id = now, manager.id
        session.add(TagRequest(name="seeded-tag", category_id=tag.category_id,
                               description="Seeded.", requested_by_id=member.id))
        session.add(TagSynonym(name="grown-synonym-seeded", tag_id=tag.id))
        account = auth_services.imported_content_account()
        session.flush()
        _question(session, account, "Seeded imported question about onboarding", [tag], now,
                  origin=Origin.IMPORT, original_author="Seeded Author", origin_by_id=admin.id)
        words = [_question(session, others[n], f"Seeded {SEARCH_WORDS} question {n}", [tag],
                           now - timedelta(hours=n)) for n in range(2)]

        # The member started the path and ticked its first item off.
        path = session.get(LearningPath, s.path)
        session.merge(PathEnrollment(path_id=path.id, user_id=member.id))
        session.merge(PathProgress(item_id=path.items[0].id, user_id=member.id))

        # An API token; secrets for the pages of people not logged in.
        tokens.create(member, "Seeded token", "90")
        _, invitation = auth_services.invite(admin, f"invited@{DOMAIN}")
        session.flush()
        indexer.enqueue(documents.key("question", q.id) for q in words)
        session.commit()
        indexer.catch_up()
        notification = session.scalar(
            select(Notification.id).where(Notification.user_id == member.id)
            .order_by(Notification.updated_at.desc(), Notification.id.desc()).limit(1))
        return Subjects(**{
            **asdict(s), "notification": notification, "invitation": invitation,
            "registration": auth_services.registration_link_token(f"newcomer@{DOMAIN}"),
            "reset": auth_services.reset_link_token(member)})


# ---------------------------------------------------------------- writing rows directly


def _question(session, author: User, title: str, tags: list[Tag], at, **columns) -> Question:
    question = Question(author_id=author.id, title=title, created_at=at, last_activity_at=at,
                        body=f"{title}. The customer asks before signing; what do we say?",
                        body_html=f"<p>{title}.</p>", **columns)
    question.tag_links = [PostTag(tag_id=t.id, position=n)
                          for n, t in enumerate(dict.fromkeys(tags))]
    session.add(question)
    session.flush()
    session.add(PostRevision(post_id=question.id, number=1, author_id=author.id, title=title,
                             body=question.body, tags=" ".join(t.name for t in tags),
                             created_at=at))
    return question


def _answer(session, question: Question, author: User, at) -> Answer:
    answer = Answer(question_id=question.id, author_id=author.id, created_at=at,
                    body="Quote the list price and offer the pilot.",
                    body_html="<p>Quote the list price and offer the pilot.</p>")
    session.add(answer)
    session.flush()
    session.add(PostRevision(post_id=answer.id, number=1, author_id=author.id,
                             body=answer.body, created_at=at))
    return answer


def _discussed(session, post, people: list[User], at, comments: int, votes: int) -> None:
    """Comments and up-votes on a post, by different people."""
    session.add_all(Comment(post_id=post.id, author_id=people[n % len(people)].id,
                            body=f"Comment {n}: worked for me too.",
                            body_html=f"<p>Comment {n}: worked for me too.</p>",
                            created_at=at + timedelta(minutes=n)) for n in range(comments))
    voters = [p for p in people if p.id != post.author_id][:votes]
    session.add_all(Vote(post_id=post.id, voter_id=p.id, value=1) for p in voters)
    post.score += len(voters)


def _wiki_page(session, title: str, owner: User, at, **columns) -> WikiPage:
    page = WikiPage(title=title, title_key=wiki.title_key(title), slug=wiki.slugify(title),
                    body=f"About {title}.", body_html=f"<p>About {title}.</p>",
                    owner_id=owner.id, verified_at=at, verified_by_id=owner.id,
                    review_due_at=at + timedelta(days=90), created_by_id=owner.id,
                    updated_by_id=owner.id, created_at=at, updated_at=at, **columns)
    session.add(page)
    session.flush()
    session.add(WikiRevision(page_id=page.id, number=1, author_id=owner.id, title=title,
                             body=page.body, summary="First version", created_at=at))
    return page


def _points(session, user: User, tags: list[Tag], count: int, now, key: str,
            actors: list[User]) -> None:
    """`count` up-vote awards to `user` this week, each in one of `tags`, by one of `actors`,
    a tenth of them reversed; the cached total kept equal to the ledger."""
    awards = []
    for n in range(count):
        at = now - timedelta(minutes=n)
        award = PointsEntry(user_id=user.id, rule=rules.ANSWER_UPVOTED.name, subject_type="post",
                            subject_id=n + 1, points=rules.ANSWER_UPVOTED.points,
                            actor_id=actors[n % len(actors)].id, created_at=at,
                            key=f"{key}:{user.id}:{n}")
        session.add(award)
        awards.append(award)
    session.flush()
    for n, award in enumerate(awards):
        tag = tags[n % len(tags)]
        session.add(PointsEntryTag(entry_id=award.id, tag_id=tag.id, user_id=user.id,
                                   points=award.points, created_at=award.created_at))
    reversals = [PointsEntry(user_id=user.id, rule=award.rule, subject_type="post",
                             subject_id=award.subject_id, points=-award.points,
                             created_at=award.created_at, key=f"{award.key}:undone",
                             reverses_id=award.id, reason="undone")
                 for award in awards[::10][1:]]
    session.add_all(reversals)
    user.points += sum(a.points for a in awards) + sum(r.points for r in reversals)


# ---------------------------------------------------------------- the growth

PEOPLE = 40
QUESTIONS = 70  # each with ANSWERS answers, comments and votes on each post, three tags
ANSWERS = 3
THREAD_ANSWERS = 40  # more on the question whose thread is measured
TAGS = 30
PAGES = 30  # of each kind: children, linking pages, owned by the member, deleted
MESSAGES = 100
NOTIFICATIONS = 100
LEDGER_ROWS = 100


def _grow(app, s: Subjects) -> None:
    """Much more of everything the measured pages show, written directly in the database (the
    pages read it, however it came), and the new questions and people indexed for search.

    The rows refer to many different people, teams, categories, parents...: a statement per
    row that loads its author (or team, or category) is only seen when the authors differ
    (one already loaded is not read again)."""
    now = utcnow()
    with app.app_context():
        session = db.session
        member = session.get(User, s.member)
        tag = session.scalar(select(Tag).where(Tag.name == s.tag))
        page = session.get(WikiPage, s.page_id)
        thread_question = session.get(Question, s.question)

        regions = [Region(name=f"Grown region {n}", slug=f"grown-region-{n}") for n in range(3)]
        teams = [Team(name=f"Grown team {n}", slug=f"grown-team-{n}", region=regions[n % 3])
                 for n in range(6)]
        session.add_all(teams)
        session.flush()
        # Half of them in the member's team and region (its pages list them).
        people = [User(name=f"Grown Person {n:02}", email=f"grown{n}@{DOMAIN}",
                       handle=f"grown{n}", password_hash="x", title="Account Executive",
                       team_id=member.team_id if n % 2 else teams[n % 6].id,
                       region_id=member.region_id if n % 2 else teams[n % 6].region.id)
                  for n in range(PEOPLE)]
        session.add_all(people)
        session.flush()

        def someone_else(n: int) -> User:  # another than people[n], for "by whom" columns
            return people[-1 - n % PEOPLE]

        def from_(n: int) -> list[User]:  # everyone, people[n] first: commenters and voters
            return people[n % PEOPLE:] + people[:n % PEOPLE]

        session.add_all(Presence(sid=f"grown-{p.id}", user_id=p.id, seen_at=now)
                        for p in people[:20])

        # The vocabulary: more tags, in the measured tag's category and in new ones, with
        # synonyms; proposals.
        categories = [session.scalar(select(TagCategory).where(TagCategory.slug == s.category)),
                      *(TagCategory(slug=f"grown-category-{n}", name=f"Grown category {n}",
                                    position=20 + n) for n in range(5))]
        new_tags = [Tag(name=f"grown-tag-{n}", category=categories[n % 6],
                        description=f"Grown {n}.",
                        synonyms=[TagSynonym(name=f"grown-synonym-{n}-{k}") for k in range(2)])
                    for n in range(TAGS)]
        session.add_all(new_tags)
        session.add_all(TagSynonym(name=f"grown-synonym-of-{tag.name}-{n}", tag_id=tag.id)
                        for n in range(10))
        session.flush()
        session.add_all(TagRequest(name=f"grown-request-{n}", category_id=categories[n % 6].id,
                                   description="Please.", requested_by_id=people[n].id)
                        for n in range(PEOPLE))

        # Questions, answers, comments, votes, revisions; routed to the member; imported ones.
        questions = []
        for n in range(QUESTIONS):
            author = member if n % 5 == 0 else people[n % PEOPLE]
            at = now - timedelta(minutes=10 + n)
            promoted = {"origin": Origin.CHAT, "origin_by_id": someone_else(n).id, "origin_at": at,
                        "origin_channel": "deal-desk"} if n % 6 == 1 else {}
            question = _question(
                session, author, f"Grown question {n} about {SEARCH_WORDS} and {tag.name}",
                [tag, new_tags[n % TAGS], new_tags[(n + 1) % TAGS]], at,
                view_count=n, answer_count=ANSWERS if n % 7 else 0, **promoted)
            _discussed(session, question, from_(n), at, comments=2, votes=3)
            answers = [_answer(session, question, member if k == 0 and n % 2 else
                               people[(n + k + 1) % PEOPLE], at + timedelta(minutes=k))
                       for k in range(ANSWERS if n % 7 else 0)]
            for k, answer in enumerate(answers):
                _discussed(session, answer, from_(n + k + 3), at, comments=1, votes=3)
            if answers:
                question.accepted_answer_id = answers[0].id
            questions.append(question)
        session.add_all(QuestionRouting(question_id=q.id, user_id=member.id, round=1)
                        for q in questions[:20])
        account = auth_services.imported_content_account()
        for n in range(PEOPLE):
            # Half under a grown person's name: the page suggests who each one may be.
            name = people[n].name if n % 2 else f"Former Colleague {n}"
            _question(session, account, f"Imported question {n} about onboarding", [tag],
                      now - timedelta(days=1, minutes=n), origin=Origin.IMPORT,
                      original_author=name, origin_by_id=someone_else(n).id, origin_at=now)

        # The measured thread: many more answers, comments, votes, revisions and duplicates.
        at = thread_question.created_at
        for n in range(THREAD_ANSWERS):
            answer = _answer(session, thread_question, people[n], at + timedelta(hours=n))
            if n % 4 == 1:  # promoted from chat, by someone else each time
                answer.origin, answer.origin_at = Origin.CHAT, now
                answer.origin_by_id = someone_else(n).id
            _discussed(session, answer, from_(n + 1), at, comments=3, votes=3)
            session.add(Vote(post_id=answer.id, voter_id=member.id, value=1))
            if n % 10 == 9:  # deleted: managers see it
                answer.deleted_at = now
        thread_question.answer_count += THREAD_ANSWERS - THREAD_ANSWERS // 10
        _discussed(session, thread_question, people, at, comments=20, votes=0)
        for n in range(30):
            thread_question.revision += 1
            session.add(PostRevision(post_id=thread_question.id,
                                     number=thread_question.revision,
                                     author_id=people[n].id, title=thread_question.title,
                                     body=f"{thread_question.body}\n\nEdit {n}.",
                                     tags=" ".join(t.name for t in thread_question.tags),
                                     summary=f"Edit {n}", created_at=now - timedelta(hours=n)))
        thread_question.body = f"{thread_question.body}\n\nEdit 29."
        for n, question in enumerate(questions[-5:]):
            question.duplicate_of_id, question.closed_at = thread_question.id, now
            question.closed_by_id = people[n].id

        # The wiki: children, pages linking here, pages the member owns (stale), deleted
        # pages, revisions (the member's among them), feedback, tags, former titles.
        for n in range(PAGES):
            child = _wiki_page(session, f"Grown child page {n}", people[n], now, parent_id=page.id)
            child.tag_links = [WikiPageTag(tag_id=new_tags[n].id)]
            # Each under a page of its own: a list that shows each page's parent shows many.
            linking = _wiki_page(session, f"Grown linking page {n}", people[n],
                                 now - timedelta(days=100), parent_id=child.id)
            linking.verified_by_id = someone_else(n).id  # and stale
            session.add(WikiLink(source_id=linking.id, target_key=page.title_key,
                                 target_title=page.title))
            owned = _wiki_page(session, f"Grown page {n} owned by the member", member,
                               now - timedelta(days=200), parent_id=linking.id)
            owned.review_due_at = now - timedelta(days=10 + n)
            owned.verified_by_id = owned.updated_by_id = someone_else(n).id
            gone = _wiki_page(session, f"Grown deleted page {n}", people[n], now)
            gone.deleted_at, gone.deleted_by_id = now, someone_else(n).id
        for n in range(60):
            page.revision += 1
            session.add(WikiRevision(page_id=page.id, number=page.revision,
                                     author_id=member.id if n % 2 else people[n % PEOPLE].id,
                                     title=page.title, body=f"{page.body}\n\nEdit {n}.",
                                     summary=f"Edit {n}", created_at=now - timedelta(hours=n)))
        page.body = f"{page.body}\n\nEdit 59."
        session.add_all(WikiFeedback(page_id=page.id, user_id=p.id, helpful=n % 3 > 0,
                                     comment=f"Feedback {n}") for n, p in enumerate(people))
        session.add_all(WikiRedirect(page_id=page.id, title=f"Grown former title {n}",
                                     title_key=f"grown former title {n}",
                                     slug=f"grown-former-title-{n}") for n in range(5))
        page_tags = {link.tag_id for link in page.tag_links}
        page.tag_links += [WikiPageTag(tag_id=t.id, position=len(page_tags) + n)
                           for n, t in enumerate(new_tags[:4]) if t.id not in page_tags]

        # Learning paths: more paths; the measured one with more steps and learners.
        path = session.get(LearningPath, s.path)
        position = max(item.position for item in path.items)
        for n in range(30):
            position += 1
            session.add(PathItem(path_id=path.id, position=position, note=f"Step {n}",
                                 **({"question_id": questions[n].id} if n % 2 else
                                    {"page_id": _wiki_page(session, f"Grown path page {n}",
                                                           people[n], now).id})))
        session.flush()
        session.expire(path, ["items"])
        for n, learner in enumerate(people):
            session.add(PathEnrollment(path_id=path.id, user_id=learner.id))
            session.add_all(PathProgress(item_id=item.id, user_id=learner.id)
                            for item in path.items[:n % 10])
        session.add_all(PathProgress(item_id=item.id, user_id=member.id)
                        for item in path.items[1:20])
        for n in range(10):
            grown_path = LearningPath(title=f"Grown path {n}", audience="New hires",
                                      created_by_id=people[n].id)
            session.add(grown_path)
            session.flush()
            session.add_all(PathItem(path_id=grown_path.id, position=k, question_id=q.id)
                            for k, q in enumerate(questions[:5]))
            session.add(PathEnrollment(path_id=grown_path.id, user_id=member.id))

        # Chat: the channel's members and messages, the thread's replies, more channels.
        channel = session.get(Channel, s.channel)
        session.add_all(Membership(channel_id=channel.id, user_id=p.id) for p in people)
        session.flush()
        posted = [Message(channel_id=channel.id, author_id=(member if n % 3 == 0 else
                                                            people[n % PEOPLE]).id,
                          body=f"Message {n}", body_html=f"<p>Message {n}</p>",
                          created_at=now - timedelta(minutes=MESSAGES - n),
                          promoted_post_id=questions[n].id if n < 5 else None)
                  for n in range(MESSAGES)]
        session.add_all(posted)
        session.flush()
        for message in posted[::10]:
            message.reply_count = 2
            session.add_all(Message(channel_id=channel.id, parent_id=message.id,
                                    author_id=people[k].id, body=f"Reply {k}",
                                    body_html=f"<p>Reply {k}</p>") for k in range(2))
        thread = session.get(Message, s.thread)
        session.add_all(Message(channel_id=channel.id, parent_id=thread.id,
                                author_id=people[n % PEOPLE].id, body=f"Thread reply {n}",
                                body_html=f"<p>Thread reply {n}</p>",
                                created_at=thread.created_at + timedelta(minutes=n + 1))
                        for n in range(60))
        thread.reply_count += 60
        thread.last_reply_at = now
        for n in range(20):
            room = Channel(kind=Kind.PUBLIC, name=f"grown-channel-{n}", topic=f"Topic {n}",
                           created_by_id=people[n].id)
            session.add(room)
            session.flush()
            session.add_all(Membership(channel_id=room.id, user_id=p.id)
                            for p in people[n:n + 5] + ([member] if n % 2 else []))
            session.add(Message(channel_id=room.id, author_id=people[n].id, body="Hello",
                                body_html="<p>Hello</p>"))
        for n in range(10):
            room = Channel(kind=Kind.DIRECT, direct_key=f"{member.id},{people[n].id}",
                           created_by_id=member.id)
            session.add(room)
            session.flush()
            session.add_all(Membership(channel_id=room.id, user_id=p.id)
                            for p in (member, people[n]))
            session.add(Message(channel_id=room.id, author_id=people[n].id, body="Got a minute?",
                                body_html="<p>Got a minute?</p>"))
        session.flush()
        for room in session.scalars(select(Channel)):
            room.last_message_id = session.scalar(
                select(func.coalesce(func.max(Message.id), 0))
                .where(Message.channel_id == room.id))

        # Notifications, points, badges, certifications, flags.
        kinds = list(NotificationKind)
        session.add_all(Notification(
            user_id=member.id, kind=kinds[n % len(kinds)], subject_type="question",
            subject_id=questions[n % QUESTIONS].id, actor_id=people[n % PEOPLE].id,
            text=f"Something happened {n}", url=f"/questions/{questions[n % QUESTIONS].id}",
            count=1 + n % 3, updated_at=now - timedelta(minutes=n),
            read_at=now if n >= QUESTIONS else None) for n in range(NOTIFICATIONS))
        _points(session, member, [tag, *new_tags], LEDGER_ROWS, now, "grown", people)
        for n, person in enumerate(people):
            _points(session, person, [tag, new_tags[n % TAGS]], 1 + n % 4, now, "grown",
                    [member])
        session.add_all(BadgeAward(user_id=member.id, badge="tag-bronze", tag_id=t.id,
                                   key=f"grown:tag-bronze:{member.id}:{t.id}")
                        for t in new_tags[:20])
        session.add_all(BadgeAward(user_id=member.id, badge=slug, subject_type="post",
                                   subject_id=questions[n].id, key=f"grown:{slug}:{member.id}")
                        for n, slug in enumerate(("first-answer", "guru", "mentor")))
        session.add_all(BadgeAward(user_id=member.id, badge=slug, subject_type="page",
                                   subject_id=page.id, key=f"grown:{slug}:{member.id}")
                        for slug in ("curator", "wiki-gardener", "helpful"))
        session.add_all(BadgeAward(user_id=p.id, badge="first-answer",
                                   key=f"first-answer:{p.id}") for p in people)
        for n in range(10):
            program = Certification(name=f"Grown certification {n}", created_by_id=people[n].id)
            session.add(program)
            session.flush()
            session.add_all(PersonCertification(user_id=p.id, certification_id=program.id,
                                                awarded_by_id=someone_else(n).id)
                            for p in [member, *people[:n]])
        session.add_all(SerialVotingFlag(voter_id=p.id, day=now.date(), votes=12, reversed=2,
                                         target_id=member.id if n % 2 else someone_else(n).id)
                        for n, p in enumerate(people))

        # The profile: notes, links, declared tags, follows both ways, recognised experts.
        session.add_all(ProfileNote(board_user_id=member.id, author_id=p.id,
                                    body=f"Note {n}: thanks!") for n, p in enumerate(people))
        links = session.scalar(select(func.count()).select_from(ProfileLink)
                               .where(ProfileLink.user_id == member.id))
        session.add_all(ProfileLink(user_id=member.id, label=f"Link {n}", position=n,
                                    url=f"https://crm.example/{n}") for n in range(links, 5))
        session.add_all(DeclaredExpertise(user_id=member.id, tag_id=t.id, position=n + 1)
                        for n, t in enumerate(new_tags[:9]))
        session.add_all(DeclaredExpertise(user_id=p.id, tag_id=tag.id) for p in people)
        session.add_all(Follow(follower_id=p.id, followed_id=member.id) for p in people)
        session.add_all(Follow(follower_id=member.id, followed_id=p.id) for p in people)
        session.add_all(TagFollow(user_id=member.id, tag_id=t.id) for t in new_tags)
        session.add_all(TagFollow(user_id=p.id, tag_id=tag.id) for p in people)
        session.add_all(RecognisedExpert(user_id=p.id, flagged_by_id=someone_else(n).id)
                        for n, p in enumerate(people[:10]))

        # Accounts: the member's sessions and tokens, invitations, the audit log.
        session.add_all(LoginSession(user_id=member.id, digest=secrets.token_hex(32),
                                     expires_at=now + timedelta(days=1),
                                     user_agent="Mozilla/5.0 (Macintosh) Safari/605.1.15")
                        for _ in range(20))
        session.add_all(ApiToken(user_id=member.id, name=f"Grown token {n}",
                                 digest=secrets.token_hex(32), prefix=f"fw_grown{n:02}")
                        for n in range(20))
        session.add_all(Invitation(email=f"invited{n}@{DOMAIN}", digest=secrets.token_hex(32),
                                   invited_by_id=people[n].id, expires_at=now + timedelta(days=7))
                        for n in range(30))
        audit_kinds = list(AuditKind)
        session.add_all(AuditEvent(kind=audit_kinds[n % len(audit_kinds)],
                                   actor_id=people[n % PEOPLE].id,
                                   subject_id=people[(n + 1) % PEOPLE].id, detail=f"Event {n}")
                        for n in range(200))

        session.flush()
        indexer.enqueue([*(documents.key("question", q.id) for q in questions),
                         *(documents.key("person", p.id) for p in people)])
        session.commit()
        indexer.catch_up()


# ---------------------------------------------------------------- measuring


@dataclass
class Reading:
    status: int | str  # the error's name and message, for a page that raised one
    statements: list[str]


def _status(client, path: str) -> int | str:
    try:
        return client.get(path).status_code
    except Exception as error:  # one broken page must not hide the others' readings
        return f"{type(error).__name__}: {error}"


def _read_every_page(app, clients: dict, s: Subjects) -> dict[str, Reading]:
    """Each visit's second request's statements (the first may write: a first view of the
    day is counted)."""
    readings = {}
    for visit in VISITS:
        path = visit.path(s)
        _status(clients[visit.who], path)
        with count_queries(app) as statements:
            status = _status(clients[visit.who], path)
        readings[f"{path} ({visit.who})"] = Reading(status, statements)
    return readings


_PARAMETERS = re.compile(r"(\?|%\(\w+\)s)(, (\?|%\(\w+\)s))+")


def _shape(sql: str) -> str:
    """A statement as one line, an IN list of any length as one parameter."""
    return _PARAMETERS.sub("…", " ".join(sql.split()))


def _repeated(before: list[str], after: list[str]) -> str:
    """The statements run more often after the growth, each with how many more times."""
    grown = Counter(map(_shape, after)) - Counter(map(_shape, before))
    return "; ".join(f"{n} more times: {sql[:200]}" for sql, n in grown.most_common(3))


def _logged_in(app, s: Subjects) -> dict:
    with app.app_context():  # not around the requests: they would share its `g`
        emails = {who: db.session.get(User, user_id).email for who, user_id in
                  ((MEMBER, s.member), (MANAGER, s.manager), (ADMIN, s.admin))}
    clients = {ANONYMOUS: app.test_client()}
    for who, email in emails.items():
        clients[who] = app.test_client()
        assert log_in(clients[who], email, data.DEMO_PASSWORD).status_code == 302, who
    return clients


def test_every_get_route_is_measured_or_excluded(app):
    """A new page is measured here (or excluded, with its reason) before it can go unmeasured."""
    routes = {rule.rule for rule in app.url_map.iter_rules() if "GET" in rule.methods}
    visited = {visit.rule for visit in VISITS}
    assert not visited & set(EXCLUDED), "both visited and excluded"
    assert sorted(routes - visited - set(EXCLUDED)) == [], \
        "GET routes neither visited in VISITS nor in EXCLUDED with a reason"
    assert sorted((visited | set(EXCLUDED)) - routes) == [], "listed, but no such route"
    assert visited >= REDIRECTS


def test_statements_per_page_do_not_grow_with_the_data(make_demo_app):
    app = make_demo_app(PAGE_SIZE=PAGE_SIZE, ALLOWED_EMAIL_DOMAINS=[DOMAIN])
    s = _seed(app, _subjects(app))
    routes = app.url_map.bind("localhost")
    for visit in VISITS:  # each address is its route's (no other route answers it)
        rule, _ = routes.match(unquote(urlsplit(visit.path(s)).path), method="GET",
                               return_rule=True)
        assert rule.rule == visit.rule, (visit.path(s), rule.rule)
    clients = _logged_in(app, s)

    before = _read_every_page(app, clients, s)
    _grow(app, s)
    after = _read_every_page(app, clients, s)

    expected = {visit.path(s): 302 if visit.rule in REDIRECTS else 200 for visit in VISITS}
    problems = [f"{page}: answered {r.status}, then {after[page].status} after the growth"
                for page, r in before.items()
                if {r.status, after[page].status} != {expected[page.rsplit(" (", 1)[0]]}]
    problems += [f"{page}: {len(r.statements)} → {len(after[page].statements)} statements "
                 f"({_repeated(r.statements, after[page].statements)})"
                 for page, r in before.items()
                 if len(r.statements) != len(after[page].statements)]
    assert not problems, "\n".join(["pages that failed, or whose statements changed with the "
                                     "data:", *sorted(problems)])
