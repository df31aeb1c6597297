"""`flask wiki ...`: the wiki's scheduled work."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from app.extensions import db
from app.wiki import services

wiki_cli = AppGroup("wiki", help="Wiki maintenance (run from cron).")


@wiki_cli.command("announce-stale")
def announce_stale() -> None:
    """Send page_stale for every page newly past its review date (its owner is told).

    Safe to run as often as you like: each page is announced once each time it goes stale.
    """
    count = services.announce_stale()
    db.session.commit()
    if count:
        click.echo(f"{count} {'page is' if count == 1 else 'pages are'} past its review date: "
                   "announced.")
    else:
        click.echo("No page newly past its review date.")
