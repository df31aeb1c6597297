"""The profile page: a person's recent questions, answers, wiki edits and pages (deleted ones
only for those who may see them) with paginated full lists, avatars in a colour of their own,
and a number of queries that does not grow with what the person did."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from app.auth.models import AVATAR_COLOURS, Role, User, utcnow
from app.extensions import db
from app.profiles import services
from app.qa import services as qa
from app.qa.models import Question
from app.wiki import services as wiki
from app.wiki.models import WikiPage
from tests.conftest import count_queries, log_in


def contribute(app, person: User, asker: User, count: int) -> None:
    """`count` each of questions, answers (to `asker`'s questions) and wiki pages by `person`,
    a minute apart, oldest first."""
    start = utcnow() - timedelta(days=1)
    with app.app_context():
        author, other = db.session.get(User, person.id), db.session.get(User, asker.id)
        for n in range(count):
            at = start + timedelta(minutes=n)
            qa.ask_question(author, f"Question number {n:02d} from the field?",
                            "What do you say when the buyer asks this?", "pricing", at=at)
            asked = qa.ask_question(other, f"Asked by someone else {n:02d}?",
                                    "What do you say when the buyer asks this?", "pricing", at=at)
            qa.post_answer(author, asked, f"Answer number {n:02d}: anchor on value.", at=at)
            wiki.create_page(author, f"Playbook number {n:02d} by {author.name}",
                             "How we run pricing calls.", at=at)
        db.session.commit()


def section(page: str, kind: str) -> str:
    start = page.index(f'data-activity="{kind}"')
    return page[start:page.index("</div>", start)]


def test_the_profile_lists_the_newest_contributions_with_links_to_all(make_app, make_user,
                                                                     vocab):
    app = make_app(PAGE_SIZE=4)
    client = app.test_client()
    priya, viewer = make_user("Priya Raman"), make_user("Viewer")
    contribute(app, priya, viewer, 7)
    log_in(client, viewer.email)
    page = client.get(f"/people/{priya.id}").get_data(as_text=True)
    questions = section(page, "questions")
    assert "Question number 06" in questions and "Question number 02" in questions
    assert "Question number 01" not in questions  # five shown, newest first
    assert questions.index("number 06") < questions.index("number 05")
    assert f'href="/people/{priya.id}/questions">All 7' in questions
    assert "Answer" not in questions and "Asked by someone else 06" in section(page, "answers")
    assert "Playbook number 06" in section(page, "edits")
    assert "Playbook number 06" in section(page, "pages")

    for kind, first, last in [("questions", "Question number 06", "Question number 00"),
                              ("answers", "Asked by someone else 06", "Asked by someone else 00"),
                              ("edits", "Playbook number 06", "Playbook number 00"),
                              ("pages", "Playbook number 06", "Playbook number 00")]:
        one = client.get(f"/people/{priya.id}/{kind}").get_data(as_text=True)
        assert first in one and last not in one and "Page 1 of 2" in one, kind
        two = client.get(f"/people/{priya.id}/{kind}?page=2").get_data(as_text=True)
        assert last in two and first not in two, kind
    assert client.get(f"/people/{priya.id}/questions?page=3").status_code == 404
    assert client.get(f"/people/{priya.id}/nothing").status_code == 404
    assert client.get("/people/9999/questions").status_code == 404


def test_deleted_posts_are_shown_only_to_their_author_and_managers(client, make_user, vocab):
    priya, asker = make_user("Priya Raman"), make_user("Asker")
    manager = make_user(role=Role.MANAGER)
    contribute(client.application, priya, asker, 2)
    with client.application.app_context():
        questions = {q.title: q for q in db.session.scalars(db.select(Question))}
        qa.delete_post(db.session.get(User, priya.id),
                       questions["Question number 01 from the field?"])
        # Priya's answer stays, but its question is gone for everyone but its asker.
        qa.delete_post(db.session.get(User, asker.id), questions["Asked by someone else 00?"])
        boss = db.session.get(User, manager.id)
        wiki.delete_page(boss, db.session.scalar(
            db.select(WikiPage).where(WikiPage.title.startswith("Playbook number 00"))))
        db.session.commit()

    def seen(who: User) -> str:
        log_in(client, who.email)
        page = client.get(f"/people/{priya.id}").get_data(as_text=True)
        full = "".join(client.get(f"/people/{priya.id}/{kind}").get_data(as_text=True)
                       for kind in ("questions", "answers", "edits", "pages"))
        client.post("/auth/logout", data={"csrf_token": re.search(
            r'name="csrf_token" value="([^"]+)"', page).group(1)})
        return page + full

    other = seen(make_user("Someone Else"))
    assert "Question number 01" not in other and "Question number 00" in other
    assert "Asked by someone else 00" not in other and "Asked by someone else 01" in other
    assert "Playbook number 00" not in other and "Playbook number 01" in other
    assert "(1)" in section(other, "questions")  # the count leaves deleted posts out too
    own = seen(priya)
    assert "Question number 01" in own and 'class="badge">deleted' in own
    assert "Playbook number 00" not in own  # a deleted wiki page is for managers only
    boss = seen(manager)
    assert all(title in boss for title in ("Question number 01", "Asked by someone else 00",
                                           "Playbook number 00"))


def test_profile_queries_do_not_grow_with_the_data(app, client, make_user, login, vocab):
    viewer = make_user("Viewer")
    few, many = make_user("Few Things"), make_user("Many Things")
    everyone = [make_user(f"Colleague {n}") for n in range(30)]
    manager = make_user(role=Role.MANAGER)
    tag_names = list(vocab)
    for person, count in ((few, 1), (many, 30)):
        contribute(app, person, viewer, count)
        with app.app_context():
            owner = db.session.get(User, person.id)
            services.edit_profile(owner, owner, services.ProfileEdit(
                name=owner.name, expertise=tag_names[:count],
                links=tuple((f"Link {n}", f"https://{n}.example.com") for n in range(
                    min(count, 5)))))
            for colleague in everyone[:count]:
                other = db.session.get(User, colleague.id)
                services.post_note(other, owner, f"Thanks, {owner.name}!")
                services.follow_person(owner, other)
                services.follow_person(other, owner)
            for tag in db.session.scalars(db.select(qa.Tag).limit(count)):
                services.follow_tag(owner, tag)
            services.flag_expert(db.session.get(User, manager.id), owner)
            db.session.commit()
    login(viewer)
    counts = []
    for person in (few, many):
        with count_queries(app) as statements:
            assert client.get(f"/people/{person.id}").status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1], counts
    page = client.get(f"/people/{many.id}").get_data(as_text=True)
    assert "30 followers" in page and "Recognised expert" in page and "All 30 notes" in page


@pytest.mark.parametrize("path", ["/people/", "/people/{id}", "/"])
def test_avatars_carry_the_persons_colour_everywhere(client, make_user, login, org, path):
    people = [make_user(f"Rep Number{n}", team_id=org["deal-desk"]) for n in range(3)]
    login(people[0])
    page = client.get(path.format(id=people[1].id)).get_data(as_text=True)
    colour = AVATAR_COLOURS[people[1].id % len(AVATAR_COLOURS)]
    assert f'<span class="avatar avatar-{colour}' in page and ">RN</span>" in page
    assert len({p.avatar_colour for p in people}) == 3  # neighbours differ


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_avatar_colour_is_readable_under_white_initials():
    css = (Path(__file__).parents[2] / "app/static/css/app.css").read_text()
    for colour in AVATAR_COLOURS:
        background = re.search(rf"\.avatar-{colour} \{{ background: (#[0-9a-f]{{6}}); \}}",
                               css).group(1)
        assert 1.05 / (_luminance(background) + 0.05) >= 4.5, colour
