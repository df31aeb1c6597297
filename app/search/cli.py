"""`flask search ...`: rebuild the index and the vectors, see their state, catch up with the
outboxes."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from app.search import indexer, vectors
from app.search.documents import every_key

search_cli = AppGroup("search", help="The search index and vectors (derived from the database).")


@search_cli.command("reindex")
def reindex() -> None:
    """Empty the index and rebuild it from the database, then bring every vector up to date
    (ranking by meaning: only the texts that changed are encoded), each with a progress bar."""
    keys = list(every_key())
    with click.progressbar(length=len(keys), label="Indexing") as bar:
        indexed = indexer.rebuild(progress=bar.update, vectors_too=False)
    click.echo(f"Indexed {indexed} documents.")
    if vectors.wanted():
        meaningful = sum(1 for key in keys if vectors.has_meaning(key))
        with click.progressbar(length=meaningful, label="Vectors ") as bar:
            vectors.rebuild(progress=bar.update)
        click.echo(f"{vectors.count()} documents have their meaning's vector.")


@search_cli.command("status")
def status() -> None:
    """Documents indexed and vectors stored, and the changes waiting in each outbox (the lag)."""
    click.echo(f"Backend:            {type(indexer.backend()).__name__}")
    click.echo(f"Documents indexed:  {indexer.backend().count()}")
    click.echo(f"Outbox lag:         {indexer.lag()} changes waiting")
    if vectors.wanted():
        click.echo(f"Vectors stored:     {vectors.count()}")
        click.echo(f"Vector outbox lag:  {vectors.lag()} changes waiting")
    else:
        click.echo("Vectors:            off (SEARCH_RANKER lexical, or no model)")


@search_cli.command("catch-up")
def catch_up() -> None:
    """Apply the changes waiting in the outboxes (what every start does for the text index),
    then merge the index."""
    click.echo(f"Applied {indexer.catch_up()} changes.")
    if vectors.wanted():
        click.echo(f"Encoded {vectors.catch_up()} vector changes.")
