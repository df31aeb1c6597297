"""/healthz: the state of the database and the message queue, for load balancers."""



def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok"
    assert response.json["checks"]["database"]["status"] == "ok"
    assert response.json["checks"]["database"]["backend"] in ("sqlite", "postgresql")
    assert response.json["checks"]["message_queue"] == {"status": "not used"}
    assert "Set-Cookie" not in response.headers


def test_database_down_is_a_503(make_app):
    app = make_app(SQLALCHEMY_DATABASE_URI="postgresql+psycopg://nobody@127.0.0.1:1/none")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["checks"]["database"]["status"] == "error"
    assert response.json["checks"]["database"]["error"] == "OperationalError"
    assert "nobody" not in response.get_data(as_text=True)


def test_message_queue_on_redis(make_app, redis_url):
    app = make_app(SOCKETIO_MESSAGE_QUEUE=redis_url)
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.json["checks"]["message_queue"] == {"status": "ok", "kind": "redis"}


def test_message_queue_down_is_a_503(make_app):
    app = make_app(SOCKETIO_MESSAGE_QUEUE="redis://127.0.0.1:1/0")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["checks"]["message_queue"]["status"] == "error"
