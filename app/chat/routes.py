"""Chat's pages: the channel list, a channel with its history and composer (the messages
themselves come and go over Socket.IO, see events.py), the history as JSON for paging back,
and the forms that change membership: create, join, leave, invite, topic, archive, DMs."""

from __future__ import annotations

from flask import Blueprint, flash, g, jsonify, redirect, render_template, request, url_for
from wtforms.fields.choices import SelectChoice

from app.auth.access import me
from app.auth.models import User
from app.chat import services
from app.chat.forms import ChannelForm, PeopleForm, PromoteForm, TopicForm
from app.chat.models import Message
from app.errors import NotFound, ServiceError
from app.extensions import db
from app.forms import ActionForm, form_failed, number_arg, require_valid, whole_number
from app.pagination import paginate
from app.search import services as search

bp = Blueprint("chat", __name__, url_prefix="/chat", template_folder="templates")


@bp.get("/")
def index():
    """The first of the person's channels, or the list of public channels to join."""
    entries = _sidebar()
    if entries:
        return redirect(url_for("chat.channel", channel_id=entries[0].channel.id))
    return redirect(url_for("chat.browse"))


@bp.get("/browse")
def browse():
    return render_template("chat/browse.html", channels=services.public_channels(me()),
                           sidebar=_sidebar(), form=ActionForm(),
                           people_form=PeopleForm())


@bp.route("/new", methods=["GET", "POST"])
def new():
    form = ChannelForm()
    status = 200
    if form.validate_on_submit():
        try:
            channel = services.create_channel(me(), form.name.data, form.kind.data,
                                              form.topic.data, form.description.data)
            db.session.commit()
            return redirect(url_for("chat.channel", channel_id=channel.id))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = 400
    return render_template("chat/new.html", form=form, sidebar=_sidebar()), status


@bp.get("/<int:channel_id>")
def channel(channel_id: int):
    room = services.get_channel(me(), channel_id)
    member = services.membership(me(), room)
    thread = None
    if "thread" in request.args:
        thread = db.session.get(Message, number_arg("thread"))
        if thread is None or thread.channel_id != room.id or thread.parent_id is not None:
            raise NotFound("There is no such thread in this channel.")
    people = services.members(room)
    entries = _sidebar()
    label = next((e.label for e in entries if e.channel.id == room.id), f"#{room.name}")
    return render_template("chat/channel.html", channel=room, member=member, people=people,
                           label=label, can_remove=services.can_remove(me(), room),
                           sidebar=entries, thread=thread, form=ActionForm(),
                           topic_form=TopicForm(topic=room.topic, description=room.description),
                           people_form=PeopleForm())


@bp.get("/<int:channel_id>/members")
def members(channel_id: int):
    """Every member of a channel, by name, a page at a time (a large channel's page shows its
    online members only)."""
    room = services.get_channel(me(), channel_id)
    page = paginate(services.members_query(room))
    entries = _sidebar()
    label = next((e.label for e in entries if e.channel.id == room.id), f"#{room.name}")
    return render_template("chat/members.html", channel=room, page=page, label=label,
                           sidebar=entries, online=services.online_ids([p.id for p in page.items]),
                           can_remove=services.can_remove(me(), room), form=ActionForm())


@bp.get("/<int:channel_id>/messages")
def messages(channel_id: int):
    """A page of history as JSON: `before` (a message id) pages back, `after` (a message id)
    reads what came since (oldest first; `newer` says whether more follow), `thread` (a
    message id) reads a thread's replies instead of the channel."""
    room = services.get_channel(me(), channel_id)
    thread = None
    if "thread" in request.args:
        thread = services.get_message(me(), number_arg("thread"))
        if thread.channel_id != room.id:
            raise NotFound("There is no such thread in this channel.")
    page = services.history(room, number_arg("before"), number_arg("limit", services.PAGE),
                            thread_of=thread, after=number_arg("after"))
    member = services.membership(me(), room)
    return jsonify({
        "messages": [services.payload(m, m.author) for m in page.messages],
        "older": page.older,
        "newer": page.newer,
        "last_read_id": member.last_read_id if member else None,
    })


