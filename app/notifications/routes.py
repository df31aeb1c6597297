"""The notifications page, opening and marking notifications read, and the per-kind settings."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for

from app.auth.access import me, safe_next_path
from app.errors import ServiceError
from app.extensions import db
from app.forms import FORM_ERROR, ActionForm, form_failed, require_valid
from app.notifications import services
from app.notifications.forms import SettingsForm
from app.pagination import paginate

bp = Blueprint("notifications", __name__, url_prefix="/notifications",
               template_folder="templates")


@bp.get("/")
def inbox():
    items = paginate(services.inbox_query(me().id))
    return render_template("notifications/inbox.html", items=items, form=ActionForm())


@bp.get("/<int:notification_id>")
def open_item(notification_id: int):
    """Follow a notification to what it is about; it is read from then on."""
    item = services.mark_read(me(), notification_id)
    db.session.commit()
    return redirect(safe_next_path(item.url) or url_for("notifications.inbox"))


@bp.post("/<int:notification_id>/read")
def mark_read(notification_id: int):
    require_valid()
    services.mark_read(me(), notification_id)
    db.session.commit()
    return redirect(url_for("notifications.inbox"))


@bp.post("/read")
def mark_all_read():
    require_valid()
    marked = services.mark_all_read(me())
    db.session.commit()
    flash(f"Marked {marked} notification{'s' if marked != 1 else ''} read.")
    return redirect(url_for("notifications.inbox"))


@bp.route("/settings", methods=["GET", "POST"])
def settings():
    form = SettingsForm()
    status = 200
    if form.is_submitted():
        if not form.validate():
            status = FORM_ERROR
        else:
            try:
                services.save_settings(me(), form.kinds.data or [])
                db.session.commit()
                flash("Your notification settings are saved.")
                return redirect(url_for("notifications.settings"))
            except ServiceError as error:
                status = form_failed(form, error)
    else:
        form.kinds.data = [kind.value for kind, on in services.settings_of(me().id).items() if on]
    return render_template("notifications/settings.html", form=form), status


@bp.app_context_processor
def unread_notifications():
    """The header's unread count, asked only by pages that show the header."""
    return {"unread_notifications": lambda: services.unread_count(me().id)}
