"""Every paginated list's page: the `page` argument read once, one way (a clear error for one
that is not a whole number, 404 past the last page), and pagination of a select that returns
rows of several columns (a person and their points), where `db.paginate` would keep only the
first column."""

from __future__ import annotations

from flask import current_app
from flask_sqlalchemy.pagination import SelectPagination

from app.extensions import db
from app.forms import number_arg


def page_number() -> int:
    """The request's `page` argument: 1 when absent, a 422 when it is not a whole number from 1
    up (Flask-SQLAlchemy's own reading would pass one too large for the database)."""
    return number_arg("page", 1)


def paginate(select, per_page: int | None = None):
    """The page of `select` the request asks for, `per_page` (PAGE_SIZE by default) to a page."""
    size = per_page or current_app.config["PAGE_SIZE"]
    return db.paginate(select, page=page_number(), per_page=size, max_per_page=size)


class RowPagination(SelectPagination):
    def _query_items(self) -> list:
        select = self._query_args["select"].limit(self.per_page).offset(self._query_offset)
        return list(self._query_args["session"].execute(select).all())

    def _query_count(self) -> int:
        """A select with a `total` column (`count() over ()`) tells the count with its rows:
        one pass over the data instead of a second one to count (an empty page still asks)."""
        if self.items and "total" in self.items[0]._fields:
            return self.items[0].total
        return super()._query_count()


def paginate_rows(select, per_page: int | None = None, page: int | None = None) -> RowPagination:
    """The page of rows the request's `page` argument (or `page`) asks for (404 past the last
    page)."""
    size = per_page or current_app.config["PAGE_SIZE"]
    return RowPagination(select=select, session=db.session(), page=page or page_number(),
                         per_page=size, max_per_page=size)
