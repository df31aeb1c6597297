"""Chat: channels, membership, direct messages, messages and threads, and how far each person
has read. Every function checks who may do what; the edge commits, and what a commit changed is
sent live to the channel's room (`channel:<id>`) once it is committed.

Who may do what:
- a public channel: anyone reads it; members post; anyone joins; members invite.
- a private channel: members only, for everything; members invite; nobody joins uninvited.
- a direct message: its people only; membership is fixed (a different set is another DM).
- an archived channel is read-only; managers and admins archive and unarchive.
- one's own messages: edit and delete; a manager or admin may delete anyone's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, literal, select, update
from sqlalchemy.orm import joinedload

from app import mentions, ratelimits, signals
from app.audit.models import Kind as AuditKind
from app.audit.services import record
from app.auth import sessions
from app.auth.models import LoginSession, User, utcnow
from app.chat.models import (
    DESCRIPTION_MAX,
    DIRECT_MAX,
    MESSAGE_MAX,
    NAME_MAX,
    TOPIC_MAX,
    Channel,
    Kind,
    Membership,
    Message,
    Presence,
)
from app.errors import Conflict, Forbidden, NotFound, ServiceError, checked
from app.extensions import db
from app.numbers import UNREAD_COUNTED, is_id
from app.profiles.services import people_by_handle
from app.realtime import (
    close_room_after_commit,
    emit_after_commit,
    enter_room_after_commit,
    leave_room_after_commit,
    send_after_commit,
)

PAGE = 50  # messages per history page
PAGE_MAX = 100
_NAME = re.compile(rf"[a-z0-9](?:[a-z0-9-]{{0,{NAME_MAX - 2}}}[a-z0-9])?")


def channel_room(channel_id: int) -> str:
    return f"channel:{channel_id}"


# ---------------------------------------------------------------- reading and permissions


def membership(user: User, channel: Channel) -> Membership | None:
    return db.session.get(Membership, (channel.id, user.id))


def can_read(user: User, channel: Channel) -> bool:
    return channel.kind == Kind.PUBLIC or membership(user, channel) is not None


def get_channel(user: User, channel_id: object) -> Channel:
    """The channel, if `user` may read it. A private channel or DM they are not in is "not
    found", as if it did not exist: its name is not theirs to learn."""
    channel = db.session.get(Channel, channel_id) if is_id(channel_id) else None
    if channel is None or not can_read(user, channel):
        raise NotFound("There is no such channel, or you are not a member of it.")
    return channel


def channel_by_name(user: User, name: str) -> Channel:
    channel = db.session.scalar(select(Channel).where(Channel.name == name))
    if channel is None or not can_read(user, channel):
        raise NotFound("There is no such channel, or you are not a member of it.")
    return channel


def _require_member(user: User, channel: Channel, doing: str) -> Membership:
    member = membership(user, channel)
    if member is None:
        if channel.kind == Kind.PUBLIC:
            raise Forbidden(f"Join #{channel.name} to {doing}.")
        raise NotFound("There is no such channel, or you are not a member of it.")
    return member


def _require_open(channel: Channel) -> None:
    if channel.archived:
        raise Conflict("This channel is archived: it can be read but not changed.")


# ---------------------------------------------------------------- channels


def _clean_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ServiceError("Give the channel a name, such as deal-desk.", "name")
    name = name.strip().lstrip("#").lower()
    if len(name) > NAME_MAX:
        raise ServiceError(f"A channel name has at most {NAME_MAX} characters.", "name")
    if not _NAME.fullmatch(name):
        raise ServiceError("A channel name uses lower-case letters, digits and hyphens, and "
                           "starts and ends with a letter or digit.", "name")
    return name


def _clean_text(text: object, field: str, maximum: int) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise ServiceError(f"The {field} must be text.", field)
    text = text.strip()
    if len(text) > maximum:
        raise ServiceError(f"The {field} has at most {maximum:,} characters; it has "
                           f"{len(text):,}.", field)
    return text


