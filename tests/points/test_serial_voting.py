"""Serial voting: more than the daily limit of votes from one person on another's posts is
reversed (the excess, and for good: recasting such a vote earns nothing) and flagged for
managers; running the check again changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from app.auth.models import Role
from app.extensions import db
from app.points import rules, serial
from app.points.models import SerialVotingFlag
from app.qa import services as qa_services
from app.qa.models import Post
from tests.conftest import row_count


def test_the_excess_is_reversed_flagged_and_stays_reversed(app, make_user, qa, points, client,
                                                           login):
    fan, expert, asker = make_user("Fan"), make_user("Expert"), make_user("Asker")
    question = qa.ask(asker)
    answers = [qa.answer(expert, question) for _ in range(rules.SERIAL_VOTES_PER_DAY + 3)]
    for answer in answers:
        qa.vote(fan, answer, 1)
    assert points.total(expert) == 10 * len(answers)
    runner = app.test_cli_runner()
    today = datetime.now(UTC).date().isoformat()
    result = runner.invoke(args=["points", "serial-votes", "--day", today])
    assert result.exit_code == 0, result.output
    assert "Fan voted 13 times on Expert's posts; 3 reversed." in result.output
    assert points.total(expert) == 10 * rules.SERIAL_VOTES_PER_DAY
    assert ("answer-upvoted", -10, "serial-voting") in points.rows(expert)

    again = runner.invoke(args=["points", "serial-votes", "--day", today])
    assert "No new serial voting" in again.output
    assert points.total(expert) == 100 and row_count(app, SerialVotingFlag) == 1

    with app.app_context():  # the fan removes and recasts the last vote: still nothing
        voter = db.session.get(type(fan), fan.id)
        qa_services.remove_vote(voter, db.session.get(Post, answers[-1]))
        db.session.commit()
        qa_services.cast_vote(voter, db.session.get(Post, answers[-1]), 1)
        db.session.commit()
    assert points.total(expert) == 100

    login(make_user("Maya Manager", role=Role.MANAGER))
    page = client.get("/points/flags").get_data(as_text=True)
    assert "Fan" in page and "Expert" in page and today in page


def test_within_the_limit_nothing_happens_and_members_cannot_see_flags(app, make_user, qa,
                                                                      points, client, login):
    fan, expert = make_user("Fan"), make_user("Expert")
    question = qa.ask(make_user("Asker"))
    for _ in range(rules.SERIAL_VOTES_PER_DAY):
        qa.vote(fan, qa.answer(expert, question), 1)
    with app.app_context():
        assert serial.check(datetime.now(UTC).date()) == []
        db.session.commit()
    assert points.total(expert) == 100
    login(fan)
    assert client.get("/points/flags").status_code == 403
