"""Accounts: registration, login, sessions, roles."""