def create_channel(creator: User, name: object, kind: object, topic: object = "",
                   description: object = "") -> Channel:
    """A public or private channel, its creator its first member."""
    values = checked(
        name=lambda: _clean_name(name),
        kind=lambda: _clean_kind(kind),
        topic=lambda: _clean_text(topic, "topic", TOPIC_MAX),
        description=lambda: _clean_text(description, "description", DESCRIPTION_MAX),
    )
    if db.session.scalar(select(Channel.id).where(Channel.name == values["name"])):
        raise Conflict(f"There is already a channel called #{values['name']}.", "name")
    channel = Channel(created_by_id=creator.id, **values)
    channel.memberships.append(Membership(user_id=creator.id))
    db.session.add(channel)
    db.session.flush()
    return channel


def _clean_kind(kind: object) -> str:
    if kind not in (Kind.PUBLIC, Kind.PRIVATE):
        raise ServiceError("A channel is public or private.", "kind")
    return str(kind)


def edit_channel(user: User, channel: Channel, topic: object, description: object) -> None:
    """Members change the topic and description (of a named channel)."""
    _require_member(user, channel, "change its topic")
    _require_open(channel)
    if channel.is_direct:
        raise ServiceError("A direct message has no topic.")
    values = checked(topic=lambda: _clean_text(topic, "topic", TOPIC_MAX),
                     description=lambda: _clean_text(description, "description",
                                                     DESCRIPTION_MAX))
    channel.topic, channel.description = values["topic"], values["description"]
    emit_after_commit(channel_room(channel.id), "chat_channel",
                      {"channel_id": channel.id, "topic": channel.topic})


def join(user: User, channel: Channel) -> Membership:
    if channel.kind != Kind.PUBLIC:
        raise NotFound("There is no such channel, or you are not a member of it.")
    _require_open(channel)
    existing = membership(user, channel)
    if existing is not None:
        return existing
    member = Membership(channel_id=channel.id, user_id=user.id,
                        last_read_id=channel.last_message_id)
    db.session.add(member)
    db.session.flush()
    _tell_joined(user.id, channel)
    return member


def leave(user: User, channel: Channel) -> None:
    member = _require_member(user, channel, "leave it")
    if channel.is_direct:
        raise ServiceError("You cannot leave a direct message.")
    _drop(member, channel)


def can_remove(actor: User, channel: Channel) -> bool:
    """Who takes people out of a channel: its creator, managers and admins."""
    return not channel.is_direct and (actor.is_manager or actor.id == channel.created_by_id)


def remove(actor: User, channel: Channel, person: User) -> None:
    """Take someone out of a channel: from the commit on, none of their open pages receives
    anything more from it (and a private channel is no longer theirs to read)."""
    if not can_remove(actor, channel):
        raise Forbidden("Only the channel's creator, managers and admins remove people.")
    _require_open(channel)
    if person.id == actor.id:
        raise ServiceError("To go, leave the channel.", "people")
    member = membership(person, channel)
    if member is None:
        raise ServiceError(f"{person.name} is not in #{channel.name}.", "people")
    _drop(member, channel)


def _drop(member: Membership, channel: Channel) -> None:
    """End a membership: the person's pages are told, and their connections leave the room."""
    db.session.delete(member)
    db.session.flush()
    send_after_commit(member.user_id, "chat_left", {"channel_id": channel.id})
    leave_room_after_commit(connections([member.user_id]), channel_room(channel.id))


def set_private(actor: User, channel: Channel, private: bool) -> None:
    """Managers and admins make a public channel private (from then on only its members read
    it: everyone else's open pages stop receiving it at the commit) or a private one public."""
    if not actor.is_manager:
        raise Forbidden("Only managers and admins change who may read a channel.")
    if channel.is_direct:
        raise ServiceError("A direct message stays between its people.")
    _require_open(channel)
    kind = Kind.PRIVATE if private else Kind.PUBLIC
    if channel.kind == kind:
        return
    channel.kind = kind
    signals.chat_channel_privacy_changed.send(channel)
    emit_after_commit(channel_room(channel.id), "chat_channel",
                      {"channel_id": channel.id, "private": private})
    if private:
        member_ids = list(db.session.scalars(select(Membership.user_id).where(
            Membership.channel_id == channel.id)))
        close_room_after_commit(channel_room(channel.id), connections(member_ids))


