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


class RegisterForm(FlaskForm):
    name = StringField(
        "Full name", validators=[_service_rule(services.check_name)],
        render_kw={"autocomplete": "name", "maxlength": NAME_MAX},
    )
    email = EmailField(
        "Work e-mail", validators=[_service_rule(services.normalize_email)],
        render_kw={"autocomplete": "email", "maxlength": EMAIL_MAX},
    )
    password = PasswordField(
        "Password",
        validators=[_service_rule(services.check_new_password)],
        description=f"At least {services.PASSWORD_MIN} characters.",
        render_kw={"autocomplete": "new-password", "minlength": services.PASSWORD_MIN},
    )
    confirm = PasswordField(
        "Repeat the password",
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
    new_password = PasswordField(
        "New password",
        validators=[_service_rule(services.check_new_password)],
        description=f"At least {services.PASSWORD_MIN} characters. "
        "Changing it signs you out on every other device.",
        render_kw={"autocomplete": "new-password", "minlength": services.PASSWORD_MIN},
    )
    confirm = PasswordField(
        "Repeat the new password",
        validators=[EqualTo("new_password", "The two passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )
