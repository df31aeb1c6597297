"""Following people and tags (following again is harmless and stores no second row, following
yourself is refused, unfollowing what is not followed is harmless), the counts and the
"Following" lists, and recognised experts, whom only managers and admins flag."""

from __future__ import annotations

import pytest

from app.auth.models import Role, User
from app.errors import Forbidden, ServiceError
from app.extensions import db
from app.profiles import services
from app.profiles.models import Follow, RecognisedExpert, TagFollow
from app.qa.models import Tag
from tests.conftest import fetch, log_in, row_count, send


def run(app, action, *people: User, tag: str | None = None):
    """`action(*people[, tag])` with the people (and tag) loaded, committed; its result."""
    with app.app_context():
        loaded = [db.session.get(User, p.id) for p in people]
        if tag is not None:
            loaded.append(db.session.scalar(db.select(Tag).where(Tag.name == tag)))
        result = action(*loaded)
        db.session.commit()
        return result


def browser(app, user: User):
    client = app.test_client()
    log_in(client, user.email)
    return client


def test_following_a_person_is_idempotent_and_unfollowing_harmless(app, make_user):
    priya, marcus = make_user("Priya Raman"), make_user("Marcus Lee")
    assert run(app, services.follow_person, marcus, priya) is True
    assert run(app, services.follow_person, marcus, priya) is False
    assert row_count(app, Follow) == 1
    assert fetch(app, Follow, follower_id=marcus.id).followed_id == priya.id
    run(app, services.unfollow_person, marcus, priya)
    run(app, services.unfollow_person, marcus, priya)
    assert row_count(app, Follow) == 0


def test_following_yourself_is_refused(app, make_user):
    priya = make_user()
    with pytest.raises(ServiceError, match="cannot follow yourself"):
        run(app, services.follow_person, priya, priya)
    assert row_count(app, Follow) == 0


def test_following_a_tag_is_idempotent_and_unfollowing_harmless(app, make_user, vocab):
    priya = make_user()
    assert run(app, services.follow_tag, priya, tag="pricing") is True
    assert run(app, services.follow_tag, priya, tag="pricing") is False
    assert row_count(app, TagFollow) == 1
    assert run(app, services.tag_following, priya, tag="pricing") == (True, 1)
    run(app, services.unfollow_tag, priya, tag="pricing")
    run(app, services.unfollow_tag, priya, tag="pricing")
    assert row_count(app, TagFollow) == 0
    assert run(app, services.tag_following, priya, tag="pricing") == (False, 0)


def test_follow_buttons_counts_and_lists_on_the_profile(app, make_user, vocab):
    priya, marcus, lee = make_user("Priya Raman"), make_user("Marcus Lee"), make_user("Lee Chen")
    client = browser(app, marcus)
    assert f'action="/people/{priya.id}/follow"' in client.get(
        f"/people/{priya.id}").get_data(as_text=True)
    assert '/follow"' not in client.get(f"/people/{marcus.id}").get_data(as_text=True)

    response = send(client, f"/people/{priya.id}/follow")
    assert response.status_code == 302 and response.headers["Location"] == f"/people/{priya.id}"
    page = client.get(f"/people/{priya.id}").get_data(as_text=True)
    assert "You follow Priya Raman" in page and "1 follower" in page
    assert f'action="/people/{priya.id}/unfollow"' in page and 'aria-pressed="true"' in page
    send(client, f"/people/{priya.id}/follow")
    assert "You already follow Priya Raman." in client.get("/").get_data(as_text=True)
    assert row_count(app, Follow) == 1

    send(client, f"/people/{lee.id}/follow")
    send(client, "/tags/pulse/follow")  # a synonym follows its tag
    own = client.get(f"/people/{marcus.id}").get_data(as_text=True)
    following = own[own.index('id="following-heading"'):own.index('id="board"')]
    assert "Priya Raman" in following and "Lee Chen" in following
    assert 'href="/tags/signal-forecast"' in following
    assert "following 2 people and 1 tag" in own
    listed = client.get(f"/people/{marcus.id}/following").get_data(as_text=True)
    assert "Priya Raman" in listed and "signal-forecast" in listed
    followers = client.get(f"/people/{priya.id}/followers").get_data(as_text=True)
    assert "Marcus Lee" in followers and "Lee Chen" not in followers

    assert send(client, f"/people/{priya.id}/unfollow").status_code == 302
    assert send(client, f"/people/{priya.id}/unfollow").status_code == 302
    assert row_count(app, Follow) == 1
    assert "0 followers" in client.get(f"/people/{priya.id}").get_data(as_text=True)


