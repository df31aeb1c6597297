"""Serial voting: more than SERIAL_VOTES_PER_DAY votes from one person on another's posts in
one day. Run nightly (`flask points serial-votes`), as Stack Exchange does: the votes beyond the
limit keep existing, but their points are reversed (and never awarded again for that vote), and
the pair is flagged for managers. Running it twice for a day changes nothing the second time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, select

from app.extensions import db, insert_if_new
from app.points import ledger, rules
from app.points.models import PointsEntry, SerialVotingFlag, not_taken_back

SERIAL_RULES = (rules.ANSWER_UPVOTED.name, rules.QUESTION_UPVOTED.name,
                rules.POST_DOWNVOTED.name)
REASON = "serial-voting"


def check(day: date) -> list[SerialVotingFlag]:
    """Reverse the excess votes of `day` (UTC) and flag each pair; the flags written now."""
    start = datetime.combine(day, time(), tzinfo=UTC)
    end = start + timedelta(days=1)
    in_force = (
        select(PointsEntry)
        .where(PointsEntry.rule.in_(SERIAL_RULES), not_taken_back(),
               PointsEntry.created_at >= start, PointsEntry.created_at < end)
    )
    counted = in_force.subquery()
    pairs = db.session.execute(
        select(counted.c.actor_id, counted.c.user_id, func.count())
        .group_by(counted.c.actor_id, counted.c.user_id)
        .having(func.count() > rules.SERIAL_VOTES_PER_DAY)
    ).all()
    flags = []
    for voter_id, target_id, votes in pairs:
        awards = list(db.session.scalars(
            in_force.where(and_(PointsEntry.actor_id == voter_id,
                                PointsEntry.user_id == target_id))
            .order_by(PointsEntry.created_at, PointsEntry.id)))
        excess = awards[rules.SERIAL_VOTES_PER_DAY:]
        for entry in excess:
            ledger.reverse(entry, REASON)
        if insert_if_new(SerialVotingFlag, voter_id=voter_id, target_id=target_id, day=day,
                         votes=votes, reversed=len(excess)):
            flags.append(db.session.scalar(select(SerialVotingFlag).where(
                SerialVotingFlag.voter_id == voter_id, SerialVotingFlag.target_id == target_id,
                SerialVotingFlag.day == day)))
    return flags
