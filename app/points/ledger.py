"""Writing the ledger: awards and reversals, in the transaction of the action that earned them.

Most awards follow a state: a vote that exists, an answer that is accepted, a helpful mark, on a
post or page that is not deleted. `settle()` compares what the state says a person should have
(for one subject and one actor) with the awards in force in the ledger, and writes the award or
the reversal that makes them agree. Replaying an event settles again and writes nothing new.
Awards for one-off events (a wiki edit, a re-verification) carry the event's identity in their
unique key, so a replay cannot write them twice either.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time

from sqlalchemy import case, delete, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite

from app import signals
from app.auth.models import User, utcnow
from app.extensions import db
from app.points import live
from app.points.models import (
    RECENT_EPOCH,
    RECENT_HALF_LIFE_DAYS,
    PointsEntry,
    PointsEntryTag,
    PointsPerTag,
    not_taken_back,
    recent_weight,
)
from app.points.rules import ANSWER_ACCEPTED, BY_NAME, CAPS, RULES, Rule

Subject = tuple[str, int]  # ("post", 12), ("page", 3), ("revision", 40)


def _day_start(at: datetime) -> datetime:
    """Midnight UTC of the day of `at` (naive values are UTC, as the database gives them)."""
    day = (at.astimezone(UTC) if at.tzinfo else at).date()
    return datetime.combine(day, time(), tzinfo=UTC)


def lock_people(user_ids: Iterable[int]) -> None:
    """Hold these people's rows until commit (PostgreSQL): daily caps and the cached total are
    read and written by one transaction at a time per person. Rows are locked in id order, so
    two transactions that each touch both of two people (each voting on the other's post)
    wait for each other instead of deadlocking. FOR NO KEY UPDATE, not FOR UPDATE: it does not
    wait for the key-share locks that inserting a row referring to a person takes (a vote, a
    ledger row), which another transaction holding this lock may take too."""
    ids = sorted(set(user_ids))
    if ids:
        db.session.execute(select(User.id).where(User.id.in_(ids)).order_by(User.id)
                           .with_for_update(key_share=True))


def lock_person(user_id: int) -> None:
    lock_people([user_id])


def _add_to_total(user_id: int, points: int) -> int | None:
    """Add to the person's cached total; return the new total (None when nothing changed)."""
    if not points:
        return None
    total = db.session.execute(update(User).where(User.id == user_id)
                               .values(points=User.points + points).returning(User.points)
                               .execution_options(synchronize_session=False)).scalar_one()
    person = db.session.identity_map.get(db.session.identity_key(User, user_id))
    if person is not None:
        db.session.expire(person, ["points"])
    return total


def earned_today(user_id: int, cap: str, at: datetime) -> int:
    """Net points a person earned today (UTC) under a daily cap."""
    rules = [rule.name for rule in RULES if rule.cap == cap]
    return db.session.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
            PointsEntry.user_id == user_id, PointsEntry.rule.in_(rules),
            PointsEntry.created_at >= _day_start(at))
    ) or 0


def _capped(rule: Rule, user_id: int, at: datetime) -> int:
    if rule.cap is None or rule.points <= 0:
        return rule.points
    room = CAPS[rule.cap].points - earned_today(user_id, rule.cap, at)
    return max(0, min(rule.points, room))


def _write(rule: Rule, user_id: int, subject: Subject, actor_id: int | None, points: int,
           key: str, tag_ids: Iterable[int], at: datetime, reverses: PointsEntry | None = None,
           reason: str = "") -> PointsEntry:
    entry = PointsEntry(user_id=user_id, rule=rule.name, subject_type=subject[0],
                        subject_id=subject[1], actor_id=actor_id, points=points, key=key,
                        created_at=at, reverses_id=reverses.id if reverses else None,
                        reason=reason)
    tag_ids = list(dict.fromkeys(tag_ids))
    db.session.add(entry)
    db.session.flush()
    db.session.add_all(PointsEntryTag(entry_id=entry.id, tag_id=tag_id, user_id=user_id,
                                      points=points, created_at=at)
                       for tag_id in tag_ids)
    _add_per_tag(user_id, tag_ids, points, at)
    if rule is ANSWER_ACCEPTED:
        _count_accepted(user_id, tag_ids, at, reverses)
    total = _add_to_total(user_id, points)
    if total is not None:
        live.points_changed(user_id, points, total, rule.when if reverses is None else
                            f"Taken back: {rule.when[0].lower()}{rule.when[1:]}")
    signals.points_written.send(entry, tag_ids=tag_ids)
    return entry


