"""Loading the demo organisation, its Q&A and its wiki: creates what is missing, never
duplicates or overwrites."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.auth.models import User, utcnow
from app.auth.services import free_handle, hash_password
from app.chat import services as chat
from app.chat.models import Channel
from app.demo import data, qa_data, wiki_data
from app.extensions import db
from app.profiles import services as profiles
from app.profiles.models import DeclaredExpertise, ProfileNote, Region, Team
from app.qa import services as qa
from app.qa.models import Answer, Question, Tag, TagCategory, TagSynonym
from app.search import documents, indexer
from app.search.models import SearchMiss
from app.search.services import query_key
from app.wiki import paths as wiki_paths
from app.wiki import services as wiki
from app.wiki.models import LearningPath


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
            handle=free_handle(item["email"]),
        )
        people[person.email] = person
        db.session.add(person)
        report.count("people")
    db.session.flush()
    indexer.enqueue(documents.key("person", p.id) for p in people.values())
    by_handle = {person.handle: person for person in people.values()}
    _load_social(report, by_handle, tags)
    _load_questions(report, by_handle)
    _load_wiki(report, by_handle)
    _load_searches(report, by_handle)
    _load_chat(report, by_handle)
    return report


def _load_chat(report: LoadReport, people: dict[str, User]) -> None:
    """Channels and DMs with their history, through the chat services (members join, messages
    are posted, mentions notify); a channel or DM that exists is left as it is."""
    now = utcnow().replace(second=0, microsecond=0)
    names = set(db.session.scalars(select(Channel.name).where(Channel.name.is_not(None))))
    keys = set(db.session.scalars(select(Channel.direct_key).where(
        Channel.direct_key.is_not(None))))
    for item in data.CHANNELS:
        if item["name"] in names:
            continue
        writers = [m[0] for m in item["messages"]] + [r[0] for m in item["messages"]
                                                      for r in (m[3] if len(m) > 3 else [])]
        first = people[item["messages"][0][0]]
        channel = chat.create_channel(first, item["name"], item["kind"], item["topic"],
                                      item.get("description", ""))
        channel.created_at = now - timedelta(minutes=item["messages"][0][1] + 60)
        members = (list(people) if item["members"] == "everyone"
                   else [*item["members"], *writers])
        chat.invite(first, channel, [people[h] for h in dict.fromkeys(members)
                                     if h != first.handle])
        posted = _chat_history(channel, people, item["messages"], now)
        report.count("chat channels")
        for name, index, reply, promoter, title, tags, context, accepted in data.PROMOTED:
            if name != item["name"]:
                continue
            message, replies = posted[index]
            chat.promote(people[promoter], message, title, tags, replies[reply].id, context)
            if accepted:
                qa.accept_answer(message.author,
                                 db.session.get(Answer, replies[reply].promoted_post_id),
                                 at=replies[reply].created_at + timedelta(hours=1))
            report.count("questions from chat")
    for handles, messages in data.DIRECT_MESSAGES:
        key = ",".join(str(i) for i in sorted(people[h].id for h in handles))
        if key in keys:
            continue
        channel = chat.open_direct(people[handles[0]], [people[h] for h in handles[1:]])
        _chat_history(channel, people, messages, now)
        report.count("direct messages")


def _chat_history(channel, people: dict[str, User], messages: list, now) -> list:
    """Post the messages (and their threads); everyone has read what is older than a day, so
    the last day's messages by others are unread. Returns [(message, its replies)]."""
    read_upto = 0
    posted = []
    for author, minutes_ago, text, *thread in messages:
        message = chat.post(people[author], channel, text,
                            at=now - timedelta(minutes=minutes_ago))
        replies = [chat.post(people[replier], channel, reply, message.id,
                             at=now - timedelta(minutes=reply_ago))
                   for replier, reply_ago, reply in (thread[0] if thread else [])]
        posted.append((message, replies))
        if minutes_ago >= 24 * 60:
            read_upto = channel.last_message_id
    for member in channel.memberships:
        member.last_read_id = max(member.last_read_id, read_upto)
    return posted


def _load_social(report: LoadReport, people: dict[str, User], tags: dict[str, Tag]) -> None:
    """Declared expertise, follows, recognised experts and board notes, before the Q&A, so the
    history's posts reach feeds and followers as they would have."""
    declared = {(row.user_id, row.tag_id) for row in db.session.scalars(
        select(DeclaredExpertise))}
    for handle, names in data.DECLARED_EXPERTISE.items():
        for position, name in enumerate(names):
            if (people[handle].id, tags[name].id) not in declared:
                db.session.add(DeclaredExpertise(user_id=people[handle].id, tag_id=tags[name].id,
                                                 position=position))
                report.count("declared expertise")
    for handle, followed in data.FOLLOWS.items():
        for other in followed:
            if profiles.follow_person(people[handle], people[other]):
                report.count("follows")
    for handle, names in data.TAG_FOLLOWS.items():
        for name in names:
            if profiles.follow_tag(people[handle], tags[name]):
                report.count("tag follows")
    for handle, manager in data.RECOGNISED_EXPERTS.items():
        if profiles.flag_expert(people[manager], people[handle]):
            report.count("recognised experts")
    noted = set(db.session.execute(select(ProfileNote.board_user_id, ProfileNote.body)).all())
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    for board, author, days_ago, text in data.NOTES:
        if (people[board].id, text) not in noted:
            profiles.post_note(people[author], people[board], text,
                               at=now - timedelta(days=days_ago))
            report.count("board notes")


