"""`flask users create-admin` and `flask users set-role`."""

from app.auth.models import User
from tests.conftest import PASSWORD, fetch, log_in, row_count


def test_create_admin_prompts_for_the_password(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create-admin", "--name", "Ada Admin", "--email", "Ada@Example.com"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Created admin Ada Admin <ada@example.com>" in result.output
    admin = fetch(app, User)
    assert admin.role == "admin" and admin.is_admin and admin.is_manager
    assert log_in(app.test_client(), "ada@example.com").status_code == 302


def test_create_admin_refuses_bad_input_and_writes_nothing(app, make_user):
    make_user(email="taken@example.com")
    runner = app.test_cli_runner()
    for args, message in [
        (["--name", "A", "--email", "taken@example.com", "--password", PASSWORD], "already exists"),
        (["--name", "A", "--email", "nope", "--password", PASSWORD], "not a valid e-mail"),
        (["--name", "A", "--email", "a@example.com", "--password", "short"], "at least 10"),
        (["--name", "", "--email", "a@example.com", "--password", PASSWORD], "Enter your name"),
    ]:
        result = runner.invoke(args=["users", "create-admin", *args])
        assert result.exit_code == 1
        assert message in result.output
    assert row_count(app, User) == 1


def test_set_role(app, make_user):
    user = make_user(email="mo@example.com")
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "set-role", "MO@example.com", "manager"])
    assert result.exit_code == 0, result.output
    user = fetch(app, User, id=user.id)
    assert user.role == "manager" and user.is_manager and not user.is_admin
    assert runner.invoke(args=["users", "set-role", "mo@example.com", "king"]).exit_code == 2
    result = runner.invoke(args=["users", "set-role", "nobody@example.com", "admin"])
    assert result.exit_code == 1 and "No account" in result.output


def test_deactivate_and_undo(app, make_user, token_for):
    from app.auth.models import ApiToken
    from tests.conftest import PASSWORD, log_in

    user = make_user(email="mo@example.com")
    token_for(user)
    browser = app.test_client()
    log_in(browser, user.email)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "deactivate", "mo@example.com"])
    assert result.exit_code == 0 and "deactivated" in result.output, result.output
    assert browser.get("/").status_code == 302
    assert fetch(app, ApiToken, user_id=user.id).revoked_at is not None
    assert log_in(app.test_client(), user.email).status_code == 422
    result = runner.invoke(args=["users", "deactivate", "--undo", "mo@example.com"])
    assert result.exit_code == 0 and "active again" in result.output
    assert log_in(app.test_client(), user.email, PASSWORD).status_code == 302
    result = runner.invoke(args=["users", "deactivate", "nobody@example.com"])
    assert result.exit_code == 1 and "No account" in result.output