def _add_per_tag(user_id: int, tag_ids: list[int], points: int, at: datetime) -> None:
    """Add a row's points to the person's points in each of its tags (PointsPerTag): an
    increment, so that two transactions paying the same person both count."""
    if not points or not tag_ids:
        return
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    recent = points * recent_weight(at)
    statement = dialect.insert(PointsPerTag).values(
        [{"user_id": user_id, "tag_id": tag_id, "points": points, "recent": recent}
         for tag_id in tag_ids])
    db.session.execute(statement.on_conflict_do_update(
        index_elements=[PointsPerTag.user_id, PointsPerTag.tag_id],
        set_={"points": PointsPerTag.points + statement.excluded.points,
              "recent": PointsPerTag.recent + statement.excluded.recent}))


def _count_accepted(user_id: int, tag_ids: list[int], at: datetime,
                    reverses: PointsEntry | None) -> None:
    """Keep the person's accepted answers per tag (PointsPerTag.accepted...) as an "answer
    accepted" award is written or taken back. A reversal takes back the weight of the award's
    own time, and the latest acceptance is read again from the awards still in force."""
    if not tag_ids:
        return
    kept = PointsPerTag.__table__.c
    where = (kept.user_id == user_id) & kept.tag_id.in_(tag_ids)
    if reverses is None:
        now = literal(at, kept.last_accepted_at.type)
        db.session.execute(update(PointsPerTag.__table__).where(where).values(
            accepted=kept.accepted + 1, accepted_recent=kept.accepted_recent + recent_weight(at),
            last_accepted_at=case((kept.last_accepted_at > now, kept.last_accepted_at),
                                  else_=now)))
    else:
        latest = (select(func.max(PointsEntry.created_at))
                  .join(PointsEntryTag, PointsEntryTag.entry_id == PointsEntry.id)
                  .where(PointsEntryTag.user_id == user_id, PointsEntryTag.tag_id == kept.tag_id,
                         PointsEntry.rule == ANSWER_ACCEPTED.name, not_taken_back())
                  .correlate(PointsPerTag.__table__).scalar_subquery())
        db.session.execute(update(PointsPerTag.__table__).where(where).values(
            accepted=kept.accepted - 1,
            accepted_recent=kept.accepted_recent - recent_weight(reverses.created_at),
            last_accepted_at=latest))


# recent_weight in each database's words: 2^(days since RECENT_EPOCH / half-life), of the
# time column `at`.
_WEIGHT_SQL = {
    "sqlite": (f"exp(ln(2) * (julianday({{at}}) - julianday('{RECENT_EPOCH:%Y-%m-%d}')) "
               f"/ {RECENT_HALF_LIFE_DAYS}.0)"),
    "postgresql": (f"power(2.0, CAST(EXTRACT(EPOCH FROM ({{at}} - TIMESTAMPTZ "
                   f"'{RECENT_EPOCH:%Y-%m-%d} 00:00:00+00')) AS double precision) / 86400.0 "
                   f"/ {RECENT_HALF_LIFE_DAYS}.0)"),
}


def rebuild_per_tag(connection) -> None:
    """PointsPerTag again, whole, from the ledger's per-tag rows (after rows were written in
    bulk, as bench/bigorg.py does, rather than through `award` and `reverse`): the points,
    and the "answer accepted" awards in force."""
    weight = _WEIGHT_SQL[connection.dialect.name]
    in_force = (f"award.rule = '{ANSWER_ACCEPTED.name}' AND award.reverses_id IS NULL "
                "AND reversal.id IS NULL")
    connection.execute(delete(PointsPerTag))
    connection.exec_driver_sql(  # the rule's name and the weights are our constants
        "INSERT INTO points_per_tag "  # noqa: S608
        "(user_id, tag_id, points, recent, accepted, accepted_recent, last_accepted_at) "
        "SELECT tag.user_id, tag.tag_id, sum(tag.points), "
        f"sum(tag.points * {weight.format(at='tag.created_at')}), "
        f"sum(CASE WHEN {in_force} THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN {in_force} THEN {weight.format(at='award.created_at')} ELSE 0 END), "
        f"max(CASE WHEN {in_force} THEN award.created_at END) "
        "FROM points_ledger_tags AS tag JOIN points_ledger AS award ON award.id = tag.entry_id "
        "LEFT JOIN points_ledger AS reversal ON reversal.reverses_id = award.id "
        "GROUP BY tag.user_id, tag.tag_id")


