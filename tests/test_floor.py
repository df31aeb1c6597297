"""/_floor, the framework's floor of bench/page_bench.py: off by default; when on, the base
layout around filler of the size asked for, with no database statement."""

from tests.conftest import count_queries


def test_off_unless_asked_for(client):
    assert client.get("/_floor").status_code == 404


def test_the_size_asked_for_without_the_database(make_app):
    app = make_app(FLOOR_ROUTE=True)
    client = app.test_client()
    with count_queries(app) as statements:
        small = client.get("/_floor?size=5000")
        large = client.get("/_floor?size=50000")
    assert statements == []
    assert small.status_code == large.status_code == 200
    assert "<nav" in small.get_data(as_text=True)  # the base layout
    for response, size in ((small, 5000), (large, 50000)):
        assert abs(len(response.data) - size) < 0.25 * size + 4000, (len(response.data), size)


def test_a_size_that_is_not_a_number_is_refused(make_app):
    client = make_app(FLOOR_ROUTE=True).test_client()
    assert client.get("/_floor?size=lots").status_code in (400, 422)
