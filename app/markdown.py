"""User Markdown, rendered and sanitised in one place: questions, answers, comments (and later wiki
and chat) all go through `render`.

markdown-it-py parses CommonMark with raw HTML switched off (a `<script>` is shown as text, never
run) and refuses `javascript:`/`vbscript:`/`file:`/`data:` link targets; nh3 (ammonia) then cleans
the HTML again with an allow-list, so a parser bug alone cannot let script through. @mentions are
recognised on the parsed tokens, so `@name` inside code or a link is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

# A handle: letters, digits and . _ - inside, a letter or digit at both ends (so the full stop
# after "thanks @maya.patel." is not part of the handle).
HANDLE_PATTERN = r"[a-z0-9](?:[a-z0-9._-]{0,38}[a-z0-9])?"
_MENTION = re.compile(rf"(?<![\w@.])@({HANDLE_PATTERN})(?![\w@])", re.IGNORECASE)

_ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "s", "code",
    "pre", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
}
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    clean_content_tags={"script", "style"},
    attributes={"a": {"href", "title"}, "ol": {"start"}},
    allowed_classes={"a": {"mention"}},
    url_schemes={"http", "https", "mailto"},
    link_rel="nofollow noopener noreferrer",
)


def _mentions_rule(state: StateCore) -> None:
    """Collect @handles in text (not code, not link text) and link the ones `env` knows."""
    links: Mapping[str, str] = state.env.get("mention_links") or {}
    found: list[str] = state.env.setdefault("mentioned", [])
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        inside_link = 0
        for token in block.children:
            if token.type == "link_open":
                inside_link += 1
            elif token.type == "link_close":
                inside_link -= 1
            if token.type != "text" or inside_link or "@" not in token.content:
                children.append(token)
                continue
            text, position = token.content, 0
            for match in _MENTION.finditer(text):
                handle = match.group(1).lower()
                if handle not in found:
                    found.append(handle)
                if handle not in links:
                    continue
                if match.start() > position:
                    children.append(Token("text", "", 0, content=text[position:match.start()]))
                children.append(
                    Token("link_open", "a", 1, attrs={"href": links[handle], "class": "mention"})
                )
                children.append(Token("text", "", 0, content=match.group(0)))
                children.append(Token("link_close", "a", -1))
                position = match.end()
            if position < len(text):
                children.append(Token("text", "", 0, content=text[position:]))
        block.children = children


_PARSER = (
    MarkdownIt("commonmark", {"html": False, "typographer": False})
    .enable(["table", "strikethrough"])
    .disable("image")  # no external images: they would track readers and break the CSP
)
_PARSER.core.ruler.after("text_join", "mentions", _mentions_rule)


def render(source: str, mention_links: Mapping[str, str] | None = None) -> str:
    """Markdown → safe HTML. `mention_links` maps a handle to the URL its @mention links to."""
    html = _PARSER.render(source, {"mention_links": mention_links or {}})
    return _CLEANER.clean(html)


def mentioned_handles(source: str) -> list[str]:
    """The @handles written in `source`, lower-cased, in order, each once (code excluded)."""
    env: dict = {}
    _PARSER.parse(source, env)
    return env.get("mentioned", [])

