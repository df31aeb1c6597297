"""A deterministic corpus of B2B-sales content for the search benchmarks.

    questions(n)  n question Documents (question text and its 1-4 answers), keys question:1..n
    pages(n)      n wiki page Documents, keys page:1..n
    QUERIES       200 (raw text, filters) pairs: 50 rare terms, 50 common terms, 50 quoted
                  phrases of common words, 50 filtered searches (GROUPS names them)

Every generator is seeded: questions(5_000) is the first 5,000 of questions(100_000), on every
machine and every run. The text is drawn from a vocabulary of 3,000 words with a Zipf-like
distribution (the 20th word is about twice as frequent as the 40th), mixed with sentences from
templates (products, competitors, deal topics) and fixed collocations ("discount approval",
"security review", "mutual action plan"), so that common words and phrases are common, and the
vocabulary's tail, the domain's rare terms and the customer accounts (1,500 names) are rare.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from app.search.backend import Document

SEED = 20250630
END = datetime(2025, 6, 30, 17, 0, tzinfo=UTC)  # the newest content; the oldest is 3 years older
SPAN_SECONDS = 3 * 365 * 86400
VOCABULARY_SIZE = 3_000
ZIPF_EXPONENT = 1.15
ZIPF_OFFSET = 2.7  # Zipf-Mandelbrot: the first few words are not absurdly dominant

PRODUCTS = ("Signal Forecast", "Signal Coach", "Signal Core")
COMPETITORS = ("Brightline CRM", "Ardent Revenue", "Kestrel Insights", "Quarry Analytics")

# ---------------------------------------------------------------- tags and their categories

TAG_CATEGORIES: dict[str, tuple[str, ...]] = {
    "product": ("signal-forecast", "signal-coach", "signal-core", "integrations", "api",
                "roadmap", "analytics"),
    "competitor": ("brightline-crm", "ardent-revenue", "kestrel-insights", "quarry-analytics",
                   "competitive-displacement"),
    "journey-phase": ("prospecting", "discovery", "qualification", "demo", "proof-of-concept",
                      "negotiation", "closing", "onboarding", "renewal", "expansion"),
    "deal-topic": ("pricing", "discount-approval", "procurement", "security-review",
                   "msa-redlines", "legal", "compelling-event", "champion", "cfo",
                   "forecast-categories", "forecast", "objection-handling", "business-case",
                   "roi", "payment-terms", "multi-year", "mutual-action-plan", "meddicc",
                   "executive-sponsor", "deal-desk", "churn-risk", "budget", "rfp",
                   "data-residency", "sso", "gdpr", "soc2"),
    "industry": ("healthcare", "financial-services", "public-sector", "manufacturing", "retail",
                 "logistics"),
    "region": ("emea", "apac", "north-america", "latam"),
}
TAGS: tuple[str, ...] = tuple(t for names in TAG_CATEGORIES.values() for t in names)
CATEGORY_OF: dict[str, str] = {t: c for c, names in TAG_CATEGORIES.items() for t in names}

# Topics a question is about: how a title names it, and the tags it brings.
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pricing", ("pricing",)),
    ("discount approval", ("discount-approval", "deal-desk")),
    ("procurement", ("procurement",)),
    ("the security review", ("security-review", "soc2")),
    ("MSA redlines", ("msa-redlines", "legal")),
    ("a compelling event", ("compelling-event", "qualification")),
    ("our champion", ("champion", "meddicc")),
    ("the CFO", ("cfo", "business-case")),
    ("the renewal", ("renewal", "churn-risk")),
    ("forecast categories", ("forecast-categories", "forecast")),
    ("objection handling", ("objection-handling",)),
    ("payment terms", ("payment-terms", "procurement")),
    ("a multi-year deal", ("multi-year", "pricing")),
    ("the mutual action plan", ("mutual-action-plan", "closing")),
    ("the business case", ("business-case", "roi")),
    ("the executive sponsor", ("executive-sponsor",)),
    ("data residency", ("data-residency", "gdpr")),
    ("SSO and SCIM", ("sso", "security-review")),
    ("the RFP", ("rfp", "procurement")),
    ("budget", ("budget", "qualification")),
    ("the proof of concept", ("proof-of-concept", "demo")),
    ("discovery", ("discovery",)),
    ("the deal desk", ("deal-desk", "discount-approval")),
    ("the legal review", ("legal", "msa-redlines")),
)

# ---------------------------------------------------------------- the vocabulary

_FUNCTION = """
the of and to a in for is on that with it this we be are as at you our they i have not or can
but if from by was will would do so an about what how when there their all more just has had
were been them then than also which who any some no out up get got one two into over only after
before because need should could still very much most other new first last next same each make
sure does did my me he she his her us your its here where why while until again now even well
"""

_DOMAIN = """
deal customer pricing price discount quote proposal contract renewal forecast pipeline quarter
quota champion buyer budget approval procurement security review legal redlines msa signature
stakeholder executive sponsor cfo cio cto vp director manager rep team account opportunity stage
close won lost competitor competitive objection demo trial pilot poc onboarding implementation
integration api data dashboard analytics report reporting coaching call meeting email follow
step timeline event compelling urgency value roi business case risk churn expansion upsell seat
seats license tier enterprise mid market smb annual multi year term terms payment invoice net
billing order form clause liability cap indemnity privacy gdpr soc questionnaire vendor sso saml
scim admin user users adoption usage metrics kpi target commit upside category categories slip
slipped push pushed late early win rate cycle length size acv arr bookings revenue margin list
floor desk exception exceptions policy matrix threshold percent signal coach core brightline crm
ardent kestrel insights quarry partner reseller channel region territory segment vertical
healthcare banking insurance retail manufacturing logistics public sector government university
board finance infosec architecture diagram sandbox migration import export salesforce hubspot
slack zoom gong outreach sequence cadence prospect prospecting outbound inbound lead leads
qualification meddicc bant discovery pain impact decision criteria process paper economic metric
incumbent switch switching replace consolidation consolidate tool tools stack feature features
roadmap release beta bug support sla uptime incident outage notice auto cancel cancellation
downgrade upgrade credit credits refund concession concessions trade anchor walk away leverage
deadline fiscal end month week friday monday redline counterparty negotiation negotiate approve
approved sign signed buying committee evaluation shortlist rfp requirements scorecard reference
references case study studies logo mutual action plan kickoff rollout
license fee fees services professional training enablement playbook battlecard talk track
"""

_GENERAL = """
help think know want tried try worked works working asked ask said told sent share shared show
shows found find use using used keep start started move moved plan plans idea question answer
point example slide deck template doc page link notes thread time day days weeks months years
today tomorrow yesterday soon later already usually often sometimes never always really probably
maybe quickly clear clearly good great better hard easy simple big small large long short high
low right wrong strong weak key main real full whole several many few little own different
similar specific general important useful happy worried open ready busy available fine okay
problem issue issues reason goal goals result results outcome change changes update updates
version number numbers cost costs savings spend money dollars people person someone everyone
anyone colleague boss owner leader leadership org company companies office side part piece level
way ways thing things kind lot bit place story stories customers logos proof evidence trust
relationship conversation context agenda recap summary draft final comment comments feedback
reject rejected send wait waiting delay delayed stuck blocked unblock escalate escalation involve
involved loop align aligned agree agreed disagree pull meet met talk talked hear heard read wrote
write call called calling asked asking expect expected happen happened look looked looking bring
brought give gave take took lose losing build built run running set setting plan planned buy
bought sell selling sold pay paid cut cutting offer offered counter hold held drop dropped raise
raised check checked confirm confirmed schedule scheduled cover covered explain explained prepare
prepared present presented record recorded track tracked measure measured compare compared prove
proved handle handled manage managed lead led own owned decide decided
"""

_VARIANT_STEMS = """
deal quote proposal contract renewal forecast quarter champion buyer budget approval review
redline signature stakeholder executive sponsor manager rep team account opportunity stage
competitor objection demo trial pilot integration dashboard report meeting email step timeline
event value risk license seat tier invoice clause vendor user metric target category exception
policy threshold partner region territory segment tool feature release incident concession
deadline committee evaluation requirement reference playbook battlecard discount price cycle
"""

_VERB_STEMS = """
price quote forecast close sign negotiate approve review escalate qualify discover present
renew expand upsell migrate integrate onboard train coach report track commit slip push pull
anchor trade concede bundle discount invoice bill procure budget sponsor champion reference
"""


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def _gerund(word: str) -> str:
    if word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]
    return word + "ing"


# Real words of the trade that few documents use: contract law, compliance, tools, jargon.
_RARE = """
indemnification subprocessor escrow novation clawback sandbagging accrual amortization
recoupment arbitration jurisdiction severability assignability notarized apostille withholding
remittance debarment fedramp hipaa baa pci iso27001 pentest cyberinsurance attestation
pseudonymization anonymization sovereignty schrems caiq hecvat vpat wcag ssae dpia sccs ccpa
lgpd pipeda ferpa cmmc itar coterminous proration prorated evergreen rollover trueup overage
burstable chargeback netsuite coupa ariba jaggaer tradeshift ironclad docusign pandadoc conga
gainsight clari chorus salesloft zoominfo bombora demandbase clearbit snowflake databricks
redshift bigquery looker tableau powerbi okta onelogin pingfederate workday servicenow jira
confluence sharepoint quip loom vidyard calendly highspot seismic showpad mindtickle spiff
captivateiq xactly varicent anaplan kyriba greenfield brownfield displacement landmine teardown
multithreading ghosted bluebird whale decelerator accelerator holdback backdating sidecar
sideletter earnout letterhead lookback tranche waterfall undercut bundling unbundling
cannibalization grandfathered sunset deprecation entitlement provisioning tenancy failover
runbook latency throughput webhook idempotency sharding encryption tokenization keystore hsm
byok residency subpoena litigation forbearance moratorium
"""

_ONSETS = ("b", "br", "c", "d", "dr", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s",
           "st", "t", "tr", "v", "z")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ea", "io", "ou")
_CODAS = ("", "n", "r", "l", "s", "x", "nd", "rk", "st", "m", "th")


def _words(text: str) -> list[str]:
    return list(dict.fromkeys(text.split()))


def _jargon(rng: random.Random, taken: set[str]) -> str:
    """A made-up word (an internal code name, a feature flag): two or three syllables."""
    while True:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS)
                       for _ in range(rng.choice((2, 2, 3))))
        if word not in taken and len(word) >= 5:
            taken.add(word)
            return word


def _vocabulary() -> tuple[list[str], list[str]]:
    """The 3,000 words, most frequent first, and the rare terms among them."""
    rng = random.Random(SEED)
    function, domain, general = _words(_FUNCTION), _words(_DOMAIN), _words(_GENERAL)
    variants = [_plural(stem) for stem in _words(_VARIANT_STEMS)]
    variants += [_gerund(stem) for stem in _words(_VERB_STEMS)]
    rare = _words(_RARE)
    head: list[str] = []
    seen: set[str] = set()
    for word in function:
        if word not in seen:
            seen.add(word)
            head.append(word)
    # Domain words come a little before general ones: this is a sales knowledge base.
    middle = [w for w in domain + general if w not in seen]
    middle.sort(key=lambda w: (w not in domain) + rng.random() * 1.5)
    for word in middle:
        if word not in seen:
            seen.add(word)
            head.append(word)
    for word in variants:
        if word not in seen:
            seen.add(word)
            head.append(word)
    rare = [w for w in rare if w not in seen]
    seen.update(rare)
    tail_size = VOCABULARY_SIZE - len(head)
    tail = [_jargon(rng, seen) for _ in range(tail_size - len(rare))]
    # The rare terms are spread over the last two thirds of the tail.
    start = len(tail) // 3
    step = max(1, (len(tail) - start) // len(rare))
    for n, word in enumerate(rare):
        tail.insert(start + n * (step + 1), word)
    return head + tail, rare


VOCABULARY, RARE_TERMS = _vocabulary()
_CUMULATIVE = list(itertools.accumulate(
    1 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in range(len(VOCABULARY))))

# ---------------------------------------------------------------- accounts, people, phrases

NAMED_ACCOUNTS = (
    "Halvorsen Freight", "Okonkwo Health", "Tidewater Mutual", "Brannock Foods", "Velasquez Energy",
    "Lindqvist Marine", "Ashgrove Bank", "Marchetti Textiles", "Quintero Pharma", "Dunmore Steel",
    "Perrault Insurance", "Yamashiro Robotics", "Castellane Hotels", "Nakashima Tools",
    "Fairbairn Logistics", "Oyelaran Telecom", "Whitcombe University", "Rasmussen Dairy",
    "Kowalczyk Motors", "Abernathy Credit Union", "Montclair Retail", "Szabo Chemicals",
    "Greywater Utilities", "Bellweather Labs", "Ferreira Construction", "Holloway County",
    "Idris Aerospace", "Jorgensen Paper", "Kilbride Medical", "Lockhart Airlines",
)
_ACCOUNT_SUFFIXES = ("Logistics", "Health", "Bank", "Foods", "Energy", "Labs", "Retail",
                     "Insurance", "Systems", "Group", "Partners", "Manufacturing", "Capital",
                     "Motors", "Pharma", "Media", "Telecom", "Holdings")


def _accounts() -> list[str]:
    rng = random.Random(SEED + 1)
    taken = set(VOCABULARY) | {n.split()[0].lower() for n in NAMED_ACCOUNTS}
    names = list(NAMED_ACCOUNTS)
    while len(names) < 1_500:
        names.append(f"{_jargon(rng, taken).title()} {rng.choice(_ACCOUNT_SUFFIXES)}")
    return names


ACCOUNTS = _accounts()

ROLES = ("the CFO", "our champion", "the VP of Sales", "the procurement lead", "the CISO",
         "the CIO", "legal", "the economic buyer", "the RevOps director", "the board")
COLLOCATIONS = (
    "discount approval", "security review", "deal desk", "next quarter", "compelling event",
    "mutual action plan", "procurement team", "renewal date", "business case", "executive sponsor",
    "forecast call", "pricing page", "list price", "payment terms", "order form", "legal review",
    "security questionnaire", "champion letter", "multi year", "budget holder", "decision criteria",
    "paper process", "close date", "pipeline review", "quarter end", "commit category",
    "best case", "data residency", "single sign on", "proof of concept", "success criteria",
    "reference call", "price increase", "auto renewal", "seat count", "usage data",
)
_COLLOCATION_CUMULATIVE = list(itertools.accumulate(
    1 / (rank + 1) for rank in range(len(COLLOCATIONS))))

_TITLES = (
    "How do we handle {topic} when {competitor} is in the deal?",
    "{product} vs {competitor}: what do we say about {topic}?",
    "Who signs off on {topic} for a {product} renewal?",
    "{competitor} came in 30% cheaper: how do we defend {product} pricing?",
    "What is the process for {topic} on a {product} deal over $100k?",
    "Best talk track for {topic} with {role}?",
    "{account} is stuck on {topic}: any advice?",
    "Can we move {topic} earlier in the {product} sales cycle?",
    "How long does {topic} usually take in {industry}?",
    "Is {topic} a blocker when replacing {competitor}?",
    "What did you do when {role} pushed back on {topic}?",
    "{product} and {topic}: what changed this quarter?",
    "Which forecast category for a deal waiting on {topic}?",
    "How do I get {role} engaged in {topic}?",
    "Template for {topic} with {account}?",
)
_QUESTION_OPENERS = (
    "We are in the middle of a {product} deal with {account} and {competitor} is the incumbent.",
    "I have a {product} opportunity at {account} that is supposed to close this quarter.",
    "Quick one about {topic} before my forecast call on {weekday}.",
    "{role} asked me about {topic} and I was not sure what our policy is.",
    "My champion at {account} says {competitor} offered them a {pct}% discount.",
    "We lost two deals to {competitor} last quarter over {topic}.",
)
_ANSWER_OPENERS = (
    "We had the same situation with {account} last year.",
    "Short answer: loop in the deal desk early.",
    "This is covered in the {product} playbook, but here is what worked for me.",
    "Do not lead with price against {competitor}.",
    "{role} usually cares about risk more than the discount.",
    "Ask for the compelling event first; everything else follows from it.",
    "I would not move the close date until {topic} is done.",
)
_DOMAIN_SENTENCES = (
    "The deal desk approves discounts up to {pct}% without the CFO.",
    "{competitor} tends to undercut on list price and then charge for services.",
    "Put {topic} on the mutual action plan with a date and an owner.",
    "Our security review usually takes {n} weeks when the questionnaire is already filled in.",
    "{role} wanted a reference call with another {industry} customer.",
    "We anchored at list price and traded the discount for a multi year term.",
    "The renewal date was in {month}, so we had a real compelling event.",
    "Procurement asked for net {days} payment terms and we agreed to net 45.",
    "Forecast it as best case until legal returns the MSA redlines.",
    "{product} replaced {competitor} at {account} after a {n} week proof of concept.",
    "Send the business case to the economic buyer before the pricing call.",
    "The champion shared the budget holder's decision criteria with us.",
    "Kestrel Insights and Quarry Analytics both bundle reporting for free.",
    "Signal Core is required for Signal Coach, so price them together.",
    "Brightline CRM customers usually ask about the migration effort first.",
    "Ardent Revenue pitches forecasting accuracy; show them our forecast categories.",
)
_PAGE_TITLES = (
    "{product} pricing guide", "Battlecard: {competitor}", "{topic} playbook",
    "How we run {topic} in {region}", "{product} security review pack",
    "Objection handling: {competitor}", "Discount approval matrix for {product}",
    "{industry} selling guide", "Forecast categories explained", "Renewal playbook for {product}",
)
_INDUSTRIES = ("healthcare", "financial services", "the public sector", "manufacturing",
               "retail", "logistics")
_REGIONS = ("EMEA", "APAC", "North America", "LATAM")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_OWNERS = ("Maya Patel", "Tom Okafor", "Lena Fischer", "Carlos Ruiz", "Aiko Tanaka", "Sam Reed")


class _Writer:
    """Sentences for one document, from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.slots = {}

    def pick(self, topic: str | None = None) -> None:
        rng = self.rng
        self.slots = {
            "product": rng.choice(PRODUCTS), "competitor": rng.choice(COMPETITORS),
            "topic": topic or rng.choice(TOPICS)[0], "role": rng.choice(ROLES),
            "account": rng.choice(ACCOUNTS), "industry": rng.choice(_INDUSTRIES),
            "region": rng.choice(_REGIONS), "pct": rng.choice((10, 15, 20, 25, 30, 35, 40)),
            "n": rng.randint(2, 8), "days": rng.choice((60, 90, 120)),
            "month": rng.choice(_MONTHS), "weekday": rng.choice(_WEEKDAYS),
        }

    def fill(self, template: str) -> str:
        return template.format(**self.slots)

    def zipf_sentence(self) -> str:
        rng = self.rng
        words = rng.choices(VOCABULARY, cum_weights=_CUMULATIVE, k=rng.randint(6, 18))
        if rng.random() < 0.35:
            pair = rng.choices(COLLOCATIONS, cum_weights=_COLLOCATION_CUMULATIVE)[0]
            words.insert(rng.randrange(len(words) + 1), pair)
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences: int, opener: str | None = None) -> str:
        out = [self.fill(opener)] if opener else []
        for _ in range(sentences):
            if self.rng.random() < 0.35:
                out.append(self.fill(self.rng.choice(_DOMAIN_SENTENCES)))
            else:
                out.append(self.zipf_sentence())
        return " ".join(out)


