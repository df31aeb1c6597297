"""`flask experts escalate`: put questions still unanswered to the next experts (run from cron)."""

from __future__ import annotations

from datetime import timedelta

import click
from flask.cli import AppGroup

from app.extensions import db
from app.profiles import routing

experts_cli = AppGroup("experts", help="Expert routing.")


@experts_cli.command("escalate")
@click.option("--after", type=click.FloatRange(min=0), default=None,
              help="Hours a round has to get an answer (default: ROUTING_ESCALATE_AFTER_HOURS).")
def escalate(after: float | None) -> None:
    """Ask the next experts in their tags about every open question that is still unanswered
    a while after its last round.

    Safe to run as often as you like: a question goes to each expert once, and a round is
    asked only when the previous one has had its time.
    """
    policy = routing.Policy.from_config()
    if after is not None:
        policy = routing.Policy(policy.per_round, policy.rounds, timedelta(hours=after))
    questions, asked = routing.escalate(policy)
    db.session.commit()
    click.echo(f"Routed {questions} question{'' if questions == 1 else 's'} to {asked} more "
               f"expert{'' if asked == 1 else 's'}.")
