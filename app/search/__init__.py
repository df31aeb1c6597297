"""Search: one index over questions, wiki pages and people, behind a small backend protocol."""
