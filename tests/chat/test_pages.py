"""Chat's pages and forms: the wiring and permissions (the rules are tested on the services),
the JSON history, the header's unread count, and constant query counts."""

from __future__ import annotations

from sqlalchemy import func, insert, select, update

from app.auth.models import Role, User
from app.chat import services
from app.chat.models import Channel, Membership, Message
from app.extensions import db
from tests.conftest import count_queries, csrf_token


def _post(client, path: str, data: dict | None = None, **kwargs):
    token = csrf_token(client, "/chat/new")
    return client.post(path, data={"csrf_token": token, **(data or {})}, **kwargs)


def _channels(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Channel))


def test_creating_a_channel_through_the_form(app, client, make_user, login):
    login(make_user())
    response = _post(client, "/chat/new", {"name": "deal-desk", "kind": "private",
                                           "topic": "Approvals"})
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "#deal-desk" in page and "(private)" in page and "Approvals" in page


def test_a_bad_channel_form_shows_its_errors_and_creates_nothing(app, client, make_user, login):
    login(make_user())
    response = _post(client, "/chat/new", {"name": "Deal Desk!", "kind": "secret",
                                           "topic": "x" * 300})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "lower-case letters" in page and "at most 250" in page
    assert _channels(app) == 0
    no_token = client.post("/chat/new", data={"name": "deal-desk", "kind": "public"})
    assert no_token.status_code == 400 and _channels(app) == 0


def test_a_private_channel_is_404_for_outsiders_everywhere(app, client, make_user, login,
                                                           chat):
    maya, ola = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    message = chat.post(maya, channel, "Numbers")
    login(ola)
    assert client.get(f"/chat/{channel}").status_code == 404
    assert client.get(f"/chat/{channel}/messages").status_code == 404
    assert client.get(f"/chat/{channel}/messages?thread={message}").status_code == 404
    assert client.get(f"/chat/{channel}/messages?after=1").status_code == 404  # a resync too
    for action in ("join", "leave", "invite", "topic", "archive"):
        assert _post(client, f"/chat/{channel}/{action}", {"people": "x"}).status_code == 404
    assert "leadership" not in client.get("/chat/browse").get_data(as_text=True)


def test_history_as_json_pages_back(app, client, make_user, login, chat):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    ids = [chat.post(maya, channel, f"Message {n}") for n in range(5)]
    login(maya)
    first = client.get(f"/chat/{channel}/messages?limit=2").get_json()
    assert [m["id"] for m in first["messages"]] == ids[3:] and first["older"]
    back = client.get(f"/chat/{channel}/messages?limit=2&before={ids[3]}").get_json()
    assert [m["id"] for m in back["messages"]] == ids[1:3]
    # What a page missed (live updates paused): the oldest after the newest it shows.
    since = client.get(f"/chat/{channel}/messages?limit=2&after={ids[1]}").get_json()
    assert [m["id"] for m in since["messages"]] == ids[2:4] and since["newer"]
    rest = client.get(f"/chat/{channel}/messages?limit=2&after={ids[3]}").get_json()
    assert [m["id"] for m in rest["messages"]] == ids[4:] and not rest["newer"]
    for bad in ("before=abc", "limit=0", "limit=1000", "limit=x", "thread=abc",
                f"before={10**30}", "before=%C2%B2", "after=abc", "after=0",
                f"after={10**30}", f"after={ids[1]}&before={ids[3]}"):
        response = client.get(f"/chat/{channel}/messages?{bad}",
                              headers={"Accept": "application/json"})
        assert response.status_code in (404, 422), bad
        assert "error" in response.get_json()
    for thread in ("abc", "%C2%B2", str(10**30), "99999"):
        assert client.get(f"/chat/{channel}?thread={thread}").status_code in (404, 422), thread


def test_joining_leaving_and_inviting_through_the_forms(app, client, make_user, login, chat):
    maya = make_user()
    sam = make_user(email="sam@example.com")
    channel = chat.channel(maya, "competitive")
    private = chat.channel(maya, "leadership", "private")
    login(sam)
    assert _post(client, f"/chat/{channel}/join").status_code == 302
    assert _post(client, f"/chat/{channel}/leave").status_code == 302
    with app.app_context():
        assert db.session.get(Membership, (channel, sam.id)) is None
    # Inviting by handle: unknown handles are named, nothing changes.
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    login(maya)
    response = _post(client, f"/chat/{private}/invite", {"people": "@sam @nobody"},
                     headers={"Accept": "application/json"})
    assert response.status_code == 422 and "@nobody" in response.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.get(Membership, (private, sam.id)) is None
    assert _post(client, f"/chat/{private}/invite", {"people": "@sam"}).status_code == 302
    with app.app_context():
        assert db.session.get(Membership, (private, sam.id)) is not None


def test_a_dm_opens_from_a_profile_and_again_the_same(app, client, make_user, login):
    maya, sam = make_user(), make_user()
    login(maya)
    first = _post(client, f"/chat/direct/{sam.id}")
    again = _post(client, f"/chat/direct/{sam.id}")
    assert first.status_code == 302 and first.headers["Location"] == again.headers["Location"]
    assert _post(client, f"/chat/direct/{maya.id}").status_code == 422  # oneself only
    assert _post(client, "/chat/direct/99999").status_code == 404