def _load_questions(report: LoadReport, people: dict[str, User]) -> None:
    """Ask, answer, comment, vote, accept and close through the Q&A services, as the people
    would have, so every signal fires and every count is what the actions make it."""
    existing = set(db.session.scalars(select(Question.title)))
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    asked: dict[str, Question] = {}
    # Oldest first, so ids follow time as they would have.
    for item in sorted(qa_data.QUESTIONS, key=lambda q: -q["asked_days_ago"]):
        if item["title"] in existing:
            continue
        at = now - timedelta(days=item["asked_days_ago"], hours=len(item["title"]) % 9)
        asker = people[item["author"]]
        question = qa.ask_question(asker, item["title"], item["body"], item["tags"], at=at)
        question.view_count = item["views"]
        _vote(people, question, item.get("votes", {}), at)
        _comment(people, question, item.get("comments", []), at)
        for answer_item in item.get("answers", []):
            answered = at + timedelta(hours=answer_item["hours_after"])
            answer = qa.post_answer(people[answer_item["author"]], question, answer_item["body"],
                                    at=answered)
            _vote(people, answer, answer_item.get("votes", {}), answered)
            _comment(people, answer, answer_item.get("comments", []), at)
            if answer_item.get("accepted"):
                qa.accept_answer(asker, answer, at=answered + timedelta(hours=2))
            report.count("answers")
        asked[item["title"]] = question
        report.count("questions")
    for item in qa_data.QUESTIONS:
        original_title = item.get("duplicate_of")
        if item["title"] in asked and original_title:
            original = asked.get(original_title) or db.session.scalar(
                select(Question).where(Question.title == original_title)
            )
            question = asked[item["title"]]
            qa.close_as_duplicate(people[item["author"]], question, original,
                                  at=question.created_at + timedelta(hours=6))


def _vote(people: dict[str, User], post, votes: dict[str, list[str]], at) -> None:
    for value, direction in ((1, "up"), (-1, "down")):
        for n, handle in enumerate(votes.get(direction, [])):
            qa.cast_vote(people[handle], post, value, at=at + timedelta(hours=3 + n * 5))


def _comment(people: dict[str, User], post, comments: list[dict], asked_at) -> None:
    for item in comments:
        qa.post_comment(people[item["author"]], post, item["body"],
                        at=asked_at + timedelta(hours=item["hours_after"]))


def _load_wiki(report: LoadReport, people: dict[str, User]) -> None:
    """Write, edit, verify and rate the pages, and build the learning paths, through the wiki
    services, at the times the data gives."""
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    admin = next(p for p in people.values() if p.role == "admin")
    for item in wiki_data.PAGES:
        if wiki.find_page(item["title"]) is not None:
            continue
        first, *later = item["revisions"]
        parent = wiki.find_page(item["parent"]) if item["parent"] else None
        page = wiki.create_page(
            people[first["author"]], item["title"], first["body"], item["tags"], parent,
            first["summary"], at=now - timedelta(days=first["days_ago"]),
        )
        for revision in later:
            wiki.edit_page(people[revision["author"]], page, revision["body"], item["tags"],
                           revision["summary"], at=now - timedelta(days=revision["days_ago"]))
        wiki.update_settings(admin, page, people[item["owner"]], item["review_days"])
        wiki.verify_page(people[item["verified_by"]], page,
                         at=now - timedelta(days=item["verified_days_ago"], hours=3))
        for n, feedback in enumerate(item["feedback"]):
            wiki.give_feedback(people[feedback["author"]], page, feedback["helpful"],
                               feedback["comment"], at=now - timedelta(hours=5 + 11 * n))
        page.view_count = item["views"]
        report.count("wiki pages")
    wiki.announce_stale(now)
    existing = set(db.session.scalars(select(LearningPath.title)))
    for item in wiki_data.PATHS:
        if item["title"] in existing:
            continue
        built = now - timedelta(days=40)
        path = wiki_paths.create_path(people[item["author"]], item["title"], item["audience"],
                                      item["description"], at=built)
        for step in item["items"]:
            reference = step.get("page") or str(db.session.scalar(
                select(Question.id).where(Question.title == step["question"])
            ))
            wiki_paths.add_item(people[item["author"]], path, reference, step.get("note", ""))
        for handle, done in item["progress"].items():
            started = built + timedelta(days=2 + len(handle) % 5)
            wiki_paths.start_path(people[handle], path, at=started)
            for n, step in enumerate(path.items[:done]):
                wiki_paths.set_done(people[handle], path, step.id, True,
                                    at=started + timedelta(days=n, hours=len(handle) % 7))
        report.count("learning paths")


def _load_searches(report: LoadReport, people: dict[str, User]) -> None:
    """The searches that found nothing (searches.json), at the times it gives."""
    searches = json.loads((Path(__file__).parent / "searches.json").read_text())["searches"]
    done = set(db.session.execute(select(SearchMiss.user_id, SearchMiss.query)).all())
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    for n, (handle, words, days_ago) in enumerate(searches):
        if (people[handle].id, words) in done:
            continue
        db.session.add(SearchMiss(query=words, query_key=query_key(words),
                                  user_id=people[handle].id,
                                  created_at=now - timedelta(days=days_ago, hours=n % 7)))
        report.count("searches that found nothing")


def demo_logins() -> list[tuple[str, str, str]]:
    """(e-mail, role, title) of the first demo people, if they exist in this database."""
    wanted = [p["email"] for p in data.PEOPLE[:4]]
    found = {
        u.email: u for u in db.session.scalars(select(User).where(User.email.in_(wanted)))
    }
    return [(e, found[e].role, found[e].title) for e in wanted if e in found]
