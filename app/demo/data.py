"""The demo organisation: Northwind Signal's sales force and its tag vocabulary.

Plain data only; `flask demo load` reads these literals to build the demo database.

Products: Signal Core (CRM data hub), Signal Forecast (formerly Pulse), Signal Coach
(conversation intelligence), Signal Connect (integrations) and Signal Enterprise Edition
(the top packaging tier). Competitors (all fictional): Ardent Revenue, Kestrel Insights,
Brightline CRM and Quarry Analytics.
"""

from __future__ import annotations

DEMO_PASSWORD = "fieldwise-demo-2026"


REGIONS = [
    {
        "name": "North America East",
        "slug": "na-east",
        "description": (
            "The eastern US and Canada, run from the Boston headquarters. Home of Enterprise East, "
            "Sales Development, Sales Enablement and the Deal Desk."
        ),
    },
    {
        "name": "North America West",
        "slug": "na-west",
        "description": (
            "The western and central US plus Latin American deals, run from the Denver office. "
            "Home of Mid-Market West, Solutions Engineering and Product Marketing."
        ),
    },
    {
        "name": "EMEA",
        "slug": "emea",
        "description": (
            "Europe, the Middle East and Africa, sold from London and Munich and supported from "
            "Dublin. GDPR, works councils and EU data residency come up in nearly every deal."
        ),
    },
    {
        "name": "APAC",
        "slug": "apac",
        "description": (
            "Asia-Pacific, sold from Singapore and Sydney with a growing team in Tokyo. Australian "
            "data residency is available on Signal Enterprise Edition."
        ),
    },
]


TEAMS = [
    {
        "name": "Enterprise East",
        "slug": "enterprise-east",
        "region": "North America East",
        "description": (
            "Enterprise account executives for named accounts above 2,000 employees in the eastern "
            "US and Canada, strongest in financial services and healthcare."
        ),
    },
    {
        "name": "Mid-Market West",
        "slug": "mid-market-west",
        "region": "North America West",
        "description": (
            "Account executives for companies of 200 to 2,000 employees in the western and central "
            "US and Latin America. Shorter cycles, higher volume, mostly Signal Core plus one "
            "add-on."
        ),
    },
    {
        "name": "Sales Development",
        "slug": "sales-development",
        "region": "North America East",
        "description": (
            "SDRs and BDRs who book first meetings for every North American AE team, from inbound "
            "leads and outbound sequences."
        ),
    },
    {
        "name": "Solutions Engineering",
        "slug": "solutions-engineering",
        "region": "North America West",
        "description": (
            "Solutions engineers who run technical discovery, demos, proofs of concept and "
            "security reviews for North American deals."
        ),
    },
    {
        "name": "Customer Success",
        "slug": "customer-success",
        "region": "EMEA",
        "description": (
            "Customer success managers who own onboarding, adoption, renewals and expansion after "
            "signature. Led from Dublin; covers EMEA customers and the global strategic accounts."
        ),
    },
    {
        "name": "Sales Enablement",
        "slug": "sales-enablement",
        "region": "North America East",
        "description": (
            "Owns new-hire onboarding, playbooks, certifications and this knowledge network. Ask "
            "us where something lives, or tell us what is missing."
        ),
    },
    {
        "name": "Product Marketing",
        "slug": "product-marketing",
        "region": "North America West",
        "description": (
            "Positioning, messaging guides, launches, competitive briefs and customer stories for "
            "the whole Signal line."
        ),
    },
    {
        "name": "Deal Desk & Sales Ops",
        "slug": "deal-desk-sales-ops",
        "region": "North America East",
        "description": (
            "Quotes, non-standard discounts, contract terms, territories, quotas and the forecast "
            "process. Bring us a deal before the redlines, not after."
        ),
    },
    {
        "name": "EMEA Enterprise",
        "slug": "emea-enterprise",
        "region": "EMEA",
        "description": (
            "Account executives for the UK and Ireland, DACH, the Nordics, Benelux, France and the "
            "Gulf."
        ),
    },
    {
        "name": "APAC Sales",
        "slug": "apac-sales",
        "region": "APAC",
        "description": (
            "Account executives and a solutions engineer covering Australia, New Zealand, "
            "Singapore, Japan and India."
        ),
    },
]


TAG_CATEGORIES = [
    {
        "slug": "product",
        "name": "Product",
        "description": (
            "Which Northwind Signal product the content is about. Tag the product the customer "
            "buys or asks about; leave it off general selling advice that applies to the whole "
            "line."
        ),
    },
    {
        "slug": "competitor",
        "name": "Competitor",
        "description": (
            "A named competitor that is in the deal, installed at the customer or being compared. "
            "Use it on battlecards, objections and win-loss reviews that involve that vendor."
        ),
    },
    {
        "slug": "industry",
        "name": "Industry",
        "description": (
            "The customer's industry, when the answer depends on it: regulation, buying process, "
            "references. Skip it for advice that works the same in every industry."
        ),
    },
    {
        "slug": "region",
        "name": "Region",
        "description": (
            "A geography whose rules or customs change the answer: data residency, labour law, "
            "local pricing, language. Most content needs no region tag."
        ),
    },
    {
        "slug": "journey-phase",
        "name": "Journey phase",
        "description": (
            "Where the customer is overall: not yet in a project (awareness), in an active "
            "purchase (buying), or live after signature (implementation-adoption)."
        ),
    },
    {
        "slug": "buying-job",
        "name": "Buying job",
        "description": (
            "What the buying group is trying to get done right now, from agreeing on the problem "
            "to reaching consensus. Buyers move back and forth between jobs; tag the one the "
            "content helps with."
        ),
    },
    {
        "slug": "buyer-role",
        "name": "Buyer role",
        "description": (
            "Which person on the buyer's side the content is aimed at or is about. Use it for "
            "persona-specific messaging, objections and questions about reaching that person."
        ),
    },
    {
        "slug": "content-type",
        "name": "Content type",
        "description": (
            "What kind of content this is: a playbook, a brief, a template, a video. Helps people "
            "filter for something they can use straight away; one content type per item is usually "
            "enough."
        ),
    },
    {
        "slug": "topic",
        "name": "Topic",
        "description": (
            "The sales skill or process the content is about, such as discovery, negotiation or "
            "forecasting. Use the topic that best names the question a rep would search for."
        ),
    },
]


