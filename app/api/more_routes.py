"""The /api/v1 endpoints for wiki pages, people, chat, notifications and the leaderboard:
what the caller may see, through the same services as the pages."""

from __future__ import annotations

import marshmallow as ma
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.api.core import (
    PageArgs,
    base_revision_field,
    blueprint,
    committed,
    cursor_page,
    id_field,
    page_schema,
)
from app.api.routes import PersonSchema, Strict
from app.auth.access import me
from app.auth.models import utcnow
from app.chat import services as chat
from app.chat.models import Channel, Kind, Membership
from app.errors import NotFound
from app.extensions import db
from app.notifications import services as notifications
from app.notifications.models import Notification
from app.points import services as points
from app.profiles import services as profiles
from app.wiki import services as wiki
from app.wiki.models import PAGE_BODY_MAX, PAGE_TITLE_MAX, WikiPage, WikiRevision

wiki_bp = blueprint("api_wiki", "Best-practice wiki pages and their revisions.")
profiles_bp = blueprint("api_profiles", "People's profiles and the leaderboard.")
chat_bp = blueprint("api_chat", "Chat channels the caller may read, and their messages.")
inbox_bp = blueprint("api_notifications", "The caller's notifications.")
BLUEPRINTS = [wiki_bp, profiles_bp, chat_bp, inbox_bp]


# ---------------------------------------------------------------- wiki

class PageSummarySchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    title = ma.fields.String(required=True)
    slug = ma.fields.String(required=True)
    revision = ma.fields.Integer(required=True)
    owner = ma.fields.Nested(PersonSchema, required=True)
    tags = ma.fields.Function(lambda p: [t.name for t in p.tags], required=True)
    review_due_at = ma.fields.DateTime(required=True)
    url = ma.fields.Function(lambda p: f"/wiki/{p.slug}", required=True)


class PageSchema(PageSummarySchema):
    body = ma.fields.String(required=True, metadata={"description": "Markdown."})
    body_html = ma.fields.String(required=True, metadata={"description": "Sanitised HTML."})


class RevisionSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    number = ma.fields.Integer(required=True)
    author = ma.fields.Nested(PersonSchema, required=True)
    title = ma.fields.String(required=True)
    body = ma.fields.String(required=True)
    tags = ma.fields.String(required=True)
    summary = ma.fields.String(required=True)
    created_at = ma.fields.DateTime(required=True)


class NewPageArgs(Strict):
    title = ma.fields.String(required=True, validate=ma.validate.Length(max=PAGE_TITLE_MAX * 2))
    body = ma.fields.String(required=True, validate=ma.validate.Length(max=PAGE_BODY_MAX))
    tags = ma.fields.List(ma.fields.String(validate=ma.validate.Length(max=100)),
                          load_default=list, validate=ma.validate.Length(max=20))
    parent_id = id_field(load_default=None)


class PageEditArgs(Strict):
    body = ma.fields.String(required=True, validate=ma.validate.Length(max=PAGE_BODY_MAX))
    tags = ma.fields.List(ma.fields.String(validate=ma.validate.Length(max=100)),
                          load_default=list, validate=ma.validate.Length(max=20))
    summary = ma.fields.String(load_default="", validate=ma.validate.Length(max=400))
    base_revision = base_revision_field("page")


@wiki_bp.post("/wiki/pages")
@wiki_bp.arguments(NewPageArgs)
@wiki_bp.response(201, PageSchema)
def write_page(args):
    """Write a new page (you own it)."""
    parent = wiki.get_page(args["parent_id"], me()) if args["parent_id"] else None
    return committed(wiki.create_page(me(), args["title"], args["body"], args["tags"], parent))


@wiki_bp.put("/wiki/pages/<int:page_id>")
@wiki_bp.arguments(PageEditArgs)
@wiki_bp.response(200, PageSchema)
def edit_page(args, page_id: int):
    """Save a new revision of a page, made from `base_revision`."""
    page = wiki.get_page(page_id, me())
    wiki.edit_page(me(), page, args["body"], args["tags"], args["summary"],
                   args["base_revision"])
    return committed(page)


@wiki_bp.get("/wiki/pages")
@wiki_bp.arguments(PageArgs, location="query")
@wiki_bp.response(200, page_schema(PageSummarySchema, "WikiPageList"))
def pages(args):
    """Live wiki pages, newest first."""
    return cursor_page(select(WikiPage).where(WikiPage.deleted_at.is_(None)).options(
        joinedload(WikiPage.owner), selectinload(WikiPage.tags)), WikiPage.id, args,
        "api_wiki.pages")


@wiki_bp.get("/wiki/pages/<int:page_id>")
@wiki_bp.response(200, PageSchema)
def page(page_id: int):
    """One page (a deleted one only for managers, as on the site)."""
    return wiki.get_page(page_id, me())


@wiki_bp.get("/wiki/pages/<int:page_id>/revisions")
@wiki_bp.arguments(PageArgs, location="query")
@wiki_bp.response(200, page_schema(RevisionSchema, "WikiRevisionList"))
def revisions(args, page_id: int):
    """A page's revisions, newest first."""
    found = wiki.get_page(page_id, me())
    return cursor_page(select(WikiRevision).where(WikiRevision.page_id == found.id)
                       .options(joinedload(WikiRevision.author)), WikiRevision.id, args,
                       "api_wiki.revisions", page_id=page_id)


