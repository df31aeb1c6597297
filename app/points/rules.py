"""How points are earned: the table a manager reads (and the "How points work" page shows).

Sharing pays, and quality pays far more than volume: asking, answering or writing a page earns
nothing by itself; what others make of it does (votes, an accepted answer, a helpful mark).
Each rule says who earns, how many points, which daily cap it counts toward, and whether undoing
the action (removing the vote, un-accepting, deleting the post) takes the points back.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str  # recorded on each ledger row
    when: str  # the action, as a reader says it
    earner: str  # who earns: "author" of the subject, "actor" who did it, or "owner" of a page
    points: int
    cap: str | None = None  # the daily cap it counts toward (CAPS), if any
    reversible: bool = True  # undoing the action writes a reversing row


@dataclass(frozen=True)
class Cap:
    name: str
    points: int  # at most this many points a day per person from the rules under the cap
    what: str


CAPS = {
    "votes": Cap("votes", 200, "Points from votes and helpful marks"),
    "wiki-edits": Cap("wiki-edits", 20, "Points for wiki edits (10 edits)"),
}

ANSWER_UPVOTED = Rule("answer-upvoted", "Your answer is voted up", "author", 10, "votes")
QUESTION_UPVOTED = Rule("question-upvoted", "Your question is voted up", "author", 5, "votes")
ANSWER_ACCEPTED = Rule("answer-accepted", "Your answer is accepted", "author", 15)
ACCEPTED_AN_ANSWER = Rule("accepted-an-answer", "You accept an answer to your question",
                          "actor", 2)
POST_DOWNVOTED = Rule("post-downvoted", "Your question or answer is voted down", "author", -2)
DOWNVOTED_AN_ANSWER = Rule("downvoted-an-answer", "You vote an answer down", "actor", -1)
PAGE_HELPFUL = Rule("page-helpful", "A reader marks your wiki page helpful", "owner", 5, "votes")
PAGE_EDITED = Rule("page-edited", "You edit a wiki page", "actor", 2, "wiki-edits",
                   reversible=False)
PAGE_REVERIFIED = Rule("page-reverified", "You re-verify a stale wiki page", "actor", 3,
                       reversible=False)
CHAT_ANSWER_PROMOTED = Rule("chat-answer-promoted",
                            "Your chat answer is promoted to a Q&A answer", "author", 5,
                            reversible=False)

RULES: tuple[Rule, ...] = (
    ANSWER_UPVOTED, QUESTION_UPVOTED, ANSWER_ACCEPTED, ACCEPTED_AN_ANSWER, POST_DOWNVOTED,
    DOWNVOTED_AN_ANSWER, PAGE_HELPFUL, PAGE_EDITED, PAGE_REVERIFIED, CHAT_ANSWER_PROMOTED,
)
BY_NAME = {rule.name: rule for rule in RULES}

# Nobody earns from their own content: a vote, a helpful mark or an acceptance on something
# one wrote or owns earns nothing (the Q&A and the wiki refuse self-votes and self-feedback;
# accepting one's own answer is allowed and earns nothing).
# A person's total is the sum of their ledger rows, shown as at least 1.
LOWEST_TOTAL = 1

# Serial voting: more votes than this from one person to another in one day are reversed
# (the excess) and flagged for managers.
SERIAL_VOTES_PER_DAY = 10

EARNERS = {"author": "who wrote it", "actor": "who does it", "owner": "the page's owner"}