TAGS = [
    # product
    {
        "name": "signal-core",
        "category": "product",
        "description": (
            "Signal Core, the CRM data hub: activity capture from email, calendar and calls, "
            "contact matching and CRM sync. Use for the base platform every customer buys; use the "
            "add-on tags for Forecast, Coach or Connect."
        ),
        "synonyms": ["core", "crm-hub"],
    },
    {
        "name": "signal-forecast",
        "category": "product",
        "description": (
            "Signal Forecast, the pipeline inspection and forecast roll-up add-on, sold as Pulse "
            "until the 2024 rename. Use for the product; for how our own team calls its number use "
            "forecasting."
        ),
        "synonyms": ["pulse", "pulse-forecast"],
    },
    {
        "name": "signal-coach",
        "category": "product",
        "description": (
            "Signal Coach, conversation intelligence: call recording, transcripts, talk ratios and "
            "scorecards. Use for the product; for managers developing their own reps use coaching."
        ),
        "synonyms": ["coach", "conversation-intelligence"],
    },
    {
        "name": "signal-connect",
        "category": "product",
        "description": (
            "Signal Connect, the integration layer: CRM connectors (Salesforce, HubSpot, "
            "Dynamics), warehouse sync to Snowflake and BigQuery, the public API and webhooks. Use "
            "for any 'does it integrate with X' question."
        ),
        "synonyms": ["connectors", "integrations", "api"],
    },
    {
        "name": "signal-enterprise-edition",
        "category": "product",
        "description": (
            "Signal Enterprise Edition, the top tier: SSO and SCIM, EU and AU data residency, "
            "sandboxes, audit log, premium support. A package, not a separate product; also tag "
            "the product the customer needs it for."
        ),
        "synonyms": ["enterprise-edition", "ee"],
    },
    # competitor
    {
        "name": "ardent-revenue",
        "category": "competitor",
        "description": (
            "Ardent Revenue, the forecasting-first incumbent in large enterprise: strong with "
            "CFOs, long implementations, steep renewals. Use when Ardent is in the deal or being "
            "replaced, not for forecasting in general."
        ),
        "synonyms": ["ardent"],
    },
    {
        "name": "kestrel-insights",
        "category": "competitor",
        "description": (
            "Kestrel Insights, a conversation-intelligence specialist that undercuts Signal Coach "
            "on price per seat and is weak on forecasting and CRM data quality. Use when Kestrel "
            "is shortlisted or already installed."
        ),
        "synonyms": ["kestrel"],
    },
    {
        "name": "brightline-crm",
        "category": "competitor",
        "description": (
            "Brightline CRM, the CRM suite that bundles 'good enough' revenue analytics. The "
            "objection is usually 'we already pay for it'. Use when the customer runs Brightline "
            "or is weighing its analytics add-on."
        ),
        "synonyms": ["brightline"],
    },
    {
        "name": "quarry-analytics",
        "category": "competitor",
        "description": (
            "Quarry Analytics, warehouse-native BI that RevOps teams use to build their own "
            "pipeline dashboards. Favoured by technical owners. Use when Quarry, or a home-grown "
            "build on it, is the alternative."
        ),
        "synonyms": ["quarry"],
    },
    # industry
    {
        "name": "financial-services",
        "category": "industry",
        "description": (
            "Banks, insurers, asset managers and fintechs. Expect vendor-risk reviews, long "
            "procurement and data-residency questions. Use for the customer's industry; for the "
            "CFO and FP&A as buyers use finance."
        ),
        "synonyms": ["finserv", "fsi", "banking"],
    },
    {
        "name": "healthcare",
        "category": "industry",
        "description": (
            "Providers, payers, medtech and life sciences. Expect HIPAA and BAA questions and "
            "strict call-recording consent rules. Use for the customer's industry; add "
            "security-review when patient data comes up."
        ),
        "synonyms": ["hcls", "life-sciences", "medtech"],
    },
    {
        "name": "manufacturing",
        "category": "industry",
        "description": (
            "Industrial, automotive and distribution companies whose sales teams sell physical "
            "goods through dealers and distributors, with long quote cycles. Use for the "
            "customer's industry."
        ),
        "synonyms": ["industrial", "distribution"],
    },
    {
        "name": "retail",
        "category": "industry",
        "description": (
            "Retailers, consumer brands and e-commerce companies with B2B or wholesale sales "
            "teams. Pure consumer retail with no sales team is rarely a fit; check with your "
            "manager before investing time."
        ),
        "synonyms": ["ecommerce", "cpg", "consumer-goods"],
    },
    {
        "name": "public-sector",
        "category": "industry",
        "description": (
            "Government, education and non-profit buyers: fixed budget cycles, formal tenders and "
            "framework agreements. Check with the Deal Desk before quoting, and add rfp-response "
            "for tenders."
        ),
        "synonyms": ["government", "gov", "education"],
    },
    {
        "name": "technology",
        "category": "industry",
        "description": (
            "Software, SaaS, hardware and IT services companies, our largest segment. Buyers know "
            "the category and compare vendors closely. Use for the customer's industry, not for "
            "technical buyers (technical-owner)."
        ),
        "synonyms": ["tech", "saas", "software"],
    },
    # region
    {
        "name": "north-america",
        "category": "region",
        "description": (
            "The US and Canada, when the answer depends on it: state call-recording consent, US "
            "public sector, Canadian French. Most content needs no region tag."
        ),
        "synonyms": ["na", "amer", "us-canada"],
    },
    {
        "name": "emea",
        "category": "region",
        "description": (
            "Europe, the Middle East and Africa: GDPR, works councils, EU data residency, VAT and "
            "local contract terms. Use when the answer is different in EMEA than elsewhere."
        ),
        "synonyms": ["europe", "uk", "dach"],
    },
    {
        "name": "apac",
        "category": "region",
        "description": (
            "Asia-Pacific: Australia, New Zealand, Singapore, Japan and India. AU data residency, "
            "Japanese transcription and local reseller rules. Use when the answer depends on being "
            "in APAC."
        ),
        "synonyms": ["asia-pacific", "anz", "japac"],
    },
    {
        "name": "latam",
        "category": "region",
        "description": (
            "Latin America, sold today from North America West: Brazil, Mexico, Colombia and "
            "Chile. Use for USD pricing for the region, Portuguese and Spanish transcription, and "
            "reseller questions."
        ),
        "synonyms": ["latin-america", "brazil", "mexico"],
    },
    # journey-phase
    {
        "name": "awareness",
        "category": "journey-phase",
        "description": (
            "Before the buyer has a project: they are noticing the problem, reading, maybe taking "
            "an SDR's call. Use for prospecting and first-meeting content, not for open "
            "opportunities."
        ),
        "synonyms": ["top-of-funnel", "tofu"],
    },
    {
        "name": "buying",
        "category": "journey-phase",
        "description": (
            "An active opportunity, from first discovery to signature. Use for what a rep needs "
            "while the deal is open, and pair it with a buying-job tag to say which part of the "
            "purchase the buyer is in."
        ),
        "synonyms": ["active-deal", "evaluation", "sales-cycle"],
    },
    {
        "name": "implementation-adoption",
        "category": "journey-phase",
        "description": (
            "After signature: onboarding, rollout, adoption, renewal and expansion. Use for what "
            "CSMs and post-sale SEs need, and for reps selling again into an existing customer."
        ),
        "synonyms": ["implementation", "adoption", "rollout"],
    },
    # buying-job
    {
        "name": "problem-identification",
        "category": "buying-job",
        "description": (
            "The buyer is agreeing there is a problem worth solving: forecast misses, slow rep "
            "ramp, bad CRM data. Use for helping a buyer see, size and own the problem."
        ),
        "synonyms": ["problem-id", "pain"],
    },
    {
        "name": "solution-exploration",
        "category": "buying-job",
        "description": (
            "The buyer is looking at what kinds of solution exist: build or buy, CRM add-on or "
            "platform. Use for positioning the category; for head-to-head comparisons use "
            "supplier-selection."
        ),
        "synonyms": ["solution-research"],
    },
    {
        "name": "requirements-building",
        "category": "buying-job",
        "description": (
            "The buyer is writing down what the solution must do: requirement lists, scorecards, "
            "integration and security must-haves. Use when you are shaping or answering "
            "requirements."
        ),
        "synonyms": ["requirements", "must-haves"],
    },
    {
        "name": "supplier-selection",
        "category": "buying-job",
        "description": (
            "The buyer is comparing shortlisted vendors and choosing one. Use for head-to-head "
            "comparisons, shortlists and bake-offs, and also tag the competitor."
        ),
        "synonyms": ["vendor-selection", "shortlist", "bake-off"],
    },
    {
        "name": "validation",
        "category": "buying-job",
        "description": (
            "The buyer is checking that we do what we said: proofs of concept, pilots, reference "
            "calls, technical deep dives. Use for anything that proves a claim."
        ),
        "synonyms": ["poc", "pilot", "proof-of-concept"],
    },
    {
        "name": "consensus-creation",
        "category": "buying-job",
        "description": (
            "The buyer is getting the buying group to agree: finance, IT, end users and the "
            "economic owner. Use for multithreading and for helping a champion sell internally."
        ),
        "synonyms": ["consensus", "buying-committee", "multithreading"],
    },
    # buyer-role
    {
        "name": "economic-owner",
        "category": "buyer-role",
        "description": (
            "The person who owns the budget and signs, usually the CRO, VP Sales or CFO. Use for "
            "content aimed at them or for reaching them. We say economic owner rather than "
            "economic buyer."
        ),
        "synonyms": ["economic-buyer", "eb"],
    },
    {
        "name": "technical-owner",
        "category": "buyer-role",
        "description": (
            "The person who owns the systems we touch, usually RevOps or the CRM admin. Use for "
            "winning and keeping them; for the central IT and security team use the it tag."
        ),
        "synonyms": ["technical-buyer", "crm-admin"],
    },
    {
        "name": "it",
        "category": "buyer-role",
        "description": (
            "The central IT and security organisation: SSO, data access, architecture and security "
            "review. Use when IT is a gate in the deal; for the RevOps or CRM owner use "
            "technical-owner."
        ),
        "synonyms": ["it-department", "cio", "infosec"],
    },
    {
        "name": "finance",
        "category": "buyer-role",
        "description": (
            "The finance function: the CFO, FP&A and controllers who test the business case, "
            "payment terms and budget timing. Use for the buyer role, not for the "
            "financial-services industry."
        ),
        "synonyms": ["cfo", "fp-and-a"],
    },
    {
        "name": "procurement",
        "category": "buyer-role",
        "description": (
            "Procurement and purchasing: supplier onboarding, commercial negotiation, MSAs and "
            "supplier portals. Use for working with procurement, never for ways around it."
        ),
        "synonyms": ["purchasing", "sourcing", "vendor-management"],
    },
    {
        "name": "end-user",
        "category": "buyer-role",
        "description": (
            "The sellers and managers who will use the product every day. Use for adoption, "
            "usability and pilot feedback, and for winning their support during the deal."
        ),
        "synonyms": ["end-users", "users"],
    },
    # content-type
    {
        "name": "playbook",
        "category": "content-type",
        "description": (
            "A step-by-step guide to a recurring motion, such as the Ardent displacement play or "
            "the first 90 days of a new AE. Use for content meant to be followed in order; a "
            "single tip is not a playbook."
        ),
        "synonyms": ["playbooks", "play", "runbook"],
    },
    {
        "name": "objection-handling",
        "category": "content-type",
        "description": (
            "A specific objection and how to answer it, in words a rep can say. Use for 'the "
            "customer said X, what do I say' questions and answers, and name the objection in the "
            "title."
        ),
        "synonyms": ["objections", "objection"],
    },
    {
        "name": "case-study",
        "category": "content-type",
        "description": (
            "A customer story: the customer, their problem, what they bought and measured results. "
            "Use for stories you can share with prospects, and say clearly if one is internal "
            "only."
        ),
        "synonyms": ["case-studies", "customer-story", "success-story"],
    },
    {
        "name": "messaging-guide",
        "category": "content-type",
        "description": (
            "Approved positioning and talk tracks for a product, persona or launch, owned by "
            "Product Marketing. Use for 'how do we say it' content; for answering an objection use "
            "objection-handling."
        ),
        "synonyms": ["messaging", "talk-track", "positioning"],
    },
    {
        "name": "competitive-brief",
        "category": "content-type",
        "description": (
            "What a competitor sells, where they win, where they lose and how to beat them. Owned "
            "by Product Marketing and reviewed every quarter. Always tag the competitor too."
        ),
        "synonyms": ["battlecard", "battlecards", "competitive-intel"],
    },
    {
        "name": "how-to-video",
        "category": "content-type",
        "description": (
            "A short recorded walkthrough, ideally under five minutes: a demo flow, a CRM task, a "
            "quoting step. Use when the content is a video; link it rather than attaching large "
            "files."
        ),
        "synonyms": ["video", "walkthrough", "screen-recording"],
    },
    {
        "name": "pricing-guide",
        "category": "content-type",
        "description": (
            "List prices, packaging, discount bands and approval rules, owned by the Deal Desk and "
            "often internal only. Use for 'what does it cost' content; for negotiating tactics use "
            "negotiation."
        ),
        "synonyms": ["pricing", "price-book", "packaging"],
    },
    {
        "name": "rfp-response",
        "category": "content-type",
        "description": (
            "Reusable answers to RFPs, RFIs and vendor or security questionnaires. Use for "
            "approved answer text and for questions about a tender process; keep customer names "
            "out of reusable answers."
        ),
        "synonyms": ["rfp", "rfi", "questionnaire"],
    },
    {
        "name": "email-template",
        "category": "content-type",
        "description": (
            "A reusable email or message: prospecting steps, follow-ups, meeting recaps, executive "
            "outreach. Use for copy meant to be sent to a customer, not for internal guidance."
        ),
        "synonyms": ["email-templates", "templates"],
    },
    {
        "name": "win-loss-review",
        "category": "content-type",
        "description": (
            "What we learned from a won or lost deal: why the buyer chose, what we would repeat or "
            "change. Use for retrospectives, and leave the customer's confidential details out."
        ),
        "synonyms": ["win-loss", "loss-review", "deal-retro"],
    },
    # topic
    {
        "name": "discovery",
        "category": "topic",
        "description": (
            "Finding out what the buyer needs and why: the questions to ask, how to run a first "
            "meeting, what to capture. Use for the discovery conversation; for deal-scoring "
            "frameworks use qualification."
        ),
        "synonyms": ["discovery-call", "discovery-questions"],
    },
    {
        "name": "compelling-event",
        "category": "topic",
        "description": (
            "The dated reason the buyer must act now: a board meeting, a CRM migration, a contract "
            "expiry, a new CRO. Use for finding, testing and building a deal around the why-now."
        ),
        "synonyms": ["why-now", "trigger-event"],
    },
    {
        "name": "value-selling",
        "category": "topic",
        "description": (
            "Connecting what we sell to measurable outcomes: ROI, business cases and value "
            "hypotheses. Use for quantifying value and building the business case, not for "
            "discounting."
        ),
        "synonyms": ["roi", "business-case", "value-case"],
    },
    {
        "name": "negotiation",
        "category": "topic",
        "description": (
            "Commercial negotiation: discounts, give-gets, multi-year terms, redlines and "
            "end-of-quarter pressure. Use for tactics; the price list and approval bands live "
            "under pricing-guide."
        ),
        "synonyms": ["discounting", "redlines", "give-get"],
    },
    {
        "name": "forecasting",
        "category": "topic",
        "description": (
            "How our own teams call the number: commit versus best case, stage hygiene, pipeline "
            "reviews. Use for our sales process; for the product we sell use signal-forecast."
        ),
        "synonyms": ["forecast-call", "commit", "pipeline-review"],
    },
    {
        "name": "territory-planning",
        "category": "topic",
        "description": (
            "Territories, account segmentation, named-account lists and capacity planning. Use for "
            "how patches are carved, prioritised and worked, and for account ownership rules."
        ),
        "synonyms": ["territories", "territory-plan", "account-segmentation"],
    },
    {
        "name": "coaching",
        "category": "topic",
        "description": (
            "Managers developing their reps: deal reviews, call reviews, ride-alongs and "
            "one-on-ones. Use for how we coach people; for the Signal Coach product use "
            "signal-coach."
        ),
        "synonyms": ["deal-coaching", "one-on-ones", "ride-along"],
    },
    {
        "name": "prospecting",
        "category": "topic",
        "description": (
            "Creating pipeline: outbound sequences, cold calls, social selling and following up "
            "inbound leads. Use for top-of-funnel tactics used by SDRs and AEs."
        ),
        "synonyms": ["outbound", "cold-calling", "sequences"],
    },
    {
        "name": "qualification",
        "category": "topic",
        "description": (
            "Deciding whether a deal is real and winnable, with MEDDPICC as our house framework. "
            "Use for qualification criteria and deal scoring; for the first conversation itself "
            "use discovery."
        ),
        "synonyms": ["meddpicc", "meddic", "bant"],
    },
    {
        "name": "mutual-action-plan",
        "category": "topic",
        "description": (
            "A shared, dated plan agreed with the buyer from today to signature and go-live. Use "
            "for templates and advice on building one and keeping the buyer to it."
        ),
        "synonyms": ["map", "close-plan", "mutual-plan"],
    },
    {
        "name": "security-review",
        "category": "topic",
        "description": (
            "Security questionnaires, SOC 2 reports, pen-test summaries, DPAs and data-residency "
            "questions. Use for getting through a security review; approved answer text lives "
            "under rfp-response."
        ),
        "synonyms": ["security-questionnaire", "soc2", "dpa"],
    },
    {
        "name": "renewals",
        "category": "topic",
        "description": (
            "Renewing existing contracts: risk signals, renewal timing, price uplifts and "
            "multi-year offers. Use for the renewal motion that CSMs and AEs run together."
        ),
        "synonyms": ["renewal", "churn-risk"],
    },
    {
        "name": "expansion",
        "category": "topic",
        "description": (
            "Selling more to an existing customer: add-on products, more seats, new business "
            "units. Use for upsell and cross-sell; for renewing the same contract use renewals."
        ),
        "synonyms": ["upsell", "cross-sell"],
    },
    {
        "name": "product-demo",
        "category": "topic",
        "description": (
            "Running a live demo: the story, the demo environment, which screens to show which "
            "buyer. Use for the demo itself; recorded walkthroughs go under how-to-video."
        ),
        "synonyms": ["demo", "demos", "demo-environment"],
    },
    {
        "name": "champion-building",
        "category": "topic",
        "description": (
            "Finding, testing and equipping an internal champion who sells for us when we are not "
            "in the room. Use for champion tactics; for aligning the whole buying group use "
            "consensus-creation."
        ),
        "synonyms": ["champion", "champions"],
    },
    {
        "name": "no-decision",
        "category": "topic",
        "description": (
            "Deals lost to nothing: the buyer keeps the spreadsheets, delays or builds in-house. "
            "Use for fighting the status quo; for a named rival use the competitor tag."
        ),
        "synonyms": ["status-quo", "do-nothing", "closed-no-decision"],
    },
    {
        "name": "new-hire-onboarding",
        "category": "topic",
        "description": (
            "Ramping new sellers: the first 90 days, certifications, who to shadow and what to "
            "read first. Use for our own new hires; customer onboarding belongs under "
            "implementation-adoption."
        ),
        "synonyms": ["ramp", "new-hire", "onboarding"],
    },
]