def test_bad_follows_change_nothing(app, make_user, vocab):
    priya = make_user("Priya Raman")
    client = browser(app, priya)
    response = send(client, f"/people/{priya.id}/follow")
    assert response.status_code == 422
    assert "You cannot follow yourself." in response.get_data(as_text=True)
    assert client.post(f"/people/{priya.id + 1}/follow").status_code == 400  # no CSRF token
    assert send(client, "/people/9999/follow").status_code == 404
    assert send(client, "/tags/no-such-tag/follow").status_code == 404
    assert client.post("/tags/pricing/follow").status_code == 400
    assert row_count(app, Follow) == 0 and row_count(app, TagFollow) == 0


def test_following_a_tag_from_its_page(app, make_user, vocab):
    priya, marcus = make_user(), make_user()
    client = browser(app, priya)
    page = client.get("/tags/pricing").get_data(as_text=True)
    assert 'action="/tags/pricing/follow"' in page and "0 people follow this tag" in page
    response = send(client, "/tags/pricing/follow")
    assert response.status_code == 302 and response.headers["Location"] == "/tags/pricing"
    send(browser(app, marcus), "/tags/pricing/follow")
    page = client.get("/tags/pricing").get_data(as_text=True)
    assert "You follow pricing" in page and "2 people follow this tag, you included" in page
    assert 'action="/tags/pricing/unfollow"' in page
    send(client, "/tags/pricing/follow")
    assert row_count(app, TagFollow) == 2
    send(client, "/tags/pricing/unfollow")
    send(client, "/tags/pricing/unfollow")
    assert row_count(app, TagFollow) == 1
    assert 'action="/tags/pricing/follow"' in client.get("/tags/pricing").get_data(as_text=True)


# ---------------------------------------------------------------- recognised experts


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMIN])
def test_managers_and_admins_flag_and_unflag_experts(app, make_user, role):
    priya, boss = make_user("Priya Raman"), make_user("Boss", role=role)
    assert run(app, services.flag_expert, boss, priya) is True
    assert run(app, services.flag_expert, boss, priya) is False
    assert fetch(app, RecognisedExpert, user_id=priya.id).flagged_by_id == boss.id
    assert row_count(app, RecognisedExpert) == 1
    run(app, services.unflag_expert, boss, priya)
    run(app, services.unflag_expert, boss, priya)
    assert row_count(app, RecognisedExpert) == 0


def test_members_cannot_flag_and_nobody_flags_themselves(app, make_user):
    priya, member, boss = make_user(), make_user(), make_user(role=Role.MANAGER)
    with pytest.raises(Forbidden):
        run(app, services.flag_expert, member, priya)
    with pytest.raises(ServiceError, match="someone else"):
        run(app, services.flag_expert, boss, boss)
    assert row_count(app, RecognisedExpert) == 0
    run(app, services.flag_expert, boss, priya)
    with pytest.raises(Forbidden):
        run(app, services.unflag_expert, member, priya)
    assert row_count(app, RecognisedExpert) == 1


def test_the_expert_flag_on_the_profile_and_in_the_directory(app, make_user):
    priya, marcus = make_user("Priya Raman"), make_user("Marcus Lee")
    boss = make_user("Boss", role=Role.MANAGER)
    member = browser(app, marcus)
    assert "/recognition" not in member.get(f"/people/{priya.id}").get_data(as_text=True)
    response = send(member, f"/people/{priya.id}/recognition")
    assert response.status_code == 403
    assert row_count(app, RecognisedExpert) == 0

    manager = browser(app, boss)
    assert f'action="/people/{priya.id}/recognition"' in manager.get(
        f"/people/{priya.id}").get_data(as_text=True)
    assert "/recognition" not in manager.get(f"/people/{boss.id}").get_data(as_text=True)
    assert manager.post(f"/people/{priya.id}/recognition").status_code == 400  # no CSRF token
    assert row_count(app, RecognisedExpert) == 0
    assert send(manager, f"/people/{priya.id}/recognition").status_code == 302
    profile = member.get(f"/people/{priya.id}").get_data(as_text=True)
    assert 'title="Flagged by Boss">Recognised expert' in profile
    directory = member.get("/people/").get_data(as_text=True)
    priya_item = directory[directory.index(">Priya Raman<"):]
    assert priya_item[:priya_item.index("</li>")].count("Recognised expert") == 1
    assert directory.count("Recognised expert") == 1

    assert send(member, f"/people/{priya.id}/recognition/remove").status_code == 403
    assert row_count(app, RecognisedExpert) == 1
    assert send(manager, f"/people/{priya.id}/recognition/remove").status_code == 302
    assert "Recognised expert" not in member.get(f"/people/{priya.id}").get_data(as_text=True)
