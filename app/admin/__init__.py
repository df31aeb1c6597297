"""The administrators' pages: people (roles, deactivation), invitations and the audit log."""
