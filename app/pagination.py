"""Every paginated list's page: the `page` argument read once, one way (a clear error for one
that is not a whole number, 404 past the last page), and pagination of a select that returns
rows of several columns (a person and their points), where `db.paginate` would keep only the
first column.

A list is counted only as far as it is useful to know: up to LIST_COUNT_LIMIT rows (or the end
of the page asked for, if that is further). A longer list says "1,000+" and "Page 3" rather than an
exact total: counting 100,000 questions on every page view costs more than the page itself, and
nobody reads the exact figure (Stack Overflow and GitHub round theirs too)."""

from __future__ import annotations

from flask import current_app
from flask_sqlalchemy.pagination import SelectPagination
from sqlalchemy import func, inspect, literal_column, select
from sqlalchemy.orm import lazyload

from app.extensions import db
from app.forms import number_arg


def page_number() -> int:
    """The request's `page` argument: 1 when absent, a 422 when it is not a whole number from 1
    up (Flask-SQLAlchemy's own reading would pass one too large for the database)."""
    return number_arg("page", 1)


class BoundedPagination(SelectPagination):
    """A page of a select, and whether another follows (one row more is read). Its total is
    given (`total`, a count kept elsewhere), counted up to a bound (`total_exact` says whether
    `total` is the whole list's length or only how far it was counted), or not known (None)."""

    total_exact: bool = True

    def __init__(self, total: int | None = None, **kwargs):
        super().__init__(count=total is None and kwargs.pop("counted", True), **kwargs)
        if total is not None:
            self.total = total

    def _query_items(self) -> list:
        """The page's rows, found by their ids first: skipping a deep page's offset then reads
        an index alone, and only the page's own rows are read whole (with their eager loads)."""
        select, session = self._query_args["select"], self._query_args["session"]
        mapper = inspect(select.column_descriptions[0]["entity"])
        wanted = self.per_page + 1  # the one after the page: is there another page?
        if len(mapper.primary_key) > 1:  # a link table's rows (two ids): read as they are
            rows = list(session.scalars(select.limit(wanted).offset(self._query_offset))
                        .unique())
        else:
            key = mapper.get_property_by_column(mapper.primary_key[0]).class_attribute
            ids = (select.with_only_columns(key).limit(wanted).offset(self._query_offset)
                   .scalar_subquery())
            rows = list(session.scalars(select.where(key.in_(ids))).unique())
        self._more = len(rows) > self.per_page
        return rows[:self.per_page]

    def _query_count(self) -> int:
        bound = max(current_app.config["LIST_COUNT_LIMIT"], self._query_offset + self.per_page)
        rows = (self._query_args["select"].options(lazyload("*")).order_by(None)
                .with_only_columns(literal_column("1"), maintain_column_froms=True)
                .limit(bound + 1).subquery())
        counted = self._query_args["session"].execute(
            select(func.count()).select_from(rows)).scalar_one()
        self.total_exact = counted <= bound
        return min(counted, bound)

    @property
    def has_next(self) -> bool:
        return self._more

    @property
    def total_text(self) -> str:
        """The total as shown: "87", "1,000+", or "" when it is not known."""
        if self.total is None:
            return ""
        return f"{self.total:,}" + ("" if self.total_exact else "+")


def paginate(select, per_page: int | None = None, counted: bool = True,
             total: int | None = None) -> BoundedPagination:
    """The page of `select` the request asks for, `per_page` (PAGE_SIZE by default) to a page,
    with its total: `total` when the caller keeps it, else counted up to a bound (`counted`),
    else not known."""
    size = per_page or current_app.config["PAGE_SIZE"]
    return BoundedPagination(select=select, session=db.session(), page=page_number(),
                             per_page=size, max_per_page=size, counted=counted, total=total)


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

    total_exact = True

    @property
    def total_text(self) -> str:
        return f"{self.total:,}"


def paginate_rows(select, per_page: int | None = None, page: int | None = None) -> RowPagination:
    """The page of rows the request's `page` argument (or `page`) asks for (404 past the last
    page)."""
    size = per_page or current_app.config["PAGE_SIZE"]
    return RowPagination(select=select, session=db.session(), page=page or page_number(),
                         per_page=size, max_per_page=size)
