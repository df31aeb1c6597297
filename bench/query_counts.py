"""SQL statements per page with the demo organisation loaded, on SQLite and (if given) PostgreSQL.

    PYTHONPATH=. .venv/bin/python bench/query_counts.py [postgresql+psycopg://...]

Builds the schema in a scratch SQLite file, or in the given PostgreSQL database (its tables are
dropped afterwards: point it at a scratch database).
"""

import os
import sys
import tempfile

import sqlalchemy as sa

import app.models  # noqa: F401
from app import create_app
from app.config import TestingConfig
from app.demo import data
from app.demo.loader import load_demo
from app.extensions import db
from app.qa.models import Question
from app.search import indexer
from tests.conftest import count_queries, log_in

PAGES = ("/", "/people/", "/people/?region=emea", "/tags", "/people/3", "/questions",
         "/questions?sort=unanswered", "/questions?sort=top&tag=pricing-guide&tag=negotiation",
         "/questions?category=competitor", "/tags/pricing-guide", "/wiki", "/wiki/all",
         "/wiki/stale", "/wiki/paths", "/wiki/discovery-call-guide",
         "/wiki/discovery-call-guide/history", "/wiki/discovery-call-guide/backlinks",
         "/wiki/discovery-call-guide/diff", "/wiki/discovery-call-guide/feedback",
         "/wiki/paths/1", "/wiki/paths/1/progress", "/search?q=discount+approval",
         "/search?q=pricing&type=question&tag=negotiation")


def busiest_thread() -> str:
    """The address of the demo question with the most answers."""
    question = db.session.scalar(
        sa.select(Question).order_by(Question.answer_count.desc(), Question.id).limit(1))
    return f"/questions/{question.id} ({question.answer_count} answers)"


def measure(url: str) -> None:
    application = create_app(TestingConfig, {
        "SQLALCHEMY_DATABASE_URI": url,
        "SEARCH_INDEX_PATH": tempfile.mkdtemp(prefix="bench-index-")})
    with application.app_context():
        db.drop_all()
        db.create_all()
        load_demo()
        db.session.commit()
        indexer.catch_up()
        thread = busiest_thread()
    client = application.test_client()
    log_in(client, data.PEOPLE[1]["email"], data.DEMO_PASSWORD)
    for label in (*PAGES, thread):
        path = label.split(" ")[0]
        client.get(path)  # the first view of the day is counted (a write): measure the next
        with count_queries(application) as statements:
            assert client.get(path).status_code == 200, path
        print(f"{url.split(':')[0]:<20} {label:<64} {len(statements)} queries")
    with application.app_context():
        db.drop_all()


if __name__ == "__main__":
    # tests.conftest has pointed FIELDWISE_INSTANCE_PATH at a scratch folder.
    measure(f"sqlite:///{os.environ['FIELDWISE_INSTANCE_PATH']}/bench.db")
    for database_url in sys.argv[1:]:
        measure(database_url)