def _moments(rng: random.Random) -> tuple[datetime, datetime]:
    created = END - timedelta(seconds=rng.uniform(0, SPAN_SECONDS))
    updated = min(created + timedelta(days=rng.expovariate(1 / 20)), END)
    return created, updated


def _tags(rng: random.Random, wanted: tuple[str, ...], slots: dict) -> list[str]:
    """1-4 tags: the topic's, the product's or competitor's, then popular ones."""
    tags = list(wanted[:rng.randint(1, len(wanted))])
    if rng.random() < 0.5:
        tags.append(slots["product"].lower().replace(" ", "-"))
    if rng.random() < 0.4:
        tags.append(slots["competitor"].lower().replace(" ", "-"))
    while len(tags) < 4 and rng.random() < 0.35:
        tags.append(TAGS[min(int(rng.expovariate(1 / 12)), len(TAGS) - 1)])
    tags = list(dict.fromkeys(tags))[:4]
    return tags


def _keywords(tags: list[str]) -> str:
    return " ".join(t.replace("-", " ") for t in tags)


def questions(n: int) -> Iterator[Document]:
    """n questions, each with its answers' text, tags, votes and dates."""
    rng = random.Random(SEED + 2)
    writer = _Writer(rng)
    for number in range(1, n + 1):
        topic, wanted = rng.choice(TOPICS)
        writer.pick(topic)
        title = writer.fill(rng.choice(_TITLES))
        title = title[0].upper() + title[1:]
        tags = _tags(rng, wanted, writer.slots)  # the title's product and competitor
        parts = [writer.paragraph(rng.randint(2, 6), rng.choice(_QUESTION_OPENERS))]
        answers = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
        for _ in range(answers):
            writer.pick(topic)
            parts.append(writer.paragraph(rng.randint(3, 9), rng.choice(_ANSWER_OPENERS)))
        accepted = rng.random() < 0.45
        score = min(int(rng.paretovariate(1.2)) - 1, 120)
        if rng.random() < 0.05:
            score = -rng.randint(1, 4)
        created, updated = _moments(rng)
        slug = "-".join(title.lower().split()[:6]).strip("?:.,")
        yield Document(
            key=f"question:{number}", kind="question", title=title, body="\n\n".join(parts),
            url=f"/questions/{number}/{slug}", keywords=_keywords(tags), tags=tags,
            categories=sorted({CATEGORY_OF[t] for t in tags}),
            subtitle=f"{answers} {'answer' if answers == 1 else 'answers'}"
                     + (" · accepted" if accepted else ""),
            created_at=created, updated_at=updated, score=score,
            answered=accepted or rng.random() < 0.55, accepted=accepted,
        )


