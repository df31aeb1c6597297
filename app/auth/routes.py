"""Joining (a verified company address or an admin's invitation), logging in and out, the
person's sessions and tokens, changing and resetting a password."""

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

from app.audit.models import Kind
from app.audit.services import record
from app.auth import mail, services, sessions, throttle, tokens
from app.auth.access import me, public, safe_next_path
from app.auth.forms import (
    AccountForm,
    ChangePasswordForm,
    EmailForm,
    LoginForm,
    NewPasswordForm,
)
from app.auth.models import utcnow
from app.extensions import client_address, db, limiter
from app.forms import FORM_ERROR, ActionForm, require_valid, show_error
from app.mail import send_after_response

bp = Blueprint("auth", __name__, url_prefix="/auth", template_folder="templates")


def _configured(key: str):
    """A limit read from the app's config when the request is checked."""
    return lambda: current_app.config[key]


def _start_session(user, remember: bool) -> None:
    """A fresh session for a fresh login: nothing from before it survives (no fixation)."""
    session.clear()
    sessions.start(user, remember, client_address(), request.headers.get("User-Agent", ""))
    db.session.commit()
    login_user(user, remember=remember)


def _end_cookies(done: str):
    """Forget the login in this browser: the session cookie emptied (so deleted) and the
    remember cookie deleted (Flask-Login does, told after the session is cleared); the login
    page then says what was `done`."""
    session.clear()
    logout_user()
    return redirect(url_for("auth.login", done=done))


def _after_login_target():
    return redirect(safe_next_path(request.args.get("next")) or url_for("main.home"))


# ---------------------------------------------------------------- joining


