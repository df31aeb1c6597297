"""`flask search ...`: rebuild the index, see its state, catch up with the outbox."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from app.search import indexer
from app.search.documents import every_key

search_cli = AppGroup("search", help="The search index (derived from the database).")


@search_cli.command("reindex")
def reindex() -> None:
    """Empty the index and rebuild it from the database, with a progress bar."""
    total = sum(1 for _ in every_key())
    with click.progressbar(length=total, label="Indexing") as bar:
        indexed = indexer.rebuild(progress=bar.update)
    click.echo(f"Indexed {indexed} documents.")


@search_cli.command("status")
def status() -> None:
    """Documents indexed, and changes waiting in the outbox (the lag)."""
    click.echo(f"Backend:            {type(indexer.backend()).__name__}")
    click.echo(f"Documents indexed:  {indexer.backend().count()}")
    click.echo(f"Outbox lag:         {indexer.lag()} changes waiting")


@search_cli.command("catch-up")
def catch_up() -> None:
    """Apply the changes waiting in the outbox (what every start does), then merge the index."""
    click.echo(f"Applied {indexer.catch_up()} changes.")
