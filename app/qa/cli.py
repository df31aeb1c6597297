"""`flask import qa FILE.json`: load an existing FAQ (see app/qa/importer.py for the format)."""

from __future__ import annotations

import json

import click
from flask.cli import AppGroup
from sqlalchemy import select

from app.auth.models import User
from app.errors import ServiceError
from app.extensions import db
from app.qa.importer import import_faq

import_cli = AppGroup("import", help="Load content from elsewhere.")


@import_cli.command("qa")
@click.argument("file", type=click.File("rb"))
@click.option("--as", "email", required=True,
              help="The address of the person the import is by: the posts say they imported "
                   "them (they are not credited with the posts).")
def import_qa(file, email: str) -> None:
    """Load questions with their answers, tags and accepted answers from a JSON FILE: all of
    it, or (when anything in it is wrong) none of it. Exact duplicates are skipped. The
    file's authors are names, as text: the posts earn nobody points until an admin says who
    each name is (/questions/imported-authors)."""
    importer = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if importer is None or not importer.active:
        raise click.ClickException(f"Nobody active here has the address {email}.")
    try:
        data = json.load(file)
    except (ValueError, UnicodeDecodeError) as error:
        raise click.ClickException(f"The file is not JSON: {error}") from None
    try:
        report = import_faq(importer, data)
        db.session.commit()
    except ServiceError as error:
        db.session.rollback()
        lines = [f"  {place}: {message}" for place, message in (error.errors or {}).items()]
        raise click.ClickException("\n".join([str(error), *lines[:50]])) from None
    click.echo(f"Created {len(report.questions)} questions, {report.answers} answers "
               f"({report.accepted} accepted); skipped {len(report.skipped)} exact duplicates.")
    for title in report.skipped:
        click.echo(f"  skipped: {title}")
