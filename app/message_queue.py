"""The Socket.IO message queue between server processes (Redis), built so that Redis being slow
or down never holds up a request, and so that pages learn what they missed.

python-socketio's RedisManager publishes in the caller's greenlet, with redis-py's default
timeouts and its own retry: a hung Redis held a vote's answer (already committed) for 10 s and
a socket connection (whose handler announces presence) until it failed. Here:

- **Publishing is off the request path.** An emit reaches this process's own clients at once,
  as before; what the other processes must hear (the emit, a room change, a disconnection) goes
  into an outbox that one background task publishes, in order, over its own connection whose
  every wait is bounded by MESSAGE_QUEUE_TIMEOUT (a fraction of a second).
- **Nothing that matters is lost.** While Redis does not answer, the task stops trying each
  message: an emit is dropped (it only said live what is saved; the pages fetch it, below),
  a room change or a disconnection waits, in order, and is published when Redis answers again
  (a member removed during an outage must not stay in the room). At most MESSAGE_QUEUE_OUTBOX
  messages wait; beyond, emits are dropped at once.
- **Pages resync.** When this process cannot publish, or its listener loses Redis, its clients
  get `live` {"state": "paused"}; when Redis answers again they get `live` {"state": "resumed"}
  (every process's clients, when the publisher recovers: its pause may have gone unnoticed
  elsewhere), and each open page fetches what it missed since the last id it saw (app.js,
  chat.js). The listener retries every MESSAGE_QUEUE_RETRY seconds at most, not python-socketio's
  back-off that grows to a minute.
- **No room change is lost for good.** A process whose listener lost Redis missed whatever the
  others published meanwhile, room changes and disconnections included: once subscribed again,
  and before it delivers anything more, it reconciles its own connections with the database
  (app.realtime.reconcile: a member removed meanwhile leaves the channel's room, a connection
  whose login session ended is closed).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import redis
import socketio
from redis.backoff import NoBackoff
from redis.retry import Retry

LIVE_EVENT = "live"
_log = logging.getLogger(__name__)


class RedisQueue(socketio.RedisManager):
    """A RedisManager whose publishing never blocks its caller (see the module)."""

    name = "fieldwise-redis"

    def __init__(self, url: str, channel: str = "flask-socketio", timeout: float = 0.25,
                 retry: float = 1.0, outbox: int = 10_000,
                 reconcile: Callable[[], None] | None = None):
        # The listener's connection: a bounded connect, an unbounded wait for messages.
        super().__init__(url, channel=channel,
                         redis_options={"socket_connect_timeout": timeout})
        self.timeout = timeout
        self.retry = retry
        self.outbox_max = outbox
        self.reconcile = reconcile  # after a lost subscription (app.realtime.reconcile)
        self.paused = False  # this process could not publish, or its listener lost Redis
        self.dropped = 0  # emits not published since the last pause
        self._publisher: redis.Redis | None = None
        self._outbox = None
        self._empty: type[Exception] = Exception

    # ------------------------------------------------------------ publishing

    def initialize(self):
        super().initialize()  # the listener's task
        self._outbox = self.server.eio.create_queue()
        self._empty = self.server.eio.get_queue_empty_exception()
        self.server.start_background_task(self._publish_outbox)

    def _publish(self, data):
        """Called in the emitter's greenlet (a request): queue, never wait."""
        if self._outbox is None:  # a manager not started by a server: nothing to do but try
            self._send(data)
            return
        if data.get("method") == "emit" and (
                self.paused or self._outbox.qsize() >= self.outbox_max):
            self.dropped += 1  # the pages resync when the queue is back
            return
        self._outbox.put(data)

    def _client(self) -> redis.Redis:
        if self._publisher is None:
            self._publisher = redis.Redis.from_url(
                self.redis_url, socket_timeout=self.timeout,
                socket_connect_timeout=self.timeout, retry=Retry(NoBackoff(), 0))
        return self._publisher

    def _send(self, data) -> bool:
        try:
            self._client().publish(self.channel, self.json.dumps(data))
            return True
        except (redis.RedisError, OSError) as error:
            self._pause(f"cannot publish to the message queue ({type(error).__name__})")
            return False

    def _publish_outbox(self):
        while True:
            try:
                self._publish_next()
            except Exception:  # one bad message must not stop live updates for good
                _log.exception("Could not publish a message to the message queue")

    def _publish_next(self):
        try:
            data = self._outbox.get(timeout=self.retry if self.paused else None)
        except self._empty:
            data = None
        if self.paused:
            if not self._answers():
                self._drop_or_keep(data)
                return
            self._resume()
        if data is not None and not self._send(data):
            self._drop_or_keep(data)

    def _drop_or_keep(self, data) -> None:
        """While paused, an emit is dropped; a room change or disconnection waits its turn
        (published before anything queued after it)."""
        if data is None:
            return
        if data.get("method") == "emit":
            self.dropped += 1
            return
        while True:
            if self._answers():
                self._resume()
                if self._send(data):
                    return
            self.server.sleep(self.retry)

    def _answers(self) -> bool:
        try:
            return bool(self._client().ping())
        except (redis.RedisError, OSError):
            return False

    # ------------------------------------------------------------ pausing and resuming

    def _pause(self, why: str) -> None:
        if self.paused:
            return
        self.paused = True
        _log.warning("Live updates paused: %s; the pages will resync when it answers.", why)
        self._tell_here("paused")

    def _resume(self) -> None:
        """Redis answers the publisher again: every process's pages fetch what they missed."""
        if not self.paused:
            return
        self.paused = False
        _log.warning("Live updates resumed (%d not sent live); the pages resync.",
                     self.dropped)
        self.dropped = 0
        self.emit(LIVE_EVENT, {"state": "resumed"}, namespace="/")

    def _tell_here(self, state: str) -> None:
        """This process's own clients only (the queue may be what is down)."""
        try:
            self.emit(LIVE_EVENT, {"state": state}, namespace="/", ignore_queue=True)
        except Exception:  # a client gone meanwhile: the others still hear it
            _log.exception("Could not tell the pages that live updates are %s", state)

    # ------------------------------------------------------------ listening

    def _redis_listen_with_retries(self):
        """python-socketio's loop, with a short retry and the pages told of a lost and a
        regained subscription (what was published meanwhile never reached this process)."""
        lost = False
        while True:
            try:
                self._redis_connect()
                self.pubsub.subscribe(self.channel)
                if lost:
                    # What was published meanwhile never came: the room changes and
                    # disconnections are read from the database before anything more is
                    # delivered (it waits in the subscription meanwhile).
                    if self.reconcile is not None:
                        self.reconcile()
                    lost = False
                    _log.warning("Listening to the message queue again; the pages resync.")
                    self._tell_here("resumed")
                yield from self.pubsub.listen()
            except Exception as error:  # any failure: retry, as python-socketio does
                if not lost:
                    lost = True
                    _log.warning("Lost the message queue (%s); retrying every %.1f s.",
                                 type(error).__name__, self.retry)
                    self._tell_here("paused")
                time.sleep(self.retry)