PEOPLE = [
    {
        "name": "Maya Patel",
        "email": "maya.patel@northwind.example",
        "role": "admin",
        "title": "Director of Sales Enablement",
        "department": "enablement",
        "altitude": "director",
        "team": "Sales Enablement",
        "region": "North America East",
        "bio": (
            "I run Sales Enablement at Northwind Signal: onboarding, certifications, playbooks and "
            "this knowledge network. Before that I spent eight years selling analytics software "
            "into banks. If you searched for something and found nothing, tell me; that gap is my "
            "backlog."
        ),
    },
    {
        "name": "Daniel Okafor",
        "email": "daniel.okafor@northwind.example",
        "role": "manager",
        "title": "Regional Sales Manager, Enterprise East",
        "department": "sales",
        "altitude": "manager",
        "team": "Enterprise East",
        "region": "North America East",
        "bio": (
            "Manages the Enterprise East team covering financial services and healthcare accounts "
            "from Boston. Was a top-producing AE on the Ardent Revenue displacement play before "
            "moving into management. Runs weekly deal reviews on MEDDPICC and will not accept a "
            "commit without a compelling event."
        ),
    },
    {
        "name": "Sofia Marquez",
        "email": "sofia.marquez@northwind.example",
        "role": "member",
        "title": "Senior Enterprise Account Executive",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Enterprise East",
        "region": "North America East",
        "bio": (
            "Six years at Northwind and President's Club twice. I sell mostly to regional banks "
            "and insurers on the East Coast and closed the largest Signal Forecast deal in the "
            "region last year. Happy to share my business-case template and my notes on getting "
            "through vendor-risk reviews."
        ),
    },
    {
        "name": "Jonah Whitfield",
        "email": "jonah.whitfield@northwind.example",
        "role": "member",
        "title": "Account Executive, Mid-Market",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Mid-Market West",
        "region": "North America West",
        "bio": (
            "Joined Northwind Signal three weeks ago from a payroll software company and still "
            "working through the onboarding path. I cover mid-market technology accounts in "
            "Colorado and Utah. Expect plenty of questions from me about Signal Connect and "
            "pricing."
        ),
    },
    {
        "name": "Robert Castellano",
        "email": "robert.castellano@northwind.example",
        "role": "manager",
        "title": "Chief Revenue Officer",
        "department": "sales",
        "altitude": "c-level",
        "team": "Enterprise East",
        "region": "North America East",
        "bio": (
            "Leads the global revenue organisation: sales, solutions engineering, customer success "
            "and revenue operations. Joined Northwind Signal in 2021 after building the EMEA "
            "business of a data-platform company. Reads the knowledge-gap report every Monday "
            "morning."
        ),
    },
    {
        "name": "Angela Whitman",
        "email": "angela.whitman@northwind.example",
        "role": "manager",
        "title": "VP Sales, Americas",
        "department": "sales",
        "altitude": "vp",
        "team": "Mid-Market West",
        "region": "North America West",
        "bio": (
            "Runs the North American and Latin American sales teams, enterprise and mid-market. "
            "Twenty years in B2B software sales, the last ten in leadership. Cares most about "
            "forecast accuracy and about managers who coach rather than inspect."
        ),
    },
    {
        "name": "Henrik Sorensen",
        "email": "henrik.sorensen@northwind.example",
        "role": "manager",
        "title": "VP Sales, International",
        "department": "sales",
        "altitude": "vp",
        "team": "EMEA Enterprise",
        "region": "EMEA",
        "bio": (
            "Leads sales in EMEA and APAC from London. Built the Nordic business of a CRM vendor "
            "before joining Northwind. Pushes hard for local customer stories: in Europe a UK bank "
            "reference beats a famous US logo every time."
        ),
    },
    {
        "name": "Kenji Watanabe",
        "email": "kenji.watanabe@northwind.example",
        "role": "member",
        "title": "Director of Solutions Engineering",
        "department": "sales",
        "altitude": "director",
        "team": "Solutions Engineering",
        "region": "North America West",
        "bio": (
            "Leads solutions engineering for North America and sets the standards for demos, "
            "proofs of concept and security reviews. Spent a decade as a CRM architect before "
            "Northwind, so I will happily go deep on Salesforce data models and sync conflicts."
        ),
    },
    {
        "name": "Rachel Adeyemi",
        "email": "rachel.adeyemi@northwind.example",
        "role": "member",
        "title": "Director of Product Marketing",
        "department": "marketing",
        "altitude": "director",
        "team": "Product Marketing",
        "region": "North America West",
        "bio": (
            "Owns positioning, messaging and launches for the Signal line, and the competitive "
            "programme. Led the rename of Pulse to Signal Forecast. If a battlecard is wrong or "
            "out of date, tell my team and we will fix it within the week."
        ),
    },
    {
        "name": "Marcus Feld",
        "email": "marcus.feld@northwind.example",
        "role": "member",
        "title": "Director of Revenue Operations",
        "department": "operations",
        "altitude": "director",
        "team": "Deal Desk & Sales Ops",
        "region": "North America East",
        "bio": (
            "Owns territories, quotas, the forecast process and the Deal Desk. Built our MEDDPICC "
            "fields and the stage definitions in the CRM. Ask me why a rule exists before you ask "
            "me to break it; sometimes I will agree with you."
        ),
    },
    {
        "name": "Aoife Brennan",
        "email": "aoife.brennan@northwind.example",
        "role": "member",
        "title": "Director of Customer Success, EMEA",
        "department": "other",
        "altitude": "director",
        "team": "Customer Success",
        "region": "EMEA",
        "bio": (
            "Leads customer success from Dublin for EMEA customers and the global strategic "
            "accounts. Ten years in SaaS post-sales. Focused on getting customers to value in "
            "their first 90 days and on making renewals a non-event."
        ),
    },
    {
        "name": "Lauren Kim",
        "email": "lauren.kim@northwind.example",
        "role": "manager",
        "title": "Sales Manager, Mid-Market West",
        "department": "sales",
        "altitude": "manager",
        "team": "Mid-Market West",
        "region": "North America West",
        "bio": (
            "Manages the Mid-Market West team in Denver: technology, retail, manufacturing and "
            "Latin American accounts. Promoted from AE in 2023. A firm believer in mutual action "
            "plans and in reviewing first calls together in Signal Coach."
        ),
    },
    {
        "name": "Tomas Rivera",
        "email": "tomas.rivera@northwind.example",
        "role": "manager",
        "title": "Manager, Sales Development",
        "department": "sales",
        "altitude": "manager",
        "team": "Sales Development",
        "region": "North America East",
        "bio": (
            "Runs the SDR and BDR team that books first meetings for North America. Started as an "
            "SDR at Northwind in 2019. Owns our outbound sequences and the rules for following up "
            "inbound leads within the hour."
        ),
    },
    {
        "name": "Elena Petrova",
        "email": "elena.petrova@northwind.example",
        "role": "member",
        "title": "Solutions Engineering Manager",
        "department": "sales",
        "altitude": "manager",
        "team": "Solutions Engineering",
        "region": "North America West",
        "bio": (
            "Manages the enterprise solutions engineers and the shared demo environment. Eight "
            "years as an SE, the last three on large Signal Enterprise Edition deals with complex "
            "SSO and data-residency needs. Owns the proof-of-concept success criteria template."
        ),
    },
    {
        "name": "Grace Liu",
        "email": "grace.liu@northwind.example",
        "role": "manager",
        "title": "Sales Enablement Manager",
        "department": "enablement",
        "altitude": "manager",
        "team": "Sales Enablement",
        "region": "North America East",
        "bio": (
            "Runs new-hire onboarding and the discovery, demo and MEDDPICC certifications. Former "
            "mid-market AE. Maintains the first-90-days playbook and reviews every page that goes "
            "into the onboarding path."
        ),
    },
    {
        "name": "Kevin Walsh",
        "email": "kevin.walsh@northwind.example",
        "role": "member",
        "title": "Deal Desk Manager",
        "department": "operations",
        "altitude": "manager",
        "team": "Deal Desk & Sales Ops",
        "region": "North America East",
        "bio": (
            "Manages the Deal Desk: quotes, non-standard discounts, payment terms and contract "
            "redlines. Practised commercial law before moving into sales operations. Send me a "
            "non-standard deal a week before quarter end, not the night before."
        ),
    },
    {
        "name": "Claire Dubois",
        "email": "claire.dubois@northwind.example",
        "role": "manager",
        "title": "Sales Manager, EMEA Enterprise",
        "department": "sales",
        "altitude": "manager",
        "team": "EMEA Enterprise",
        "region": "EMEA",
        "bio": (
            "Manages enterprise AEs for the UK, France, Benelux and the Gulf from London. Speaks "
            "French, English and Dutch. Runs the EMEA weekly forecast call and is the escalation "
            "point for works-council and GDPR questions in deals."
        ),
    },
    {
        "name": "Arjun Mehta",
        "email": "arjun.mehta@northwind.example",
        "role": "manager",
        "title": "Sales Manager, APAC",
        "department": "sales",
        "altitude": "manager",
        "team": "APAC Sales",
        "region": "APAC",
        "bio": (
            "Leads the APAC team from Singapore, covering Australia, New Zealand, Singapore, Japan "
            "and India. Opened the Sydney office in 2023 and is now negotiating our first reseller "
            "agreement in Japan."
        ),
    },
    {
        "name": "Olivia Chen",
        "email": "olivia.chen@northwind.example",
        "role": "member",
        "title": "Enterprise Account Executive",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Enterprise East",
        "region": "North America East",
        "bio": (
            "Enterprise AE for healthcare and life-sciences accounts in the Northeast. Every one "
            "of my deals hits HIPAA and call-recording consent questions, so I keep a running list "
            "of the answers that worked. Previously sold clinical data software."
        ),
    },
    {
        "name": "Andre Thompson",
        "email": "andre.thompson@northwind.example",
        "role": "member",
        "title": "Enterprise Account Executive",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Enterprise East",
        "region": "North America East",
        "bio": (
            "Covers insurers and asset managers in New York and Toronto. Won four Ardent Revenue "
            "displacements in the last two years and keeps notes on what their renewal quotes look "
            "like and when customers start to look around."
        ),
    },
    {
        "name": "Samuel Adebayo",
        "email": "samuel.adebayo@northwind.example",
        "role": "member",
        "title": "Account Executive, Mid-Market",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Mid-Market West",
        "region": "North America West",
        "bio": (
            "Mid-market AE for manufacturing and distribution companies in the central US. Came "
            "from selling ERP add-ons, so I speak dealer networks and channel sales. Ask me about "
            "accounts that run Brightline CRM."
        ),
    },
    {
        "name": "Tyler Jackson",
        "email": "tyler.jackson@northwind.example",
        "role": "member",
        "title": "Sales Development Representative",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Sales Development",
        "region": "North America East",
        "bio": (
            "SDR for Enterprise East accounts and the team's top meeting-setter for the last two "
            "quarters. Wrote most of the cold-call openers we use for finance and RevOps leaders."
        ),
    },
    {
        "name": "Amara Osei",
        "email": "amara.osei@northwind.example",
        "role": "member",
        "title": "Business Development Representative",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Sales Development",
        "region": "North America East",
        "bio": (
            "Joined the BDR team last month straight from a sales graduate programme. Working "
            "inbound leads for mid-market and learning the Signal line; currently in week four of "
            "the onboarding path."
        ),
    },
    {
        "name": "Diego Alvarez",
        "email": "diego.alvarez@northwind.example",
        "role": "member",
        "title": "Senior Sales Development Representative",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Sales Development",
        "region": "North America East",
        "bio": (
            "Senior SDR and the team's Spanish and Portuguese speaker, so I prospect into Latin "
            "America for Mid-Market West. Currently building the outbound sequence for Brazilian "
            "fintechs."
        ),
    },
    {
        "name": "Ravi Krishnan",
        "email": "ravi.krishnan@northwind.example",
        "role": "member",
        "title": "Principal Solutions Engineer",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Solutions Engineering",
        "region": "North America West",
        "bio": (
            "Principal SE on large enterprise deals. Has run more than forty proofs of concept for "
            "Signal Forecast and wrote most of our answers on forecast model accuracy. The person "
            "to call when Quarry Analytics is in a bake-off."
        ),
    },
    {
        "name": "Emily Novak",
        "email": "emily.novak@northwind.example",
        "role": "member",
        "title": "Solutions Engineer",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "Solutions Engineering",
        "region": "North America West",
        "bio": (
            "Joined the SE team two weeks ago after five years as a Salesforce admin at a "
            "logistics company. Shadowing Ravi on proofs of concept and working towards the demo "
            "certification."
        ),
    },
    {
        "name": "Hannah Lindgren",
        "email": "hannah.lindgren@northwind.example",
        "role": "member",
        "title": "Senior Customer Success Manager",
        "department": "other",
        "altitude": "individual-contributor",
        "team": "Customer Success",
        "region": "EMEA",
        "bio": (
            "CSM for Nordic and DACH customers. Spent seven years in procurement at a Swedish bank "
            "before moving to SaaS, so I know supplier onboarding, MSAs and vendor-risk "
            "questionnaires from the buyer's side of the table. Happy to review your procurement "
            "plan before it goes to the customer."
        ),
    },
    {
        "name": "Pieter Janssen",
        "email": "pieter.janssen@northwind.example",
        "role": "member",
        "title": "Customer Success Manager",
        "department": "other",
        "altitude": "individual-contributor",
        "team": "Customer Success",
        "region": "EMEA",
        "bio": (
            "CSM for Benelux and UK mid-market customers. Former data engineer: I have set up more "
            "Signal Connect warehouse syncs than anyone outside engineering and know the Snowflake "
            "and BigQuery edge cases by heart. Customers tend to call me before they call support."
        ),
    },
    {
        "name": "Yasmin Farouk",
        "email": "yasmin.farouk@northwind.example",
        "role": "member",
        "title": "Customer Success Manager",
        "department": "other",
        "altitude": "individual-contributor",
        "team": "Customer Success",
        "region": "EMEA",
        "bio": (
            "CSM for enterprise customers in the UK and the Gulf. Runs renewal and expansion "
            "planning for the region and built the adoption dashboard we share in quarterly "
            "business reviews."
        ),
    },
    {
        "name": "Ben Carter",
        "email": "ben.carter@northwind.example",
        "role": "member",
        "title": "Sales Enablement Specialist",
        "department": "enablement",
        "altitude": "individual-contributor",
        "team": "Sales Enablement",
        "region": "North America East",
        "bio": (
            "Produces the how-to videos and keeps the wiki tidy: owners, review dates, broken "
            "links. Former SDR. If you record a good demo walkthrough, send it to me and I will "
            "cut it down to five minutes."
        ),
    },
    {
        "name": "Jordan Blake",
        "email": "jordan.blake@northwind.example",
        "role": "member",
        "title": "Product Marketing Manager, Competitive Intelligence",
        "department": "marketing",
        "altitude": "individual-contributor",
        "team": "Product Marketing",
        "region": "North America West",
        "bio": (
            "Owns the competitive briefs for Ardent Revenue, Kestrel Insights, Brightline CRM and "
            "Quarry Analytics, and reads every win-loss review. Send me any competitor pricing or "
            "pitch deck you come across."
        ),
    },
    {
        "name": "Ana Sousa",
        "email": "ana.sousa@northwind.example",
        "role": "member",
        "title": "Senior Product Marketing Manager",
        "department": "marketing",
        "altitude": "individual-contributor",
        "team": "Product Marketing",
        "region": "North America West",
        "bio": (
            "Product marketer for Signal Forecast and Signal Coach. Writes the messaging guides "
            "and runs the customer story programme, so please ask me before you promise a prospect "
            "a reference call."
        ),
    },
    {
        "name": "Nikhil Rao",
        "email": "nikhil.rao@northwind.example",
        "role": "member",
        "title": "Deal Desk Analyst",
        "department": "operations",
        "altitude": "individual-contributor",
        "team": "Deal Desk & Sales Ops",
        "region": "North America East",
        "bio": (
            "Builds quotes and checks non-standard terms. Spent four years on the pricing team at "
            "Ardent Revenue before joining, so I know how they discount, how they bundle and what "
            "their multi-year renewals really cost."
        ),
    },
    {
        "name": "Priya Nair",
        "email": "priya.nair@northwind.example",
        "role": "member",
        "title": "Sales Operations Analyst",
        "department": "operations",
        "altitude": "individual-contributor",
        "team": "Deal Desk & Sales Ops",
        "region": "North America East",
        "bio": (
            "Maintains territories, account assignments and the forecast dashboards. Runs the "
            "quarterly territory rebalance and the capacity model. Check with me before you claim "
            "an account."
        ),
    },
    {
        "name": "Lukas Becker",
        "email": "lukas.becker@northwind.example",
        "role": "member",
        "title": "Enterprise Account Executive, DACH",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "EMEA Enterprise",
        "region": "EMEA",
        "bio": (
            "Sells to manufacturers and banks in Germany, Austria and Switzerland from Munich. Has "
            "taken more Signal Coach deals through works-council review of call recording than "
            "anyone else in the company."
        ),
    },
    {
        "name": "Nadia Haddad",
        "email": "nadia.haddad@northwind.example",
        "role": "member",
        "title": "Enterprise Account Executive, Middle East",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "EMEA Enterprise",
        "region": "EMEA",
        "bio": (
            "Covers the UAE and Saudi Arabia from Dubai, mostly banks and public-sector bodies. "
            "Knows the data-residency and in-country hosting questions that come up in every Gulf "
            "deal."
        ),
    },
    {
        "name": "Tom Hargreaves",
        "email": "tom.hargreaves@northwind.example",
        "role": "member",
        "title": "Account Executive, UK",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "EMEA Enterprise",
        "region": "EMEA",
        "bio": (
            "Joined Northwind Signal in London this month from a marketing-automation vendor. "
            "Taking over a patch of UK technology and retail accounts and working through the "
            "onboarding path."
        ),
    },
    {
        "name": "Hiroshi Tanaka",
        "email": "hiroshi.tanaka@northwind.example",
        "role": "member",
        "title": "Account Executive, Japan",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "APAC Sales",
        "region": "APAC",
        "bio": (
            "Opened our first Japanese accounts from Tokyo. Handles the Japanese transcription "
            "questions for Signal Coach and works day to day with our first reseller partner."
        ),
    },
    {
        "name": "Chloe Nguyen",
        "email": "chloe.nguyen@northwind.example",
        "role": "member",
        "title": "Account Executive, ANZ",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "APAC Sales",
        "region": "APAC",
        "bio": (
            "AE for Australia and New Zealand from Sydney, mainly technology and financial "
            "services. Closed the first Signal Enterprise Edition deal that used Australian data "
            "residency."
        ),
    },
    {
        "name": "Wei Zhang",
        "email": "wei.zhang@northwind.example",
        "role": "member",
        "title": "Solutions Engineer, APAC",
        "department": "sales",
        "altitude": "individual-contributor",
        "team": "APAC Sales",
        "region": "APAC",
        "bio": (
            "The APAC solutions engineer, based in Singapore. Covers demos, proofs of concept and "
            "security reviews across the region, often in the evening for Sydney and the morning "
            "for Tokyo."
        ),
    },
]

