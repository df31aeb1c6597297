"""Error pages: readable HTML for people, JSON for clients that ask for it."""

from flask import abort


def test_not_found_page(client, make_user, login):
    login(make_user())
    response = client.get("/no-such-page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert "Not found" in html and "Go to the home page" in html


def test_not_found_as_json(client):
    response = client.get("/no-such-page", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.json == {"error": {"code": 404, "message": response.json["error"]["message"],
                                       "fields": {}}}


def test_forbidden_and_server_error_pages(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    def forbidden():
        abort(403)

    def broken():
        raise RuntimeError("boom")

    for rule, view in (("/t/forbidden", forbidden), ("/t/broken", broken)):
        view.is_public = True
        app.add_url_rule(rule, view.__name__, view)
    client = app.test_client()
    response = client.get("/t/forbidden")
    assert response.status_code == 403
    assert "Not allowed" in response.get_data(as_text=True)
    response = client.get("/t/broken")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert "Something went wrong" in html and "boom" not in html
