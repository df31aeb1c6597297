"""`flask points ...`: the points engine's scheduled work."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import click
from flask.cli import AppGroup

from app.extensions import db
from app.points import serial

points_cli = AppGroup("points", help="Points maintenance (run from cron).")


@points_cli.command("serial-votes")
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The UTC day to check (default: yesterday).")
def serial_votes(day: datetime | None) -> None:
    """Reverse the points of serial votes (more than the daily limit from one person to
    another) for one day, and flag each pair for managers. Safe to run again."""
    checked: date = day.date() if day else datetime.now(UTC).date() - timedelta(days=1)
    flags = serial.check(checked)
    db.session.commit()
    if not flags:
        click.echo(f"No new serial voting on {checked.isoformat()}.")
    for flag in flags:
        click.echo(f"{checked.isoformat()}: {flag.voter.name} voted {flag.votes} times on "
                   f"{flag.target.name}'s posts; {flag.reversed} reversed.")
