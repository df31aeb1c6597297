"""The dashboard's pages, each section's page, every table's CSV, and the reminder to a
stale page's owner. Managers and admins only: anyone else is refused with 403."""

from __future__ import annotations

import secrets

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup, escape

from app.analytics import services
from app.analytics.forms import FilterForm
from app.analytics.responsiveness import change, hours
from app.analytics.services import Scope
from app.auth.access import me, safe_next_path
from app.auth.models import utcnow
from app.errors import NotFound, ServiceError
from app.extensions import db
from app.forms import require_valid
from app.spreadsheet import csv_response

bp = Blueprint("analytics", __name__, url_prefix="/analytics", template_folder="templates")


# How the tables read a duration and its change (app/analytics/responsiveness.py).
bp.add_app_template_filter(hours, "duration")
bp.add_app_template_filter(change, "change")


@bp.before_request
def managers_only():
    services.require_analyst(me())


def _scope() -> tuple[Scope, FilterForm]:
    """The scope the filters ask for (a clear error for a value that is not one of theirs)."""
    viewer = me()
    form = FilterForm(request.args)
    form.load_choices(viewer.team.slug if viewer.team else None)
    if not form.validate():
        field, errors = next(iter(form.errors.items()))
        raise ServiceError(f"{getattr(form, field).label.text}: {errors[0]}", field)
    period = int(form.period.data) if form.period.data else None
    scope = services.scope_for(viewer, services.as_of(utcnow()), period, request.args.get("team"),
                               form.region.data, form.category.data)
    form.period.data = str(scope.days)
    form.team.data = scope.team.slug if scope.team else services.EVERYONE
    form.region.data = scope.region.slug if scope.region else ""
    return scope, form


def _filters(scope: Scope) -> dict[str, str]:
    """The scope as the addresses' arguments (the CSV links keep the page's filters)."""
    return {"period": str(scope.days), "team": scope.team.slug if scope.team else "all",
            **({"region": scope.region.slug} if scope.region else {}),
            **({"category": scope.category.slug} if scope.category else {})}


# What a kept section leaves for each reader's own values (random: no text can hold them).
TOKEN = f"csrf-{secrets.token_hex(16)}"
NEXT = f"next-{secrets.token_hex(16)}"
bp.add_app_template_global(TOKEN, "analytics_token_placeholder")
bp.add_app_template_global(NEXT, "analytics_next_placeholder")


def _body(kind: services.SectionKind, scope: Scope, rows: int, tables: int | None) -> Markup:
    """A section's figures, chart and tables, as kept for its scope, with this reader's form
    token and address."""
    filters = _filters(scope)
    html = services.rendered(kind, scope, rows, tables, lambda section: render_template(
        "analytics/_section_body.html", s=section, filters=filters, compact=tables == 1))
    # Our own template's output, escaped as it was rendered; the token is URL-safe text and
    # the address is escaped here.
    return Markup(html.replace(TOKEN, generate_csrf())  # noqa: S704
                  .replace(NEXT, str(escape(request.full_path))))


@bp.get("")
def dashboard():
    scope, form = _scope()
    sections = [(kind, _body(kind, scope, services.OVERVIEW_ROWS, 1))
                for kind in services.sections().values()]
    return render_template("analytics/dashboard.html", sections=sections, scope=scope,
                           form=form, filters=_filters(scope))


def _kind(slug: str) -> services.SectionKind:
    kind = services.sections().get(slug)
    if kind is None:
        raise NotFound("The dashboard has no such section.")
    return kind


@bp.get("/<slug>")
def section(slug: str):
    kind = _kind(slug)
    scope, form = _scope()
    return render_template("analytics/section.html", section=kind,
                           body=_body(kind, scope, services.SECTION_ROWS, None), scope=scope,
                           form=form, filters=_filters(scope), kinds=services.sections())


@bp.get("/<slug>/<name>.csv")
def table_csv(slug: str, name: str):
    kind = _kind(slug)
    scope, _ = _scope()
    services.plan_for_aggregates()
    table = kind.table(name, scope, services.CSV_ROWS)
    return csv_response(f"fieldwise-{slug}-{name}-{scope.end:%Y-%m-%d}.csv",
                        services.csv_rows(table))


@bp.post("/remind/<int:page_id>")
def remind(page_id: int):
    require_valid()
    page = services.remind_owner(me(), page_id)
    db.session.commit()
    flash(f"{page.owner.name} is reminded to review “{page.title}”.")
    return redirect(safe_next_path(request.form.get("next"))
                    or url_for("analytics.section", slug="content"))
