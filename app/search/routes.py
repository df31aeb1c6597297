"""The search page, and the JSON the ask form reads for similar questions as a title is typed."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from app.auth.access import me
from app.errors import ServiceError
from app.extensions import db
from app.pagination import page_number
from app.search import services

bp = Blueprint("search", __name__, template_folder="templates")


@bp.get("/search")
def results():
    raw = request.args.get("q", "")
    if not raw.strip():
        return render_template("search/results.html", view=None, problem=None, raw="")
    try:
        filters = services.clean_filters(request.args.getlist("type"),
                                         request.args.getlist("tag"),
                                         request.args.getlist("category"))
        view = services.search(me(), raw, filters, page_number(),
                               exact=request.args.get("exact") == "1")
        db.session.commit()  # a search that found nothing is recorded
    except ServiceError as error:
        return render_template("search/results.html", view=None, problem=str(error),
                               raw=raw[:services.QUERY_MAX * 2]), error.status
    return render_template("search/results.html", view=view, problem=None, raw=raw,
                           filters=filters)


@bp.get("/search/similar")
def similar():
    """Answered questions like the title being typed (the ask form asks as you type)."""
    title = request.args.get("title", "")[:services.QUERY_MAX]
    return {"questions": [
        {"title": hit.title, "url": hit.url, "accepted": hit.accepted, "score": hit.score}
        for hit in services.similar_questions(title)
    ]}
