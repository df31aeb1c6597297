"""The points engine: rules, the append-only ledger, badges and leaderboards (issue #6)."""