@bp.route("/register", methods=["GET", "POST"])
@public
@limiter.limit(_configured("ACCOUNT_MAIL_LIMIT_PER_ADDRESS"), methods=["POST"])
def register():
    """Step one: an address at an allowed company domain gets a link. The answer is the same
    whether or not it has an account (the mail says which)."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    if not services.registration_open():
        status = 403 if request.method == "POST" else 200
        return render_template("auth/register.html", form=None), status
    form = EmailForm()
    if form.validate_on_submit():
        try:
            email = services.check_domain(services.normalize_email(form.email.data))
        except services.AccountError as exc:
            show_error(form, exc)
        else:
            send_after_response(lambda: mail.registration_link(email))
            return render_template("auth/check_inbox.html", email=email, purpose="join")
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/register.html", form=form), status


def _finish(load, create, heading: str, email_of):
    """Step two of registering or of an invitation: the proven address chooses a name and a
    password, and is logged in."""
    try:
        subject = load()
    except services.NotVerified as exc:
        return render_template("auth/link_invalid.html", message=str(exc)), 400
    form = AccountForm()
    if form.validate_on_submit():
        try:
            user = create(form.name.data, form.password.data)
        except services.AccountError as exc:
            db.session.rollback()
            show_error(form, exc)
        else:
            db.session.commit()
            _start_session(user, remember=False)
            flash(f"Welcome to Fieldwise, {user.name}.", "success")
            return redirect(url_for("main.home"))
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/finish.html", form=form, heading=heading,
                           email=email_of(subject)), status


@bp.route("/register/<token>", methods=["GET", "POST"])
@public
def register_finish(token: str):
    return _finish(lambda: services.registration_email(token),
                   lambda name, password: services.complete_registration(token, name, password),
                   "Finish joining Fieldwise", lambda email: email)


@bp.route("/invitations/<secret>", methods=["GET", "POST"])
@public
def accept_invitation(secret: str):
    return _finish(lambda: services.invitation_for(secret),
                   lambda name, password: services.accept_invitation(secret, name, password),
                   "Join Fieldwise", lambda invitation: invitation.email)


# ---------------------------------------------------------------- logging in and out


@bp.route("/login", methods=["GET", "POST"])
@public
@limiter.limit(_configured("LOGIN_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(_configured("LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT"),
               key_func=throttle.account_and_client_key, methods=["POST"],
               deduct_when=throttle.failed)
@limiter.limit(_configured("LOGIN_LIMIT_PER_ACCOUNT"), key_func=throttle.account_key,
               methods=["POST"], deduct_when=throttle.failed,
               exempt_when=throttle.on_proven_device)
def login():
    if current_user.is_authenticated:
        return _after_login_target()
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except services.InvalidCredentials as exc:
            throttle.mark_failed()
            db.session.rollback()
            tried = form.email.data.strip()
            # What was typed where an address goes may be a password typed in the wrong box:
            # the audit keeps it only if it looks like an address.
            record(Kind.LOGIN_FAILED, subject=services.find_user_by_email(tried),
                   detail=tried[:200] if "@" in tried else "(not an e-mail address)")
            db.session.commit()
            form.form_errors.append(str(exc))
        else:
            record(Kind.LOGIN, actor=user, subject=user,
                   detail="kept signed in" if form.remember.data else "")
            _start_session(user, remember=form.remember.data)
            response = _after_login_target()
            throttle.remember_device(response, user.email)
            return response
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/login.html", form=form, done=request.args.get("done")), status


@bp.route("/logout", methods=["POST"])
@public
def logout():
    # CSRFProtect has checked the token before this runs, as for every POST.
    if current_user.is_authenticated and me().login_session is not None:
        sessions.end(me().login_session, "logged out")
        record(Kind.LOGOUT, actor=me(), subject=me())
        db.session.commit()
    return _end_cookies("logged-out")


@bp.route("/logout-everywhere", methods=["POST"])
def logout_everywhere():
    services.log_out_everywhere(me())
    db.session.commit()
    return _end_cookies("logged-out-everywhere")


# ---------------------------------------------------------------- the person's account


def _account_page(form: ChangePasswordForm, status: int = 200):
    now = utcnow()
    return render_template("auth/account.html", form=form, sessions=sessions.of(me(), now),
                           current=me().login_session, device=sessions.device,
                           tokens=[t for t in tokens.of(me()) if t.usable(now)],
                           action_form=ActionForm(formdata=None)), status


@bp.route("/account", methods=["GET"])
def account():
    return _account_page(ChangePasswordForm(formdata=None))


@bp.post("/sessions/<int:session_id>/end")
def end_session(session_id: int):
    require_valid()
    ended = sessions.end_one_of(me(), session_id, "ended from another session")
    current = me().login_session
    record(Kind.SESSION_ENDED, actor=me(), subject=me(),
           detail=f"session {ended.id}: {ended.user_agent[:120]}")
    db.session.commit()
    if current is not None and ended.id == current.id:
        return _end_cookies("logged-out")
    flash("That session is ended: its device is signed out.", "success")
    return redirect(url_for("auth.account"))


@bp.route("/password", methods=["POST"])
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(me(), form.current_password.data, form.new_password.data)
        except services.AccountError as exc:
            db.session.rollback()
            show_error(form, exc)
        else:
            remember = me().login_session.remember if me().login_session else False
            db.session.commit()
            _start_session(me(), remember=remember)
            flash("Password changed. Every other session is signed out and your API tokens "
                  "are revoked.", "success")
            return redirect(url_for("auth.account"))
    return _account_page(form, FORM_ERROR)


# ---------------------------------------------------------------- password reset


@bp.route("/reset", methods=["GET", "POST"])
@public
@limiter.limit(_configured("ACCOUNT_MAIL_LIMIT_PER_ADDRESS"), methods=["POST"])
def reset_request():
    """Step one: a link goes to the address if it has an active account; the answer is the
    same either way, so nobody learns who has one."""
    form = EmailForm()
    if form.validate_on_submit():
        email = services.normalize_email(form.email.data)
        send_after_response(lambda: mail.reset_link(email))
        return render_template("auth/check_inbox.html", email=email, purpose="reset")
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/reset_request.html", form=form), status


@bp.route("/reset/<token>", methods=["GET", "POST"])
@public
def reset_finish(token: str):
    try:
        services.user_for_reset(token)
    except services.NotVerified as exc:
        return render_template("auth/link_invalid.html", message=str(exc)), 400
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            user = services.reset_password(token, form.password.data)
        except services.AccountError as exc:
            db.session.rollback()
            show_error(form, exc)
        else:
            db.session.commit()
            session.clear()
            logout_user()
            # The mailbox is proven: this browser may log in even while strangers' guesses
            # hold the account's limit.
            response = redirect(url_for("auth.login", done="password-reset"))
            throttle.remember_device(response, user.email)
            return response
    status = FORM_ERROR if request.method == "POST" else 200
    return render_template("auth/reset_finish.html", form=form), status
