"""Production entry point: patch the standard library for the async server, then build the app.

Run it with `python wsgi.py` (what `make run` does): Flask-SocketIO's own server, in the async mode
of SOCKETIO_ASYNC_MODE (eventlet unless set; gevent is the one-setting alternative).
"""

import os
import warnings

# Eventlet announces its maintenance mode on import; docs/deploy.md covers it (gevent swaps in).
warnings.filterwarnings("ignore", message=r"\s*Eventlet is deprecated", category=Warning)

ASYNC_MODE = os.environ.setdefault("SOCKETIO_ASYNC_MODE", "eventlet")
if ASYNC_MODE == "eventlet":
    import eventlet

    eventlet.monkey_patch()
    # psycopg waits for PostgreSQL in C unless it sees gevent's patching: under eventlet that
    # wait would hold every request of the process while one waits on a lock. Its select()
    # wait goes through eventlet's green select instead (read when psycopg is first imported).
    os.environ["PSYCOPG_WAIT_FUNC"] = "wait_select"
elif ASYNC_MODE == "gevent":
    from gevent import monkey

    monkey.patch_all()

from app import create_app  # noqa: E402  (after monkey-patching, on purpose)
from app.extensions import socketio  # noqa: E402
from app.search import indexer, spelling  # noqa: E402
from app.serving import server_options  # noqa: E402

app = create_app()

if __name__ == "__main__":
    print(indexer.start(app), flush=True)
    spelling.warm(app)
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    print(f"Fieldwise is serving on http://{host}:{port} ({ASYNC_MODE})", flush=True)
    socketio.run(app, host=host, port=port, log_output=True, **server_options(ASYNC_MODE))