# ---------------------------------------------------------------- people

class ProfileSchema(PersonSchema):
    department = ma.fields.String(allow_none=True)
    bio = ma.fields.String(allow_none=True)
    team = ma.fields.Function(lambda u: u.team.name if u.team else None, allow_none=True)
    region = ma.fields.Function(lambda u: u.region.name if u.region else None, allow_none=True)
    url = ma.fields.Function(lambda u: f"/people/{u.id}", required=True)


class BoardArgs(Strict):
    period = ma.fields.String(load_default="week",
                              validate=ma.validate.OneOf(list(points.PERIODS)))
    limit = ma.fields.Integer(load_default=20, validate=ma.validate.Range(1, 100))


class StandingSchema(ma.Schema):
    rank = ma.fields.Integer(required=True)
    person = ma.fields.Nested(PersonSchema, required=True)
    earned = ma.fields.Integer(required=True)


@profiles_bp.get("/people/<int:user_id>")
@profiles_bp.response(200, ProfileSchema)
def profile(user_id: int):
    """A person's profile."""
    person = profiles.get_person(user_id)
    if person is None:
        raise NotFound("There is no such person.")
    return person


@profiles_bp.get("/leaderboard")
@profiles_bp.arguments(BoardArgs, location="query")
@profiles_bp.response(200, StandingSchema(many=True))
def leaderboard(args):
    """The top `limit` people by points earned in the period (week, month or all)."""
    rows = db.session.execute(points.people_board(args["period"], None, utcnow())
                              .limit(args["limit"])).all()
    return [{"rank": n, "person": row[0], "earned": row[1]} for n, row in enumerate(rows, 1)]


# ---------------------------------------------------------------- chat

class ChannelSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    kind = ma.fields.String(required=True)
    name = ma.fields.String(allow_none=True, required=True)
    topic = ma.fields.String(required=True)
    archived = ma.fields.Function(lambda c: c.archived_at is not None, required=True)


class AuthorSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)


class MessageSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    channel_id = ma.fields.Integer(required=True)
    parent_id = ma.fields.Integer(allow_none=True, required=True)
    author = ma.fields.Nested(AuthorSchema, required=True)
    body = ma.fields.String(required=True)
    html = ma.fields.String(required=True)
    created_at = ma.fields.String(required=True)
    edited = ma.fields.Boolean(required=True)
    deleted = ma.fields.Boolean(required=True)
    reply_count = ma.fields.Integer(required=True)


class MessagePageArgs(Strict):
    before = id_field(load_default=None, metadata={"description": "A message id."})
    limit = ma.fields.Integer(load_default=chat.PAGE, validate=ma.validate.Range(1, chat.PAGE_MAX))


class MessagesSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(MessageSchema), required=True,
                           metadata={"description": "Oldest first."})
    older = ma.fields.Boolean(required=True)


class SendArgs(Strict):
    body = ma.fields.String(required=True, validate=ma.validate.Length(max=20_000))
    parent_id = id_field(load_default=None, metadata={"description": "Reply in this thread."})


@chat_bp.get("/channels")
@chat_bp.response(200, ChannelSchema(many=True))
def channels():
    """The public channels and the caller's own (private channels and direct messages)."""
    mine = select(Membership.channel_id).where(Membership.user_id == me().id)
    return list(db.session.scalars(select(Channel).where(
        (Channel.kind == Kind.PUBLIC) | Channel.id.in_(mine)).order_by(Channel.id)))


@chat_bp.get("/channels/<int:channel_id>/messages")
@chat_bp.arguments(MessagePageArgs, location="query")
@chat_bp.response(200, MessagesSchema)
def messages(args, channel_id: int):
    """A channel's messages: the latest page, or the one before `before`."""
    room = chat.get_channel(me(), channel_id)
    found = chat.history(room, args["before"], args["limit"])
    return {"items": [chat.payload(m, m.author) for m in found.messages], "older": found.older}


@chat_bp.post("/channels/<int:channel_id>/messages")
@chat_bp.arguments(SendArgs)
@chat_bp.response(201, MessageSchema)
def send(args, channel_id: int):
    """Say something in a channel you are in (it reaches the open pages live)."""
    room = chat.get_channel(me(), channel_id)
    chat.count_message(me(), room.id)
    message = chat.post(me(), room, args["body"], args["parent_id"])
    db.session.commit()
    return chat.payload(message, me())


# ---------------------------------------------------------------- notifications

class NotificationSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    kind = ma.fields.String(required=True)
    text = ma.fields.String(required=True)
    url = ma.fields.String(required=True)
    count = ma.fields.Integer(required=True)
    read = ma.fields.Function(lambda n: n.read_at is not None, required=True)
    updated_at = ma.fields.DateTime(required=True)


@inbox_bp.get("/notifications")
@inbox_bp.arguments(PageArgs, location="query")
@inbox_bp.response(200, page_schema(NotificationSchema, "NotificationList"))
def inbox(args):
    """The caller's notifications, newest first."""
    return cursor_page(select(Notification).where(Notification.user_id == me().id),
                       Notification.id, args, "api_notifications.inbox")


@inbox_bp.post("/notifications/<int:notification_id>/read")
@inbox_bp.response(200, NotificationSchema)
def read(notification_id: int):
    """Mark one of your notifications read (someone else's is not found)."""
    return committed(notifications.mark_read(me(), notification_id))



