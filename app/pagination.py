"""Pagination of a select that returns rows of several columns (a person and their points),
where `db.paginate` would keep only the first column."""

from __future__ import annotations

from flask_sqlalchemy.pagination import SelectPagination

from app.extensions import db


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


def paginate_rows(select, per_page: int) -> RowPagination:
    """The page of rows the request's `page` argument asks for (404 past the last page)."""
    return RowPagination(select=select, session=db.session(), per_page=per_page,
                         max_per_page=per_page)
