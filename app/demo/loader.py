"""Loading the demo organisation: creates what is missing, never duplicates or overwrites."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.auth.models import User
from app.auth.services import hash_password
from app.demo import data
from app.extensions import db
from app.profiles.models import Region, Team
from app.qa.models import Tag, TagCategory, TagSynonym


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.created.values())


def database_is_empty() -> bool:
    return db.session.scalar(select(func.count()).select_from(User)) == 0


def _existing(model, key: str) -> dict:
    return {getattr(row, key): row for row in db.session.scalars(select(model))}


def load_demo() -> LoadReport:
    """Create every demo region, team, tag and person that does not exist yet."""
    report = LoadReport()

    regions = _existing(Region, "name")
    for item in data.REGIONS:
        if item["name"] not in regions:
            regions[item["name"]] = Region(**item)
            db.session.add(regions[item["name"]])
            report.count("regions")

    teams = _existing(Team, "name")
    for item in data.TEAMS:
        if item["name"] not in teams:
            region = regions[item["region"]]
            teams[item["name"]] = Team(**{**item, "region": region})
            db.session.add(teams[item["name"]])
            report.count("teams")

    categories = _existing(TagCategory, "slug")
    for position, item in enumerate(data.TAG_CATEGORIES):
        if item["slug"] not in categories:
            categories[item["slug"]] = TagCategory(**item, position=position)
            db.session.add(categories[item["slug"]])
            report.count("tag categories")

    tags = _existing(Tag, "name")
    synonyms = _existing(TagSynonym, "name")
    for item in data.TAGS:
        tag = tags.get(item["name"])
        if tag is None:
            tag = Tag(
                name=item["name"],
                category=categories[item["category"]],
                description=item["description"],
            )
            tags[tag.name] = tag
            db.session.add(tag)
            report.count("tags")
        for name in item["synonyms"]:
            if name not in synonyms and name not in tags:
                synonyms[name] = TagSynonym(name=name, tag=tag)
                db.session.add(synonyms[name])
                report.count("tag synonyms")

    people = _existing(User, "email")
    password_hash = None
    for item in data.PEOPLE:
        if item["email"] in people:
            continue
        password_hash = password_hash or hash_password(data.DEMO_PASSWORD)
        person = User(
            **{k: v for k, v in item.items() if k not in ("team", "region")},
            team=teams[item["team"]],
            region=regions[item["region"]],
            password_hash=password_hash,
        )
        people[person.email] = person
        db.session.add(person)
        report.count("people")
    db.session.flush()
    return report


def demo_logins() -> list[tuple[str, str, str]]:
    """(e-mail, role, title) of the first demo people, if they exist in this database."""
    wanted = [p["email"] for p in data.PEOPLE[:4]]
    found = {
        u.email: u for u in db.session.scalars(select(User).where(User.email.in_(wanted)))
    }
    return [(e, found[e].role, found[e].title) for e in wanted if e in found]
