"""What every feature's forms share: the action button form, and showing a service's errors on
the fields they name."""

from __future__ import annotations

from flask_wtf import FlaskForm

from app.errors import ServiceError
from app.extensions import db

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
    """Put a service's errors on the fields they are about, or on the form."""
    for name, message in (error.errors or {None: str(error)}).items():
        field = getattr(form, name, None) if name else None
        if field is not None and hasattr(field, "errors"):
            field.errors = [*field.errors, message]
        else:
            form.form_errors.append(message)


def form_failed(form: FlaskForm, error: ServiceError) -> int:
    """Roll back, show the error on its field; the status to render the form with."""
    db.session.rollback()
    show_error(form, error)
    return FORM_ERROR if error.status == 422 else error.status
