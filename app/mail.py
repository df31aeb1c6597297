"""E-mail through Flask-Mailman: the backend chosen from the settings, the .eml file backend,
addresses for any name, and absolute links (a mail has no request to take the host from)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import formataddr, parseaddr
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, after_this_request, current_app
from flask_mailman.backends.base import BaseEmailBackend

from app.extensions import mail

# MAIL_BACKEND names a module whose EmailBackend class Flask-Mailman loads: this one.
EML_BACKEND = __name__
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9@._+-]")


def init_mail(app: Flask) -> None:
    """SMTP when a server is configured, .eml files otherwise, unless MAIL_BACKEND says."""
    if not app.config.get("MAIL_BACKEND"):
        app.config["MAIL_BACKEND"] = "smtp" if app.config.get("MAIL_SERVER") else EML_BACKEND
    mail.init_app(app)


def address(name: str, email: str) -> str:
    """A recipient as a header holds it, whatever the name: commas and quotes are quoted, and
    accents or other scripts encoded, by the standard library (RFC 5322 and RFC 2047)."""
    return formataddr((name, email))


def link_builder() -> Callable[..., str]:
    """url_for with PUBLIC_URL as the host: a mail's links lead to the address people use."""
    public = urlsplit(current_app.config["PUBLIC_URL"])
    adapter = current_app.url_map.bind(public.netloc, script_name=public.path or "/",
                                       url_scheme=public.scheme)

    def link(endpoint: str, anchor: str | None = None, **values) -> str:
        url = adapter.build(endpoint, values, force_external=True)
        return f"{url}#{anchor}" if anchor else url

    return link


def send_after_response(send: Callable[[], None]) -> None:
    """Run `send` once the response has gone out (Werkzeug's call_on_close), in an app context
    of its own: the page answers as fast whether or not a mail is sent (so its timing tells
    nobody whether an address has an account), and a mail server's failure is logged."""
    app = current_app._get_current_object()

    def run() -> None:
        with app.app_context():
            try:
                send()
            except Exception:
                app.logger.exception("a mail could not be sent")

    @after_this_request
    def later(response):
        response.call_on_close(run)
        return response


def delivery() -> tuple[str, str]:
    """What happens to mail, in words for a command's summary: ("Wrote", "to instance/outbox")."""
    config = current_app.config
    backend = config["MAIL_BACKEND"]
    if backend == EML_BACKEND:
        path = Path(config["MAIL_FILE_PATH"]).resolve()
        shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
        return "Wrote", f"to {shown}"
    if backend == "smtp":
        return "Sent", f"through {config['MAIL_SERVER']}:{config['MAIL_PORT']}"
    return "Sent", f"with the {backend} backend"


class EmailBackend(BaseEmailBackend):
    """Writes each message to MAIL_FILE_PATH as `<timestamp>-<recipient>.eml`, a file any mail
    client opens (Flask-Mailman's own file backend appends a whole batch to one .log file)."""

    def __init__(self, *args, file_path: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.directory = Path(file_path or self.mailman.file_path)

    def send_messages(self, email_messages) -> int:
        written = 0
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for message in email_messages:
                recipients = message.recipients()
                if not recipients:
                    continue
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
                addresses = ",".join(parseaddr(recipient)[1] for recipient in recipients)
                name = _UNSAFE_IN_NAME.sub("_", addresses)[:150]
                # "x": should two names ever coincide, fail rather than overwrite a message.
                with (self.directory / f"{stamp}-{name}.eml").open("xb") as file:
                    file.write(message.message().as_bytes())
                written += 1
        except OSError:
            if not self.fail_silently:
                raise
        return written