@bp.route("/messages/<int:message_id>/promote", methods=["GET", "POST"])
def promote(message_id: int):
    """"Make this a question": the message becomes a question in its author's words, credited
    to them, and a chosen reply its answer in theirs; the title, tags and context are the
    promoter's edit. Similar questions are offered first."""
    message = services.get_message(me(), message_id)
    services.require_promotable(me(), message)
    candidates = services.answer_candidates(message)
    form = PromoteForm()
    form.answer.choices = [SelectChoice("", "None yet: leave the question open")] + [
        SelectChoice(str(m.id), f"{m.author.name}: {m.body[:140]}") for m in candidates]
    status = 200
    if request.method == "GET":
        form.title.data = services.proposed_title(message)
    elif form.validate_on_submit():
        try:
            answer = whole_number(form.answer.data, minimum=1) if form.answer.data else None
            if form.answer.data and answer is None:
                raise ServiceError("Choose the answer among the replies and the later messages.",
                                   "answer")
            question = services.promote(me(), message, form.title.data, form.tags.data,
                                        answer, form.context.data)
            db.session.commit()
            flash("The conversation is a question now; the chat links to it.")
            return redirect(url_for("qa.post", post_id=question.id))
        except ServiceError as error:
            status = form_failed(form, error)
    else:
        status = 400
    # Asked before? The message says more than its question (the page's script searches the
    # title as it is edited, as on the ask form).
    similar = search.similar_questions(message.body)
    return render_template("chat/promote.html", form=form, message=message,
                           similar=similar, sidebar=_sidebar()), status


@bp.post("/<int:channel_id>/join")
def join(channel_id: int):
    require_valid()
    room = services.get_channel(me(), channel_id)
    services.join(me(), room)
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/<int:channel_id>/leave")
def leave(channel_id: int):
    require_valid()
    services.leave(me(), services.get_channel(me(), channel_id))
    db.session.commit()
    return redirect(url_for("chat.browse"))


@bp.post("/<int:channel_id>/members/<int:user_id>/remove")
def remove(channel_id: int, user_id: int):
    require_valid()
    room = services.get_channel(me(), channel_id)
    person = db.session.get(User, user_id)
    if person is None:
        raise NotFound("There is no such person.")
    services.remove(me(), room, person)
    db.session.commit()
    flash(f"{person.name} is no longer in {'#' + room.name}.")
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/<int:channel_id>/privacy")
def privacy(channel_id: int):
    require_valid()
    room = services.get_channel(me(), channel_id)
    if request.form.get("private") not in ("0", "1"):
        raise ServiceError("Say whether the channel becomes private (1) or public (0).",
                           "private")
    services.set_private(me(), room, private=request.form["private"] == "1")
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/<int:channel_id>/invite")
def invite(channel_id: int):
    room = services.get_channel(me(), channel_id)
    form = require_valid(PeopleForm())
    services.invite(me(), room, services.people_named(form.people.data))
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/<int:channel_id>/topic")
def topic(channel_id: int):
    room = services.get_channel(me(), channel_id)
    form = require_valid(TopicForm())
    services.edit_channel(me(), room, form.topic.data, form.description.data)
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/<int:channel_id>/archive")
def archive(channel_id: int):
    require_valid()
    room = services.get_channel(me(), channel_id)
    services.archive(me(), room, archived=request.form.get("archived", "1") == "1")
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/direct")
def direct():
    """A DM with the people named (a group DM for several)."""
    form = require_valid(PeopleForm())
    room = services.open_direct(me(), services.people_named(form.people.data))
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.post("/direct/<int:user_id>")
def direct_with(user_id: int):
    """A DM with one person (the button on their profile)."""
    require_valid()
    person = db.session.get(User, user_id)
    if person is None:
        raise NotFound("There is no such person.")
    room = services.open_direct(me(), [person])
    db.session.commit()
    return redirect(url_for("chat.channel", channel_id=room.id))


@bp.app_context_processor
def unread_chat():
    """The header's unread chat messages per channel (for its total and the live updates),
    asked only by pages that show the header: one query."""
    return {"unread_chat": _unread}


def _sidebar() -> list[services.SidebarEntry]:
    return services.sidebar(me(), _unread())


def _unread() -> dict[int, int]:
    """The person's unread counts, read once per request (the header and the sidebar)."""
    if "chat_unread" not in g:
        g.chat_unread = services.unread_counts(me())
    return g.chat_unread
