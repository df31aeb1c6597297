"""What every feature's forms share: the action button form, showing a service's errors on the
fields they name, and reading a whole-number query argument."""

from __future__ import annotations

from flask import request
from flask_wtf import FlaskForm
from wtforms import HiddenField

from app.errors import ServiceError
from app.extensions import db
from app.numbers import ID_MAX, whole_number

# The status of a form page sent back with errors on it.
FORM_ERROR = 422


class ActionForm(FlaskForm):
    """A button that changes something (vote, accept, delete…): only the CSRF token."""


def require_valid(form: FlaskForm | None = None) -> FlaskForm:
    """The submitted form (an ActionForm when none is given), or the error of an expired or
    tampered one."""
    form = form if form is not None else ActionForm()
    if not form.validate():
        raise ServiceError("The form expired: reload the page and try again.")
    return form


def show_error(form: FlaskForm, error: ServiceError) -> None:
    """Put a service's errors on the (visible) fields they are about, or on the form."""
    for name, message in (error.errors or {None: str(error)}).items():
        field = getattr(form, name, None) if name else None
        # A hidden field's error is shown on the form: nobody sees the field to mend it.
        if field is not None and hasattr(field, "errors") and not isinstance(field, HiddenField):
            field.errors = [*field.errors, message]
        else:
            form.form_errors.append(message)


def form_failed(form: FlaskForm, error: ServiceError) -> int:
    """Roll back, show the error on its field; the status to render the form with."""
    db.session.rollback()
    show_error(form, error)
    return FORM_ERROR if error.status == 422 else error.status


def based_on(form: FlaskForm) -> int:
    """The revision an edit form was made from (its hidden `base_revision`): an edit without
    one is refused, since it could overwrite a change its author never saw."""
    number = whole_number(form.base_revision.data, minimum=1)
    if number is None:
        raise ServiceError("The form does not say which revision it edits: reload the page and "
                           "edit again.", "base_revision")
    return number


def number_arg(name: str, default: int | None = None, minimum: int = 1) -> int | None:
    """A whole-number query argument (from `minimum` to ID_MAX), `default` when it is absent,
    or a clear error (Werkzeug's type=int would quietly fall back to the default, and pass a
    number too large for the database)."""
    if name not in request.args:
        return default
    value = whole_number(request.args[name], minimum)
    if value is None:
        raise ServiceError(f"“{name}” is a whole number from {minimum} to {ID_MAX}.", name)
    return value