# The social layer, by handle: what each person says they know, who and which tags they follow,
# who the enablement team recognised as an expert, and notes left on profile boards.
DECLARED_EXPERTISE = {
    "hannah.lindgren": ["procurement", "security-review", "renewals"],
    "kevin.walsh": ["procurement", "negotiation", "pricing-guide"],
    "ravi.krishnan": ["security-review", "technical-owner", "signal-enterprise-edition"],
    "jordan.blake": ["ardent-revenue", "kestrel-insights", "competitive-brief"],
    "marcus.feld": ["forecasting", "finance"],
    "nikhil.rao": ["procurement", "pricing-guide"],
    "wei.zhang": ["security-review", "apac"],
}
RECOGNISED_EXPERTS = {  # handle: the manager who flagged them
    "kevin.walsh": "maya.patel",
    "ravi.krishnan": "maya.patel",
    "jordan.blake": "grace.liu",
}
FOLLOWS = {  # follower: the people they follow
    "tyler.jackson": ["kevin.walsh", "ravi.krishnan", "diego.alvarez"],
    "amara.osei": ["diego.alvarez", "jordan.blake"],
    "wei.zhang": ["ravi.krishnan", "elena.petrova"],
    "samuel.adebayo": ["kevin.walsh", "hannah.lindgren"],
    "olivia.chen": ["jordan.blake", "ravi.krishnan"],
    "chloe.nguyen": ["kevin.walsh"],
}
TAG_FOLLOWS = {
    "tyler.jackson": ["discovery", "qualification", "prospecting"],
    "amara.osei": ["prospecting", "objection-handling"],
    "samuel.adebayo": ["procurement", "negotiation"],
    "olivia.chen": ["security-review", "procurement"],
    "jonah.whitfield": ["pricing-guide", "negotiation"],
    "chloe.nguyen": ["procurement", "apac"],
}
NOTES = [  # (board, author, days ago, text)
    ("kevin.walsh", "samuel.adebayo", 12,
     "Thanks for walking me through the procurement portal on the Halvorsen deal. Signed!"),
    ("hannah.lindgren", "olivia.chen", 6,
     "Your security questionnaire answers saved me two days this week. Owe you a coffee."),
    ("ravi.krishnan", "tyler.jackson", 3,
     "Could I shadow your next Enterprise Edition demo? Trying to learn the security story."),
]

