"""Questions and answers, and the tag vocabulary that gives them context."""
