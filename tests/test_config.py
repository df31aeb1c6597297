"""Configuration: production refuses to start unsafe; development makes its own key."""

import pytest

from app import create_app
from app.config import DevelopmentConfig, ProductionConfig, config_from_env

NO_SERVER = {"SQLALCHEMY_DATABASE_URI": "sqlite://", "SOCKETIO_ASYNC_MODE": "threading"}


def test_production_refuses_to_start_without_a_secret_key(monkeypatch):
    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", None)
    with pytest.raises(RuntimeError, match="SECRET_KEY must be set"):
        create_app(ProductionConfig, NO_SERVER)


def test_development_generates_and_keeps_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("FIELDWISE_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setattr(DevelopmentConfig, "SECRET_KEY", None)
    first = create_app(DevelopmentConfig, NO_SERVER)
    second = create_app(DevelopmentConfig, NO_SERVER)
    assert len(first.config["SECRET_KEY"]) == 64
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_environment_picks_the_config(monkeypatch):
    monkeypatch.setenv("FIELDWISE_ENV", "development")
    assert config_from_env() is DevelopmentConfig
    monkeypatch.delenv("FIELDWISE_ENV")
    assert config_from_env() is ProductionConfig
    monkeypatch.setenv("FIELDWISE_ENV", "staging")
    with pytest.raises(RuntimeError, match="not one of"):
        config_from_env()


def test_allowed_origins_never_everyone(monkeypatch):
    from app.config import _origins_from_env

    monkeypatch.setenv("FIELDWISE_ALLOWED_ORIGINS", "https://fieldwise.example.com/, http://a:1")
    assert _origins_from_env() == ["https://fieldwise.example.com", "http://a:1"]
    monkeypatch.setenv("FIELDWISE_ALLOWED_ORIGINS", "*")
    with pytest.raises(RuntimeError, match="may not contain"):
        _origins_from_env()
    monkeypatch.delenv("FIELDWISE_ALLOWED_ORIGINS")
    assert _origins_from_env() is None  # same origin as the request's Host only


def test_async_mode_is_explicit():
    assert ProductionConfig.SOCKETIO_ASYNC_MODE in ("eventlet", "gevent")