def award(rule: Rule, user_id: int, subject: Subject, actor_id: int | None,
          tag_ids: Iterable[int], key: str, at: datetime | None = None) -> PointsEntry:
    """Write an award (capped by the rule's daily cap), under a unique key."""
    at = at or utcnow()
    lock_person(user_id)
    return _write(rule, user_id, subject, actor_id, _capped(rule, user_id, at), key, tag_ids,
                  at)


def reverse(entry: PointsEntry, reason: str, at: datetime | None = None) -> PointsEntry:
    """Take an award back: a row with the opposite points (and the award's tags)."""
    at = at or utcnow()
    lock_person(entry.user_id)
    tag_ids = db.session.scalars(
        select(PointsEntryTag.tag_id).where(PointsEntryTag.entry_id == entry.id))
    return _write(BY_NAME[entry.rule], entry.user_id, (entry.subject_type, entry.subject_id),
                  entry.actor_id, -entry.points, f"reversal:{entry.id}", list(tag_ids), at,
                  reverses=entry, reason=reason)


def in_force(subject: Subject, actor_id: int | None = None) -> list[PointsEntry]:
    """The awards on a subject (by one actor, or by anyone) not taken back."""
    query = (
        select(PointsEntry)
        .where(PointsEntry.subject_type == subject[0], PointsEntry.subject_id == subject[1],
               not_taken_back())
        .order_by(PointsEntry.id)
    )
    if actor_id is not None:
        query = query.where(PointsEntry.actor_id == actor_id)
    return list(db.session.scalars(query))


def _awards_so_far(rule: Rule, subject: Subject, actor_id: int | None, user_id: int) -> int:
    return db.session.scalar(
        select(func.count()).select_from(PointsEntry).where(
            PointsEntry.rule == rule.name, PointsEntry.subject_type == subject[0],
            PointsEntry.subject_id == subject[1], PointsEntry.actor_id == actor_id,
            PointsEntry.user_id == user_id, PointsEntry.reverses_id.is_(None))
    ) or 0


def settle(subject: Subject, actor_id: int, rules: Iterable[Rule],
           wanted: dict[Rule, int], tag_ids: Iterable[int], reason: str,
           at: datetime | None = None) -> None:
    """Make the awards in force for (subject, actor) under these rules equal `wanted`
    ({rule: earner}): reverse the ones no longer wanted, award the missing ones."""
    at = at or utcnow()
    rules = {rule.name: rule for rule in rules}
    tag_ids = list(tag_ids)
    have = {(e.rule, e.user_id): e for e in in_force(subject, actor_id) if e.rule in rules}
    want = {(rule.name, user_id) for rule, user_id in wanted.items()}
    lock_people([user_id for _, user_id in (*have, *want)])
    for pair, entry in have.items():
        if pair not in want:
            reverse(entry, reason, at)
    # A vote found to be serial voting never earns again, however often it is recast.
    barred = {tuple(row) for row in db.session.execute(
        select(PointsEntry.rule, PointsEntry.user_id).where(
            PointsEntry.subject_type == subject[0], PointsEntry.subject_id == subject[1],
            PointsEntry.actor_id == actor_id, PointsEntry.reason == "serial-voting"))}
    for rule, user_id in wanted.items():
        if (rule.name, user_id) in have or (rule.name, user_id) in barred:
            continue
        n = _awards_so_far(rule, subject, actor_id, user_id)
        award(rule, user_id, subject, actor_id, tag_ids,
              f"{rule.name}:{subject[0]}:{subject[1]}:{actor_id}:{user_id}:{n}", at)


def total(user_id: int) -> int:
    """A person's total from the ledger itself (what `users.points` caches)."""
    return db.session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0))
                             .where(PointsEntry.user_id == user_id)) or 0