def invite(inviter: User, channel: Channel, people: list[User]) -> list[User]:
    """Add people to a channel the inviter is in; those already in it are skipped. The ones
    added are returned."""
    _require_member(inviter, channel, "invite people")
    _require_open(channel)
    if channel.is_direct:
        raise ServiceError("A direct message keeps its people; start a new one to add someone.")
    if not people:
        raise ServiceError("Choose someone to invite.", "people")
    inactive = [p.name for p in people if not p.active]
    if inactive:
        raise ServiceError(f"{inactive[0]} has no active account.", "people")
    present = set(db.session.scalars(
        select(Membership.user_id).where(Membership.channel_id == channel.id,
                                         Membership.user_id.in_([p.id for p in people]))))
    added = [p for p in people if p.id not in present]
    for person in added:
        db.session.add(Membership(channel_id=channel.id, user_id=person.id,
                                  last_read_id=channel.last_message_id))
    db.session.flush()
    for person in added:
        _tell_joined(person.id, channel)
    return added


def _tell_joined(user_id: int, channel: Channel) -> None:
    """The person's open connections enter the channel's room at the commit (so that a first
    message sent at once reaches them), and their pages are told, to show the channel."""
    enter_room_after_commit(connections([user_id]), channel_room(channel.id))
    send_after_commit(user_id, "chat_joined", {"channel_id": channel.id})


def archive(actor: User, channel: Channel, archived: bool = True) -> None:
    if not actor.is_manager:
        raise Forbidden("Only managers and admins archive channels.")
    if channel.is_direct:
        raise ServiceError("Direct messages are not archived.")
    if archived == channel.archived:
        return
    channel.archived_at = utcnow() if archived else None
    channel.archived_by_id = actor.id if archived else None
    emit_after_commit(channel_room(channel.id), "chat_channel",
                      {"channel_id": channel.id, "archived": archived})


def open_direct(user: User, others: list[User]) -> Channel:
    """The DM between `user` and `others` (one or a few people), created the first time."""
    people = {p.id: p for p in [user, *others]}
    if len(people) < 2:
        raise ServiceError("Choose someone to write to.", "people")
    if len(people) > DIRECT_MAX:
        raise ServiceError(f"A direct message has at most {DIRECT_MAX} people; make a private "
                           "channel for more.", "people")
    inactive = [p.name for p in people.values() if not p.active]
    if inactive:
        raise ServiceError(f"{inactive[0]} has no active account.", "people")
    key = ",".join(str(i) for i in sorted(people))
    channel = db.session.scalar(select(Channel).where(Channel.direct_key == key))
    if channel is not None:
        return channel
    channel = Channel(kind=Kind.DIRECT, direct_key=key, created_by_id=user.id)
    channel.memberships = [Membership(user_id=i) for i in people]
    db.session.add(channel)
    db.session.flush()
    for person_id in people:
        _tell_joined(person_id, channel)
    return channel


HANDLES_MAX = 20  # people named in one invitation


def people_named(text: object) -> list[User]:
    """The active people whose @handles `text` lists (spaces or commas between), or an error
    naming the first handle nobody has."""
    if not isinstance(text, str) or not text.strip():
        raise ServiceError("Name someone by their @handle.", "people")
    handles = list(dict.fromkeys(h.lstrip("@").lower() for h in re.split(r"[\s,]+", text.strip())
                                 if h.lstrip("@")))
    if len(handles) > HANDLES_MAX:
        raise ServiceError(f"Name at most {HANDLES_MAX} people at once.", "people")
    found = {p.handle: p for p in people_by_handle(handles)}
    missing = [h for h in handles if h not in found]
    if missing:
        raise ServiceError(f"Nobody active has the handle @{missing[0][:40]}.", "people")
    return [found[h] for h in handles]


