"""Chat under load: `--clients` Socket.IO clients in one channel, half on each of two Fieldwise
server processes sharing Redis, some of them sending; against a bare python-socketio server
(two processes on the same Redis, no database, no login, no checks) relaying the same traffic
in the same run.

    cd /work/main && PYTHONPATH=. .venv/bin/python bench/chat_bench.py \\
        [--clients 200] [--senders 20] [--messages 10] [--rate 20] \\
        [--redis redis://127.0.0.1:6379/0] [--database-url URL]

Fieldwise runs as `make run` serves it (`python wsgi.py`, eventlet) over a fresh SQLite file,
or the PostgreSQL database given (a scratch one: it is migrated and filled). The clients'
people are created in the database and log in with session cookies signed with the servers'
key (200 Argon2 logins would measure the password hash, not chat). `--senders` of the clients
send `--messages` messages each, `--rate` messages a second in all, each carrying its send
time; every client records when each message arrives. Printed per server: send-to-receive
latency p50 / p99 / max over every delivery, deliveries a second, and messages lost or
reordered (per sender, at each receiver), then the ratio of the p99s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import requests
import socketio

from bench.points_bench import percentile
from tests.live_server import ROOT, free_port, prepare_workdir, start_server_pair

NO_PASSWORD = "!"  # no Argon2 hash matches it: these people log in by cookie only
SETTLE_SECONDS = 5.0  # after the last send, how long the clients may still receive


def fieldwise_servers(workdir: Path, queue: str, database_url: str | None):
    env = {"SOCKETIO_MESSAGE_QUEUE": queue, "RATELIMIT_STORAGE_URI": queue,
           "CHAT_MESSAGE_RATE_LIMIT": "1000 per second"}
    if database_url:
        env["DATABASE_URL"] = database_url
    prepare_workdir(workdir, **env)
    servers = start_server_pair(workdir, **env)
    return servers, servers[0].database_url


def people_and_channel(workdir: Path, database_url: str, clients: int) -> tuple[int, list[str]]:
    """The bench's people in one public channel; a signed session cookie for each."""
    os.environ.update({"FIELDWISE_ENV": "development", "FIELDWISE_INSTANCE_PATH": str(workdir)})
    from app import create_app
    from app.auth.models import User
    from app.chat import services as chat
    from app.extensions import db

    # The servers' instance folder (their secret key) and database.
    app = create_app(overrides={"SQLALCHEMY_DATABASE_URI": database_url,
                                "SEARCH_INDEXING": "off", "SOCKETIO_ASYNC_MODE": "threading"})
    with app.app_context():
        people = [User(email=f"bench{n}@example.com", name=f"Bench Person {n}",
                       handle=f"bench{n}", password_hash=NO_PASSWORD) for n in range(clients)]
        db.session.add_all(people)
        db.session.flush()
        channel = chat.create_channel(people[0], "bench", "public")
        chat.invite(people[0], channel, people[1:])
        db.session.commit()
        serializer = app.session_interface.get_signing_serializer(app)
        name = app.config["SESSION_COOKIE_NAME"]
        cookies = [f"{name}={serializer.dumps({'_user_id': p.get_id(), '_fresh': True})}"
                   for p in people]
        channel_id = channel.id
        db.session.remove()
        db.engine.dispose()
    return channel_id, cookies


def bare_servers(queue: str):
    servers = []
    for _ in range(2):
        port = free_port()
        process = subprocess.Popen(  # noqa: S603  (our own script, our own arguments)
            [sys.executable, str(ROOT / "bench/bare_socketio_server.py"), str(port), queue],
            cwd=ROOT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(f"{url}/healthz", timeout=1).ok:
                    break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    process.kill()
                    raise
                time.sleep(0.2)
        servers.append((url, process))
    return servers


async def run_load(urls: list[str], cookies: list[str | None], channel_id: int, senders: int,
                   messages: int, rate: float) -> dict:
    """Connect every client (alternating servers), send, wait, and measure."""
    received: list[list[tuple[int, int, float]]] = [[] for _ in cookies]
    clients = []

    def on_message(index: int):
        async def handler(payload):
            now = time.perf_counter()
            body = payload.get("body", "")
            if body.startswith("bench "):
                _, sender, seq, sent = body.split()
                received[index].append((int(sender), int(seq), now - float(sent)))
        return handler

    for index, cookie in enumerate(cookies):
        url = urls[index % len(urls)]
        client = socketio.AsyncClient(reconnection=False)
        client.on("chat_message", on_message(index))
        headers = {"Origin": url, **({"Cookie": cookie} if cookie else {})}
        await client.connect(url, headers=headers, transports=["websocket"], wait_timeout=10)
        clients.append(client)
    await asyncio.sleep(1.0)  # every connection has joined its rooms

    interval = senders / rate  # each sender's pause between its messages
    failures = []

    async def sender(index: int):
        client = clients[index]
        for seq in range(messages):
            body = f"bench {index} {seq} {time.perf_counter()!r}"
            ack = await client.call("chat_send", {"channel_id": channel_id, "body": body},
                                    timeout=30)
            if not ack or "error" in ack:
                failures.append(ack)
            await asyncio.sleep(interval)

    began = time.perf_counter()
    await asyncio.gather(*(sender(i) for i in range(senders)))
    sent_for = time.perf_counter() - began
    expected = senders * messages
    deadline = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < deadline and any(len(r) < expected for r in received):
        await asyncio.sleep(0.1)
    for client in clients:
        await client.disconnect()

    latencies = [lat for per in received for _, _, lat in per]
    lost = sum(expected - len({(s, q) for s, q, _ in per}) for per in received)
    reordered = 0
    for per in received:
        last: dict[int, int] = defaultdict(lambda: -1)
        for sender_index, seq, _ in per:
            if seq < last[sender_index]:
                reordered += 1
            last[sender_index] = max(last[sender_index], seq)
    return {"latencies": latencies, "deliveries": len(latencies), "lost": lost,
            "reordered": reordered, "seconds": sent_for, "failures": failures}


def report(label: str, result: dict) -> float:
    lat = result["latencies"]
    p50, p99 = percentile(lat, 50) * 1000, percentile(lat, 99) * 1000
    print(f"| {label} | {p50:.1f} | {p99:.1f} | {max(lat) * 1000:.1f} | "
          f"{result['deliveries'] / result['seconds']:.0f} | {result['lost']} | "
          f"{result['reordered']} | {len(result['failures'])} |", flush=True)
    return p99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--senders", type=int, default=20)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--rate", type=float, default=20.0, help="messages a second, in all")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    print(f"{args.clients} clients on 2 processes, {args.senders} senders x {args.messages} "
          f"messages at {args.rate:g}/s in all: {args.senders * args.messages} messages, "
          f"{args.senders * args.messages * args.clients} deliveries expected", flush=True)
    print("| Server | p50 (ms) | p99 (ms) | max (ms) | deliveries/s | lost | reordered "
          "| refused |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")

    bare = bare_servers(args.redis)
    try:
        result = asyncio.run(run_load([u for u, _ in bare], [None] * args.clients, 0,
                                      args.senders, args.messages, args.rate))
    finally:
        for _, process in bare:
            process.terminate()
            process.wait(timeout=10)
    bare_p99 = report("bare python-socketio", result)

    workdir = Path(tempfile.mkdtemp(prefix="chat-bench-"))
    servers, database_url = fieldwise_servers(workdir, args.redis, args.database_url)
    try:
        channel_id, cookies = people_and_channel(workdir, database_url, args.clients)
        result = asyncio.run(run_load([s.url for s in servers], cookies, channel_id,
                                      args.senders, args.messages, args.rate))
    finally:
        for server in servers:
            server.stop()
    ours_p99 = report("Fieldwise", result)
    print(f"\np99 ratio (Fieldwise / bare): {ours_p99 / bare_p99:.2f}x")


if __name__ == "__main__":
    main()
