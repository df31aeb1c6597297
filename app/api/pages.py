"""The API tokens page (reached from one's own profile): make a token (its secret shown once),
see each one's last use, revoke one. (The docs page is flask-smorest's, on our template
app/templates/swagger_ui.html.)"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from app.api.forms import TokenForm
from app.auth import tokens
from app.auth.access import me, safe_next_path
from app.auth.services import password_matches
from app.errors import ServiceError
from app.extensions import db
from app.forms import ActionForm, form_failed, require_valid

bp = Blueprint("api_tokens", __name__, url_prefix="/people/me/tokens",
               template_folder="templates")


def _page(form: TokenForm, secret: str | None = None, status: int = 200):
    return render_template("api/tokens.html", form=form, tokens=tokens.of(me()), secret=secret,
                           action_form=ActionForm(formdata=None)), status


@bp.get("/")
def index():
    return _page(TokenForm(formdata=None))


@bp.post("/")
def create():
    form = TokenForm()
    try:
        require_valid(form)
        if not password_matches(me(), form.password.data):
            raise ServiceError("Your password is not correct.", "password")
        _, secret = tokens.create(me(), form.name.data, form.expires.data)
        db.session.commit()
    except ServiceError as error:
        return _page(form, status=form_failed(form, error))
    # Shown on this response only: it is stored as a digest, so nobody can show it again.
    return _page(TokenForm(formdata=None), secret=secret, status=201)


@bp.post("/<int:token_id>/revoke")
def revoke(token_id: int):
    require_valid()
    token = tokens.revoke(me(), token_id)
    db.session.commit()
    flash(f"“{token.name}” is revoked: requests with it are refused from now on.")
    return redirect(safe_next_path(request.form.get("next")) or url_for("api_tokens.index"))