# A channel's page lists its members when they are this many at most; a larger channel's page
# lists its online members (this many at most) and links to its members' page.
MEMBERS_SHOWN = 50


@dataclass
class Members:
    shown: list[User]  # by name: every member, or (a large channel) online ones
    total: int
    online: set[int]  # the ids of the members online, shown or not
    complete: bool  # whether `shown` is every member


def members_query(channel: Channel) -> Select:
    """The channel's members, by name (for its members' page)."""
    return (select(User).join(Membership, Membership.user_id == User.id)
            .where(Membership.channel_id == channel.id).order_by(User.name, User.id))


def members(channel: Channel) -> Members:
    """What a channel's page shows of its members: three queries, however many there are
    (the online ones are found from the connections, which are few)."""
    total = db.session.scalar(select(func.count()).select_from(Membership)
                              .where(Membership.channel_id == channel.id))
    online_members = (select(Presence.user_id)
                      .join(Membership, Membership.user_id == Presence.user_id)
                      .where(Membership.channel_id == channel.id, _live(utcnow())))
    online = set(db.session.scalars(online_members.distinct()))
    query = members_query(channel)
    if total > MEMBERS_SHOWN:
        query = query.where(User.id.in_(online_members)).limit(MEMBERS_SHOWN)
    return Members(list(db.session.scalars(query)), total, online, total <= MEMBERS_SHOWN)


# ---------------------------------------------------------------- messages


def _clean_body(body: object) -> str:
    if not isinstance(body, str) or not body.strip():
        raise ServiceError("Write a message first.", "body")
    body = body.strip()
    if len(body) > MESSAGE_MAX:
        raise ServiceError(f"A message has at most {MESSAGE_MAX:,} characters; this one has "
                           f"{len(body):,}.", "body")
    return body


def get_message(user: User, message_id: object) -> Message:
    """The message, if `user` may read its channel."""
    message = db.session.get(Message, message_id) if is_id(message_id) else None
    if message is None or not can_read(user, message.channel):
        raise NotFound("There is no such message.")
    return message


def count_message(person: User, channel_id: int) -> None:
    """Count a message or an edit by `person` in the channel against CHAT_MESSAGE_RATE_LIMIT:
    one budget whichever way it comes (the socket event and the API each call this once,
    before post or edit); RateLimited once it is spent."""
    ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", person.id, channel_id)


def post(author: User, channel: Channel, body: object, parent_id: object = None,
         at: datetime | None = None) -> Message:
    """A message in the channel (or a reply in a message's thread), its @mentions told. `at`
    backdates it (the demo's history)."""
    member = _require_member(author, channel, "write in it")
    _require_open(channel)
    body = _clean_body(body)
    parent = None
    if parent_id is not None:
        parent = get_message(author, parent_id)
        if parent.channel_id != channel.id or parent.parent_id is not None or parent.deleted:
            raise ServiceError("Reply to a message of this channel.", "parent_id")
    html, mentioned = mentions.render(body)
    message = Message(channel_id=channel.id, author_id=author.id, parent_id=parent_id,
                      body=body, body_html=html, created_at=at or utcnow())
    db.session.add(message)
    db.session.flush()
    # In SQL, never backwards: two messages sent at once may commit in either order.
    db.session.execute(update(Channel).where(Channel.id == channel.id,
                                             Channel.last_message_id < message.id)
                       .values(last_message_id=message.id))
    db.session.execute(update(Membership).where(  # one's own message is read
        Membership.channel_id == channel.id, Membership.user_id == author.id,
        Membership.last_read_id < message.id).values(last_read_id=message.id))
    if parent is not None:
        db.session.execute(update(Message).where(Message.id == parent.id).values(
            reply_count=Message.reply_count + 1, last_reply_at=message.created_at))
    db.session.expire(channel, ["last_message_id"])
    db.session.expire(member, ["last_read_id"])
    if parent is not None:
        db.session.expire(parent, ["reply_count", "last_reply_at"])
    _announce_to_members(message, mentioned, author)
    signals.chat_message_changed.send(message)
    emit_after_commit(channel_room(channel.id), "chat_message", payload(message, author))
    return message


