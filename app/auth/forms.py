"""Account forms. Field rules come from services, so the form and the CLI agree."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from app.auth import services
from app.auth.models import EMAIL_MAX, NAME_MAX


def _service_rule(check):
    def validator(form, field):
        try:
            check(field.data)
        except services.AccountError as exc:
            raise ValidationError(str(exc)) from None

    return validator


def _new_password(label: str, description: str) -> PasswordField:
    """A new password's field: its length here; what the service checks beyond (common and
    breached passwords, the person's own name) is checked where the person is known."""
    return PasswordField(
        label,
        validators=[DataRequired("Choose a password."),
                    Length(services.PASSWORD_MIN, services.PASSWORD_MAX,
                           f"A password has {services.PASSWORD_MIN} to "
                           f"{services.PASSWORD_MAX} characters.")],
        description=description,
        render_kw={"autocomplete": "new-password", "minlength": services.PASSWORD_MIN,
                   "maxlength": services.PASSWORD_MAX},
    )


_PASSWORD_ADVICE = (f"At least {services.PASSWORD_MIN} characters, and not a common password: "
                    "a few unrelated words work well.")


class EmailForm(FlaskForm):
    """The first step of registering, and of resetting a password: an address to mail."""

    email = EmailField(
        "Work e-mail", validators=[_service_rule(services.normalize_email)],
        render_kw={"autocomplete": "email", "maxlength": EMAIL_MAX},
    )


class AccountForm(FlaskForm):
    """The last step of registering or accepting an invitation, once the address is proven."""

    name = StringField(
        "Full name", validators=[DataRequired("Enter your name."), Length(max=NAME_MAX)],
        description="As your colleagues know you.",
        render_kw={"autocomplete": "name", "maxlength": NAME_MAX},
    )
    password = _new_password("Password", _PASSWORD_ADVICE)
    confirm = PasswordField(
        "Repeat the password",
        validators=[EqualTo("password", "The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )


class NewPasswordForm(FlaskForm):
    password = _new_password("New password", _PASSWORD_ADVICE + " It signs you out everywhere.")
    confirm = PasswordField(
        "Repeat the new password",
        validators=[EqualTo("password", "The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )


class LoginForm(FlaskForm):
    email = EmailField(
        "E-mail",
        validators=[DataRequired("Enter your e-mail address."), Length(max=EMAIL_MAX)],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Enter your password."), Length(max=services.PASSWORD_MAX)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField("Keep me signed in on this device")


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(
        "Current password",
        validators=[DataRequired("Enter your current password.")],
        render_kw={"autocomplete": "current-password"},
    )
    new_password = _new_password(
        "New password", _PASSWORD_ADVICE + " Changing it signs you out on every other device "
                                           "and revokes your API tokens.")
    confirm = PasswordField(
        "Repeat the new password",
        validators=[EqualTo("new_password", "The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )
