"""`flask digest`: e-mail everyone their digest (run weekly from cron)."""

from __future__ import annotations

import logging
import re
import smtplib
from collections.abc import Callable
from datetime import timedelta

import click
from flask.cli import with_appcontext
from flask_mailman import EmailMessage

from app.auth.models import utcnow
from app.extensions import mail
from app.mail import delivery
from app.notifications import digest as digests

log = logging.getLogger(__name__)


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


def _send_each(found: list[digests.Digest], compose: Callable[[digests.Digest], EmailMessage]
               ) -> tuple[int, list[str]]:
    """Send each digest as its own message: (how many were sent, whose failed). A failure is
    logged and the others go on; connecting at all is the one failure that stops them all."""
    sent, failed = 0, []
    with mail.get_connection() as connection:
        for each in found:
            try:
                connection.open()  # a no-op unless a failure closed it
                sent += connection.send_messages([compose(each)])
            except Exception:  # one person's failure, whatever it is, stops nobody else's
                log.exception("The digest of person %s (%s) could not be sent",
                              each.person.id, each.person.email)
                failed.append(each.person.email)
                # It may have left the connection unusable (a server's 421 closes it).
                connection.close()
    return sent, failed


@click.command("digest")
@click.option("--since", "period", type=Period(), default="7d", show_default=True,
              help="How far back new questions and answers count: 7d, 24h...")
@click.option("--dry-run", is_flag=True, help="Print who would get what; send and write nothing.")
@with_appcontext
def digest(period: timedelta, dry_run: bool) -> None:
    """E-mail each active person their digest: unanswered questions in their expert tags, the
    pages they own that are due for review, and the top new answers in the tags they follow.
    People with none of these get nothing.

    A digest that cannot be made or sent (a recipient the server refuses, say) is logged with
    its reason and the others still go out; the command then ends with status 1 and names
    whose digests failed."""
    now = utcnow()
    since = now - period
    found, empty = digests.build_digests(since, now)
    if dry_run:
        for each in found:
            click.echo(f"{each.person.email}: {each.summary}")
        click.echo(f"Would send {_digests(len(found))} {_nothing_new(empty)}; "
                   "nothing was sent or written.")
        return
    sent, failed = 0, []
    if found:
        try:
            sent, failed = _send_each(found, digests.composer(since))
        except (smtplib.SMTPException, OSError) as error:
            raise click.ClickException(f"The digests could not be sent: {error}") from error
    verb, where = delivery()
    click.echo(f"{verb} {_digests(sent)} {where} {_nothing_new(empty)}.")
    if failed:
        raise click.ClickException(
            f"{_digests(len(failed))} could not be sent (each is logged with its reason): "
            f"{', '.join(failed)}.")