def _announce_to_members(message: Message, mentioned: list[User], author: User) -> None:
    """Tell the people mentioned who are in the message's channel, and nobody else: a mention
    does not show a private channel to an outsider, nor pull someone into a public one they
    did not join."""
    if not mentioned:
        return
    members = set(db.session.scalars(select(Membership.user_id).where(
        Membership.channel_id == message.channel_id,
        Membership.user_id.in_([p.id for p in mentioned]))))
    mentions.announce(message, [p for p in mentioned if p.id in members], author)


def edit(editor: User, message: Message, body: object) -> None:
    if message.author_id != editor.id:
        raise Forbidden("You can edit only your own messages.")
    if message.deleted:
        raise Conflict("This message was deleted.")
    _require_open(message.channel)
    body = _clean_body(body)
    if body == message.body:
        return
    html, mentioned = mentions.render(body, previously=message.body)
    message.body, message.body_html, message.edited_at = body, html, utcnow()
    _announce_to_members(message, mentioned, editor)
    signals.chat_message_changed.send(message)
    emit_after_commit(channel_room(message.channel_id), "chat_message_changed",
                      payload(message, editor))


def delete(actor: User, message: Message) -> None:
    if message.author_id != actor.id and not actor.is_manager:
        raise Forbidden("You can delete only your own messages.")
    if message.deleted:
        return
    _require_open(message.channel)
    message.deleted_at = utcnow()
    message.body, message.body_html = "", ""
    signals.chat_message_changed.send(message)
    emit_after_commit(channel_room(message.channel_id), "chat_message_changed",
                      payload(message, message.author))


def payload(message: Message, author: User) -> dict:
    """A message as its readers' pages get it, live or in a history page."""
    return {
        "id": message.id,
        "channel_id": message.channel_id,
        "parent_id": message.parent_id,
        "author": {"id": author.id, "name": author.name, "initials": author.initials,
                   "colour": author.avatar_colour},
        "body": message.body,  # the Markdown, for its author's edit box
        "html": message.body_html,
        "created_at": message.created_at.isoformat(),
        "edited": message.edited_at is not None,
        "deleted": message.deleted,
        "reply_count": message.reply_count,
        "promoted_url": f"/posts/{message.promoted_post_id}"
        if message.promoted_post_id else None,
        "promotable": message.channel.kind == Kind.PUBLIC and message.parent_id is None
        and not message.deleted and message.promoted_post_id is None,
    }


@dataclass
class HistoryPage:
    messages: list[Message]  # oldest first
    older: bool  # whether there are older ones (ask with before=messages[0].id)
    newer: bool = False  # after `after`: whether there are more (ask with after=messages[-1].id)


def history(channel: Channel, before: object = None, limit: object = PAGE,
            thread_of: Message | None = None, after: object = None) -> HistoryPage:
    """The newest `limit` top-level messages older than `before` (a message id), or of a
    thread; with `after` (a message id), the oldest `limit` newer than it instead (what a
    page missed while its live updates paused). Keyset by id, one query (the authors loaded
    with it)."""
    for name, value in (("before", before), ("after", after)):
        if value is not None and not is_id(value):
            raise ServiceError(f"“{name}” is a message id.", name)
    if before is not None and after is not None:
        raise ServiceError("Ask for messages “before” one or “after” one, not both.", "after")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= PAGE_MAX:
        raise ServiceError(f"Ask for 1 to {PAGE_MAX} messages.", "limit")
    query = select(Message).where(Message.channel_id == channel.id)
    query = query.where(Message.parent_id == thread_of.id if thread_of is not None
                        else Message.parent_id.is_(None))
    query = query.options(joinedload(Message.author))
    if after is not None:
        rows = list(db.session.scalars(query.where(Message.id > after)
                                       .order_by(Message.id).limit(limit + 1)))
        return HistoryPage(rows[:limit], older=True, newer=len(rows) > limit)
    if before is not None:
        query = query.where(Message.id < before)
    rows = list(db.session.scalars(query.order_by(Message.id.desc()).limit(limit + 1)))
    return HistoryPage(rows[:limit][::-1], len(rows) > limit)


