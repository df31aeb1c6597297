"""Whole numbers from outside (ids in addresses, page numbers, revision numbers in forms) are read
one way: a clear error or "no such page", never a crash, whatever digits a person sends."""

from __future__ import annotations

import pytest
from werkzeug.routing import AnyConverter, IntegerConverter

from app.auth.models import Role
from app.errors import ServiceError
from app.numbers import ID_MAX, is_id, whole_number
from app.qa.services import question_id_from

TOO_BIG = str(10**20)  # past what SQLite can bind, and past any id


@pytest.mark.parametrize("text, minimum, expected", [
    ("0", 0, 0), ("7", 1, 7), (str(ID_MAX), 1, ID_MAX), ("007", 1, 7),
    ("0", 1, None), (str(ID_MAX + 1), 0, None), (TOO_BIG, 0, None), ("9" * 5000, 0, None),
    ("²", 0, None), ("٣", 0, None), (" 5", 0, None), ("5 ", 0, None), ("-3", 0, None),
    ("+3", 0, None), ("1_000", 0, None), ("1.0", 0, None), ("", 0, None), (None, 0, None),
])
def test_whole_number_reads_ascii_digits_within_range(text, minimum, expected):
    assert whole_number(text, minimum) == expected


@pytest.mark.parametrize("value, expected", [
    (1, True), (ID_MAX, True), (0, False), (-1, False), (ID_MAX + 1, False), (True, False),
    (1.0, False), ("1", False), (None, False),
])
def test_is_id_takes_only_ints_a_column_can_hold(value, expected):
    assert is_id(value) is expected


@pytest.mark.parametrize("reference", [TOO_BIG, f"/questions/{TOO_BIG}/title", "²", "0"])
def test_a_question_reference_past_any_id_is_a_clear_error(reference):
    with pytest.raises(ServiceError, match="address or the number"):
        question_id_from(reference)


def route_arguments(rule, number: str = TOO_BIG) -> dict[str, str]:
    """Values for a route's arguments: `number` for every int, a valid choice for any()."""
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, IntegerConverter):
            values[name] = number
        elif isinstance(converter, AnyConverter):
            values[name] = sorted(converter.items)[0]
        else:
            values[name] = "x"
    return values


def test_every_address_with_an_id_past_the_largest_is_refused_not_a_crash(app, client,
                                                                          make_user, login):
    login(make_user(role=Role.ADMIN))
    checked = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or not any(
                isinstance(c, IntegerConverter) for c in rule._converters.values()):
            continue
        path = rule.build(route_arguments(rule), append_unknown=False)[1]
        # 405 where another method's route has the same address (Werkzeug weighs the method
        # before the converter): no such page either way, and no crash.
        assert client.get(path).status_code in (404, 405), path
        checked.append(path)
    assert len(checked) > 20  # the sweep found the app's routes


def test_a_page_number_that_is_not_a_page_is_a_clear_error(client, make_user, login):
    login(make_user())
    for path in ["/", "/questions", "/people/", "/people/experts?q=pricing", "/notifications/",
                 "/points/", "/wiki/all", "/wiki/stale", "/search?q=pricing"]:
        separator = "&" if "?" in path else "?"
        for value in ["0", "-1", "abc", "²", " 2", TOO_BIG]:
            response = client.get(f"{path}{separator}page={value}")
            assert response.status_code == 422, (path, value)
            assert "“page” is a whole number from 1" in response.get_data(as_text=True)
