"""posts know where they came from: promoted from chat, or imported (and by whom, when)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:26:44.939352

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('origin_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('origin_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('origin_url', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('origin_channel', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('original_author', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('accepted_by_import', sa.Boolean(), server_default=sa.false(), nullable=True))
        batch_op.create_index(batch_op.f('ix_posts_original_author'), ['original_author'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_posts_origin_by_id_users'), 'users', ['origin_by_id'], ['id'])
        batch_op.create_check_constraint(batch_op.f('ck_posts_origin_known'), "origin IN ('chat', 'import')")

    _promoted_posts_say_where_they_came_from()


_posts = sa.table('posts', sa.column('id', sa.Integer), sa.column('body', sa.Text),
                  sa.column('body_html', sa.Text), sa.column('origin', sa.String),
                  sa.column('origin_url', sa.String), sa.column('origin_channel', sa.String))
_revisions = sa.table('post_revisions', sa.column('id', sa.Integer),
                      sa.column('post_id', sa.Integer), sa.column('body', sa.Text))


def _line(channel: str, url: str) -> tuple[str, str]:
    """The line promoting used to append to the author's words, and its rendered paragraph, as
    chat and app.markdown wrote them (copied here so that the migration never changes)."""
    return (f"\n\n*From [#{channel}]({url}) in chat.*",
            f'<p><em>From <a href="{url}" rel="nofollow noopener noreferrer">#{channel}</a>'
            ' in chat.</em></p>\n')


def _promoted_posts_say_where_they_came_from():
    """Posts promoted from chat get origin 'chat' with their message's address and channel,
    and lose the "*From #channel in chat.*" line promoting appended to their text (and to
    their revisions): the page shows it beside the author now. A post whose text or HTML no
    longer ends with the line as it was written keeps both as they are, so they never disagree.
    Who promoted it was never recorded: origin_by stays empty."""
    connection = op.get_bind()
    messages = sa.table('chat_messages', sa.column('id', sa.Integer),
                        sa.column('channel_id', sa.Integer), sa.column('parent_id', sa.Integer),
                        sa.column('promoted_post_id', sa.Integer))
    channels = sa.table('chat_channels', sa.column('id', sa.Integer), sa.column('name', sa.String))
    promoted = connection.execute(
        sa.select(messages.c.promoted_post_id, messages.c.id, messages.c.channel_id,
                  messages.c.parent_id, channels.c.name, _posts.c.body, _posts.c.body_html)
        .join(channels, channels.c.id == messages.c.channel_id)
        .join(_posts, _posts.c.id == messages.c.promoted_post_id)).all()
    for post_id, message_id, channel_id, parent_id, channel, body, html in promoted:
        thread = f"?thread={parent_id}" if parent_id else ""
        url = f"/chat/{channel_id}{thread}#message-{message_id}"
        line, paragraph = _line(channel, url)
        values = {'origin': 'chat', 'origin_url': url, 'origin_channel': channel}
        keeps_line = body.endswith(line)
        if keeps_line and html.endswith(paragraph):
            values.update(body=body[:-len(line)], body_html=html[:-len(paragraph)])
            keeps_line = False
        connection.execute(_posts.update().where(_posts.c.id == post_id).values(**values))
        if keeps_line:
            continue
        for revision_id, text in connection.execute(
                sa.select(_revisions.c.id, _revisions.c.body)
                .where(_revisions.c.post_id == post_id)).all():
            if text.endswith(line):
                connection.execute(_revisions.update().where(_revisions.c.id == revision_id)
                                   .values(body=text[:-len(line)]))


def downgrade():
    # The schema before knew a promoted post's origin only from its text: the line goes back.
    connection = op.get_bind()
    for post_id, body, html, url, channel in connection.execute(
            sa.select(_posts.c.id, _posts.c.body, _posts.c.body_html, _posts.c.origin_url,
                      _posts.c.origin_channel)
            .where(_posts.c.origin == 'chat', _posts.c.origin_url != '')).all():
        line, paragraph = _line(channel, url)
        connection.execute(_posts.update().where(_posts.c.id == post_id)
                           .values(body=body + line, body_html=html + paragraph))

    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_posts_origin_known'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_posts_origin_by_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_posts_original_author'))
        batch_op.drop_column('accepted_by_import')
        batch_op.drop_column('original_author')
        batch_op.drop_column('origin_channel')
        batch_op.drop_column('origin_url')
        batch_op.drop_column('origin_at')
        batch_op.drop_column('origin_by_id')
        batch_op.drop_column('origin')
