"""`flask digest`: who gets which items, the .eml files, --since and --dry-run, the query count,
real sending over SMTP, names no header can hold as typed, and a refused recipient that stops
nobody else's digest."""

from __future__ import annotations

import email
import logging
import socket
from datetime import timedelta
from email import policy
from types import SimpleNamespace

import pytest
from aiosmtpd.controller import Controller

from app.auth.models import User, utcnow
from app.extensions import db
from app.mail import EML_BACKEND
from app.notifications import digest
from app.profiles.models import DeclaredExpertise, TagFollow
from app.qa import services as qa
from app.qa.models import Post
from app.wiki import services as wiki
from tests.conftest import count_queries

PUBLIC_URL = "https://kb.example.com/fieldwise"
BODY = "The buyer pushed back hard on the call today. What works best here?"
ANSWER = "Anchor on the value first, then talk about the price, in that order."
PAGE = "How the best reps run this step, what to ask, and what to send afterwards."


@pytest.fixture
def outbox(tmp_path):
    return tmp_path / "outbox"


@pytest.fixture
def app(make_app, outbox):
    # Nothing here is searched: indexing each commit would only slow the setup down.
    return make_app(MAIL_FILE_PATH=str(outbox), PUBLIC_URL=PUBLIC_URL, SEARCH_INDEXING="off")


@pytest.fixture
def act(app, vocab):
    """Acts through the services and commits, as a route would; returns ids."""

    def run(action):
        with app.app_context():
            result = action()
            db.session.commit()
            return getattr(result, "id", result)

    def user(u):
        return db.session.get(User, u.id)

    def post(post_id):
        return db.session.get(Post, post_id)

    def ask(author, title, tags, days_ago=1.0):
        return run(lambda: qa.ask_question(user(author), title, BODY, tags,
                                           at=utcnow() - timedelta(days=days_ago)))

    def answer(author, question_id, days_ago=0.5):
        return run(lambda: qa.post_answer(user(author), post(question_id), ANSWER,
                                          at=utcnow() - timedelta(days=days_ago)))

    def page(owner, title, days_ago=0.0):
        return run(lambda: wiki.create_page(user(owner), title, PAGE,
                                            at=utcnow() - timedelta(days=days_ago)))

    def add(*rows):
        def insert():
            db.session.add_all(rows)
        run(insert)

    return SimpleNamespace(
        ask=ask, answer=answer, page=page, add=add,
        vote=lambda voter, post_id: run(lambda: qa.cast_vote(user(voter), post(post_id), 1)),
        accept=lambda actor, answer_id: run(lambda: qa.accept_answer(user(actor), post(answer_id))),
        delete=lambda actor, post_id: run(lambda: qa.delete_post(user(actor), post(post_id))),
        close=lambda actor, question_id, original: run(
            lambda: qa.close_as_duplicate(user(actor), post(question_id), post(original))),
    )


def run_digest(app, *args):
    return app.test_cli_runner().invoke(args=["digest", *args])


