"""User Markdown, rendered and sanitised in one place: questions, answers, comments (and later wiki
and chat) all go through `render`.

markdown-it-py parses CommonMark with raw HTML switched off (a `<script>` is shown as text, never
run) and refuses `javascript:`/`vbscript:`/`file:`/`data:` link targets; nh3 (ammonia) then cleans
the HTML again with an allow-list, so a parser bug alone cannot let script through. @mentions are
recognised on the parsed tokens, so `@name` inside code or a link is left alone; so are wiki
links, `[[Page title]]` and `[[Page title|label]]`, whose address the caller decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
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
    allowed_classes={"a": {"mention", "wikilink"}},
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


# The longest text between [[ and ]] taken as a wiki link (a title is far shorter).
WIKI_LINK_MAX = 300


def _wiki_link_rule(state: StateInline, silent: bool) -> bool:
    """`[[target]]` or `[[target|label]]` on one line: a link when `env["wiki_link"]` gives the
    target an address, otherwise left as text. Every target written is collected."""
    start = state.pos
    if not state.src.startswith("[[", start):
        return False
    end = state.src.find("]]", start + 2, start + 2 + WIKI_LINK_MAX + 2)
    inner = state.src[start + 2:end] if end != -1 else ""
    if not inner.strip() or "\n" in inner or "[" in inner:
        return False
    target, _, label = inner.partition("|")
    address_of: Callable[[str], str | None] | None = state.env.get("wiki_link")
    address = address_of(target) if address_of else None
    if not silent:
        state.env.setdefault("wiki_links", []).append(target)
        if address is None:
            return False
        state.push("link_open", "a", 1).attrs = {"href": address, "class": "wikilink"}
        state.push("text", "", 0).content = (label or target).strip()
        state.push("link_close", "a", -1)
    elif address is None:
        return False
    state.pos = end + 2
    return True


_PARSER = (
    MarkdownIt("commonmark", {"html": False, "typographer": False})
    .enable(["table", "strikethrough"])
    .disable("image")  # no external images: they would track readers and break the CSP
)
_PARSER.core.ruler.after("text_join", "mentions", _mentions_rule)
_PARSER.inline.ruler.before("link", "wiki_link", _wiki_link_rule)


def render(
    source: str,
    mention_links: Mapping[str, str] | None = None,
    wiki_link: Callable[[str], str | None] | None = None,
) -> str:
    """Markdown → safe HTML. `mention_links` maps a handle to the URL its @mention links to;
    `wiki_link` gives a wiki link's target its URL (None: not a valid target, left as text)."""
    html = _PARSER.render(source, {"mention_links": mention_links or {}, "wiki_link": wiki_link})
    return _CLEANER.clean(html)


def plain_text(source: str) -> str:
    """Markdown → the words a reader sees, one block a line: no `**`, `##` or `[[...]]` left
    (a wiki link reads as its label), code kept as written (what search indexes and quotes)."""
    lines = []
    for token in _PARSER.parse(source or "", {"wiki_link": lambda target: "#"}):
        if token.type == "inline":
            line = "".join(child.content if child.type in ("text", "code_inline")
                           else " " if child.type in ("softbreak", "hardbreak") else ""
                           for child in token.children or ())
        elif token.type in ("fence", "code_block"):
            line = token.content
        else:
            continue
        if line.strip():
            lines.append(line.strip())
    return "\n".join(lines)


def mentioned_handles(source: str) -> list[str]:
    """The @handles written in `source`, lower-cased, in order, each once (code excluded)."""
    env: dict = {}
    _PARSER.parse(source, env)
    return env.get("mentioned", [])



def wiki_link_targets(source: str) -> list[str]:
    """The targets of the `[[wiki links]]` written in `source`, as written, in order (code
    excluded)."""
    env: dict = {"wiki_link": lambda target: None}
    _PARSER.parse(source, env)
    return env.get("wiki_links", [])
