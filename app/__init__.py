"""Fieldwise: an internal knowledge network for a sales organisation."""

from __future__ import annotations

import warnings
from typing import Any

from flask import Flask
from werkzeug.routing import IntegerConverter

from app.config import PROJECT_ROOT, Config, DevelopmentConfig, config_from_env, instance_path
from app.numbers import ID_MAX
from app.templating import register_filters

# Section links of the top navigation; a section shows once its blueprint is registered.
NAVIGATION = (
    ("Questions", "qa.questions"),
    ("Tags", "qa.tags"),
    ("Wiki", "wiki.index"),
    ("Chat", "chat.index"),
    ("People", "profiles.directory"),
    ("Leaderboard", "points.leaderboard"),
)


class IdConverter(IntegerConverter):
    """Werkzeug's `int` converter with ID_MAX as its default maximum."""

    def __init__(self, map, fixed_digits=0, min=None, max=None, signed=False):
        super().__init__(map, fixed_digits, min, ID_MAX if max is None else max, signed)


def create_app(config: type[Config] | None = None, overrides: dict[str, Any] | None = None):
    """Build the application: config, extensions, blueprints, socket handlers, CLI."""
    config = config or config_from_env()
    app = Flask(__name__, instance_path=str(instance_path()))
    app.config.from_object(config)
    app.config.update(overrides or {})
    if not app.config.get("SECRET_KEY"):
        if config is not DevelopmentConfig:
            raise RuntimeError("SECRET_KEY must be set (a long random string) outside development.")
        app.config["SECRET_KEY"] = DevelopmentConfig.load_secret_key()
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:"):
        from app.green_sqlite import engine_options

        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(
            app.config["SOCKETIO_ASYNC_MODE"], app.config["SQLALCHEMY_ENGINE_OPTIONS"])
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///"):
        instance_path().mkdir(parents=True, exist_ok=True)

    # Before any route is added: `<int:…>` in a route stops at the largest id a column holds,
    # so a longer number is "no such page" (404), not an overflow in the database driver.
    app.url_map.converters["int"] = IdConverter
    _init_extensions(app)
    _register_blueprints(app)
    _register_cli(app)
    register_filters(app)

    @app.context_processor
    def navigation():
        return {
            "navigation": [(label, ep) for label, ep in NAVIGATION if ep in app.view_functions],
            "search_enabled": "search.results" in app.view_functions,
        }

    return app


