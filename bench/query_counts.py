"""SQL statements per page with the demo organisation loaded, on SQLite and (if given) PostgreSQL.

    PYTHONPATH=. .venv/bin/python bench/query_counts.py [postgresql+psycopg://...]

Builds the schema in a scratch SQLite file, or in the given PostgreSQL database (its tables are
dropped afterwards: point it at a scratch database).
"""

import os
import sys

import app.models  # noqa: F401
from app import create_app
from app.config import TestingConfig
from app.demo import data
from app.demo.loader import load_demo
from app.extensions import db
from tests.conftest import count_queries, log_in

PAGES = ("/", "/people/", "/people/?region=emea", "/tags", "/people/3")


def measure(url: str) -> None:
    application = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": url})
    with application.app_context():
        db.drop_all()
        db.create_all()
        load_demo()
        db.session.commit()
    client = application.test_client()
    log_in(client, data.PEOPLE[1]["email"], data.DEMO_PASSWORD)
    for path in PAGES:
        with count_queries(application) as statements:
            assert client.get(path).status_code == 200, path
        print(f"{url.split(':')[0]:<20} {path:<24} {len(statements)} queries")
    with application.app_context():
        db.drop_all()


if __name__ == "__main__":
    # tests.conftest has pointed FIELDWISE_INSTANCE_PATH at a scratch folder.
    measure(f"sqlite:///{os.environ['FIELDWISE_INSTANCE_PATH']}/bench.db")
    for database_url in sys.argv[1:]:
        measure(database_url)