# Chat: channels with their members and history, and a few DMs. Each message is (author,
# minutes ago, text), or (author, minutes ago, text, replies) with the thread's replies in the
# same shape. Members are everyone who writes, plus `members`; "everyone" puts every demo person
# in the channel.
CHANNELS = [
    {
        "name": "deal-desk", "kind": "public", "members": "everyone",
        "topic": "Discounts, terms and approvals: ask before you promise",
        "description": "Marcus, Kevin, Nikhil and Priya watch this channel during business hours.",
        "messages": [
            ("sofia.marquez", 2900, "Acme wants **net 60** on a 3-year deal. Do I need an "
             "approval for that or is it within my authority?", [
                 ("marcus.feld", 2885, "Net 60 is fine up to $250k ACV without approval. "
                  "Above that it goes to the RVP."),
                 ("sofia.marquez", 2880, "They're at $180k, so I'm fine. Thanks @marcus.feld!"),
             ]),
            ("jonah.whitfield", 1450, "What's the max discount on Professional Edition for a "
             "mid-market renewal before it needs deal-desk review?", [
                 ("kevin.walsh", 1440, "15% without review; 15-25% needs a deal-desk ticket; "
                  "above 25% goes to @lauren.kim for sign-off."),
             ]),
            ("priya.nair", 700, "Reminder: quarter-end quotes need to be in the system by "
             "**Thursday 5pm ET** to book this quarter."),
            ("andre.thompson", 95, "Customer is asking for a price lock on year 2 and 3. Do we "
             "do multi-year price locks?", [
                 ("nikhil.rao", 80, "Yes: up to 3 years with a 3-year commitment, capped at a "
                  "5% uplift per year if they want an opt-out."),
             ]),
        ],
    },
    {
        "name": "competitive", "kind": "public",
        "members": ["rachel.adeyemi", "jordan.blake", "ana.sousa", "kenji.watanabe",
                    "daniel.okafor", "lukas.becker"],
        "topic": "Field intel on competitors: what they pitched, what won",
        "messages": [
            ("lukas.becker", 3000, "Lost the Brauhaus deal to Northstar. They came in 30% "
             "under us and promised SSO for free."),
            ("rachel.adeyemi", 2990, "Thanks for sharing. Their SSO is a third-party add-on; "
             "the battlecard has the talk track on total cost. I'll add this loss to the "
             "win/loss tracker."),
            ("kenji.watanabe", 600, "Heads-up: Northstar's new release claims offline mode. "
             "In the demo I saw it's read-only offline; ours edits offline and syncs."),
            ("jordan.blake", 590, "Great catch @kenji.watanabe, that's going in the next "
             "battlecard update."),
        ],
    },
    {
        "name": "new-hires", "kind": "public",
        "members": ["grace.liu", "ben.carter", "maya.patel", "diego.alvarez", "amara.osei"],
        "topic": "Ask anything in your first 90 days: no question is too basic",
        "messages": [
            ("diego.alvarez", 4300, "Where do I find the discovery call template everyone "
             "mentions?"),
            ("ben.carter", 4290, "It's on the wiki under Sales Process → Discovery. The "
             "questions on page 2 are the ones managers listen for."),
            ("amara.osei", 1500, "How many touches before we mark an inbound lead as "
             "unresponsive?", [
                 ("tomas.rivera", 1490, "Six touches over 14 days: three emails, two calls, "
                  "one LinkedIn message. Then mark it and move on."),
             ]),
            ("grace.liu", 1200, "Welcome to this week's new starters! Shadowing sign-ups for "
             "demos are in the enablement calendar."),
        ],
    },
    {
        "name": "na-east", "kind": "public",
        "members": ["daniel.okafor", "robert.castellano", "sofia.marquez", "olivia.chen",
                    "andre.thompson", "tyler.jackson"],
        "topic": "North America East: deals, events, wins",
        "messages": [
            ("robert.castellano", 2000, "Boston customer dinner is on the 14th. Bring your top "
             "two prospects."),
            ("olivia.chen", 300, "Closed Harborview Health! 2-year Enterprise, security review "
             "passed first time."),
            ("daniel.okafor", 290, "Huge, well done @olivia.chen!"),
        ],
    },
    {
        "name": "emea", "kind": "public",
        "members": ["henrik.sorensen", "claire.dubois", "lukas.becker", "nadia.haddad",
                    "tom.hargreaves", "aoife.brennan"],
        "topic": "EMEA: deals, events, GDPR questions",
        "messages": [
            ("nadia.haddad", 900, "Does anyone have the German version of the DPA?"),
            ("claire.dubois", 880, "On the wiki under Legal → Data Processing; the German "
             "translation is attached at the bottom."),
        ],
    },
    {
        "name": "apac", "kind": "public",
        "members": ["arjun.mehta", "hiroshi.tanaka", "chloe.nguyen", "wei.zhang"],
        "topic": "APAC: deals, events, local procurement rules",
        "messages": [
            ("chloe.nguyen", 1700, "Singapore government buyers need the supplier "
             "registration number on every quote. Where's ours?"),
            ("arjun.mehta", 1690, "It's in the quote template footer for the APAC entity. "
             "Pick 'APAC Pte Ltd' as the selling entity."),
        ],
    },
    {
        "name": "sales-leadership", "kind": "private",
        "members": ["maya.patel", "daniel.okafor", "angela.whitman", "henrik.sorensen",
                    "arjun.mehta", "lauren.kim"],
        "topic": "Forecast and hiring: managers only",
        "messages": [
            ("angela.whitman", 1000, "Mid-Market West is at 92% of commit with two weeks "
             "left."),
            ("henrik.sorensen", 980, "EMEA at 88%, two large deals in legal review."),
            ("maya.patel", 960, "Thanks both. Let's review the gaps on Thursday's call."),
        ],
    },
]
DIRECT_MESSAGES = [  # (people, messages) in the shape of CHANNELS' messages
    (["sofia.marquez", "jonah.whitfield"], [
        ("jonah.whitfield", 400, "Can I borrow your Acme deck for a similar prospect?"),
        ("sofia.marquez", 390, "Sure, sending it over. Skip slide 9, it's Acme-specific."),
    ]),
    (["maya.patel", "grace.liu"], [
        ("maya.patel", 800, "Can we add a chat-etiquette section to onboarding?"),
        ("grace.liu", 780, "Yes, I'll draft it this week."),
    ]),
    (["daniel.okafor", "robert.castellano", "sofia.marquez"], [
        ("daniel.okafor", 200, "Acme legal came back with redlines on the liability cap."),
        ("robert.castellano", 190, "Loop in legal before Friday; don't concede the cap."),
    ]),
]
# Chat conversations made questions: (channel, index of the message in CHANNELS, index of the
# reply in its thread that became the answer, who promoted it, the title, tags and context they
# gave it (their edit, after the asker's own words), whether the asker accepted the answer).
PROMOTED = [
    ("deal-desk", 0, 0, "marcus.feld",
     "Do I need an approval to offer net 60 payment terms on a 3-year deal?",
     ["pricing-guide", "negotiation"],
     "Payment terms are part of the deal's approval, like a discount: net 30 is standard.",
     True),
]
