"""The wiki: best-practice pages and learning paths."""
