"""The audit log: who did what to accounts, sessions, tokens and content, for admins only."""
