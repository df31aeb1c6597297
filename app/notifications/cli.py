"""`flask digest`: e-mail everyone their digest (run weekly from cron)."""

from __future__ import annotations

import re
import smtplib
from datetime import timedelta

import click
from flask.cli import with_appcontext

from app.auth.models import utcnow
from app.extensions import mail
from app.mail import delivery
from app.notifications import digest as digests


class Period(click.ParamType):
    """A whole number of days or hours: 7d, 24h."""

    name = "period"
    _FORM = re.compile(r"([1-9][0-9]{0,4})([dh])")

    def convert(self, value, param, ctx) -> timedelta:
        if isinstance(value, timedelta):
            return value
        match = self._FORM.fullmatch(value.strip().lower())
        if not match:
            self.fail(f"{value!r} is not a period: give days or hours, as in 7d or 24h.",
                      param, ctx)
        amount, unit = int(match[1]), match[2]
        return timedelta(days=amount) if unit == "d" else timedelta(hours=amount)


def _digests(count: int) -> str:
    return f"{count} digest{'' if count == 1 else 's'}"


def _nothing_new(count: int) -> str:
    return f"({count} {'person' if count == 1 else 'people'} had nothing new)"


@click.command("digest")
@click.option("--since", "period", type=Period(), default="7d", show_default=True,
              help="How far back new questions and answers count: 7d, 24h...")
@click.option("--dry-run", is_flag=True, help="Print who would get what; send and write nothing.")
@with_appcontext
def digest(period: timedelta, dry_run: bool) -> None:
    """E-mail each active person their digest: unanswered questions in their expert tags, the
    pages they own that are due for review, and the top new answers in the tags they follow.
    People with none of these get nothing."""
    now = utcnow()
    since = now - period
    found, empty = digests.build_digests(since, now)
    if dry_run:
        for each in found:
            click.echo(f"{each.person.email}: {each.summary}")
        click.echo(f"Would send {_digests(len(found))} {_nothing_new(empty)}; "
                   "nothing was sent or written.")
        return
    sent = 0
    if found:
        try:
            with mail.get_connection() as connection:
                sent = connection.send_messages(digests.compose(found, since))
        except (smtplib.SMTPException, OSError) as error:
            raise click.ClickException(f"The digests could not be sent: {error}") from error
    verb, where = delivery()
    click.echo(f"{verb} {_digests(sent)} {where} {_nothing_new(empty)}.")