def read_outbox(outbox) -> dict[str, email.message.EmailMessage]:
    """The written messages by recipient address; each file holds exactly one."""
    messages = {}
    for path in sorted(outbox.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        address = message["To"].addresses[0].addr_spec
        assert address not in messages and path.name.endswith(f"-{address}.eml")
        messages[address] = message
    return messages


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


@pytest.fixture
def world(app, act, make_user, vocab):
    """Erin is an expert in pricing (declared) and negotiation (20 points earned), has 10 points
    in discovery (not enough) and follows discovery; around her, questions, answers and pages
    that must and must not reach her digest."""
    erin = make_user("Erin Expert", "erin@example.com")
    alex = make_user("Alex Asker", "alex@example.com")
    bob = make_user("Bob Answerer", "bob@example.com")
    olivia = make_user("Olivia Owner", "olivia@example.com")
    nora = make_user("Nora Nothing", "nora@example.com")
    act.add(DeclaredExpertise(user_id=erin.id, tag_id=vocab["pricing"]),
            TagFollow(user_id=erin.id, tag_id=vocab["discovery"]))

    old_negotiation = act.ask(alex, "How do I hold the line on multi-year terms?",
                              "negotiation", days_ago=30)
    earned = act.answer(erin, old_negotiation, days_ago=29)
    for voter in (bob, olivia):  # 2 x 10 points in negotiation: an expert tag from 20
        act.vote(voter, earned)
    old_discovery = act.ask(alex, "Which discovery questions open up a CFO?", "discovery",
                            days_ago=30)
    act.vote(bob, act.answer(erin, old_discovery, days_ago=29))  # 10: not yet

    ids = SimpleNamespace(
        pricing=act.ask(alex, "How low can a regional discount go?", "pricing", days_ago=1),
        negotiation=act.ask(alex, "Procurement wants a 30% cut: what now?", "negotiation",
                            days_ago=2),
        discovery=act.ask(alex, "How do I find the compelling event early?", "discovery"),
        competitor=act.ask(alex, "Brightline undercuts us by half: talking points?",
                           "brightline-crm"),
        too_old=act.ask(alex, "Old pricing question from two weeks ago?", "pricing",
                        days_ago=10),
        deleted=act.ask(alex, "Deleted pricing question about discounts?", "pricing"),
        closed=act.ask(alex, "Duplicate pricing question about discounts?", "pricing"),
        accepted=act.ask(alex, "Answered pricing question about bundles?", "pricing"),
        own=act.ask(erin, "Erin's own pricing question about bundles?", "pricing"),
    )
    act.delete(alex, ids.deleted)
    act.close(alex, ids.closed, ids.pricing)
    act.accept(alex, act.answer(bob, ids.accepted))

    ids.new_answer = act.answer(bob, ids.discovery, days_ago=0.2)
    ids.old_answer = act.answer(bob, old_discovery, days_ago=10)
    ids.own_answer = act.answer(erin, ids.discovery, days_ago=0.1)
    ids.competitor_answer = act.answer(bob, ids.competitor)

    act.page(erin, "Pricing rules", days_ago=120)  # reviewed every 90 days: stale
    act.page(erin, "Discovery call guide")
    act.page(olivia, "Olivia's stale territory plan", days_ago=200)
    return SimpleNamespace(erin=erin, alex=alex, bob=bob, olivia=olivia, nora=nora, ids=ids)


def test_each_person_gets_one_eml_with_their_own_items_and_no_one_elses(app, world, outbox):
    result = run_digest(app, "--since", "7d")

    assert result.exit_code == 0, result.output
    messages = read_outbox(outbox)
    assert "erin@example.com" in messages and "olivia@example.com" in messages
    assert "nora@example.com" not in messages
    people = db_count_active(app)
    assert result.output.strip() == (
        f"Wrote {len(messages)} digests to {outbox} "
        f"({people - len(messages)} people had nothing new).")

    erin = messages["erin@example.com"]
    assert erin["Subject"] == ("Your Fieldwise digest: 2 unanswered questions, "
                               "1 page to review, 1 new answer")
    assert erin["From"] == "Fieldwise <fieldwise@localhost>"
    text, html = text_of(erin), html_of(erin)
    ids = world.ids
    for body in (text, html):
        assert "How low can a regional discount go?" in body
        assert "Procurement wants a 30% cut: what now?" in body
        assert "Pricing rules" in body
        assert f"{PUBLIC_URL}/questions/{ids.pricing}" in body
        assert f"{PUBLIC_URL}/wiki/pricing-rules" in body
        assert f"{PUBLIC_URL}/questions/{ids.discovery}#post-{ids.new_answer}" in body
        for absent in ("Brightline undercuts", "Old pricing question", "Deleted pricing",
                       "Duplicate pricing", "Answered pricing", "Erin's own",
                       "Discovery call guide", "Olivia's stale", f"post-{ids.old_answer}",
                       f"post-{ids.own_answer}", f"post-{ids.competitor_answer}",
                       f"questions/{ids.discovery}\n", f"questions/{ids.discovery}\""):
            assert absent not in body, absent
    # The longest waiting question first; the answer's author is named.
    assert text.index("Procurement wants") < text.index("How low can")
    assert "answered by Bob Answerer" in text

    olivia = messages["olivia@example.com"]
    assert olivia["Subject"] == "Your Fieldwise digest: 1 page to review"
    assert "Olivia's stale territory plan" in text_of(olivia)
    assert "Pricing rules" not in text_of(olivia)


def db_count_active(app) -> int:
    with app.app_context():
        return db.session.scalar(db.select(db.func.count()).select_from(User).where(User.active))


def test_since_in_hours_leaves_out_what_is_older(app, world, outbox):
    result = run_digest(app, "--since", "36h")

    assert result.exit_code == 0, result.output
    text = text_of(read_outbox(outbox)["erin@example.com"])
    assert "How low can a regional discount go?" in text  # a day ago
    assert "Procurement wants" not in text  # two days ago
    assert "Pricing rules" in text  # stale is stale, whatever the period


@pytest.mark.parametrize("since", ["7", "d", "0d", "7w", "-7d", "1.5d", "seven days", ""])
def test_a_bad_since_fails_with_a_usage_error_and_writes_nothing(app, act, make_user, outbox,
                                                                since):
    act.page(make_user(), "Pricing rules", days_ago=120)  # a digest to write, but for the error

    result = run_digest(app, "--since", since)

    assert result.exit_code == 2
    assert "is not a period: give days or hours, as in 7d or 24h" in result.output
    assert not outbox.exists()


def test_dry_run_says_who_would_get_what_and_writes_nothing(app, world, outbox):
    result = run_digest(app, "--since", "7d", "--dry-run")

    assert result.exit_code == 0, result.output
    assert not outbox.exists()
    lines = result.output.splitlines()
    assert ("erin@example.com: 2 unanswered questions, 1 page to review, 1 new answer"
            in lines)
    assert "olivia@example.com: 1 page to review" in lines
    assert not any(line.startswith("nora@example.com") for line in lines)
    assert lines[-1].startswith("Would send ") and "nothing was sent or written" in lines[-1]


def test_nobody_with_anything_new_gets_nothing(app, make_user, outbox):
    make_user()

    result = run_digest(app)

    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Wrote 0 digests to {outbox} (1 person had nothing new)."
    assert not outbox.exists()


def test_a_section_shows_the_first_few_and_says_how_many_there_are(app, act, make_user, outbox):
    owner = make_user("Olivia Owner", "olivia@example.com")
    for n in range(digest.ITEMS_PER_SECTION + 2):
        act.page(owner, f"Stale page number {n}", days_ago=100 + n)

    run_digest(app)

    message = read_outbox(outbox)["olivia@example.com"]
    assert message["Subject"] == "Your Fieldwise digest: 7 pages to review"
    text = text_of(message)
    assert "Your pages past their review date (5 of 7)" in text
    # The longest overdue first: the two most recently due are left out.
    assert "Stale page number 6" in text and "Stale page number 2" in text
    assert "Stale page number 1" not in text and "Stale page number 0" not in text


def test_inactive_people_get_no_digest(app, world, outbox):
    with app.app_context():
        db.session.get(User, world.erin.id).active = False
        db.session.commit()

    run_digest(app)

    assert "erin@example.com" not in read_outbox(outbox)


def test_the_queries_do_not_grow_with_the_number_of_people(app, world, act, make_user, vocab):
    def queries() -> int:
        with count_queries(app) as statements, app.app_context():
            found, _ = digest.build_digests(utcnow() - timedelta(days=7), utcnow())
            compose = digest.composer(utcnow() - timedelta(days=7))
            for each in found:
                compose(each)
        return len(statements)

    before = queries()
    for n in range(6):
        person = make_user(f"Another expert {n}")
        act.add(DeclaredExpertise(user_id=person.id, tag_id=vocab["pricing"]),
                TagFollow(user_id=person.id, tag_id=vocab["discovery"]))
        act.page(person, f"Another stale page {n}", days_ago=100)

    assert queries() == before == 8


class Received:
    """An aiosmtpd handler that keeps what it is sent, and answers the recipients in `refused`
    with their reply there ("550 ...": no such mailbox)."""

    def __init__(self):
        self.envelopes = []
        self.refused: dict[str, str] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return self.refused[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # the name aiosmtpd calls
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:  # a free port: the controller needs one given
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Received()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield SimpleNamespace(port=port, received=handler.envelopes, refused=handler.refused)
    controller.stop()


def test_smtp_settings_send_the_digests_over_smtp(make_app, app, world, outbox, smtp_server):
    sending = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp_server.port,
                       MAIL_FILE_PATH=str(outbox), PUBLIC_URL=PUBLIC_URL)
    assert app.config["MAIL_BACKEND"] == EML_BACKEND
    assert sending.config["MAIL_BACKEND"] == "smtp"

    result = run_digest(sending, "--since", "7d")

    assert result.exit_code == 0, result.output
    assert not outbox.exists()
    by_recipient = {envelope.rcpt_tos[0]: envelope for envelope in smtp_server.received}
    assert {"erin@example.com", "olivia@example.com"} <= set(by_recipient)
    assert "nora@example.com" not in by_recipient
    assert result.output.strip().startswith(
        f"Sent {len(by_recipient)} digests through 127.0.0.1:{smtp_server.port} (")
    message = email.message_from_bytes(by_recipient["erin@example.com"].content,
                                       policy=policy.default)
    assert "How low can a regional discount go?" in text_of(message)
    assert by_recipient["erin@example.com"].mail_from == "fieldwise@localhost"


def test_an_unreachable_smtp_server_is_a_clear_error(make_app, app, act, make_user):
    act.page(make_user(), "Pricing rules", days_ago=120)
    with socket.socket() as probe:  # a port nobody listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sending = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_TIMEOUT=5)

    result = run_digest(sending)

    assert result.exit_code == 1
    assert "The digests could not be sent:" in result.output


# A comma, quotes, accents, another script: each once made the digest stop for everyone.
AWKWARD_NAMES = {
    "daniel@example.com": "Okafor, Daniel",
    "zoe@example.com": 'Zoë "Z" Brontë',
    "bruce@example.com": "李小龍",
    "angel@example.com": "Ángel Núñez",
    "plain@example.com": "Plain Person",
}


@pytest.fixture
def awkward(act, make_user):
    """A person for each of AWKWARD_NAMES, each with a stale page: each gets a digest."""
    people = {}
    for address, name in AWKWARD_NAMES.items():
        people[address] = make_user(name, address)
        act.page(people[address], f"Stale page of {address}", days_ago=120)
    return people


def assert_addressed_to(message, name: str, address: str) -> None:
    """The To header, read back by the standard library, is exactly this one person."""
    [recipient] = message["To"].addresses
    assert (recipient.display_name, recipient.addr_spec) == (name, address)
    assert f"Stale page of {address}" in text_of(message)


def test_any_name_gets_its_digest_as_an_eml_addressed_to_it(app, awkward, outbox):
    result = run_digest(app)

    assert result.exit_code == 0, result.output
    messages = read_outbox(outbox)
    assert set(messages) == set(AWKWARD_NAMES)
    for address, name in AWKWARD_NAMES.items():
        assert_addressed_to(messages[address], name, address)
    assert result.output.strip() == f"Wrote 5 digests to {outbox} (0 people had nothing new)."


def sending_app(make_app, smtp_server, outbox):
    return make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp_server.port,
                    MAIL_FILE_PATH=str(outbox), PUBLIC_URL=PUBLIC_URL, SEARCH_INDEXING="off")


