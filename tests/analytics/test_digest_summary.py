"""The weekly digest's summary for a team's manager: the team's three biggest gaps and how
fast its questions were answered, linking to the dashboard; nobody else gets it."""

from datetime import timedelta

from app.auth.models import Role, User, utcnow
from app.extensions import db
from app.notifications import digest
from app.qa import services as qa
from app.search.models import SearchMiss
from app.search.services import query_key


def test_a_manager_s_digest_sums_up_their_team_s_week(app, make_user, org, vocab):
    team, other_team = org["deal-desk"], org["mid-market"]
    rep = make_user("Rep Rita", team_id=team)
    colleague = make_user("Rep Raj", team_id=team)
    manager = make_user("Manager Mia", role=Role.MANAGER, team_id=team)
    other_manager = make_user("Manager Max", role=Role.MANAGER, team_id=other_team)
    now = utcnow()
    with app.app_context():
        people = {u.id: db.session.get(User, u.id) for u in (rep, colleague, manager)}
        searches = [(rep, "ASC 606 revenue recognition", 1), (colleague, "asc 606 revenue "
                    "recognition?", 2), (rep, "ASC 606 revenue recognition", 3),
                    (rep, "bank guarantee", 1), (colleague, "bank guarantee", 2),
                    (rep, "carbon module", 1), (rep, "works council", 1),
                    (rep, "an old gap", 9)]  # before the week: not in it
        for person, words, days_ago in searches:
            db.session.add(SearchMiss(query=words, query_key=query_key(words),
                                      user_id=person.id,
                                      created_at=now - timedelta(days=days_ago)))
        question = qa.ask_question(people[rep.id], "How do we price a public tender here?",
                                   "The buyer wants a bank guarantee; what do we quote?",
                                   ["pricing"], at=now - timedelta(days=2))
        qa.post_answer(people[manager.id], question, "We quote list price and add the bond.",
                       at=now - timedelta(days=2) + timedelta(hours=2))
        db.session.commit()

        found, _ = digest.build_digests(now - timedelta(days=7), now)
        by_person = {d.person.id: d for d in found}
        summary = by_person[manager.id].team
        lines = [(item.title, item.detail) for item in summary.items]
        assert lines == [
            ("“ASC 606 revenue recognition” found nothing", "searched 3 times by 2 people"),
            ("“bank guarantee” found nothing", "searched 2 times by 2 people"),
            # a tie of one search each: the words in order
            ("“carbon module” found nothing", "searched 1 time by 1 person"),
            ("1 question asked, 100% answered",
             "median time to a first answer 2.0 h (no earlier figure)"),
        ]
        assert all("/analytics/" in item.url for item in summary.items)
        assert "team summary" in by_person[manager.id].summary
        # the rep and the other team's manager get no summary of this team
        assert rep.id not in by_person or not by_person[rep.id].team.items
        assert other_manager.id not in by_person or not by_person[other_manager.id].team.items

        message = digest.composer(now - timedelta(days=7))(by_person[manager.id])
        text = message.body
        assert "Your team on the enablement dashboard" in text
        assert "“ASC 606 revenue recognition” found nothing" in text
