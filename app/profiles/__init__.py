"""Profiles, teams and regions, and the people directory."""