def test_only_managers_archive(app, client, make_user, login, chat):
    maya = make_user()
    boss = make_user(role=Role.MANAGER)
    channel = chat.channel(maya, "old-deals")
    login(maya)
    assert _post(client, f"/chat/{channel}/archive").status_code == 403
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    login(boss)
    assert _post(client, f"/chat/{channel}/archive").status_code == 302
    page = client.get(f"/chat/{channel}").get_data(as_text=True)
    assert "(archived)" in page and "data-chat-composer" not in page


def test_the_header_counts_unread_chat_messages(app, client, make_user, login, chat):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    chat.post(maya, channel, "One")
    chat.post(maya, channel, "Two")
    login(sam)
    page = client.get("/questions").get_data(as_text=True)
    assert "data-chat-unread-total >2</span>" in page
    assert f"data-chat-counts=\"{{&#34;{channel}&#34;: 2}}\"" in page


def test_a_channel_nobody_reads_is_counted_only_to_99_plus(app, client, make_user, login,
                                                            chat):
    """Counting every unread message on every page would cost, for someone who never opens a
    busy channel, as much as the channel: the count stops at 100 and the badges say "99+"."""
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    with app.app_context():
        first = db.session.scalar(select(func.max(Message.id))) or 0
        db.session.execute(insert(Message), [
            {"id": first + n, "channel_id": channel, "author_id": maya.id, "body": f"News {n}",
             "body_html": f"<p>News {n}</p>"} for n in range(1, 151)])
        db.session.execute(update(Channel).where(Channel.id == channel)
                           .values(last_message_id=first + 150))
        db.session.commit()
        assert services.unread_counts(db.session.get(User, sam.id)) == {channel: 100}
    login(sam)
    with count_queries(app) as statements:
        page = client.get("/questions").get_data(as_text=True)
    assert "data-chat-unread-total >99+</span>" in page
    assert not any("count(chat_messages.id)" in s for s in statements)
    sidebar = client.get("/chat/browse").get_data(as_text=True)
    assert f'data-chat-unread="{channel}" >99+</span>' in sidebar


def test_a_channel_page_takes_the_same_queries_with_more_channels_and_people(
        app, client, make_user, login, chat):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.direct(maya, make_user())
    login(maya)
    with count_queries(app) as few:
        assert client.get(f"/chat/{channel}").status_code == 200
    for n in range(6):
        other = make_user()
        chat.join(other, channel)
        chat.post(other, channel, f"Hello {n}")
        chat.channel(maya, f"channel-{n}")
        chat.direct(maya, other)
    with count_queries(app) as many:
        assert client.get(f"/chat/{channel}").status_code == 200
    assert len(many) == len(few)
    with count_queries(app) as history:
        assert client.get(f"/chat/{channel}/messages").status_code == 200
    assert len(history) <= 5


def test_a_large_channel_lists_its_online_members_and_links_to_all(app, client, make_user, login,
                                                                   chat, monkeypatch):
    """#general with the whole company in it: its page lists who is online, not thousands of
    people (a 1.1 MB page at 5,000 members), and its members' page lists everyone, a page at a
    time, by name."""
    monkeypatch.setattr(services, "MEMBERS_SHOWN", 3)
    app.config["PAGE_SIZE"] = 2
    people = [make_user(name=f"Member {n}") for n in range(5)]
    channel = chat.channel(people[0], "general")
    for person in people[1:]:
        chat.join(person, channel)
    with app.app_context():
        services.arrived(db.session.get(User, people[3].id), "sid-of-member-3", None)
        db.session.commit()
    login(people[0])
    page = client.get(f"/chat/{channel}").get_data(as_text=True)
    assert "5 members · <span data-online-count>1</span> online" in page
    assert page.count("data-member=") == 1 and f'data-member="{people[3].id}"' in page
    assert f'href="/chat/{channel}/members">All 5 members</a>' in page
    assert "data-members-complete" not in page
    listed = client.get(f"/chat/{channel}/members").get_data(as_text=True)
    assert "Member 0" in listed and "Member 1" in listed and "Member 2" not in listed
    assert '"page">Page 1 of 3</span>' in listed
    assert "Member 4" in client.get(f"/chat/{channel}/members?page=3").get_data(as_text=True)


def test_a_small_channel_lists_every_member(app, client, make_user, login, chat):
    maya, sam = make_user(name="Maya"), make_user(name="Sam")
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    login(maya)
    page = client.get(f"/chat/{channel}").get_data(as_text=True)
    assert "data-members-complete" in page and page.count("data-member=") == 2
    assert "All 2 members" not in page


def test_what_a_page_resyncs_after_live_updates_paused(app, client, make_user, login, chat):
    maya, ola = make_user(), make_user()
    channel = chat.channel(maya, "resync")
    chat.join(ola, channel)
    login(ola)
    for n in range(3):  # the same two statements however much is unread
        chat.post(maya, channel, f"Message {n}")
        with count_queries(app) as statements:
            state = client.get("/live").get_json()
        assert state["chat"] == {str(channel): n + 1}
        assert isinstance(state["notifications"], int) and state["points"] == 0
        assert len(statements) <= 4, statements  # the login session's, and two for the counts
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    assert client.get("/live").status_code in (302, 401)