# ---------------------------------------------------------------- promoting to Q&A

CANDIDATES = 20  # the later messages offered as the answer


def message_url(message: Message) -> str:
    thread = f"?thread={message.parent_id}" if message.parent_id else ""
    return f"/chat/{message.channel_id}{thread}#message-{message.id}"


def require_promotable(user: User, message: Message) -> None:
    channel = message.channel
    if channel.kind != Kind.PUBLIC:
        raise Forbidden("Only messages of public channels become questions: what was said in "
                        "a private channel or a direct message stays there.")
    _require_member(user, channel, "promote its messages")
    if message.deleted or message.parent_id is not None:
        raise ServiceError("Only a message of the channel (not a reply in a thread, not a "
                           "deleted one) becomes a question.")
    if message.promoted_post_id is not None:
        raise Conflict("This message is a question already.")


def proposed_title(message: Message) -> str:
    """The message's first question, or its first sentence, as plain text, cut to fit a title."""
    from app.qa.models import TITLE_MAX

    text = re.sub(r"[*_`#>\[\]]|\(https?://[^)]*\)", "", message.body)
    text = " ".join(text.split())
    sentences = re.findall(r"[^.?!]+[.?!]?", text)
    asked = [s.strip() for s in sentences if s.strip().endswith("?")]
    title = asked[0] if asked else (sentences[0].strip() if sentences else text)
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return title


def _link(message: Message, post_id: int) -> None:
    """Record the post a message became, unless someone promoted it meanwhile (then nothing of
    this promotion is kept: the caller's transaction rolls back)."""
    linked = db.session.execute(
        update(Message).where(Message.id == message.id, Message.promoted_post_id.is_(None))
        .values(promoted_post_id=post_id).returning(Message.id)).first()
    if linked is None:
        raise Conflict("Someone made this message a question a moment ago.")
    db.session.expire(message, ["promoted_post_id"])


def answer_candidates(message: Message) -> list[Message]:
    """The messages that may become its answer: the replies in its thread, then the channel's
    next messages, none deleted or promoted already: one query."""
    return list(db.session.scalars(
        select(Message).options(joinedload(Message.author))
        .where(Message.channel_id == message.channel_id, Message.id > message.id,
               Message.deleted_at.is_(None), Message.promoted_post_id.is_(None),
               (Message.parent_id == message.id) | Message.parent_id.is_(None))
        .order_by(Message.parent_id.is_(None), Message.id).limit(CANDIDATES)))


def promote(promoter: User, message: Message, title: object, tags: object,
            answer_id: object = None, context: object = ""):
    """Make the message a question in its author's words, credited to them, and, if
    `answer_id` names one of its candidates, that message its answer in its author's words,
    credited to them. The title, the tags and any `context` are the promoter's edit, in the
    question's history under their name; both posts say they came from chat, promoted by whom,
    and the chat shows the link. Returns the Question."""
    from app.qa import services as qa
    from app.qa.models import Origin

    require_promotable(promoter, message)
    answer_message = None
    if answer_id is not None:
        answer_message = next((m for m in answer_candidates(message) if m.id == answer_id), None)
        if answer_message is None:
            raise ServiceError("Choose the answer among the replies and the later messages.",
                               "answer")
    channel = message.channel
    now = utcnow()

    def brought(item: Message) -> qa.Provenance:
        return qa.Provenance(Origin.CHAT, promoter, now, message_url(item), channel.name)

    question = qa.ask_in_their_words(message.author, message.body, proposed_title(message),
                                     message.created_at, brought(message), title, tags,
                                     context)
    _link(message, question.id)
    changed = [message]
    if answer_message is not None:
        answer = qa.post_answer(answer_message.author, question, answer_message.body,
                                at=answer_message.created_at,
                                provenance=brought(answer_message))
        _link(answer_message, answer.id)
        changed.append(answer_message)
    record(AuditKind.PROMOTION, actor=promoter,
           subject=message.author, detail=f"chat message {message.id} → question {question.id}")
    for item in changed:
        emit_after_commit(channel_room(channel.id), "chat_message_changed",
                          payload(item, item.author))
    return question