def pages(n: int) -> Iterator[Document]:
    """n wiki pages: playbooks, battlecards, guides; longer than questions, some stale."""
    rng = random.Random(SEED + 3)
    writer = _Writer(rng)
    for number in range(1, n + 1):
        topic, wanted = rng.choice(TOPICS)
        writer.pick(topic)
        title = writer.fill(rng.choice(_PAGE_TITLES))
        title = title[0].upper() + title[1:]
        tags = _tags(rng, wanted, writer.slots)
        body = "\n\n".join(writer.paragraph(rng.randint(4, 9))
                           for _ in range(rng.randint(3, 7)))
        created, updated = _moments(rng)
        yield Document(
            key=f"page:{number}", kind="page", title=title, body=body,
            url=f"/wiki/{'-'.join(title.lower().split()[:5]).strip(':')}-{number}",
            keywords=_keywords(tags), tags=tags,
            categories=sorted({CATEGORY_OF[t] for t in tags}),
            subtitle=f"Wiki · owned by {rng.choice(_OWNERS)}",
            created_at=created, updated_at=updated, stale=rng.random() < 0.12,
        )


# ---------------------------------------------------------------- the queries

_NONE: dict = {}

RARE: list[tuple[str, dict]] = [(q, _NONE) for q in (
    "Halvorsen Freight", "Okonkwo Health renewal", "Tidewater Mutual", "Brannock Foods discount",
    "Velasquez Energy", "Lindqvist Marine security", "Ashgrove Bank", "Marchetti Textiles",
    "Quintero Pharma pricing", "Dunmore Steel", "Perrault", "Yamashiro Robotics",
    "Castellane Hotels procurement", "Nakashima", "Fairbairn Logistics contract",
    "Oyelaran Telecom", "Whitcombe University", "Rasmussen Dairy champion", "Kowalczyk",
    "Abernathy Credit Union", "indemnification", "subprocessor list", "escrow",
    "novation agreement", "clawback", "sandbagging forecast", "coterminous renewal",
    "proration", "fedramp", "hipaa baa", "pentest report", "attestation", "schrems",
    "hecvat", "vpat accessibility", "evergreen clause", "trueup", "overage", "coupa",
    "ariba procurement", "ironclad", "gainsight", "clari forecast", "zoominfo", "snowflake",
    "okta", "servicenow", "byok", "failover runbook", "grandfathered pricing",
)]

