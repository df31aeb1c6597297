"""`flask users ...`: account administration from the command line."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from app.auth import services
from app.auth.models import Role
from app.extensions import db

users_cli = AppGroup("users", help="Create administrators and change roles.")


@users_cli.command("create-admin")
@click.option("--name", prompt="Full name", help="The administrator's full name.")
@click.option("--email", prompt="E-mail", help="The e-mail address used to log in.")
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    confirmation_prompt=True,
    help=f"At least {services.PASSWORD_MIN} characters; asked for when not given.",
)
def create_admin(name: str, email: str, password: str) -> None:
    """Create an account with the admin role."""
    try:
        user = services.create_account(name, email, password, role=Role.ADMIN)
    except services.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"Created admin {user.name} <{user.email}>.")


@users_cli.command("set-role")
@click.argument("email")
@click.argument("role", type=click.Choice([r.value for r in Role]))
def set_role(email: str, role: str) -> None:
    """Give the account with EMAIL the ROLE member, manager or admin (their sessions end)."""
    try:
        user = services.find_by_email_or_fail(email)
        services.set_role(None, user, Role(role))
    except services.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"{user.name} <{user.email}> is now {role}.")


@users_cli.command("deactivate")
@click.argument("email")
@click.option("--undo", is_flag=True, help="Reactivate the account instead.")
def deactivate(email: str, undo: bool) -> None:
    """Deactivate the account with EMAIL (someone who left): every session ends, every open
    socket closes, every API token is revoked. --undo lets them log in again."""
    try:
        user = services.find_by_email_or_fail(email)
        services.set_active(None, user, undo)
    except services.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"{user.name} <{user.email}> is {'active again' if undo else 'deactivated'}.")
