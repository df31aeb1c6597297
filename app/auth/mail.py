"""The account mails: a link to finish registering, "you already have an account", an
invitation, a password reset. Each goes to the address it is about, with absolute links; each
takes plain values and reads what it needs, since it runs after the response
(app.mail.send_after_response)."""

from __future__ import annotations

from flask import current_app, render_template
from flask_mailman import EmailMessage

from app.auth import services
from app.auth.models import Invitation
from app.extensions import db
from app.mail import address, link_builder


def _send(to: str, subject: str, template: str, **context) -> None:
    body = render_template(f"auth/mail/{template}.txt", **context)
    EmailMessage(subject, body, to=[to]).send()


def registration_link(email: str) -> None:
    """The link that lets the owner of `email` finish registering, or, if they have an account
    already, a mail saying so: the page that asked shows the same either way."""
    link = link_builder()
    user = services.find_user_by_email(email)
    if user is not None:
        _send(address(user.name, user.email), "You already have a Fieldwise account",
              "already_registered", user=user, login_url=link("auth.login"),
              reset_url=link("auth.reset_request"))
        return
    _send(email, "Finish joining Fieldwise", "register",
          url=link("auth.register_finish", token=services.registration_link_token(email)),
          hours=current_app.config["REGISTRATION_LINK_HOURS"])


def invitation(invitation_id: int, secret: str) -> None:
    invitation = db.session.get(Invitation, invitation_id)
    _send(invitation.email, f"{invitation.invited_by.name} invites you to Fieldwise",
          "invitation", invitation=invitation,
          url=link_builder()("auth.accept_invitation", secret=secret))


def reset_link(email: str) -> None:
    """A reset link, if `email` belongs to an active account; nothing otherwise."""
    user = services.find_user_by_email(email)
    if user is None or not user.active:
        return
    _send(address(user.name, user.email), "Reset your Fieldwise password", "reset", user=user,
          url=link_builder()("auth.reset_finish", token=services.reset_link_token(user)),
          minutes=current_app.config["PASSWORD_RESET_LINK_MINUTES"])