COMMON: list[tuple[str, dict]] = [(q, _NONE) for q in (
    "pricing", "discount", "deal", "customer", "renewal", "champion", "forecast", "quarter",
    "budget", "procurement", "security", "legal", "competitor", "demo", "contract",
    "pricing discount", "deal review", "customer success", "Signal Forecast", "Signal Coach",
    "Signal Core", "Brightline CRM", "Ardent Revenue", "Kestrel Insights", "Quarry Analytics",
    "next step", "budget approval", "CFO pricing", "renewal discount", "security review",
    "objection handling", "forecast categories", "compelling event", "MSA redlines",
    "payment terms", "multi year", "champion CFO", "discount approval deal desk",
    "Brightline pricing", "Kestrel objection", "procurement timeline", "close date",
    "pipeline", "quota", "onboarding", "integration api", "reference call",
    "pricing -Brightline", "renewal OR expansion", "business case roi",
)]

PHRASES: list[tuple[str, dict]] = [(q, _NONE) for q in (
    '"discount approval"', '"security review"', '"deal desk"', '"next quarter"',
    '"compelling event"', '"mutual action plan"', '"procurement team"', '"renewal date"',
    '"business case"', '"executive sponsor"', '"forecast call"', '"list price"',
    '"payment terms"', '"order form"', '"legal review"', '"security questionnaire"',
    '"champion letter"', '"multi year"', '"budget holder"', '"decision criteria"',
    '"paper process"', '"close date"', '"pipeline review"', '"quarter end"', '"best case"',
    '"data residency"', '"single sign on"', '"proof of concept"', '"success criteria"',
    '"reference call"', '"price increase"', '"auto renewal"', '"seat count"', '"usage data"',
    '"deal review"', '"customer pricing"', '"team meeting"', '"pricing call"',
    '"renewal discount"', '"forecast category"', '"security review" Kestrel',
    '"discount approval" CFO', '"list price" Brightline', '"mutual action plan" champion',
    '"compelling event" renewal', '"deal desk" exception', '"payment terms" procurement',
    '"business case" roi', '"close date" slipped', '"reference call" healthcare',
)]

