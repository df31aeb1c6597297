"""The account fixtures (an outbox, a form sender) serve the administrators' tests too."""

from tests.auth.conftest import open_app, outbox  # noqa: F401
