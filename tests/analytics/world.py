"""Hand-made data for the knowledge gaps' and responsiveness' figures: people in teams and
regions, questions asked, answered, voted on, accepted and deleted at known times (through the
Q&A services, as the site would), searches that found nothing, and the tables and charts
built from them (in a request context: they link with url_for). A test module makes one in its
`world` fixture: World(app, make_user, org, vocab)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from app.auth.models import Role, User
from app.extensions import db
from app.profiles.models import Region, Team
from app.qa import services as qa
from app.qa.models import Origin, Post, TagCategory
from app.qa.services import Provenance
from app.search.models import SearchMiss
from app.search.services import query_key

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)  # the end of the scope's period
START = NOW - timedelta(days=30)  # the 30-day period's start
HOUR = 3600.0


class World:
    def __init__(self, app, make_user, org, vocab):
        self.app, self.org, self.vocab = app, org, vocab
        self._titles = itertools.count(1)
        self.ann = make_user("Ann Asker", team_id=org["deal-desk"], region_id=org["east"])
        self.bob = make_user("Bob Builder", team_id=org["deal-desk"], region_id=org["east"])
        self.cat = make_user("Cat Closer", team_id=org["mid-market"], region_id=org["west"])
        self.dan = make_user("Dan Nobody")  # no team, no region
        self.admin = make_user("Ada Admin", role=Role.ADMIN)

    # ------------------------------------------------------------ acting

    def _run(self, action):
        with self.app.app_context():
            result = action()
            db.session.commit()
            return getattr(result, "id", result)

    @staticmethod
    def _user(person) -> User:
        return db.session.get(User, person.id)

    @staticmethod
    def _post(post_id: int) -> Post:
        return db.session.get(Post, post_id)

    def ask(self, author, at: datetime, tags: str = "pricing", imported: bool = False) -> int:
        title = f"How do I handle situation number {next(self._titles)}?"

        def act():
            provenance = (Provenance(Origin.IMPORT, self._user(self.admin), at,
                                     original_author="Someone Elsewhere") if imported else None)
            return qa.ask_question(self._user(author), title,
                                   "The buyer pushed back hard on the call. What works?", tags,
                                   at=at, provenance=provenance)
        return self._run(act)

    def answer(self, author, question_id: int, at: datetime) -> int:
        return self._run(lambda: qa.post_answer(
            self._user(author), self._post(question_id),
            "Anchor on the value first, then talk about the price.", at=at))

    def vote(self, voter, post_id: int, value: int = 1) -> None:
        self._run(lambda: qa.cast_vote(self._user(voter), self._post(post_id), value))

    def accept(self, actor, answer_id: int, at: datetime) -> None:
        self._run(lambda: qa.accept_answer(self._user(actor), self._post(answer_id), at=at))

    def unaccept(self, actor, question_id: int) -> None:
        self._run(lambda: qa.unaccept_answer(self._user(actor), self._post(question_id)))

    def delete(self, actor, post_id: int, at: datetime | None = None) -> None:
        self._run(lambda: qa.delete_post(self._user(actor), self._post(post_id), at=at))

    def close(self, actor, question_id: int, original_id: int) -> None:
        self._run(lambda: qa.close_as_duplicate(self._user(actor), self._post(question_id),
                                                self._post(original_id)))

    def miss(self, person, words: str, at: datetime, found_by: str = "") -> None:
        """A search recorded as app.search.services records one."""
        with self.app.app_context():
            db.session.add(SearchMiss(query=words, query_key=query_key(words),
                                      user_id=person.id, created_at=at, found_by=found_by))
            db.session.commit()

    # ------------------------------------------------------------ reading

    def scope(self, days: int = 30, end: datetime = NOW, team: str | None = None,
              region: str | None = None, category: str | None = None):
        """A Scope (inside an app context) with the team, region and category by slug."""
        from app.analytics.services import Scope

        def by_slug(model, slug):
            return None if slug is None else db.session.scalar(
                db.select(model).where(model.slug == slug))

        return Scope(days, end, by_slug(Team, team), by_slug(Region, region),
                     by_slug(TagCategory, category))

    def build(self, maker, *args, days: int = 30, end: datetime = NOW, team=None, region=None,
              category=None):
        """`maker(scope, *args)` in a request context, as a page builds it."""
        with self.app.test_request_context():
            return maker(self.scope(days, end, team, region, category), *args)