FILTERED: list[tuple[str, dict]] = [
    ("pricing", {"kinds": ["question"]}),
    ("pricing", {"kinds": ["page"]}),
    ("discount", {"tags": ["negotiation"]}),
    ("discount", {"tags": ["discount-approval"]}),
    ("security review", {"kinds": ["page"], "tags": ["security-review"]}),
    ("Brightline", {"tags": ["brightline-crm"]}),
    ("Brightline", {"tags": ["brightline-crm", "objection-handling"]}),
    ("Kestrel", {"kinds": ["question"], "tags": ["kestrel-insights"]}),
    ("Ardent forecast", {"tags": ["ardent-revenue"]}),
    ("Quarry reporting", {"tags": ["quarry-analytics"]}),
    ("renewal", {"tags": ["renewal"]}),
    ("renewal", {"kinds": ["question"], "tags": ["churn-risk"]}),
    ("champion", {"tags": ["champion"]}),
    ("champion", {"tags": ["meddicc"]}),
    ("CFO", {"tags": ["cfo"]}),
    ("CFO business case", {"tags": ["business-case"]}),
    ("procurement", {"tags": ["procurement"]}),
    ("payment terms", {"tags": ["payment-terms"]}),
    ("MSA", {"tags": ["msa-redlines"]}),
    ("legal", {"kinds": ["page"]}),
    ("forecast", {"tags": ["forecast-categories"]}),
    ("forecast", {"kinds": ["question"], "tags": ["forecast"]}),
    ("compelling event", {"tags": ["compelling-event"]}),
    ("objection", {"tags": ["objection-handling"]}),
    ("deal desk", {"tags": ["deal-desk"]}),
    ("Signal Forecast", {"tags": ["signal-forecast"]}),
    ("Signal Coach", {"tags": ["signal-coach"]}),
    ("Signal Core pricing", {"tags": ["signal-core", "pricing"]}),
    ("multi year", {"tags": ["multi-year"]}),
    ("sso", {"tags": ["sso"]}),
    ("data residency", {"tags": ["data-residency"]}),
    ("gdpr", {"kinds": ["page"], "tags": ["gdpr"]}),
    ("soc2 report", {"tags": ["soc2"]}),
    ("rfp", {"tags": ["rfp"]}),
    ("budget", {"tags": ["budget"]}),
    ("proof of concept", {"tags": ["proof-of-concept"]}),
    ("discovery questions", {"tags": ["discovery"]}),
    ("mutual action plan", {"tags": ["mutual-action-plan"]}),
    ("executive sponsor", {"tags": ["executive-sponsor"]}),
    ("roi", {"tags": ["roi"]}),
    ("healthcare", {"tags": ["healthcare"]}),
    ("deal", {"categories": ["competitor"]}),
    ("pricing", {"categories": ["journey-phase"]}),
    ("discount", {"kinds": ["question"], "categories": ["competitor"]}),
    ("renewal", {"kinds": ["page"], "categories": ["product"]}),
    ("security", {"kinds": ["question", "page"], "tags": ["security-review"]}),
    ("pricing", {"tags": ["pricing", "negotiation"]}),
    ("deal", {"kinds": ["question"], "tags": ["closing"]}),
    ("customer", {"tags": ["emea"]}),
    ("Halvorsen", {"kinds": ["question"]}),
]

GROUPS: tuple[tuple[str, list[tuple[str, dict]]], ...] = (
    ("rare terms", RARE), ("common terms", COMMON), ("quoted phrases", PHRASES),
    ("filtered", FILTERED))
QUERIES: list[tuple[str, dict]] = [q for _, group in GROUPS for q in group]
assert all(len(group) == 50 for _, group in GROUPS), [len(g) for _, g in GROUPS]
assert len(VOCABULARY) == VOCABULARY_SIZE == len(set(VOCABULARY))
assert all(t in TAGS for _, f in FILTERED for t in f.get("tags", []))
