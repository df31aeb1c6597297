"""Chat in search: the messages a person can read are found (the search page's "Chat" filter),
a private channel's and a DM's only by their members, edits and deletions follow."""

from __future__ import annotations

from app.auth.models import User
from app.chat import services
from app.chat.models import Message
from app.extensions import db


def _hits(client, text: str, kind: str | None = None) -> str:
    query = {"q": text, **({"type": kind} if kind else {})}
    response = client.get("/search", query_string=query)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_members_find_private_messages_outsiders_never(app, client, make_user, login, chat):
    maya, sam = make_user(), make_user()
    outsider = make_user()
    public = chat.channel(maya, "deal-desk")
    private = chat.channel(maya, "leadership", "private")
    dm = chat.direct(maya, sam)
    chat.post(maya, public, "Halvorsen signed the renewal today")
    chat.post(maya, private, "Halvorsen wants a zeppelin discount")
    chat.post(maya, dm, "Halvorsen champion is leaving, keep it quiet")
    _index(app)
    login(outsider)
    page = _hits(client, "Halvorsen")
    assert "signed the renewal" in page
    assert "zeppelin" not in page and "champion is leaving" not in page
    assert '#message-' not in _hits(client, "zeppelin")  # no trace
    client.post("/auth/logout", data={"csrf_token": _token(client)})
    login(maya)
    page = _hits(client, "Halvorsen", "message")
    assert all(text in page for text in ("signed the renewal", "zeppelin", "champion"))
    assert f'href="/chat/{private}#message-' in page


def test_edits_and_deletions_reach_the_index(app, client, make_user, login, chat):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    message = chat.post(maya, channel, "Quote for Brauhaus expires Friday")
    with app.app_context():
        me = db.session.get(User, maya.id)
        services.edit(me, db.session.get(Message, message), "Quote for Brauhaus expires Monday")
        db.session.commit()
    login(maya)
    _index(app)
    assert "Monday" in _hits(client, "Brauhaus")
    with app.app_context():
        services.delete(db.session.get(User, maya.id), db.session.get(Message, message))
        db.session.commit()
    _index(app)
    assert '#message-' not in _hits(client, "Brauhaus")


def _index(app) -> None:
    """Apply the search outbox, as the request that wrote would have after its commit."""
    from app.search import indexer

    with app.app_context():
        indexer.catch_up()


def _token(client) -> str:
    from tests.conftest import csrf_token

    return csrf_token(client, "/")
