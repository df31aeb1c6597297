"""Domain events (blinker). Features send them; points, search and notifications listen.

Senders call them inside the service, before the edge commits, so a listener that writes
(points, search outbox) lands in the same transaction as the change it reacts to.
"""

from blinker import Namespace

_signals = Namespace()

# sender: the User who registered
user_registered = _signals.signal("user-registered")
# sender: the User whose login sessions ended; session_ids=the ones ended, or None for all of
# them (log out everywhere, a password change, a deactivation, a role change); reason=why
sessions_ended = _signals.signal("sessions-ended")

# Q&A. Every sender is the object the event is about; keyword arguments say who did it.
# sender: the new Question
question_asked = _signals.signal("question-asked")
# sender: the new Answer
answer_posted = _signals.signal("answer-posted")
# sender: the Vote as it is now; previous=the value it had before (None for a new vote)
vote_cast = _signals.signal("vote-cast")
# sender: the Post; voter=the User, value=the value the removed vote had
vote_removed = _signals.signal("vote-removed")
# sender: the Answer now accepted; by=the asker
answer_accepted = _signals.signal("answer-accepted")
# sender: the Answer no longer accepted; by=the User who undid it (or deleted the answer)
answer_unaccepted = _signals.signal("answer-unaccepted")
# sender: the new Comment
comment_posted = _signals.signal("comment-posted")
# sender: the Post; editor=the User, revision=the new PostRevision
post_edited = _signals.signal("post-edited")
# sender: the Post (Question or Answer); by=the User who deleted it
post_deleted = _signals.signal("post-deleted")
# sender: the Post; by=the User who restored it
post_restored = _signals.signal("post-restored")
# sender: the Question; by=the User, canonical=the Question it duplicates
question_closed = _signals.signal("question-closed")
# sender: the Question; by=the User who reopened it
question_reopened = _signals.signal("question-reopened")
# sender: the User an admin said wrote imported posts; question_ids=the questions whose
# question or answers are now credited to them
imported_author_named = _signals.signal("imported-author-named")
# Chat. sender: the Message posted, edited or deleted
chat_message_changed = _signals.signal("chat-message-changed")
# sender: the Channel made private or public: who may find its messages changed
chat_channel_privacy_changed = _signals.signal("chat-channel-privacy-changed")
# sender: an Answer promoted from a chat reply, just accepted; by=the User who accepted it
promoted_answer_accepted = _signals.signal("promoted-answer-accepted")
# sender: the Post, Comment, WikiPage or chat Message; users=the Users newly mentioned in it,
# by=its author
user_mentioned = _signals.signal("user-mentioned")

# Wiki. The sender is the WikiPage (or the feedback); keyword arguments say who did it.
# sender: the new WikiPage; revision=its first WikiRevision
page_created = _signals.signal("page-created")
# sender: the WikiPage; editor=the User, revision=the new WikiRevision (edits, reverts, moves)
page_edited = _signals.signal("page-edited")
# sender: the WikiPage; by=the User, was_stale=whether it was past its review date
page_verified = _signals.signal("page-verified")
# sender: the WikiPage now past its review date (sent once each time it goes stale)
page_stale = _signals.signal("page-stale")
# sender: the WikiPage; by=the User
page_deleted = _signals.signal("page-deleted")
page_restored = _signals.signal("page-restored")
# sender: the WikiFeedback as it is now; previous=whether it was helpful before (None if new)
page_feedback = _signals.signal("page-feedback")

# Vocabulary. sender: the Tag renamed, or given or relieved of a synonym (what it finds changed)
tag_changed = _signals.signal("tag-changed")

# Points. sender: the PointsEntry just written (an award, or a reversal); tag_ids=its tags
points_written = _signals.signal("points-written")
# sender: the BadgeAward just made
badge_awarded = _signals.signal("badge-awarded")
# sender: the PersonCertification just awarded; by=the manager
certification_awarded = _signals.signal("certification-awarded")

# Profiles. sender: the new ProfileNote on someone's board
note_posted = _signals.signal("note-posted")
