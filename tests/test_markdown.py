"""The one Markdown renderer: formatting kept, script and dangerous links gone, @mentions."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from app.markdown import mentioned_handles, render, wiki_link_targets


class Elements(HTMLParser):
    """The elements and attributes a browser would build from the HTML (text is not markup)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

DANGEROUS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="#" onclick="alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    '<iframe src="https://example.com"></iframe>',
    "<style>body{display:none}</style>",
    '<div style="position:fixed">x</div>',
    "[x](https://example.com 'a\" onmouseover=\"alert(1)')",
]


@pytest.mark.parametrize("source", DANGEROUS)
def test_no_script_handlers_or_dangerous_links_survive(source):
    html = render(source)
    for tag, attrs in Elements(html).tags:
        assert tag not in {"script", "iframe", "style", "img", "object", "embed", "form"}, html
        assert not any(name.startswith("on") or name == "style" for name in attrs), html
        for name in ("href", "src"):
            if name in attrs:
                assert urlsplit(attrs[name]).scheme in {"", "http", "https", "mailto"}, html


def test_formatting_and_code_blocks_are_kept():
    html = render("**bold** _it_ ~~old~~\n\n- one\n- two\n\n> buyer quote\n\n"
                  "```\nif discount > 20: ask_deal_desk()\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    for expected in ("<strong>bold</strong>", "<em>it</em>", "<s>old</s>", "<li>one</li>",
                     "<blockquote>", "<pre><code>if discount &gt; 20: ask_deal_desk()",
                     "<table>", "<td>1</td>"):
        assert expected in html, expected


def test_links_are_kept_and_marked_nofollow():
    html = render("[pricing guide](https://intranet.example/pricing) and [a page](/questions/3)")
    assert 'href="https://intranet.example/pricing"' in html
    assert 'href="/questions/3"' in html
    assert 'rel="nofollow noopener noreferrer"' in html


def test_mentions_are_found_outside_code_and_links_only():
    source = ("Ask @Maya.Patel and @daniel-okafor. Not `@in.code`, not [@linked](/x), "
              "not an e-mail like sofia@northwind.example.\n\n    @indented.code")
    assert mentioned_handles(source) == ["maya.patel", "daniel-okafor"]


def test_known_mentions_become_profile_links_unknown_stay_text():
    html = render("Thanks @maya.patel and @nobody!", {"maya.patel": "/people/7"})
    assert '<a href="/people/7" class="mention"' in html and ">@maya.patel</a>" in html
    assert "@nobody" in html and "/people/" not in html.split("@nobody")[0][-30:]


def test_mention_syntax_cannot_inject_markup():
    html = render('@maya.patel"><script>x</script>', {"maya.patel": "/people/1"})
    assert "<script" not in html


def _wiki_address(target: str) -> str | None:
    return None if "<" in target else "/wiki/go?to=" + target.strip().replace(" ", "%20")


def test_wiki_links_become_links_with_their_label_outside_code_only():
    html = render("See [[Pricing rules]], [[Legal steps|the legal page]] and `[[not a link]]`.",
                  wiki_link=_wiki_address)
    assert '<a href="/wiki/go?to=Pricing%20rules" class="wikilink"' in html
    assert ">the legal page</a>" in html
    assert "<code>[[not a link]]</code>" in html
    assert wiki_link_targets("[[A]] `[[B]]` [[C|c]]\n\n    [[D]]") == ["A", "C"]


def test_wiki_links_the_caller_refuses_stay_text():
    html = render("[[a<script>b]] and [[\n]] and [[]]", wiki_link=_wiki_address)
    assert "wikilink" not in html and "&lt;script&gt;" in html
    assert render("[[Pricing rules]]") == "<p>[[Pricing rules]]</p>\n"  # no wiki: plain text


def test_a_wiki_link_label_cannot_inject_markup():
    html = render('[[Page|<img src=x onerror=alert(1)> "quoted"]]', wiki_link=_wiki_address)
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert [tag for tag, _ in Elements(html).tags] == ["p", "a"]