def received_by(smtp_server) -> dict[str, email.message.EmailMessage]:
    """What the SMTP server was sent, by envelope recipient (one each), parsed."""
    messages = {}
    for envelope in smtp_server.received:
        [recipient] = envelope.rcpt_tos
        assert recipient not in messages
        messages[recipient] = email.message_from_bytes(envelope.content, policy=policy.default)
    return messages


def test_any_name_gets_its_digest_over_smtp_addressed_to_it(make_app, awkward, outbox,
                                                           smtp_server):
    result = run_digest(sending_app(make_app, smtp_server, outbox))

    assert result.exit_code == 0, result.output
    messages = received_by(smtp_server)
    assert set(messages) == set(AWKWARD_NAMES)
    for address, name in AWKWARD_NAMES.items():
        assert_addressed_to(messages[address], name, address)


@pytest.mark.parametrize("reply", [
    "550 5.1.1 No such mailbox here",
    "421 4.3.2 Going down",  # and the client closes the connection: the next digest needs another
])
def test_a_refused_recipient_is_logged_and_everyone_else_still_gets_theirs(
        make_app, awkward, outbox, smtp_server, caplog, reply):
    smtp_server.refused["zoe@example.com"] = reply
    caplog.set_level(logging.ERROR)

    result = run_digest(sending_app(make_app, smtp_server, outbox))

    messages = received_by(smtp_server)
    assert set(messages) == set(AWKWARD_NAMES) - {"zoe@example.com"}
    for address in messages:
        assert_addressed_to(messages[address], AWKWARD_NAMES[address], address)
    assert result.exit_code == 1
    assert f"Sent 4 digests through 127.0.0.1:{smtp_server.port}" in result.output
    assert "1 digest could not be sent" in result.output
    assert "zoe@example.com" in result.output
    [record] = [r for r in caplog.records if r.exc_info]
    assert f"person {awkward['zoe@example.com'].id}" in record.getMessage()
    assert "zoe@example.com" in record.getMessage()
    assert reply[:3] in str(record.exc_info[1])
