"""Chat's rules, through the services: channels, membership, DMs, messages, threads, history
and unread counts. Each refusal changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.auth.models import Role, User
from app.chat import services
from app.chat.models import MESSAGE_MAX, Channel, Membership, Message
from app.errors import Conflict, Forbidden, NotFound, ServiceError
from app.extensions import db
from app.notifications.models import Notification


def _count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def _refused(app, action, error=ServiceError, match: str | None = None):
    """The action raises `error` (its message matching) and leaves every chat table as it was."""
    before = [_count(app, m) for m in (Channel, Membership, Message)]
    with app.app_context(), pytest.raises(error, match=match):
        action()
    with app.app_context():
        db.session.rollback()
    assert [_count(app, m) for m in (Channel, Membership, Message)] == before


def _get(model, ident):
    return db.session.get(model, ident)


def test_a_public_channel_is_created_with_its_creator_in_it(app, make_user, chat):
    maya = make_user()
    channel_id = chat.channel(maya, "#Deal-Desk", topic="Discounts and approvals")
    with app.app_context():
        channel = _get(Channel, channel_id)
        assert (channel.name, channel.kind, channel.topic) == ("deal-desk", "public",
                                                               "Discounts and approvals")
        assert [m.user_id for m in channel.memberships] == [maya.id]


@pytest.mark.parametrize("name, kind, message", [
    ("", "public", "Give the channel a name"),
    ("x" * 41, "public", "at most 40"),
    ("deal desk", "public", "lower-case letters"),
    ("-desk", "public", "starts and ends"),
    ("desk", "secret", "public or private"),
    (["desk"], "public", "Give the channel a name"),
])
def test_a_bad_channel_is_refused(app, make_user, name, kind, message):
    maya = make_user()
    _refused(app, lambda: services.create_channel(_get(User, maya.id), name, kind),
             match=message)


def test_channel_names_are_unique(app, make_user, chat):
    maya = make_user()
    chat.channel(maya, "deal-desk")
    _refused(app, lambda: services.create_channel(_get(User, maya.id), "Deal-Desk", "private"),
             Conflict, "already a channel")


def test_anyone_joins_a_public_channel_nobody_joins_a_private_one(app, make_user, chat):
    maya, sam = make_user(), make_user()
    public = chat.channel(maya, "competitive")
    private = chat.channel(maya, "leadership", "private")
    chat.join(sam, public)
    chat.join(sam, public)  # twice: still one membership
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Membership)
                                 .where(Membership.channel_id == public)) == 2
    _refused(app, lambda: services.join(_get(User, sam.id), _get(Channel, private)), NotFound)


def test_a_private_channel_is_invisible_to_outsiders_until_invited(app, make_user, chat):
    maya, sam, ola = make_user(), make_user(), make_user()
    private = chat.channel(maya, "leadership", "private")
    with app.app_context():
        with pytest.raises(NotFound):
            services.get_channel(_get(User, sam.id), private)
        with pytest.raises(NotFound):
            services.channel_by_name(_get(User, sam.id), "leadership")
    # An outsider cannot invite themselves or anyone else.
    _refused(app, lambda: services.invite(_get(User, sam.id), _get(Channel, private),
                                          [_get(User, ola.id)]), NotFound)
    chat.invite(maya, private, sam)
    with app.app_context():
        assert services.get_channel(_get(User, sam.id), private).id == private


def test_outsiders_cannot_write_in_private_channels_or_dms(app, make_user, chat):
    maya, sam, ola = make_user(), make_user(), make_user()
    private = chat.channel(maya, "leadership", "private")
    dm = chat.direct(maya, sam)
    for channel_id in (private, dm):
        _refused(app, lambda c=channel_id: services.post(_get(User, ola.id), _get(Channel, c),
                                                         "Hello?"), NotFound)


def test_writing_in_a_public_channel_needs_joining_it(app, make_user, chat):
    maya, sam = make_user(), make_user()
    public = chat.channel(maya, "competitive")
    _refused(app, lambda: services.post(_get(User, sam.id), _get(Channel, public), "Hi"),
             Forbidden, "Join #competitive")


def test_a_dm_is_one_per_set_of_people_and_keeps_its_people(app, make_user, chat):
    maya, sam, ola = make_user(), make_user(), make_user()
    first = chat.direct(maya, sam)
    assert chat.direct(sam, maya) == first
    group = chat.direct(maya, sam, ola)
    assert group != first
    _refused(app, lambda: services.open_direct(_get(User, maya.id), [_get(User, maya.id)]),
             match="Choose someone")
    _refused(app, lambda: services.invite(_get(User, maya.id), _get(Channel, first),
                                          [_get(User, ola.id)]), match="keeps its people")
    _refused(app, lambda: services.leave(_get(User, maya.id), _get(Channel, first)),
             match="cannot leave")


def test_a_group_dm_has_at_most_eight_people(app, make_user):
    people = [make_user() for _ in range(9)]
    _refused(app, lambda: services.open_direct(_get(User, people[0].id),
                                               [_get(User, p.id) for p in people[1:]]),
             match="at most 8")


@pytest.mark.parametrize("body, message", [
    ("", "Write a message"),
    ("   \n ", "Write a message"),
    ("x" * (MESSAGE_MAX + 1), "at most 4,000"),
    ("x" * 10_241, "at most 4,000"),
    (["a list"], "Write a message"),
    (12, "Write a message"),
])
def test_a_bad_message_is_refused(app, make_user, chat, body, message):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    _refused(app, lambda: services.post(_get(User, maya.id), _get(Channel, channel), body),
             match=message)


def test_a_message_is_sanitised_markdown(app, make_user, chat):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    message = chat.post(maya, channel, "**Net 60** is fine <script>alert(1)</script> "
                                       "[x](javascript:alert(1))")
    html = chat.message(message)["html"]
    assert "<strong>Net 60</strong>" in html
    assert "<script" not in html and "&lt;script&gt;" in html  # shown, never run
    assert "href" not in html  # the javascript: link is left as text


def test_edit_and_delete_only_ones_own_messages(app, make_user, chat):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    message = chat.post(maya, channel, "Quote expires Friday")
    _refused(app, lambda: services.edit(_get(User, sam.id), _get(Message, message), "Mine now"),
             Forbidden)
    _refused(app, lambda: services.delete(_get(User, sam.id), _get(Message, message)),
             Forbidden)
    with app.app_context():
        services.edit(_get(User, maya.id), _get(Message, message), "Quote expires Monday")
        db.session.commit()
    assert chat.message(message)["edited"] and chat.message(message)["body"] == (
        "Quote expires Monday")
    with app.app_context():
        services.delete(_get(User, maya.id), _get(Message, message))
        db.session.commit()
    assert chat.message(message) == {"body": "", "html": "", "edited": True, "deleted": True,
                                     "reply_count": 0}
    _refused(app, lambda: services.edit(_get(User, maya.id), _get(Message, message), "Back"),
             Conflict)


def test_a_manager_may_delete_anyones_message(app, make_user, chat):
    maya, boss = make_user(), make_user(role=Role.MANAGER)
    channel = chat.channel(maya, "deal-desk")
    message = chat.post(maya, channel, "Off-topic")
    with app.app_context():
        services.delete(_get(User, boss.id), _get(Message, message))
        db.session.commit()
    assert chat.message(message)["deleted"]


def test_an_archived_channel_is_read_only_and_only_managers_archive(app, make_user, chat):
    maya, boss = make_user(), make_user(role=Role.MANAGER)
    channel = chat.channel(maya, "old-deals")
    message = chat.post(maya, channel, "Closed")
    _refused(app, lambda: services.archive(_get(User, maya.id), _get(Channel, channel)),
             Forbidden)
    with app.app_context():
        services.archive(_get(User, boss.id), _get(Channel, channel))
        db.session.commit()
    _refused(app, lambda: services.post(_get(User, maya.id), _get(Channel, channel), "More"),
             Conflict, "archived")
    _refused(app, lambda: services.edit(_get(User, maya.id), _get(Message, message), "Edit"),
             Conflict, "archived")
    with app.app_context():
        page = services.history(_get(Channel, channel))
        assert [m.id for m in page.messages] == [message]  # still readable


def test_threads_count_their_replies_and_stay_out_of_the_channel_history(app, make_user, chat):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    root = chat.post(maya, channel, "Who approves 30% off?")
    reply = chat.post(sam, channel, "Your RVP, over 25%", parent_id=root)
    assert chat.message(root)["reply_count"] == 1
    # A reply to a reply, or into another channel's thread, is refused.
    other = chat.channel(sam, "other")
    _refused(app, lambda: services.post(_get(User, sam.id), _get(Channel, channel), "Hm",
                                        reply), match="Reply to a message")
    _refused(app, lambda: services.post(_get(User, sam.id), _get(Channel, other), "Hm", root),
             match="Reply to a message")
    with app.app_context():
        assert [m.id for m in services.history(_get(Channel, channel)).messages] == [root]
        thread = services.history(_get(Channel, channel), thread_of=_get(Message, root))
        assert [m.id for m in thread.messages] == [reply]


def test_history_pages_back_by_id(app, make_user, chat):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    ids = [chat.post(maya, channel, f"Message {n}") for n in range(7)]
    with app.app_context():
        room = _get(Channel, channel)
        newest = services.history(room, limit=3)
        assert [m.id for m in newest.messages] == ids[4:] and newest.older
        older = services.history(room, before=newest.messages[0].id, limit=3)
        assert [m.id for m in older.messages] == ids[1:4] and older.older
        oldest = services.history(room, before=older.messages[0].id, limit=3)
        assert [m.id for m in oldest.messages] == ids[:1] and not oldest.older
        for bad in ({"before": "5"}, {"before": 0}, {"limit": 0}, {"limit": 101},
                    {"limit": True}):
            with pytest.raises(ServiceError):
                services.history(room, **bad)


def test_unread_counts_follow_the_read_marker(app, make_user, chat):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    dm = chat.direct(maya, sam)
    chat.join(sam, channel)
    first = chat.post(maya, channel, "One")
    chat.post(maya, channel, "Two")
    chat.post(maya, channel, "A reply", parent_id=first)  # threads are not counted
    chat.post(maya, dm, "Psst")
    chat.post(sam, channel, "Mine")  # one's own messages are read
    with app.app_context():
        me = _get(User, sam.id)
        assert services.unread_counts(me) == {dm: 1}  # the channel: read up to their own
        services.mark_read(me, _get(Channel, dm), 10**9)  # past the end: up to the last
        db.session.commit()
        assert services.unread_counts(me) == {}
        # The marker never moves back.
        assert services.mark_read(me, _get(Channel, dm), 1) > 1
        with pytest.raises(ServiceError):
            services.mark_read(me, _get(Channel, dm), "3")


def test_unread_counts_count_others_messages_after_the_marker(app, make_user, chat):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    chat.post(maya, channel, "One")
    second = chat.post(maya, channel, "Two")
    chat.post(maya, channel, "Three")
    with app.app_context():
        me = _get(User, sam.id)
        assert services.unread_counts(me) == {channel: 3}
        services.mark_read(me, _get(Channel, channel), second)
        db.session.commit()
        assert services.unread_counts(me) == {channel: 1}


def test_a_mention_notifies_members_only(app, make_user, chat):
    maya = make_user(name="Maya")
    sam = make_user(name="Sam", email="sam@example.com")
    make_user(name="Ola", email="ola@example.com")  # @ola: not a member
    private = chat.channel(maya, "leadership", "private")
    chat.invite(maya, private, sam)
    chat.post(maya, private, "@sam and @ola: numbers by Friday")
    with app.app_context():
        told = db.session.execute(select(Notification.user_id, Notification.text,
                                         Notification.url)).all()
    assert [(user, text) for user, text, _ in told] == [
        (sam.id, "Maya mentioned you in #leadership")]
    assert told[0].url.startswith(f"/chat/{private}#message-")


@pytest.mark.parametrize("kind", ["private", "public"])
def test_a_mention_added_by_an_edit_notifies_members_only(app, make_user, chat, kind):
    maya = make_user(name="Maya")
    sam = make_user(name="Sam", email="sam@example.com")
    make_user(name="Ola", email="ola@example.com")  # @ola: not a member
    channel = chat.channel(maya, "leadership", kind)
    chat.invite(maya, channel, sam)
    message = chat.post(maya, channel, "Numbers by Friday")
    with app.app_context():
        services.edit(_get(User, maya.id), _get(Message, message),
                      "@sam and @ola: numbers by Friday")
        db.session.commit()
        told = db.session.execute(select(Notification.user_id, Notification.text)).all()
    assert told == [(sam.id, "Maya mentioned you in #leadership")]


def test_the_sidebar_names_dms_by_their_other_people(app, make_user, chat):
    maya = make_user(name="Maya")
    sam = make_user(name="Sam")
    ola = make_user(name="Ola")
    chat.channel(maya, "deal-desk")
    chat.direct(maya, sam, ola)
    with app.app_context():
        me = _get(User, maya.id)
        labels = [e.label for e in services.sidebar(me, services.unread_counts(me))]
    assert labels == ["#deal-desk", "Ola, Sam"]
