"""Register, log in, log out, change password, log out everywhere."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user

from app.auth import services
from app.auth.access import me, public, safe_next_path
from app.auth.forms import ChangePasswordForm, LoginForm, RegisterForm
from app.extensions import db, limiter
from app.forms import FORM_ERROR

bp = Blueprint("auth", __name__, url_prefix="/auth", template_folder="templates")



def _configured(key: str):
    """A limit read from the app's config when the request is checked."""
    return lambda: current_app.config[key]


def _email_tried() -> str:
    return "login-account:" + (request.form.get("email") or "").strip().lower()


def _start_session(user, remember: bool) -> None:
    """A fresh session for a fresh login: nothing from before it survives (no fixation)."""
    session.clear()
    login_user(user, remember=remember)


def _after_login_target():
    return redirect(safe_next_path(request.args.get("next")) or url_for("main.home"))


@bp.route("/register", methods=["GET", "POST"])
@public
@limiter.limit(_configured("REGISTER_LIMIT_PER_ADDRESS"), methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.register(form.name.data, form.email.data, form.password.data)
        except services.AccountError as exc:
            getattr(form, exc.field or "email").errors.append(str(exc))
        else:
            db.session.commit()
            _start_session(user, remember=False)
            flash(f"Welcome to Fieldwise, {user.name}.", "success")
            return redirect(url_for("main.home"))
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/register.html", form=form), status


@bp.route("/login", methods=["GET", "POST"])
@public
@limiter.limit(_configured("LOGIN_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(
    _configured("LOGIN_LIMIT_PER_ACCOUNT"), key_func=_email_tried, methods=["POST"]
)
def login():
    if current_user.is_authenticated:
        return _after_login_target()
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except services.InvalidCredentials as exc:
            form.form_errors.append(str(exc))
        else:
            db.session.commit()
            _start_session(user, remember=form.remember.data)
            return _after_login_target()
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@public
def logout():
    # CSRFProtect has checked the token before this runs, as for every POST.
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/account", methods=["GET"])
def account():
    return render_template("auth/account.html", form=ChangePasswordForm())


@bp.route("/password", methods=["POST"])
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(me(), form.current_password.data, form.new_password.data)
        except services.AccountError as exc:
            getattr(form, exc.field or "new_password").errors.append(str(exc))
        else:
            db.session.commit()
            _start_session(me(), remember=False)
            flash("Password changed. Every other session has been signed out.", "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form), FORM_ERROR


@bp.route("/logout-everywhere", methods=["POST"])
def logout_everywhere():
    services.revoke_sessions(me())
    db.session.commit()
    logout_user()
    session.clear()
    flash("You are logged out on every device.", "info")
    return redirect(url_for("auth.login"))
