"""The framework's floor, for bench/page_bench.py: a page of the same size as a real one, in the
base layout, with no database. Registered only when FLOOR_ROUTE is set (FIELDWISE_FLOOR_ROUTE=1).

It is public (its visitor is not looked up) and renders `size` bytes of filler in rows of about
a list item's size, so that the template loop, escaping and the bytes on the wire cost what a
real page of that size costs, and nothing else does."""

from __future__ import annotations

from flask import Blueprint, render_template

from app.auth.access import public
from app.forms import number_arg

bp = Blueprint("floor", __name__)

ROW = "A rep's question about discount approval, with its tags, author and counts. "
SIZE_MAX = 1_000_000


@bp.get("/_floor")
@public
def floor():
    size = min(number_arg("size", 20_000), SIZE_MAX)
    rows = [f"{n}. {ROW}" for n in range(max(1, size // (len(ROW) + 40)))]
    return render_template("floor.html", rows=rows)