def _init_extensions(app: Flask) -> None:
    from app.auth.access import require_login
    from app.auth.services import init_password_hasher
    from app.errors import register_error_handlers
    from app.extensions import cache, csrf, db, limiter, login_manager, migrate, socketio
    from app.mail import init_mail
    from app.ratelimits import storage_options
    from app.security import SocketJson, init_security

    db.init_app(app)
    init_password_hasher(app)
    migrate.init_app(
        app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True, compare_type=True
    )
    login_manager.init_app(app)
    login_manager.session_protection = "basic"
    csrf.init_app(app)
    cache.init_app(app)
    app.config.setdefault("RATELIMIT_STORAGE_OPTIONS", storage_options(
        app.config["RATELIMIT_STORAGE_URI"], app.config["RATELIMIT_STORAGE_TIMEOUT"]))
    from app.api.core import identify_request

    app.before_request(identify_request)  # before the limits' own before_request
    limiter.init_app(app)
    init_security(app)
    init_mail(app)
    # Eventlet warns on import that it is in maintenance mode: known and documented in
    # docs/deploy.md (gevent is the one-setting alternative), so it need not fill every log.
    warnings.filterwarnings("ignore", r"\s*Eventlet is deprecated", Warning)
    # Flask-SocketIO keeps the options of earlier init_app calls (a Redis client manager
    # included); start from none, so each app gets exactly its own configuration.
    socketio.server_options.clear()
    # The handlers are registered before init_app, which hands them to each app's new server
    # (one registered later would reach only the server that existed then).
    from app import realtime
    from app.chat import events  # noqa: F401
    queue = app.config["SOCKETIO_MESSAGE_QUEUE"]
    managers = {}
    if queue and queue.startswith(("redis://", "rediss://")):
        from app.message_queue import RedisQueue

        managers["client_manager"] = RedisQueue(
            queue, timeout=app.config["MESSAGE_QUEUE_TIMEOUT"],
            retry=app.config["MESSAGE_QUEUE_RETRY"], outbox=app.config["MESSAGE_QUEUE_OUTBOX"],
            reconcile=lambda: realtime.reconcile(app))
    socketio.init_app(
        app,
        async_mode=app.config["SOCKETIO_ASYNC_MODE"],
        message_queue=queue,
        **managers,
        cors_allowed_origins=app.config["SOCKETIO_CORS_ALLOWED_ORIGINS"],
        max_http_buffer_size=app.config["SOCKETIO_MAX_PACKET_BYTES"],
        json=SocketJson,
    )
    from app.api.core import authenticate_request

    app.before_request(authenticate_request)  # an API token names the person before the check
    app.before_request(require_login)
    register_error_handlers(app)
    from app.search import indexer

    if app.config["SEARCH_BACKEND"] not in ("whoosh", "postgres"):
        raise RuntimeError("SEARCH_BACKEND is “whoosh” or “postgres”.")
    if app.config["SEARCH_INDEXING"] not in ("background", "inline", "off"):
        raise RuntimeError("SEARCH_INDEXING is “background”, “inline” or “off”.")
    if app.config["SEARCH_RANKER"] not in ("hybrid", "lexical", "semantic"):
        raise RuntimeError("SEARCH_RANKER is “hybrid”, “lexical” or “semantic”.")
    indexer.connect_listeners()
    from app.points import badges
    from app.points import handlers as points_handlers

    points_handlers.connect_listeners()
    badges.connect_listeners()
    from app.chat import handlers as chat_handlers
    from app.notifications import handlers as notification_handlers
    from app.profiles import routing

    notification_handlers.connect_listeners()
    chat_handlers.connect_listeners()
    routing.connect_listeners()
    app.after_request(indexer.after_request)
    from app import models  # noqa: F401  (complete metadata)


def _register_blueprints(app: Flask) -> None:
    from app import main
    from app.admin import routes as admin_routes
    from app.analytics import routes as analytics_routes
    from app.auth import routes as auth_routes
    from app.chat import routes as chat_routes
    from app.notifications import routes as notifications_routes
    from app.points import routes as points_routes
    from app.profiles import routes as profiles_routes
    from app.qa import routes as qa_routes
    from app.search import routes as search_routes
    from app.wiki import routes as wiki_routes

    app.register_blueprint(main.bp)
    app.register_blueprint(auth_routes.bp)
    app.register_blueprint(profiles_routes.bp)
    app.register_blueprint(qa_routes.bp)
    app.register_blueprint(wiki_routes.bp)
    app.register_blueprint(search_routes.bp)
    app.register_blueprint(points_routes.bp)
    app.register_blueprint(notifications_routes.bp)
    app.register_blueprint(chat_routes.bp)
    app.register_blueprint(admin_routes.bp)
    app.register_blueprint(analytics_routes.bp)
    if app.config["FLOOR_ROUTE"]:
        from app import floor

        app.register_blueprint(floor.bp)
    from app.api import more_routes as api_more_routes
    from app.api import pages as api_pages
    from app.api import routes as api_routes
    from app.api.core import init_api

    app.register_blueprint(api_pages.bp)
    init_api(app, api_routes.BLUEPRINTS + api_more_routes.BLUEPRINTS)


def _register_cli(app: Flask) -> None:
    from app.auth.cli import users_cli
    from app.demo.cli import demo_cli
    from app.notifications.cli import digest
    from app.points.cli import points_cli
    from app.profiles.cli import experts_cli
    from app.qa.cli import import_cli
    from app.search.cli import search_cli
    from app.wiki.cli import wiki_cli

    app.cli.add_command(users_cli)
    app.cli.add_command(demo_cli)
    app.cli.add_command(digest)
    app.cli.add_command(wiki_cli)
    app.cli.add_command(search_cli)
    app.cli.add_command(import_cli)
    app.cli.add_command(points_cli)
    app.cli.add_command(experts_cli)
