"""Domain events (blinker). Features send them; points, search and notifications listen.

Senders call them inside the service, before the edge commits, so a listener that writes
(points, search outbox) lands in the same transaction as the change it reacts to.
"""

from blinker import Namespace

_signals = Namespace()

# sender: the User who registered
user_registered = _signals.signal("user-registered")
# sender: the User whose sessions were all revoked (password change, "log out everywhere")
sessions_revoked = _signals.signal("sessions-revoked")
