"""Q&A pages. So far: the tag vocabulary with its guiding context."""

from __future__ import annotations

from flask import Blueprint, render_template

from app.qa import services

bp = Blueprint("qa", __name__, template_folder="templates")


@bp.get("/tags")
def tags():
    return render_template("qa/tags.html", categories=services.vocabulary())