# ---------------------------------------------------------------- reading state


def mark_read(user: User, channel: Channel, message_id: object) -> int:
    """Move the person's read marker forward to `message_id` (never back); their other tabs
    are told. Returns the marker."""
    member = _require_member(user, channel, "read it")
    if not (is_id(message_id) or (type(message_id) is int and message_id == 0)):
        raise ServiceError("Give the id of the last message read.", "message_id")
    target = min(message_id, channel.last_message_id)
    if target > member.last_read_id:
        # A single conditional UPDATE: two tabs reading at once never move it back.
        db.session.execute(update(Membership)
                           .where(Membership.channel_id == channel.id,
                                  Membership.user_id == user.id,
                                  Membership.last_read_id < target)
                           .values(last_read_id=target))
        member.last_read_id = target
        send_after_commit(user.id, "chat_read", {
            "channel_id": channel.id, "last_read_id": target,
            "unread": unread_counts(user, channel.id).get(channel.id, 0)})
    return member.last_read_id


def unread_counts(user: User, channel_id: int | None = None) -> dict[int, int]:
    """{channel id: messages after the person's read marker, by others, not deleted, not
    thread replies, counted up to UNREAD_COUNTED} for every channel they are in that has any
    (or just `channel_id`): one query."""
    unread = (select(literal(1))
              .where(Message.channel_id == Membership.channel_id,
                     Message.id > Membership.last_read_id, Message.author_id != user.id,
                     Message.deleted_at.is_(None), Message.parent_id.is_(None))
              .correlate_except(Message).limit(UNREAD_COUNTED).subquery())
    query = (select(Membership.channel_id,
                    select(func.count()).select_from(unread).scalar_subquery())
             .join(Channel, Channel.id == Membership.channel_id)
             .where(Membership.user_id == user.id,
                    Channel.last_message_id > Membership.last_read_id))
    if channel_id is not None:
        query = query.where(Membership.channel_id == channel_id)
    return {channel: count for channel, count in db.session.execute(query).all() if count}


@dataclass
class SidebarEntry:
    channel: Channel
    label: str  # "#deal-desk", or the other people's names for a DM
    unread: int


def sidebar(user: User, unread: dict[int, int]) -> list[SidebarEntry]:
    """The person's channels and DMs, with `unread` (from unread_counts): two queries."""
    channels = list(db.session.scalars(
        select(Channel).join(Membership, Membership.channel_id == Channel.id)
        .where(Membership.user_id == user.id)
        .order_by(Channel.kind == Kind.DIRECT, Channel.archived_at.is_not(None),
                  Channel.name, Channel.last_message_id.desc())))
    direct_ids = [c.id for c in channels if c.is_direct]
    names: dict[int, list[str]] = {}
    if direct_ids:
        for channel_id, name in db.session.execute(
                select(Membership.channel_id, User.name)
                .join(User, User.id == Membership.user_id)
                .where(Membership.channel_id.in_(direct_ids), User.id != user.id)
                .order_by(User.name)):
            names.setdefault(channel_id, []).append(name)
    return [SidebarEntry(c, ", ".join(names.get(c.id, [])) if c.is_direct else f"#{c.name}",
                         unread.get(c.id, 0)) for c in channels]


def public_channels(user: User) -> list[tuple[Channel, int, bool]]:
    """Every public channel, its member count and whether `user` is in it: one query."""
    mine = (select(Membership.channel_id).where(Membership.user_id == user.id)
            .scalar_subquery())
    count = (select(func.count()).where(Membership.channel_id == Channel.id)
             .correlate(Channel).scalar_subquery())
    return [(c, n, joined) for c, n, joined in db.session.execute(
        select(Channel, count, Channel.id.in_(mine))
        .where(Channel.kind == Kind.PUBLIC)
        .order_by(Channel.archived_at.is_not(None), Channel.name))]


