"""The enablement dashboard: where knowledge is missing, and who carries the team."""
