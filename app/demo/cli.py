"""`flask demo load`: the demo sales organisation."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from app.demo import data
from app.demo.loader import database_is_empty, demo_logins, load_demo
from app.extensions import db
from app.search import indexer

demo_cli = AppGroup("demo", help="The demo organisation (Northwind Signal's sales force).")


@demo_cli.command("load")
@click.option(
    "--if-empty",
    is_flag=True,
    help="Only load into a database that has no accounts yet (what `make run` does).",
)
def load(if_empty: bool) -> None:
    """Create the demo people, teams, regions and tag vocabulary that do not exist yet.

    Running it again creates nothing twice and changes nothing that exists.
    """
    if if_empty and not database_is_empty():
        click.echo("The database already has accounts: the demo organisation was not loaded.")
    else:
        report = load_demo()
        db.session.commit()
        indexer.catch_up()  # what was loaded is searchable now
        if report.total:
            parts = ", ".join(f"{n} {kind}" for kind, n in report.created.items())
            click.echo(f"Demo organisation loaded: {parts}.")
        else:
            click.echo("The demo organisation was already complete: nothing to add.")
    logins = demo_logins()
    if logins:
        click.echo(f"\nDemo logins (password for all: {data.DEMO_PASSWORD}):")
        for email, role, title in logins:
            click.echo(f"  {email:<36} {role:<8} {title}")