def readable_channel_ids(user: User) -> list[int]:
    """The channels whose live messages the person's pages receive: the ones they are in."""
    return list(db.session.scalars(select(Membership.channel_id)
                                   .where(Membership.user_id == user.id)))




def memberships_of(user_ids: set[int]) -> dict[int, set[int]]:
    """{person's id: the ids of the channels they are in}: one query."""
    found: dict[int, set[int]] = {}
    if user_ids:
        for user_id, channel_id in db.session.execute(
                select(Membership.user_id, Membership.channel_id)
                .where(Membership.user_id.in_(user_ids))):
            found.setdefault(user_id, set()).add(channel_id)
    return found


def public_channel_ids(channel_ids: set[int]) -> set[int]:
    """Which of these channels are public (anyone may read them): one query."""
    if not channel_ids:
        return set()
    return set(db.session.scalars(select(Channel.id).where(
        Channel.id.in_(channel_ids), Channel.kind == Kind.PUBLIC)))


def live_connections(connections: dict[str, int]) -> set[str]:
    """Which of these connections (sid: person's id) were opened with a login session that is
    still live, by its own person: one query."""
    if not connections:
        return set()
    rows = db.session.execute(
        select(Presence.sid, Presence.user_id, LoginSession)
        .join(LoginSession, LoginSession.id == Presence.session_id)
        .where(Presence.sid.in_(list(connections))))
    now = utcnow()
    return {sid for sid, user_id, login in rows
            if user_id == connections[sid] and sessions.alive(login, now)}


# ---------------------------------------------------------------- presence

# Each page says it is still there every PRESENCE_REFRESH (chat.js); a connection not heard of
# for PRESENCE_TIMEOUT belongs to a process that stopped (or a network that dropped it).
PRESENCE_REFRESH = timedelta(seconds=30)
PRESENCE_TIMEOUT = timedelta(seconds=75)


def _live(now: datetime):
    return Presence.seen_at >= now - PRESENCE_TIMEOUT


def arrived(user: User, sid: str, session_id: int | None) -> bool:
    """Record a new connection of the person, opened in the login session `session_id`;
    whether they were offline until now. Rows long dead (a stopped process's) are swept here
    too."""
    now = utcnow()
    db.session.execute(Presence.__table__.delete().where(
        Presence.seen_at < now - 10 * PRESENCE_TIMEOUT))
    was_online = is_online(user.id, now)
    db.session.merge(Presence(sid=sid, user_id=user.id, seen_at=now, session_id=session_id))
    return not was_online


def still_here(user: User, sid: str, session_id: int | None) -> None:
    """The connection is still open (its page said so)."""
    db.session.merge(Presence(sid=sid, user_id=user.id, seen_at=utcnow(), session_id=session_id))


def connections(user_ids: list[int], session_ids: list[int] | None = None) -> list[str]:
    """The open connections (socket ids, on any server process) of these people, or only
    those opened in these login sessions: one query."""
    query = select(Presence.sid).where(Presence.user_id.in_(user_ids))
    if session_ids is not None:
        query = query.where(Presence.session_id.in_(session_ids))
    return list(db.session.scalars(query))


def departed(sid: str) -> tuple[int | None, bool]:
    """Forget a closed connection: (whose it was, whether they are still online elsewhere)."""
    row = db.session.get(Presence, sid)
    if row is None:
        return None, False
    db.session.delete(row)
    db.session.flush()
    return row.user_id, is_online(row.user_id)


def is_online(user_id: int, now: datetime | None = None) -> bool:
    return db.session.scalar(select(Presence.sid).where(
        Presence.user_id == user_id, _live(now or utcnow())).limit(1)) is not None


def online_ids(user_ids: list[int]) -> set[int]:
    """Which of these people have a live connection: one query."""
    if not user_ids:
        return set()
    return set(db.session.scalars(select(Presence.user_id).distinct().where(
        Presence.user_id.in_(user_ids), _live(utcnow()))))
