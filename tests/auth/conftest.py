"""Account fixtures: an app whose mails are .eml files in a folder of the test's own (the
outbox people would read), and a form sender that lets the response finish, as a server does
(account mails go out once the response is sent)."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest

from tests.conftest import csrf_token

DOMAIN = "northwind.example"


class Outbox:
    def __init__(self, path: Path):
        self.path = path

    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                for p in sorted(self.path.glob("*.eml"))]

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages() if address in str(m["To"])]

    @staticmethod
    def link(message) -> str:
        """The path of the one link into Fieldwise the mail holds (to follow with a client)."""
        body = message.get_content()
        links = re.findall(r"http://127\.0\.0\.1:5000(/\S+)", body)
        assert links, body
        return links[0]


@pytest.fixture
def outbox(tmp_path) -> Outbox:
    return Outbox(tmp_path / "outbox")


@pytest.fixture
def open_app(make_app, outbox):
    """Registration open to one company domain, mails into `outbox`."""
    return make_app(ALLOWED_EMAIL_DOMAINS=[DOMAIN], MAIL_FILE_PATH=str(outbox.path))


def submit(client, path: str, data: dict, form_page: str | None = None):
    """POST a form from `form_page` (default: `path`) with its CSRF token, and finish the
    response (closing it runs what waits for the response to be sent: the mails)."""
    token = csrf_token(client, form_page or path)
    response = client.post(path, data={"csrf_token": token, **data})
    response.get_data()
    response.close()
    return response
