"""Demo wiki pages and learning paths for Fieldwise."""

PAGES: list[dict] = [
    {
        "title": "New hire onboarding",
        "parent": None,
        "owner": "grace.liu",
        "tags": ["new-hire-onboarding", "playbook"],
        "review_days": 90,
        "verified_days_ago": 12,
        "verified_by": "grace.liu",
        "views": 164,
        "revisions": [
            {
                "author": "grace.liu",
                "days_ago": 380,
                "summary": "First version",
                "body": (
                    "Welcome to Northwind Signal. This section is where Sales Enablement keeps "
                    "everything a new seller needs in the first three months: what to read, who to "
                    "shadow and which certifications to book. If something here is wrong or "
                    "missing, tell @grace.liu or post in Q&A. A gap you find is a gap the next new "
                    "hire won't.\n"
                    "\n"
                    "## Start here\n"
                    "- **Account executives:** [[First 90 days for account executives]] is the "
                    "week-by-week plan. Your manager goes through it with you on day one.\n"
                    "- **BDRs and SDRs:** the [[BDR onboarding checklist]] covers the first four "
                    "weeks, from product basics to booking meetings on your own.\n"
                    "- **Solutions engineers:** start with [[Demo certification]]. Elena's team "
                    "sets the order and the panel.\n"
                    "\n"
                    "## The learning paths\n"
                    "The **New hire: first 30 days** path strings the most important pages and Q&A "
                    "threads together in order. Tick items off as you go; your manager sees your "
                    "progress. Experienced hires can ask Grace to switch them to the "
                    "experienced-hire track, which skips the generic selling modules.\n"
                    "\n"
                    "## What every new hire should know by day 30\n"
                    "| Topic | Where it lives | Checked by |\n"
                    "|---|---|---|\n"
                    "| The Signal line: Core, Forecast, Coach, Connect, Enterprise Edition | "
                    "Product basics modules | Messaging check |\n"
                    "| How we qualify | MEDDPICC page | Your manager |\n"
                    "| How we run a first meeting | Discovery call guide | Discovery certification "
                    "(AEs) |\n"
                    "| Discount rules | Pricing section | Deal Desk quiz |\n"
                    "\n"
                    "Start with [[MEDDPICC qualification]] and the [[Discovery call guide]]; every "
                    "deal review and certification builds on them.\n"
                    "\n"
                    "## Who to ask\n"
                    "- Onboarding schedule and certifications: @grace.liu\n"
                    "- Broken links, videos and page owners: @ben.carter\n"
                    "- Everything else: your manager first, then Q&A."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "First 90 days for account executives",
        "parent": "New hire onboarding",
        "owner": "grace.liu",
        "tags": ["new-hire-onboarding", "playbook"],
        "review_days": 90,
        "verified_days_ago": 18,
        "verified_by": "grace.liu",
        "views": 131,
        "revisions": [
            {
                "author": "grace.liu",
                "days_ago": 400,
                "summary": "First version",
                "body": (
                    "This is the plan every new account executive follows, whatever the segment. "
                    "Your manager owns your ramp; Enablement owns this page. The dates are "
                    "targets, not a race: a certification passed well in week 7 is worth more than "
                    "a scrape in week 5.\n"
                    "\n"
                    "## Days 1-30: learn the line and the motion\n"
                    "- Product basics modules for Signal Core, Signal Forecast, Signal Coach and "
                    "Signal Connect, plus the Enterprise Edition packaging session.\n"
                    "- Shadow at least eight customer calls, including two discovery calls and one "
                    "Forecast demo. Listen to them again in Signal Coach afterwards.\n"
                    "- Read the [[Discovery call guide]] and [[MEDDPICC qualification]], then "
                    "write up one shadowed deal in the MEDDPICC fields with your manager.\n"
                    "- Messaging check: a 10-minute recorded pitch of the Signal line, scored by "
                    "your manager.\n"
                    "\n"
                    "## Days 31-60: run your own first meetings\n"
                    "- Run first meetings with your manager or a senior AE listening in. Bring one "
                    "recording a week to your 1:1.\n"
                    "- Learn the commercial rules: [[Discount approval bands]] and how the Deal "
                    "Desk works.\n"
                    "- Build your territory plan with Sales Ops (see [[Territory planning]]).\n"
                    "\n"
                    "## Days 61-90: own your pipeline\n"
                    "- At least three qualified opportunities you sourced or took over, each with "
                    "a mutual action plan.\n"
                    "- Your first forecast call: call your own Commit and Best Case.\n"
                    "- Discovery certification by **day 60**: a role-played first meeting with a "
                    "panel of two.\n"
                    "- MEDDPICC certification: a deal review with your manager and one other "
                    "manager.\n"
                    "\n"
                    "## Who helps\n"
                    "Your manager, a buddy from your team (assigned in week 1), and Enablement for "
                    "anything that is missing."
                ),
            },
            {
                "author": "grace.liu",
                "days_ago": 160,
                "summary": "Added the experienced-hire track",
                "body": (
                    "This is the plan every new account executive follows, whatever the segment. "
                    "Your manager owns your ramp; Enablement owns this page. The dates are "
                    "targets, not a race: a certification passed well in week 7 is worth more than "
                    "a scrape in week 5.\n"
                    "\n"
                    "## Days 1-30: learn the line and the motion\n"
                    "- Product basics modules for Signal Core, Signal Forecast, Signal Coach and "
                    "Signal Connect, plus the Enterprise Edition packaging session.\n"
                    "- Shadow at least eight customer calls, including two discovery calls and one "
                    "Forecast demo. Listen to them again in Signal Coach afterwards.\n"
                    "- Read the [[Discovery call guide]] and [[MEDDPICC qualification]], then "
                    "write up one shadowed deal in the MEDDPICC fields with your manager.\n"
                    "- Messaging check: a 10-minute recorded pitch of the Signal line, scored by "
                    "your manager.\n"
                    "\n"
                    "## Days 31-60: run your own first meetings\n"
                    "- Run first meetings with your manager or a senior AE listening in. Bring one "
                    "recording a week to your 1:1.\n"
                    "- Learn the commercial rules: [[Discount approval bands]] and how the Deal "
                    "Desk works. Send your first quote to the Deal Desk for review even if it "
                    "needs no approval.\n"
                    "- Build your territory plan with Sales Ops (see [[Territory planning]]).\n"
                    "\n"
                    "## Days 61-90: own your pipeline\n"
                    "- At least three qualified opportunities you sourced or took over, each with "
                    "a mutual action plan.\n"
                    "- Your first forecast call: call your own Commit and Best Case.\n"
                    "- Discovery certification by **day 60**: a role-played first meeting with a "
                    "panel of two.\n"
                    "- MEDDPICC certification: a deal review with your manager and one other "
                    "manager.\n"
                    "\n"
                    "## Experienced-hire track\n"
                    "If you have sold B2B software for three years or more, ask @grace.liu to "
                    "switch you to the experienced-hire track. It skips the generic selling "
                    "modules and adds a session with Product Marketing on our competitors. "
                    "Certifications and dates stay the same.\n"
                    "\n"
                    "## Who helps\n"
                    "Your manager, a buddy from your team (assigned in week 1), and Enablement for "
                    "anything that is missing."
                ),
            },
            {
                "author": "grace.liu",
                "days_ago": 18,
                "summary": "Discovery certification now due by day 45, not day 60",
                "body": (
                    "This is the plan every new account executive follows, whatever the segment. "
                    "Your manager owns your ramp; Enablement owns this page. The dates are "
                    "targets, not a race: a certification passed well in week 7 is worth more than "
                    "a scrape in week 5.\n"
                    "\n"
                    "## Days 1-30: learn the line and the motion\n"
                    "- Product basics modules for Signal Core, Signal Forecast, Signal Coach and "
                    "Signal Connect, plus the Enterprise Edition packaging session.\n"
                    "- Shadow at least eight customer calls, including two discovery calls and one "
                    "Forecast demo. Listen to them again in Signal Coach afterwards.\n"
                    "- Read the [[Discovery call guide]] and [[MEDDPICC qualification]], then "
                    "write up one shadowed deal in the MEDDPICC fields with your manager.\n"
                    "- Messaging check: a 10-minute recorded pitch of the Signal line, scored by "
                    "your manager.\n"
                    "\n"
                    "## Days 31-60: run your own first meetings\n"
                    "- Discovery certification by **day 45**: a role-played first meeting with a "
                    "panel of two. Book it in week 4 so there is time to retake it.\n"
                    "- Run first meetings with your manager or a senior AE listening in. Bring one "
                    "recording a week to your 1:1.\n"
                    "- Learn the commercial rules: [[Discount approval bands]] and how the Deal "
                    "Desk works. Send your first quote to the Deal Desk for review even if it "
                    "needs no approval.\n"
                    "- Build your territory plan with Sales Ops (see [[Territory planning]]).\n"
                    "\n"
                    "## Days 61-90: own your pipeline\n"
                    "- At least three qualified opportunities you sourced or took over, each with "
                    "a mutual action plan.\n"
                    "- Your first forecast call: call your own Commit and Best Case.\n"
                    "- MEDDPICC certification: a deal review with your manager and one other "
                    "manager.\n"
                    "\n"
                    "## Experienced-hire track\n"
                    "If you have sold B2B software for three years or more, ask @grace.liu to "
                    "switch you to the experienced-hire track. It skips the generic selling "
                    "modules and adds a session with Product Marketing on our competitors. "
                    "Certifications and dates stay the same.\n"
                    "\n"
                    "## Who helps\n"
                    "Your manager, a buddy from your team (assigned in week 1), and Enablement for "
                    "anything that is missing."
                ),
            },
        ],
        "feedback": [
            {
                "author": "jonah.whitfield",
                "helpful": True,
                "comment": "The days 31-60 list kept me honest. Booked my discovery cert early.",
            },
            {"author": "tom.hargreaves", "helpful": True, "comment": ""},
            {"author": "daniel.okafor", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "BDR onboarding checklist",
        "parent": "New hire onboarding",
        "owner": "tomas.rivera",
        "tags": ["new-hire-onboarding", "prospecting", "playbook"],
        "review_days": 90,
        "verified_days_ago": 25,
        "verified_by": "tomas.rivera",
        "views": 58,
        "revisions": [
            {
                "author": "tomas.rivera",
                "days_ago": 240,
                "summary": "First version",
                "body": (
                    "The first four weeks for BDRs and SDRs. By the end of week 4 you should be "
                    "booking meetings on your own. Progress is checked in our weekly 1:1s, and "
                    "@tyler.jackson runs the mock calls.\n"
                    "\n"
                    "## Week 1: the line and the buyer\n"
                    "- Product basics: Signal Core, Signal Forecast, Signal Coach, Signal Connect. "
                    "Know what each does in one sentence.\n"
                    "- Persona quiz: economic owner, technical owner, end user. 20 minutes.\n"
                    "- Read the [[Discovery call guide]] sections on first calls. You will use the "
                    "same questions in a shorter form.\n"
                    "\n"
                    "## Week 2: listen\n"
                    "- Shadow at least six calls: three SDR first calls and three AE discovery "
                    "calls.\n"
                    "- Listen to ten recorded cold calls in Signal Coach tagged 'good opener'.\n"
                    "- Learn the fit rules: company size by segment, and for retail and consumer "
                    "brands at least 40 people in a B2B sales role.\n"
                    "\n"
                    "## Week 3: practise\n"
                    "- Three mock cold calls with an SDR peer, including one with a grumpy VP of "
                    "RevOps.\n"
                    "- Build your first 50-account list with your manager from the scoring "
                    "report.\n"
                    "- Learn the inbound rule: every inbound lead gets a first touch within the "
                    "hour during working hours.\n"
                    "\n"
                    "## Week 4: go live\n"
                    "- **Messaging check:** a 10-minute recorded pitch of the Signal line, scored "
                    "by your manager. Pass it and you book meetings on your own.\n"
                    "- First sequence live, reviewed by your manager.\n"
                    "- Every meeting you book needs the booking note filled in: the problem in the "
                    "buyer's words, who attends and why now. AEs reject meetings without one.\n"
                    "\n"
                    "## Not yet\n"
                    "The discovery certification is for AEs and isn't required for BDRs until "
                    "month\n"
                    "3. Don't worry about [[MEDDPICC qualification]] beyond the first three "
                    "letters.\n"
                    "\n"
                    "## What you will hear most\n"
                    "'Send me some information' and 'not right now'. For the second, read "
                    "[[Objection: we will revisit next year]] and the Q&A threads on cold-call "
                    "openers."
                ),
            },
        ],
        "feedback": [
            {
                "author": "amara.osei",
                "helpful": True,
                "comment": (
                    "Used this every day in my first month. The mock calls with Tyler were the "
                    "most useful part."
                ),
            },
            {"author": "tyler.jackson", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Demo certification",
        "parent": "New hire onboarding",
        "owner": "elena.petrova",
        "tags": ["product-demo", "new-hire-onboarding", "signal-core"],
        "review_days": 180,
        "verified_days_ago": 40,
        "verified_by": "elena.petrova",
        "views": 47,
        "revisions": [
            {
                "author": "elena.petrova",
                "days_ago": 300,
                "summary": "First version",
                "body": (
                    "Every solutions engineer, and every AE who demos on their own, passes a demo "
                    "certification for each product they show. This page sets the order, the "
                    "format and how we score.\n"
                    "\n"
                    "## Order\n"
                    "1. **Signal Core:** two weeks including practice; certify by the end of week "
                    "4. Every demo starts with the Core data story (activity capture, contact "
                    "matching, CRM sync), so nothing else makes sense without it.\n"
                    "2. **Signal Forecast:** two weeks; certify by week 6. Shadow at least two "
                    "Forecast POC readouts first. @ravi.krishnan reviews.\n"
                    "3. **Signal Connect:** usually quick for anyone with CRM admin experience.\n"
                    "4. **Signal Coach:** by the end of month 3.\n"
                    "\n"
                    "AEs certify on Core and on the add-on their segment sells most: Mid-Market "
                    "AEs usually pick Coach, Enterprise AEs Forecast.\n"
                    "\n"
                    "## Format\n"
                    "A 30-minute live demo to a panel of two (one SE, one sales manager). The "
                    "panel picks the buyer persona on the day: economic owner, technical owner or "
                    "end user. You get five minutes to ask the 'buyer' discovery questions before "
                    "you start.\n"
                    "\n"
                    "## Scoring\n"
                    "| Criterion | What the panel looks for |\n"
                    "|---|---|\n"
                    "| Story | Opens with the buyer's problem, not the navigation menu |\n"
                    "| Persona fit | Shows the screens that persona cares about and skips the rest "
                    "|\n"
                    "| Proof | Uses the buyer's numbers from discovery in the demo |\n"
                    "| Close | Ends with a next step the buyer commits to |\n"
                    "\n"
                    "The pass mark is 3 out of 4, and Story is mandatory. Retakes are booked a "
                    "week later.\n"
                    "\n"
                    "## Practise properly\n"
                    "Practise on the shared demo environment, not a trial tenant, and read [[Demo "
                    "best practices]] before your first run-through. Save a named scenario before "
                    "you change data and reset it afterwards, so the next person isn't surprised.\n"
                    "\n"
                    "Certified SEs also run the technical side of proofs of concept. Read [[DPA "
                    "and proof-of-concept agreements]] before you start one on customer data."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Sales process playbook",
        "parent": None,
        "owner": "maya.patel",
        "tags": ["playbook", "buying"],
        "review_days": 180,
        "verified_days_ago": 30,
        "verified_by": "maya.patel",
        "views": 172,
        "revisions": [
            {
                "author": "maya.patel",
                "days_ago": 420,
                "summary": "First version",
                "body": (
                    "How Northwind Signal sells, from first meeting to signature. The pages in "
                    "this section are the house standard: managers coach to them, certifications "
                    "test them and the CRM stages follow them. They are written by the people who "
                    "do it best and reviewed by Enablement every quarter.\n"
                    "\n"
                    "## The stages at a glance\n"
                    "| Stage | Name | Exit criteria |\n"
                    "|---|---|---|\n"
                    "| 1 | Discover | Problem agreed in the buyer's words; next meeting booked |\n"
                    "| 2 | Qualify | MEDDPICC fields started; economic owner identified |\n"
                    "| 3 | Validate | Demo or proof of concept done; mutual action plan agreed |\n"
                    "| 4 | Propose | Proposal sent; paper process confirmed with procurement |\n"
                    "| 5 | Negotiate | Redlines and approvals in progress |\n"
                    "| 6 | Closed | Signed, or closed lost or no decision with a reason |\n"
                    "\n"
                    "## The core pages\n"
                    "- [[Discovery call guide]]: how to run the first meeting and what to "
                    "capture.\n"
                    "- [[MEDDPICC qualification]]: our house framework, field by field.\n"
                    "- [[Compelling events]]: the dated reason to act, and how to test one.\n"
                    "- [[Demo best practices]]: show the buyer's problem, not our menu.\n"
                    "- [[Mutual action plans]]: a shared plan from today to go-live.\n"
                    "\n"
                    "Procurement, legal and the handoff to Customer Success have their own "
                    "section, as do pricing and objections.\n"
                    "\n"
                    "## Three rules we don't bend\n"
                    "1. **No stage 3 without a problem the buyer has sized.** A demo to someone "
                    "without a problem is a product tour.\n"
                    "2. **No Commit without a compelling event and a confirmed paper process.** "
                    "The CRM enforces part of this; managers enforce the rest.\n"
                    "3. **CFO or FP&A engaged by stage 3 on deals over USD 150k.** We lose more "
                    "enterprise deals to late finance involvement than to any competitor.\n"
                    "\n"
                    "> 'If the buyer can't tell you what happens if they do nothing, you don't "
                    "have a deal yet.' (Daniel's deal-review opener)"
                ),
            },
        ],
        "feedback": [
            {
                "author": "robert.castellano",
                "helpful": True,
                "comment": "This is the page I send to every new manager.",
            },
        ],
    },
    {
        "title": "Discovery call guide",
        "parent": "Sales process playbook",
        "owner": "grace.liu",
        "tags": ["discovery", "problem-identification", "playbook"],
        "review_days": 90,
        "verified_days_ago": 22,
        "verified_by": "grace.liu",
        "views": 188,
        "revisions": [
            {
                "author": "maya.patel",
                "days_ago": 520,
                "summary": "First version",
                "body": (
                    "A discovery call has one job: to find out whether the buyer has a problem "
                    "worth solving, in their words, with a number attached. Everything else "
                    "(rapport, our story, a demo) comes second. This is the guide the discovery "
                    "certification tests.\n"
                    "\n"
                    "## Before the call\n"
                    "- Read the account: size, CRM in use, recent sales hires, any trigger such as "
                    "a new CRO or a CRM migration (see [[Compelling events]]).\n"
                    "- Write down three hypotheses about their problem. You will probably be wrong "
                    "about two.\n"
                    "- Send a short agenda: 'understand how you run forecasting and pipeline "
                    "today, and decide together whether a second conversation makes sense'.\n"
                    "\n"
                    "## The flow (45 minutes)\n"
                    "1. **Open (3 min):** why you asked for the meeting, tied to something "
                    "specific about them.\n"
                    "2. **Current state (15 min):** how they forecast, how activity gets into the "
                    "CRM, who does what on the Thursday before the forecast call.\n"
                    "3. **Problem and cost (15 min):** what goes wrong, how often, and what it "
                    "costs.\n"
                    "4. **Future state and why now (7 min):** what has to be true by when, and "
                    "what happens if it isn't.\n"
                    "5. **Next step (5 min):** a dated meeting with the right people, agreed on "
                    "the call.\n"
                    "\n"
                    "## After the call\n"
                    "Send a recap within 24 hours with the problem in their words, and fill in the "
                    "first three [[MEDDPICC qualification|MEDDPICC]] fields. Aim for a talk ratio "
                    "under 50% and no monologue over 90 seconds; Signal Coach shows both. Ready "
                    "for a demo? Read [[Demo best practices]] first."
                ),
            },
            {
                "author": "grace.liu",
                "days_ago": 180,
                "summary": (
                    "Added the forecast-pain questions and the integrations-only admin case; "
                    "talk-ratio target now 45% from our own Coach data"
                ),
                "body": (
                    "A discovery call has one job: to find out whether the buyer has a problem "
                    "worth solving, in their words, with a number attached. Everything else "
                    "(rapport, our story, a demo) comes second. This is the guide the discovery "
                    "certification tests.\n"
                    "\n"
                    "## Before the call\n"
                    "- Read the account: size, CRM in use, recent sales hires, any trigger such as "
                    "a new CRO or a CRM migration (see [[Compelling events]]).\n"
                    "- Write down three hypotheses about their problem. You will probably be wrong "
                    "about two.\n"
                    "- Send a short agenda: 'understand how you run forecasting and pipeline "
                    "today, and decide together whether a second conversation makes sense'.\n"
                    "\n"
                    "## The flow (45 minutes)\n"
                    "1. **Open (3 min):** why you asked for the meeting, tied to something "
                    "specific about them.\n"
                    "2. **Current state (15 min):** how they forecast, how activity gets into the "
                    "CRM, who does what on the Thursday before the forecast call.\n"
                    "3. **Problem and cost (15 min):** what goes wrong, how often, and what it "
                    "costs.\n"
                    "4. **Future state and why now (7 min):** what has to be true by when, and "
                    "what happens if it isn't.\n"
                    "5. **Next step (5 min):** a dated meeting with the right people, agreed on "
                    "the call.\n"
                    "\n"
                    "## Forecast pain questions\n"
                    "Don't ask about accuracy; everyone is 'within 10%' at quarter end. Ask about "
                    "the path:\n"
                    "- 'In week 6 of last quarter, what was your commit, and how close was it to "
                    "what closed?'\n"
                    "- 'When a big deal slipped, how many days before quarter end did you find "
                    "out?'\n"
                    "- 'How much time do your managers spend on forecast prep each week?'\n"
                    "- 'What does your CFO do with your number? Is there a haircut?'\n"
                    "\n"
                    "If finance applies a haircut, the forecast isn't trusted, whatever the VP "
                    "says.\n"
                    "\n"
                    "## When the technical owner only wants integrations\n"
                    "Bring an SE and split the agenda: 20 minutes on integration, 20 on the why. "
                    "Then ask 'What does your CRO ask you for that you can't produce today?'\n"
                    "\n"
                    "## After the call\n"
                    "Send a recap within 24 hours with the problem in their words, and fill in the "
                    "first three [[MEDDPICC qualification|MEDDPICC]] fields. Aim for a talk ratio "
                    "under 45% and no monologue over 90 seconds; Signal Coach shows both. Ready "
                    "for a demo? Read [[Demo best practices]] first."
                ),
            },
            {
                "author": "grace.liu",
                "days_ago": 40,
                "summary": "Added a short version for 30-minute C-level meetings",
                "body": (
                    "A discovery call has one job: to find out whether the buyer has a problem "
                    "worth solving, in their words, with a number attached. Everything else "
                    "(rapport, our story, a demo) comes second. This is the guide the discovery "
                    "certification tests.\n"
                    "\n"
                    "## Before the call\n"
                    "- Read the account: size, CRM in use, recent sales hires, any trigger such as "
                    "a new CRO or a CRM migration (see [[Compelling events]]).\n"
                    "- Write down three hypotheses about their problem. You will probably be wrong "
                    "about two.\n"
                    "- Send a short agenda: 'understand how you run forecasting and pipeline "
                    "today, and decide together whether a second conversation makes sense'.\n"
                    "\n"
                    "## The flow (45 minutes)\n"
                    "1. **Open (3 min):** why you asked for the meeting, tied to something "
                    "specific about them.\n"
                    "2. **Current state (15 min):** how they forecast, how activity gets into the "
                    "CRM, who does what on the Thursday before the forecast call.\n"
                    "3. **Problem and cost (15 min):** what goes wrong, how often, and what it "
                    "costs.\n"
                    "4. **Future state and why now (7 min):** what has to be true by when, and "
                    "what happens if it isn't.\n"
                    "5. **Next step (5 min):** a dated meeting with the right people, agreed on "
                    "the call.\n"
                    "\n"
                    "## Forecast pain questions\n"
                    "Don't ask about accuracy; everyone is 'within 10%' at quarter end. Ask about "
                    "the path:\n"
                    "- 'In week 6 of last quarter, what was your commit, and how close was it to "
                    "what closed?'\n"
                    "- 'When a big deal slipped, how many days before quarter end did you find "
                    "out?'\n"
                    "- 'How much time do your managers spend on forecast prep each week?'\n"
                    "- 'What does your CFO do with your number? Is there a haircut?'\n"
                    "\n"
                    "If finance applies a haircut, the forecast isn't trusted, whatever the VP "
                    "says.\n"
                    "\n"
                    "## When the technical owner only wants integrations\n"
                    "Bring an SE and split the agenda: 20 minutes on integration, 20 on the why. "
                    "Then ask 'What does your CRO ask you for that you can't produce today?'\n"
                    "\n"
                    "## C-level in 30 minutes\n"
                    "With a CRO or CSO you get three questions, not twelve:\n"
                    "1. 'What has to be true for your sales organisation at the end of next fiscal "
                    "year?'\n"
                    "2. 'What's in the way today?'\n"
                    "3. 'Who on your team should we work with to see whether we can help?'\n"
                    "\n"
                    "Don't demo. Leave with a named person and a date.\n"
                    "\n"
                    "## After the call\n"
                    "Send a recap within 24 hours with the problem in their words, and fill in the "
                    "first three [[MEDDPICC qualification|MEDDPICC]] fields. Aim for a talk ratio "
                    "under 45% and no monologue over 90 seconds; Signal Coach shows both. Ready "
                    "for a demo? Read [[Demo best practices]] first."
                ),
            },
        ],
        "feedback": [
            {
                "author": "jonah.whitfield",
                "helpful": True,
                "comment": "The 'is there a haircut' question opened up my last two calls.",
            },
            {"author": "olivia.chen", "helpful": True, "comment": ""},
            {
                "author": "emily.novak",
                "helpful": True,
                "comment": (
                    "Good to see the integrations-first admin covered. That was me a month ago."
                ),
            },
            {
                "author": "samuel.adebayo",
                "helpful": False,
                "comment": (
                    "Works for direct sales teams, but manufacturers who sell through dealers need "
                    "different current-state questions. Could we add a channel version?"
                ),
            },
        ],
    },
    {
        "title": "MEDDPICC qualification",
        "parent": "Sales process playbook",
        "owner": "daniel.okafor",
        "tags": ["qualification", "playbook", "forecasting"],
        "review_days": 180,
        "verified_days_ago": 45,
        "verified_by": "daniel.okafor",
        "views": 142,
        "revisions": [
            {
                "author": "marcus.feld",
                "days_ago": 480,
                "summary": "First version, matching the CRM fields",
                "body": (
                    "MEDDPICC is our house qualification framework, and every field has a home on "
                    "the opportunity in the CRM. It is not a form to fill in for your manager: "
                    "each empty field is the next question to ask the buyer. Deal reviews walk "
                    "through it in order, and the forecast rules depend on three of the fields.\n"
                    "\n"
                    "## The fields\n"
                    "| Letter | Field | What good looks like |\n"
                    "|---|---|---|\n"
                    "| M | Metrics | The buyer's own number: hours of forecast prep, cost of last "
                    "quarter's miss |\n"
                    "| E | Economic owner | A named person who signs, met by us and not only by "
                    "the champion |\n"
                    "| D | Decision criteria | The buyer's top five criteria, ranked, in writing "
                    "|\n"
                    "| D | Decision process | Who decides, in which meeting, by when |\n"
                    "| P | Paper process | Every step from supplier onboarding to signature, with "
                    "owners and dates |\n"
                    "| I | Identified pain | The problem in the buyer's words, tied to a "
                    "consequence |\n"
                    "| C | Champion | Someone with influence who sells for us and has been tested "
                    "|\n"
                    "| C | Competition | Named vendors, a home-grown build, or doing nothing |\n"
                    "\n"
                    "## Paper process\n"
                    "List the steps from supplier onboarding to signature, with dates. Ask your "
                    "champion to confirm them with procurement.\n"
                    "\n"
                    "## Testing a champion\n"
                    "A champion can get you 30 minutes with the economic owner. If they can't or "
                    "won't, you have a coach, not a champion, and your forecast should say so.\n"
                    "\n"
                    "## How it feeds the forecast\n"
                    "Commit requires the economic owner met, a [[Compelling events|compelling "
                    "event]] with a date, and a paper process that isn't blank. The full rule is "
                    "in [[Forecast categories and commit rules]]."
                ),
            },
            {
                "author": "daniel.okafor",
                "days_ago": 95,
                "summary": "Added a worked Paper Process example",
                "body": (
                    "MEDDPICC is our house qualification framework, and every field has a home on "
                    "the opportunity in the CRM. It is not a form to fill in for your manager: "
                    "each empty field is the next question to ask the buyer. Deal reviews walk "
                    "through it in order, and the forecast rules depend on three of the fields.\n"
                    "\n"
                    "## The fields\n"
                    "| Letter | Field | What good looks like |\n"
                    "|---|---|---|\n"
                    "| M | Metrics | The buyer's own number: hours of forecast prep, cost of last "
                    "quarter's miss |\n"
                    "| E | Economic owner | A named person who signs, met by us and not only by "
                    "the champion |\n"
                    "| D | Decision criteria | The buyer's top five criteria, ranked, in writing "
                    "|\n"
                    "| D | Decision process | Who decides, in which meeting, by when |\n"
                    "| P | Paper process | Every step from supplier onboarding to signature, with "
                    "owners and dates |\n"
                    "| I | Identified pain | The problem in the buyer's words, tied to a "
                    "consequence |\n"
                    "| C | Champion | Someone with influence who sells for us and has been tested "
                    "|\n"
                    "| C | Competition | Named vendors, a home-grown build, or doing nothing |\n"
                    "\n"
                    "## Paper process, done properly\n"
                    "'Standard procurement' tells us nothing. A good entry has five lines, each "
                    "with a name and a date:\n"
                    "\n"
                    "```\n"
                    "1. Supplier onboarding: portal, 10 business days (owner: procurement lead)\n"
                    "2. Security review: questionnaire + SOC 2, submitted 3 Mar, due 17 Mar\n"
                    "3. Legal: our MSA, redlines expected 20 Mar (customer counsel)\n"
                    "4. Approval: CFO sign-off over USD 150k; board not required\n"
                    "5. PO and signature: e-signature, CFO then CRO, 2 days\n"
                    "```\n"
                    "\n"
                    "Healthcare deals usually add a BAA step and a compliance review. If the total "
                    "doesn't fit before the close date, the close date is wrong. The steps "
                    "themselves are described in [[Procurement, legal and handoff]].\n"
                    "\n"
                    "## Testing a champion\n"
                    "A champion can get you 30 minutes with the economic owner. If they can't or "
                    "won't, you have a coach, not a champion, and your forecast should say so.\n"
                    "\n"
                    "## How it feeds the forecast\n"
                    "Commit requires the economic owner met, a [[Compelling events|compelling "
                    "event]] with a date, and a paper process that isn't blank. The full rule is "
                    "in [[Forecast categories and commit rules]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Compelling events",
        "parent": "Sales process playbook",
        "owner": "daniel.okafor",
        "tags": ["compelling-event", "qualification", "forecasting"],
        "review_days": 180,
        "verified_days_ago": 58,
        "verified_by": "daniel.okafor",
        "views": 121,
        "revisions": [
            {
                "author": "daniel.okafor",
                "days_ago": 330,
                "summary": "First version",
                "body": (
                    "A compelling event is a date with a consequence: something happens on that "
                    "date, and something bad happens to the buyer if they haven't solved the "
                    "problem by then. Without one, deals drift to 'next quarter' and then to no "
                    "decision. Daniel won't accept a Commit without one, and neither will the "
                    "CRM.\n"
                    "\n"
                    "## The test\n"
                    "Ask three questions. If any answer is 'I don't know', you have a hypothesis, "
                    "not an event.\n"
                    "1. **What is the date?** A board meeting, a contract expiry, a go-live, a "
                    "fiscal year start.\n"
                    "2. **What happens if they miss it?** In the buyer's words, with a cost.\n"
                    "3. **Who owns that consequence?** If it isn't the economic owner, it may not "
                    "matter enough.\n"
                    "\n"
                    "## Events that work for us\n"
                    "| Event | Why it works |\n"
                    "|---|---|\n"
                    "| CRM migration go-live | Activity history doesn't migrate cleanly and reps "
                    "stop logging |\n"
                    "| Competitor renewal | Ardent renewals land with 12-20% uplifts, on a date in "
                    "the contract |\n"
                    "| Board or lender reporting | A missed forecast has a visible cost at a known "
                    "meeting |\n"
                    "| New fiscal year or sales kickoff | New territories and quotas need clean "
                    "roll-ups on day one |\n"
                    "\n"
                    "A CRM migration is the best event we get. Join the migration project plan as "
                    "a workstream, and sign before go-live with a start date aligned to it so "
                    "nobody pays twice.\n"
                    "\n"
                    "## Putting it in the CRM\n"
                    "Enter the date in `Compelling_Event_Date__c`. For Commit it must be no later "
                    "than the close date plus 30 days; see [[Forecast categories and commit "
                    "rules]]. Write the consequence in the next-steps field, and put the date at "
                    "the top of the [[Mutual action plans|mutual action plan]]. If the event "
                    "moves, tell your manager that week, not at quarter end. For a buyer who goes "
                    "quiet, see [[Objection: we will revisit next year]]."
                ),
            },
            {
                "author": "daniel.okafor",
                "days_ago": 58,
                "summary": (
                    "Added triggers versus compelling events (new executives, funding rounds)"
                ),
                "body": (
                    "A compelling event is a date with a consequence: something happens on that "
                    "date, and something bad happens to the buyer if they haven't solved the "
                    "problem by then. Without one, deals drift to 'next quarter' and then to no "
                    "decision. Daniel won't accept a Commit without one, and neither will the "
                    "CRM.\n"
                    "\n"
                    "## The test\n"
                    "Ask three questions. If any answer is 'I don't know', you have a hypothesis, "
                    "not an event.\n"
                    "1. **What is the date?** A board meeting, a contract expiry, a go-live, a "
                    "fiscal year start.\n"
                    "2. **What happens if they miss it?** In the buyer's words, with a cost.\n"
                    "3. **Who owns that consequence?** If it isn't the economic owner, it may not "
                    "matter enough.\n"
                    "\n"
                    "## Events that work for us\n"
                    "| Event | Why it works |\n"
                    "|---|---|\n"
                    "| CRM migration go-live | Activity history doesn't migrate cleanly and reps "
                    "stop logging |\n"
                    "| Competitor renewal | Ardent renewals land with 12-20% uplifts, on a date in "
                    "the contract |\n"
                    "| Board or lender reporting | A missed forecast has a visible cost at a known "
                    "meeting |\n"
                    "| New fiscal year or sales kickoff | New territories and quotas need clean "
                    "roll-ups on day one |\n"
                    "\n"
                    "A CRM migration is the best event we get. Join the migration project plan as "
                    "a workstream, and sign before go-live with a start date aligned to it so "
                    "nobody pays twice.\n"
                    "\n"
                    "## Triggers are not events\n"
                    "A new CRO, a funding round or a hiring spree are **triggers**: they have a "
                    "date but no consequence. Turn them into events:\n"
                    "- New CROs usually present a plan to the board within 90-100 days. That board "
                    "date is the event.\n"
                    "- Help your champion build a 'first 90 days' brief for the new executive that "
                    "includes forecast visibility.\n"
                    "- Until you've met the new executive, keep the deal in Best Case.\n"
                    "\n"
                    "## Putting it in the CRM\n"
                    "Enter the date in `Compelling_Event_Date__c`. For Commit it must be no later "
                    "than the close date plus 30 days; see [[Forecast categories and commit "
                    "rules]]. Write the consequence in the next-steps field, and put the date at "
                    "the top of the [[Mutual action plans|mutual action plan]]. If the event "
                    "moves, tell your manager that week, not at quarter end. For a buyer who goes "
                    "quiet, see [[Objection: we will revisit next year]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Demo best practices",
        "parent": "Sales process playbook",
        "owner": "kenji.watanabe",
        "tags": ["product-demo", "playbook", "signal-forecast"],
        "review_days": 180,
        "verified_days_ago": 260,
        "verified_by": "kenji.watanabe",
        "views": 96,
        "revisions": [
            {
                "author": "kenji.watanabe",
                "days_ago": 270,
                "summary": "First version",
                "body": (
                    "A good demo proves that we can solve the problem the buyer told us about in "
                    "discovery. A bad demo is a tour of our menu. These are the standards the "
                    "[[Demo certification]] panel scores against.\n"
                    "\n"
                    "## Before you open the tenant\n"
                    "- No demo without discovery. If you can't write the buyer's problem in one "
                    "sentence, book another discovery call (see [[Discovery call guide]]).\n"
                    "- Agree the audience. An economic owner wants three screens and a number; a "
                    "technical owner wants the data model and sync settings; end users want to see "
                    "their own day.\n"
                    "- Build the story backwards: the last screen answers the buyer's biggest "
                    "question. Start there and add only what you need to get to it.\n"
                    "\n"
                    "## The shape of a 30-minute demo\n"
                    "1. **Recap (3 min):** the problem in their words and what they told you it "
                    "costs. Ask 'did we get that right?'\n"
                    "2. **The answer first (5 min):** show the outcome, for example the Forecast "
                    "roll-up with deal risk, before you explain how it works.\n"
                    "3. **How it works (12 min):** Core's activity capture, then the screens that "
                    "matter to this persona.\n"
                    "4. **Their questions (7 min):** stop talking. If nobody asks anything, ask "
                    "what they would show their CRO.\n"
                    "5. **Next step (3 min):** a dated meeting, or a proof of concept with written "
                    "success criteria.\n"
                    "\n"
                    "## Habits that lose deals\n"
                    "- Showing every feature 'because they might need it'.\n"
                    "- Scrolling through settings screens in front of an economic owner.\n"
                    "- Saying 'AI' more than once. Say what the deal score looks at instead.\n"
                    "- Showing the Coach leaderboard to end users; it makes Coach look like "
                    "surveillance.\n"
                    "\n"
                    "## The shared demo environment\n"
                    "- Use the shared demo tenant, never a customer's data or a trial tenant.\n"
                    "- If you change data (overrides, stages), post in the SE channel and ask "
                    "Elena's team to reload the standard dataset afterwards.\n"
                    "- Book the tenant in the demo calendar for demos over 45 minutes.\n"
                    "\n"
                    "Proofs of concept follow the same rules, with written success criteria. Read "
                    "[[DPA and proof-of-concept agreements]] before using real customer data."
                ),
            },
        ],
        "feedback": [
            {
                "author": "ben.carter",
                "helpful": False,
                "comment": (
                    "The reset instructions are out of date. It's self-service now: Demo admin > "
                    "Scenarios > 'Reset Forecast scenario', and you can save a named scenario "
                    "first. My three-minute video shows both."
                ),
            },
            {
                "author": "wei.zhang",
                "helpful": False,
                "comment": (
                    "Nothing on the Japanese-language demo profile, which APAC uses every week."
                ),
            },
            {"author": "emily.novak", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Mutual action plans",
        "parent": "Sales process playbook",
        "owner": "lauren.kim",
        "tags": ["mutual-action-plan", "procurement", "playbook"],
        "review_days": 90,
        "verified_days_ago": 15,
        "verified_by": "lauren.kim",
        "views": 139,
        "revisions": [
            {
                "author": "lauren.kim",
                "days_ago": 365,
                "summary": "First version",
                "body": (
                    "A mutual action plan (MAP) is a dated plan, agreed with the buyer, from today "
                    "to signature and go-live. It turns 'we're keen' into a list of things the "
                    "buyer has promised to do. Deals with a MAP the buyer has edited close faster "
                    "and slip less.\n"
                    "\n"
                    "## What goes in\n"
                    "- Every step, with an owner on **their** side and a date: business case, "
                    "security review, legal, procurement, signature, kickoff.\n"
                    "- The boring steps: supplier onboarding, security questionnaire, legal "
                    "redlines, PO creation, signature routing. These are the ones that slip.\n"
                    "- Our steps too: SE deep dive, reference call, proposal, Deal Desk "
                    "approvals.\n"
                    "\n"
                    "## Keep it alive\n"
                    "- Share it as a document the buyer can edit, not a PDF.\n"
                    "- Review it with the champion every week. A plan updated only at the start is "
                    "a forecast, not a plan.\n"
                    "- When a date slips, ask why and move the later dates too. Then update the "
                    "close date in the CRM.\n"
                    "- Start the plan from the first meeting after discovery and list the steps in "
                    "order.\n"
                    "\n"
                    "## Template\n"
                    "Enablement > Templates > Mutual action plan. Link each step to a row in the "
                    "buying group map so every stakeholder has a step. The [[MEDDPICC "
                    "qualification|Paper Process field]] should match the procurement rows of the "
                    "plan line for line."
                ),
            },
            {
                "author": "lauren.kim",
                "days_ago": 150,
                "summary": "Build the plan backward from go-live; added regional extras",
                "body": (
                    "A mutual action plan (MAP) is a dated plan, agreed with the buyer, from today "
                    "to signature and go-live. It turns 'we're keen' into a list of things the "
                    "buyer has promised to do. Deals with a MAP the buyer has edited close faster "
                    "and slip less.\n"
                    "\n"
                    "## Build it backward\n"
                    "Start from the buyer's go-live date (the [[Compelling events|compelling "
                    "event]]) and work back to today. A plan built forward from today ends "
                    "whenever we'd like it to; a plan built backward shows the buyer what has to "
                    "happen this week.\n"
                    "\n"
                    "## What goes in\n"
                    "- Every step, with an owner on **their** side and a date: business case, "
                    "security review, legal, procurement, signature, kickoff.\n"
                    "- The boring steps: supplier onboarding, security questionnaire, legal "
                    "redlines, PO creation, signature routing. These are the ones that slip.\n"
                    "- Our steps too: SE deep dive, reference call, proposal, Deal Desk "
                    "approvals.\n"
                    "- Regional extras: works-council review for Coach in DACH and France, a BAA "
                    "in healthcare, data-residency sign-off in the Gulf.\n"
                    "\n"
                    "## Keep it alive\n"
                    "- Share it as a document the buyer can edit, not a PDF.\n"
                    "- Review it with the champion every week. A plan updated only at the start is "
                    "a forecast, not a plan.\n"
                    "- When a date slips, ask why and move the later dates too. Then update the "
                    "close date in the CRM.\n"
                    "\n"
                    "## Template\n"
                    "Enablement > Templates > Mutual action plan. Link each step to a row in the "
                    "buying group map so every stakeholder has a step. The [[MEDDPICC "
                    "qualification|Paper Process field]] should match the procurement rows of the "
                    "plan line for line."
                ),
            },
            {
                "author": "lauren.kim",
                "days_ago": 62,
                "summary": "Added the procurement planning call and sourcing timelines",
                "body": (
                    "A mutual action plan (MAP) is a dated plan, agreed with the buyer, from today "
                    "to signature and go-live. It turns 'we're keen' into a list of things the "
                    "buyer has promised to do. Deals with a MAP the buyer has edited close faster "
                    "and slip less.\n"
                    "\n"
                    "## Build it backward\n"
                    "Start from the buyer's go-live date (the [[Compelling events|compelling "
                    "event]]) and work back to today. A plan built forward from today ends "
                    "whenever we'd like it to; a plan built backward shows the buyer what has to "
                    "happen this week.\n"
                    "\n"
                    "## What goes in\n"
                    "- Every step, with an owner on **their** side and a date: business case, "
                    "security review, legal, procurement, signature, kickoff.\n"
                    "- The boring steps: supplier onboarding, security questionnaire, legal "
                    "redlines, PO creation, signature routing. These are the ones that slip.\n"
                    "- Our steps too: SE deep dive, reference call, proposal, Deal Desk "
                    "approvals.\n"
                    "- Regional extras: works-council review for Coach in DACH and France, a BAA "
                    "in healthcare, data-residency sign-off in the Gulf.\n"
                    "\n"
                    "## Make procurement write their part\n"
                    "Plans usually break the moment procurement arrives with its own process. Fix "
                    "it early:\n"
                    "1. Around stage 3, ask your champion to invite procurement to a 20-minute "
                    "planning call.\n"
                    "2. Ask procurement for their **standard sourcing timeline** for a purchase of "
                    "this size. Most have one (for example 'software over EUR 100k: 45 business "
                    "days'). Put their number in the plan.\n"
                    "3. Let them type their own steps in. A plan procurement wrote is a plan they "
                    "keep.\n"
                    "\n"
                    "See [[Supplier onboarding and procurement portals]] for what those steps "
                    "usually are.\n"
                    "\n"
                    "## Keep it alive\n"
                    "- Share it as a document the buyer can edit, not a PDF.\n"
                    "- Review it with the champion every week. A plan updated only at the start is "
                    "a forecast, not a plan.\n"
                    "- When a date slips, ask why and move the later dates too. Then update the "
                    "close date in the CRM.\n"
                    "\n"
                    "## Template\n"
                    "Enablement > Templates > Mutual action plan. Link each step to a row in the "
                    "buying group map so every stakeholder has a step. The [[MEDDPICC "
                    "qualification|Paper Process field]] should match the procurement rows of the "
                    "plan line for line."
                ),
            },
        ],
        "feedback": [
            {
                "author": "hannah.lindgren",
                "helpful": True,
                "comment": "Glad the sourcing-timeline tip made it in.",
            },
            {"author": "sofia.marquez", "helpful": True, "comment": ""},
            {"author": "chloe.nguyen", "helpful": True, "comment": ""},
            {
                "author": "jonah.whitfield",
                "helpful": True,
                "comment": "The backward-planning section is the clearest explanation I've seen.",
            },
        ],
    },
    {
        "title": "Objection handling",
        "parent": None,
        "owner": "maya.patel",
        "tags": ["objection-handling", "playbook"],
        "review_days": 180,
        "verified_days_ago": 50,
        "verified_by": "maya.patel",
        "views": 150,
        "revisions": [
            {
                "author": "maya.patel",
                "days_ago": 300,
                "summary": "First version",
                "body": (
                    "The objections we hear most, with talk tracks that have worked in real deals. "
                    "Each page has the same shape: what the buyer usually means, the questions to "
                    "ask before you answer, a talk track you can say out loud, and what to send "
                    "afterwards.\n"
                    "\n"
                    "## How to handle any objection\n"
                    "1. **Acknowledge it.** 'That's a fair point' lowers the temperature. Arguing "
                    "raises it.\n"
                    "2. **Ask before you answer.** 'Can you tell me more about that?' Half of all "
                    "objections are questions in disguise, and the other half change shape once "
                    "the buyer explains them.\n"
                    "3. **Answer the real concern,** briefly, with evidence from their world "
                    "rather than ours.\n"
                    "4. **Check.** 'Does that answer it, or is there something behind it I've "
                    "missed?'\n"
                    "\n"
                    "## The pages\n"
                    "- [[Objection: we already have analytics in our CRM]]: usually Brightline "
                    "CRM's bundled analytics.\n"
                    "- [[Objection: Coach feels like surveillance]]: end users and works "
                    "councils.\n"
                    "- [[Objection: we will revisit next year]]: the road to no decision.\n"
                    "- [[Objection: your price is too high]]: before you reach for a discount.\n"
                    "\n"
                    "Competitor-specific objections live in the competitive briefs, and Q&A has "
                    "dozens more under the objection-handling tag.\n"
                    "\n"
                    "## Writing a new objection page\n"
                    "If you hear the same objection three times in a month, it deserves a page. "
                    "Draft it from a real call (a Signal Coach clip is ideal), send it to "
                    "@maya.patel, and we'll review it with Product Marketing before it goes live. "
                    "Name the objection in the title the way buyers say it."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Objection: we already have analytics in our CRM",
        "parent": "Objection handling",
        "owner": "samuel.adebayo",
        "tags": ["objection-handling", "brightline-crm", "finance", "signal-forecast"],
        "review_days": 90,
        "verified_days_ago": 9,
        "verified_by": "samuel.adebayo",
        "views": 104,
        "revisions": [
            {
                "author": "samuel.adebayo",
                "days_ago": 150,
                "summary": "First version",
                "body": (
                    "Heard most often from CFOs and Sales Ops leaders at companies on Brightline "
                    "CRM, whose analytics add-on comes bundled with the CRM contract. Sometimes "
                    "it's Salesforce or Dynamics reporting instead; the answer is the same.\n"
                    "\n"
                    "> 'We already pay for Brightline, and it has a forecasting tab. Why would I "
                    "pay twice?'\n"
                    "\n"
                    "## What they usually mean\n"
                    "- 'I don't see a problem our reports don't already solve.' (A visibility "
                    "problem.)\n"
                    "- 'I don't want another vendor, contract and login.'\n"
                    "- Rarely: 'I've compared them and ours is good enough.'\n"
                    "\n"
                    "## Ask first\n"
                    "- 'When your CFO asks how confident you are in the number, what do you "
                    "show?'\n"
                    "- 'What did the last missed quarter cost?' Finance people answer precisely.\n"
                    "- 'How much of your buyers' activity is in the CRM today?'\n"
                    "\n"
                    "## Talk track\n"
                    "> 'You're right, Brightline shows you the pipeline your reps typed in. "
                    "Forecast tells you which of those deals are real, using the emails, meetings "
                    "and calls Signal Core captures. One is a report, the other is an "
                    "inspection.'\n"
                    "\n"
                    "Don't knock their tool. Split the job instead.\n"
                    "\n"
                    "## Show the overlap honestly\n"
                    "| Keep using the CRM for | Only Signal Forecast does |\n"
                    "|---|---|\n"
                    "| Pipeline reports | Activity-based deal scores |\n"
                    "| Stage history | Roll-up by manager with overrides |\n"
                    "| Activity the reps log | Forecast accuracy by rep |\n"
                    "\n"
                    "CFOs trust you more when you leave things in the other column.\n"
                    "\n"
                    "## Price against the tab\n"
                    "Ask what they pay for the analytics add-on. If it's bundled 'free', the "
                    "comparison is Forecast against one missed quarter, not against nothing. If "
                    "the conversation turns to price, go to [[Objection: your price is too "
                    "high]].\n"
                    "\n"
                    "## What to send\n"
                    "The 'reported pipeline versus inspected pipeline' one-pager from the "
                    "[[Brightline CRM brief]], edited for the customer; it's approved for "
                    "prospects. Don't claim Brightline's forecasts are inaccurate: we can't "
                    "substantiate it. If the buyer hasn't shortlisted anyone yet, use the "
                    "platform-versus-add-on framing from the [[Competitive briefs]] section "
                    "instead."
                ),
            },
        ],
        "feedback": [
            {
                "author": "jonah.whitfield",
                "helpful": True,
                "comment": (
                    "Points 2 and 3 got me a 45-minute session with the CFO and her FP&A lead."
                ),
            },
            {"author": "lauren.kim", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Objection: Coach feels like surveillance",
        "parent": "Objection handling",
        "owner": "lauren.kim",
        "tags": ["objection-handling", "signal-coach", "end-user", "consensus-creation"],
        "review_days": 180,
        "verified_days_ago": 70,
        "verified_by": "lauren.kim",
        "views": 88,
        "revisions": [
            {
                "author": "lauren.kim",
                "days_ago": 200,
                "summary": "First version",
                "body": (
                    "The most common Signal Coach objection from end users, and a fair one. It "
                    "usually comes from senior reps at a pilot kickoff, and it can stall a deal "
                    "even when the CRO is sold.\n"
                    "\n"
                    "> 'If every call is recorded and scored, this is a surveillance tool with a "
                    "dashboard.'\n"
                    "\n"
                    "## What they usually mean\n"
                    "- 'My manager will use this to catch me out.'\n"
                    "- 'My worst call will end up in my performance review.'\n"
                    "- In DACH and France: 'The works council hasn't agreed to this', which is a "
                    "legal process, not a mood.\n"
                    "\n"
                    "## What works\n"
                    "- **Lead with what the rep gets.** Searchable transcripts of their own calls, "
                    "drafted follow-up emails, and clips of a great moment to send to their "
                    "manager.\n"
                    "- **Show the permissions screen** (Settings > Coach > Access) at the kickoff. "
                    "A recording is visible to the rep, their manager and anyone they share a clip "
                    "with, not the whole company.\n"
                    "- **Let reps nominate calls for review.** The rep picks one call a week for "
                    "the 1:1.\n"
                    "- **Turn off leaderboards for the pilot.** Talk-ratio leaderboards are what "
                    "make it feel like surveillance.\n"
                    "- **Make the loudest sceptics pilot champions.** If they come round, the rest "
                    "follow.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'Coach is for you first. You decide which calls your manager reviews, and "
                    "nothing here goes into your performance rating.'\n"
                    "\n"
                    "## After the deal\n"
                    "Adoption depends on how managers use scorecards. Note in the [[Handoff to "
                    "customer success]] who objected, so the CSM can run the first coaching "
                    "session with them. For price pressure on Coach, see the [[Kestrel Insights "
                    "brief]]."
                ),
            },
            {
                "author": "lauren.kim",
                "days_ago": 86,
                "summary": "Added the retention and performance-rating commitments from Lukas",
                "body": (
                    "The most common Signal Coach objection from end users, and a fair one. It "
                    "usually comes from senior reps at a pilot kickoff, and it can stall a deal "
                    "even when the CRO is sold.\n"
                    "\n"
                    "> 'If every call is recorded and scored, this is a surveillance tool with a "
                    "dashboard.'\n"
                    "\n"
                    "## What they usually mean\n"
                    "- 'My manager will use this to catch me out.'\n"
                    "- 'My worst call will end up in my performance review.'\n"
                    "- In DACH and France: 'The works council hasn't agreed to this', which is a "
                    "legal process, not a mood.\n"
                    "\n"
                    "## What works\n"
                    "- **Lead with what the rep gets.** Searchable transcripts of their own calls, "
                    "drafted follow-up emails, and clips of a great moment to send to their "
                    "manager.\n"
                    "- **Show the permissions screen** (Settings > Coach > Access) at the kickoff. "
                    "A recording is visible to the rep, their manager and anyone they share a clip "
                    "with, not the whole company.\n"
                    "- **Let reps nominate calls for review.** The rep picks one call a week for "
                    "the 1:1.\n"
                    "- **Turn off leaderboards for the pilot.** Talk-ratio leaderboards are what "
                    "make it feel like surveillance.\n"
                    "- **Make the loudest sceptics pilot champions.** If they come round, the rest "
                    "follow.\n"
                    "\n"
                    "## Put it in writing\n"
                    "Two commitments travel well in every region:\n"
                    "1. A **retention period** agreed up front, typically 90 days for audio.\n"
                    "2. A sentence signed by the CRO: **Coach scores are not used in performance "
                    "ratings.** When the CRO signs it, reps relax.\n"
                    "\n"
                    "In Germany and Austria these become a works agreement; see [[Works council "
                    "playbook]] and talk to @lukas.becker before you promise anything.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'Coach is for you first. You decide which calls your manager reviews, and "
                    "nothing here goes into your performance rating. Your CRO has put that in "
                    "writing.'\n"
                    "\n"
                    "## After the deal\n"
                    "Adoption depends on how managers use scorecards. Note in the [[Handoff to "
                    "customer success]] who objected, so the CSM can run the first coaching "
                    "session with them. For price pressure on Coach, see the [[Kestrel Insights "
                    "brief]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Objection: we will revisit next year",
        "parent": "Objection handling",
        "owner": "daniel.okafor",
        "tags": ["no-decision", "objection-handling", "compelling-event"],
        "review_days": 180,
        "verified_days_ago": 30,
        "verified_by": "daniel.okafor",
        "views": 77,
        "revisions": [
            {
                "author": "daniel.okafor",
                "days_ago": 32,
                "summary": "First version, from the Q&A thread",
                "body": (
                    "When a buyer goes from 'top priority' to 'maybe next year', the problem was "
                    "almost never sized against their other projects. Setting a reminder for next "
                    "year is how this becomes closed-no-decision. It isn't dead yet.\n"
                    "\n"
                    "> 'We're going to revisit this next fiscal year. Too many projects in "
                    "flight.'\n"
                    "\n"
                    "## What it usually means\n"
                    "- The problem has no number, so it lost to projects that have one.\n"
                    "- Finance made the call in a planning meeting your champion wasn't running.\n"
                    "- Occasionally, a competitor or an internal build is now the plan and nobody "
                    "has told you.\n"
                    "\n"
                    "## Three moves\n"
                    "1. **Go back to the cost of the problem.** 'What did last quarter's miss cost "
                    "you?' is a fair question now, even if you should have asked it in discovery.\n"
                    "2. **Ask what's in flight.** One of those projects may be the [[Compelling "
                    "events|compelling event]]: a CRM migration or a territory re-carve is helped "
                    "by Core and Forecast, not competing with them.\n"
                    "3. **Offer a smaller first step.** A 30-day read-only assessment: we connect "
                    "Core to their CRM and show them their own slipped deals from last quarter. No "
                    "rollout, no change for reps.\n"
                    "\n"
                    "Also find out who else was in the room. If you can get 20 minutes with the "
                    "CFO before the budget is locked, you're back in.\n"
                    "\n"
                    "## The note to send\n"
                    "> 'Understood. Before we park it: last quarter you estimated the forecast "
                    "miss cost you X. Is that still the cost of waiting until next year? If so, a "
                    "30-minute call to see whether a smaller first step fits alongside the other "
                    "projects might be worth it.'\n"
                    "\n"
                    "## If there's no reply\n"
                    "Move it to closed-no-decision and log why. Honest pipeline beats hopeful "
                    "pipeline, and the [[Forecast categories and commit rules|forecast rules]] "
                    "don't let a parked deal sit in Best Case. Add a task for the start of their "
                    "next budget cycle and tell the SDR team so they keep the account warm. Next "
                    "time, use the [[Discovery call guide]] questions to get the number earlier."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Objection: your price is too high",
        "parent": "Objection handling",
        "owner": "kevin.walsh",
        "tags": ["objection-handling", "negotiation", "value-selling", "finance"],
        "review_days": 90,
        "verified_days_ago": 35,
        "verified_by": "kevin.walsh",
        "views": 117,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 230,
                "summary": "First version",
                "body": (
                    "'Too expensive' is the objection reps most want to answer with a discount, "
                    "and the one where a discount works least. Win rates don't improve above 30% "
                    "off list. Before you touch price, find out which objection you actually "
                    "have.\n"
                    "\n"
                    "## Which 'too expensive' is it?\n"
                    "| What they say | What it usually means | Where to go |\n"
                    "|---|---|---|\n"
                    "| 'Competitor X is cheaper' | Comparing per-seat list prices | The "
                    "competitor's brief |\n"
                    "| 'We don't have budget' | Problem not sized, or wrong budget holder | The "
                    "economic owner |\n"
                    "| 'It's more than we expected' | No price was anchored early | The business "
                    "case |\n"
                    "| 'Procurement wants 20% off' | It's procurement's job | Give-gets, not "
                    "discount |\n"
                    "\n"
                    "## Ask first\n"
                    "- 'Too expensive compared with what?'\n"
                    "- 'If the price were where you need it, would you sign this quarter?' If the "
                    "answer is no, price isn't the problem.\n"
                    "- 'What does the problem cost you today?' The answer comes from [[Discovery "
                    "call guide|discovery]]; if you don't have it, get it now.\n"
                    "\n"
                    "## Compare all-in costs\n"
                    "Per-seat list price is rarely the buyer's real cost. Kestrel charges extra "
                    "for the CRM connector above 100 seats and for transcript storage beyond 12 "
                    "months; Ardent renewals carry 12-20% uplifts. Build the three-year total "
                    "cost, not year one.\n"
                    "\n"
                    "## Trade, don't give\n"
                    "If you do move on price, get something back: a longer term, a case study, "
                    "annual payment in advance, signature tied to their go-live. The list that "
                    "works is in [[Give-gets for negotiation]]. Your own authority ends at 15% "
                    "total discount; above that, see [[Discount approval bands]] and talk to your "
                    "manager before you say a number out loud.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'I understand. Before we talk about the number, can we agree what it's "
                    "being compared with? If it's the cost of the problem you described, I think "
                    "we're a long way apart in your favour.'"
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Competitive briefs",
        "parent": None,
        "owner": "rachel.adeyemi",
        "tags": ["competitive-brief", "supplier-selection"],
        "review_days": 90,
        "verified_days_ago": 20,
        "verified_by": "rachel.adeyemi",
        "views": 176,
        "revisions": [
            {
                "author": "rachel.adeyemi",
                "days_ago": 350,
                "summary": "First version",
                "body": (
                    "What each competitor sells, where they win, where they lose and how we beat "
                    "them. Product Marketing owns these briefs and reviews each one every quarter; "
                    "@jordan.blake reads every win-loss review and updates the briefs from them. "
                    "If a brief is wrong or out of date, leave page feedback and we'll fix it "
                    "within the week.\n"
                    "\n"
                    "## The four we meet most\n"
                    "| Competitor | What they are | Where we meet them |\n"
                    "|---|---|---|\n"
                    "| Ardent Revenue | Forecasting-first incumbent in large enterprise | "
                    "Enterprise, financial services, CFO-led buying |\n"
                    "| Kestrel Insights | Conversation intelligence specialist | Mid-market Coach "
                    "deals, on price per seat |\n"
                    "| Brightline CRM | CRM suite with bundled analytics | Wherever the customer "
                    "already runs Brightline |\n"
                    "| Quarry Analytics | Warehouse-native BI | RevOps teams who want to build it "
                    "themselves |\n"
                    "\n"
                    "## The briefs\n"
                    "- [[Ardent Revenue brief]], with the [[Ardent displacement playbook]] for "
                    "renewals\n"
                    "- [[Kestrel Insights brief]]\n"
                    "- [[Brightline CRM brief]]\n"
                    "- [[Quarry Analytics brief]]\n"
                    "\n"
                    "## Ground rules\n"
                    "- **Briefs are internal only.** Don't forward them to prospects. Each brief "
                    "marks the pieces that are approved to share, such as the Brightline "
                    "one-pager.\n"
                    "- **Never make claims we can't substantiate.** Prospects forward our material "
                    "to competitors. Stick to what we can show.\n"
                    "- **Don't use competitor pricing you shouldn't have.** If a prospect shares a "
                    "quote, send it to Jordan with the customer name blacked out.\n"
                    "- **Most of our losses are to no decision, not to a competitor.** Before you "
                    "prepare for a bake-off, make sure the buyer has a reason to change at all.\n"
                    "\n"
                    "## Help us keep them current\n"
                    "Send Jordan any competitor pricing, pitch decks or requirement lists you come "
                    "across, and log the competitor on the opportunity so win-loss reporting picks "
                    "it up."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Ardent Revenue brief",
        "parent": "Competitive briefs",
        "owner": "jordan.blake",
        "tags": ["ardent-revenue", "competitive-brief", "financial-services", "finance"],
        "review_days": 90,
        "verified_days_ago": 100,
        "verified_by": "jordan.blake",
        "views": 129,
        "revisions": [
            {
                "author": "jordan.blake",
                "days_ago": 180,
                "summary": "v6 brief moved to the wiki, with the requirements-wiring section",
                "body": (
                    "Ardent Revenue is the forecasting-first incumbent in large enterprise: strong "
                    "with CFOs, slow to implement and expensive to renew. We meet them most in "
                    "financial services, where many of our best wins are Ardent displacements. For "
                    "the renewal motion, use the [[Ardent displacement playbook]].\n"
                    "\n"
                    "## Where Ardent wins\n"
                    "- **CFO trust.** Ardent has often been in front of the board for years. 'I "
                    "trust their number' is their strongest asset.\n"
                    "- **Breadth on paper.** Scenario modelling, quota planning, a 'quota "
                    "attainment waterfall'. Long feature lists win long requirement spreadsheets.\n"
                    "- **Incumbency.** Multi-year contracts, with a lock-in offered 90-120 days "
                    "before renewal.\n"
                    "\n"
                    "## Where Ardent loses\n"
                    "- **Time to value.** Implementations are measured in quarters; ours in "
                    "weeks.\n"
                    "- **Data captured without rep input.** Ardent forecasts from what reps enter. "
                    "Signal Core captures emails, meetings and calls automatically.\n"
                    "- **Renewals.** Uplifts of 12-20%, justified by modules the customer didn't "
                    "ask for. Unused implementation credits are a sign of low adoption.\n"
                    "- **Manager time.** Most Ardent customers use the forecast roll-up and little "
                    "else, and still build the Thursday spreadsheet.\n"
                    "\n"
                    "## Requirements wired for Ardent\n"
                    "You'll recognise Ardent's brochure in a buyer's requirements list. Answer "
                    "every line honestly ('Partial' beats a 'Yes' with a caveat), ask for the "
                    "outcome behind each Ardent-named line, propose three requirements of your own "
                    "(time to value, manager time on forecasting, data captured without rep input) "
                    "and ask for a weighting of the top ten. Modules like the waterfall are sold "
                    "separately, so ask whether the customer actually owns them.\n"
                    "\n"
                    "## Talk track for the CFO\n"
                    "> 'Ardent gives your board a number. We'll show your FP&A team, on your own "
                    "data, how last year's number was built and which deals we'd have flagged "
                    "weeks earlier.'\n"
                    "\n"
                    "## Proof\n"
                    "Backtest last year's pipeline in a read-only assessment and offer a 3-year "
                    "TCV comparison. For the commercial structure that beats Ardent's year-one "
                    "price holiday, see [[Multi-year and ramped deals]]. Log Ardent in the "
                    "Competition field ([[MEDDPICC qualification]]). @nikhil.rao spent four years "
                    "on Ardent's pricing team; ask him before you guess at their numbers."
                ),
            },
        ],
        "feedback": [
            {
                "author": "andre.thompson",
                "helpful": False,
                "comment": (
                    "Missing the lesson from the insurer we lost on 'CFO trust': get FP&A to "
                    "co-own the backtest. It's in the displacement playbook but not here. Ardent "
                    "also launched a cheaper mid-market package last quarter."
                ),
            },
            {
                "author": "nikhil.rao",
                "helpful": False,
                "comment": (
                    "On the two Ardent renewals I saw this quarter the multi-year lock came at "
                    "about 150 days, not 90-120. Worth re-checking before the next review."
                ),
            },
            {"author": "sofia.marquez", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Ardent displacement playbook",
        "parent": "Ardent Revenue brief",
        "owner": "andre.thompson",
        "tags": ["ardent-revenue", "playbook", "compelling-event", "financial-services"],
        "review_days": 180,
        "verified_days_ago": 25,
        "verified_by": "andre.thompson",
        "views": 94,
        "revisions": [
            {
                "author": "andre.thompson",
                "days_ago": 125,
                "summary": "First version, written with Nikhil",
                "body": (
                    "A month-by-month play for replacing Ardent Revenue at renewal, built from "
                    "Andre's and @nikhil.rao's wins. Start nine months before the Ardent renewal "
                    "date. By 120 days out Ardent's renewal team is in the account with a "
                    "'loyalty' discount, and at 90-120 days they offer a multi-year lock. You want "
                    "your numbers in front of finance before either.\n"
                    "\n"
                    "## Months 9 to 7: the CRO, not procurement\n"
                    "- Meet the CRO. Ask what the last renewal cost and what they actually use. "
                    "Most Ardent customers use the forecast roll-up and little else.\n"
                    "- Ask who owns the Ardent relationship. Usually someone in finance who bought "
                    "it for the CFO's dashboard. That person is your real competition.\n"
                    "- Ask about unused implementation credits. Unused credits mean low adoption.\n"
                    "\n"
                    "## Months 7 to 5: prove it on their data\n"
                    "- Offer a read-only Forecast assessment on their own data: accuracy by rep "
                    "for last year, and the deals that slipped after 14 days or more without buyer "
                    "activity.\n"
                    "- Share the results with the CRO first, then with finance.\n"
                    "\n"
                    "## Months 5 to 4: the commercial case\n"
                    "- Give finance a 3-year TCV comparison before Ardent's proposal arrives. Use "
                    "a seat ramp, not a year-one price holiday; see [[Multi-year and ramped "
                    "deals]].\n"
                    "- Agree the [[Compelling events|compelling event]]: the Ardent renewal date "
                    "is in their contract, so work back from it with a [[Mutual action "
                    "plans|mutual action plan]].\n"
                    "\n"
                    "## Rules\n"
                    "- Don't bring up their Ardent renewal price unless the customer does. You "
                    "shouldn't have it.\n"
                    "- Don't become column fodder. If the buyer only wants a comparison to squeeze "
                    "Ardent, you'll know by month 6: no CFO access and no data for the "
                    "assessment.\n"
                    "\n"
                    "## Email sequence\n"
                    "Product Marketing has a five-email sequence for months 9 to 4 with the "
                    "assessment offer. Background on the vendor is in the [[Ardent Revenue brief]]."
                ),
            },
            {
                "author": "andre.thompson",
                "days_ago": 25,
                "summary": "Added the FP&A backtest step after the insurer loss",
                "body": (
                    "A month-by-month play for replacing Ardent Revenue at renewal, built from "
                    "Andre's and @nikhil.rao's wins. Start nine months before the Ardent renewal "
                    "date. By 120 days out Ardent's renewal team is in the account with a "
                    "'loyalty' discount, and at 90-120 days they offer a multi-year lock. You want "
                    "your numbers in front of finance before either.\n"
                    "\n"
                    "## Months 9 to 7: the CRO, not procurement\n"
                    "- Meet the CRO. Ask what the last renewal cost and what they actually use. "
                    "Most Ardent customers use the forecast roll-up and little else.\n"
                    "- Ask who owns the Ardent relationship. Usually someone in finance who bought "
                    "it for the CFO's dashboard. That person is your real competition.\n"
                    "- Ask about unused implementation credits. Unused credits mean low adoption.\n"
                    "\n"
                    "## Months 7 to 5: prove it on their data\n"
                    "- Offer a read-only Forecast assessment on their own data: accuracy by rep "
                    "for last year, and the deals that slipped after 14 days or more without buyer "
                    "activity.\n"
                    "- **Make FP&A co-own the backtest.** If finance has checked our numbers "
                    "against last year's actuals themselves, the CFO trusts the number because "
                    "their own team produced it. We lost a regional insurer on 'CFO trust' after "
                    "meeting the CFO once, in week 10.\n"
                    "- Bring a finance reference, not a sales reference. Request FP&A references "
                    "through the [[Customer reference programme]].\n"
                    "\n"
                    "## Months 5 to 4: the commercial case\n"
                    "- Give finance a 3-year TCV comparison before Ardent's proposal arrives. Use "
                    "a seat ramp, not a year-one price holiday; see [[Multi-year and ramped "
                    "deals]].\n"
                    "- Agree the [[Compelling events|compelling event]]: the Ardent renewal date "
                    "is in their contract, so work back from it with a [[Mutual action "
                    "plans|mutual action plan]].\n"
                    "\n"
                    "## Rules\n"
                    "- Don't bring up their Ardent renewal price unless the customer does. You "
                    "shouldn't have it.\n"
                    "- Don't become column fodder. If the buyer only wants a comparison to squeeze "
                    "Ardent, you'll know by month 6: no CFO access and no data for the "
                    "assessment.\n"
                    "\n"
                    "## Email sequence\n"
                    "Product Marketing has a five-email sequence for months 9 to 4 with the "
                    "assessment offer. Background on the vendor is in the [[Ardent Revenue brief]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Kestrel Insights brief",
        "parent": "Competitive briefs",
        "owner": "jordan.blake",
        "tags": ["kestrel-insights", "competitive-brief", "signal-coach", "negotiation"],
        "review_days": 90,
        "verified_days_ago": 5,
        "verified_by": "jordan.blake",
        "views": 158,
        "revisions": [
            {
                "author": "jordan.blake",
                "days_ago": 330,
                "summary": "v5 brief moved to the wiki",
                "body": (
                    "Kestrel Insights is a conversation intelligence specialist. It undercuts "
                    "Signal Coach on price per seat and is weak on forecasting and CRM data "
                    "quality. It shows up in about a third of mid-market Coach deals. **Internal "
                    "only:** don't share this brief with prospects.\n"
                    "\n"
                    "## Pricing we've seen\n"
                    "| Item | Kestrel |\n"
                    "|---|---|\n"
                    "| Mid-market list | USD 35-40 per seat per month, annual terms |\n"
                    "| Minimum | 25 seats |\n"
                    "| Aggressive deals | Down to USD 30 on multi-year deals |\n"
                    "| CRM sync | Paid connector above 100 seats |\n"
                    "| Transcript storage beyond 12 months | Extra |\n"
                    "\n"
                    "Keep sending quotes to @jordan.blake; screenshots with the customer name "
                    "blacked out are fine.\n"
                    "\n"
                    "## Where Kestrel wins\n"
                    "- Pure recording and transcription: they're close to us, and cheaper per "
                    "seat.\n"
                    "- Fast setup for a single team that only wants call review.\n"
                    "\n"
                    "## Where Kestrel loses\n"
                    "1. **CRM write-back.** Call outcomes reach the CRM by a manual step or the "
                    "paid connector. Coach sits on Signal Core, so calls attach to the right "
                    "contact and opportunity automatically.\n"
                    "2. **No forecast link.** Kestrel can tell you a call went well; it can't tell "
                    "you the deal moved. If they ever want Forecast, they'll be integrating two "
                    "vendors.\n"
                    "3. **Per-seat price isn't the cost.** Ask what they'd pay for the CRM "
                    "connector and for transcript storage beyond a year.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'If all you need is recordings, Kestrel is a good product and cheaper. If "
                    "you want calls to update your CRM and feed your forecast without someone "
                    "doing it by hand, price that work in too.'\n"
                    "\n"
                    "## Commercial\n"
                    "Don't match their headline price. Bring in the Deal Desk before you offer "
                    "anything; see [[Discount approval bands]]."
                ),
            },
            {
                "author": "jordan.blake",
                "days_ago": 110,
                "summary": (
                    "v7: new mid-market pricing from win-loss reviews; installed-base section"
                ),
                "body": (
                    "Kestrel Insights is a conversation intelligence specialist. It undercuts "
                    "Signal Coach on price per seat and is weak on forecasting and CRM data "
                    "quality. It shows up in about a third of mid-market Coach deals. **Internal "
                    "only:** don't share this brief with prospects.\n"
                    "\n"
                    "## Pricing we've seen (last 90 days)\n"
                    "| Item | Kestrel |\n"
                    "|---|---|\n"
                    "| Mid-market list | USD 29-32 per seat per month, annual terms |\n"
                    "| Minimum | 50 seats |\n"
                    "| Aggressive deals | Down to USD 24 when they know we're in, usually on a "
                    "two-year term |\n"
                    "| CRM sync | Paid connector above 100 seats |\n"
                    "| Transcript storage beyond 12 months | Extra |\n"
                    "\n"
                    "Keep sending quotes to @jordan.blake; screenshots with the customer name "
                    "blacked out are fine.\n"
                    "\n"
                    "## Where Kestrel wins\n"
                    "- Pure recording and transcription: they're close to us, and cheaper per "
                    "seat.\n"
                    "- Fast setup for a single team that only wants call review.\n"
                    "\n"
                    "## Where Kestrel loses\n"
                    "1. **CRM write-back.** Call outcomes reach the CRM by a manual step or the "
                    "paid connector. Coach sits on Signal Core, so calls attach to the right "
                    "contact and opportunity automatically.\n"
                    "2. **No forecast link.** Kestrel can tell you a call went well; it can't tell "
                    "you the deal moved. If they ever want Forecast, they'll be integrating two "
                    "vendors.\n"
                    "3. **Per-seat price isn't the cost.** Ask what they'd pay for the CRM "
                    "connector and for transcript storage beyond a year.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'If all you need is recordings, Kestrel is a good product and cheaper. If "
                    "you want calls to update your CRM and feed your forecast without someone "
                    "doing it by hand, price that work in too.'\n"
                    "\n"
                    "## Commercial\n"
                    "Don't match their headline price. Bring in the Deal Desk before you offer "
                    "anything; see [[Discount approval bands]].\n"
                    "\n"
                    "## When Kestrel is already installed\n"
                    "Forecast works without Coach. Kestrel call metadata can be pushed into Core "
                    "through the Signal Connect API as activities. Keep Kestrel, sell Forecast "
                    "now, and plant the Coach seed about four months before their renewal."
                ),
            },
            {
                "author": "jordan.blake",
                "days_ago": 5,
                "summary": "Added the UK all-in comparison and the two-year price lock",
                "body": (
                    "Kestrel Insights is a conversation intelligence specialist. It undercuts "
                    "Signal Coach on price per seat and is weak on forecasting and CRM data "
                    "quality. It shows up in about a third of mid-market Coach deals. **Internal "
                    "only:** don't share this brief with prospects.\n"
                    "\n"
                    "## Pricing we've seen (last 90 days)\n"
                    "| Item | Kestrel |\n"
                    "|---|---|\n"
                    "| Mid-market list | USD 29-32 per seat per month, annual terms |\n"
                    "| Minimum | 50 seats |\n"
                    "| Aggressive deals | Down to USD 24 when they know we're in, usually on a "
                    "two-year term |\n"
                    "| CRM sync | Paid connector above 100 seats |\n"
                    "| Transcript storage beyond 12 months | Extra |\n"
                    "\n"
                    "Keep sending quotes to @jordan.blake; screenshots with the customer name "
                    "blacked out are fine.\n"
                    "\n"
                    "## Where Kestrel wins\n"
                    "- Pure recording and transcription: they're close to us, and cheaper per "
                    "seat.\n"
                    "- Fast setup for a single team that only wants call review.\n"
                    "\n"
                    "## Where Kestrel loses\n"
                    "1. **CRM write-back.** Call outcomes reach the CRM by a manual step or the "
                    "paid connector. Coach sits on Signal Core, so calls attach to the right "
                    "contact and opportunity automatically.\n"
                    "2. **No forecast link.** Kestrel can tell you a call went well; it can't tell "
                    "you the deal moved. If they ever want Forecast, they'll be integrating two "
                    "vendors.\n"
                    "3. **Per-seat price isn't the cost.** In the last three UK deals Kestrel's "
                    "all-in price was within 10-15% of ours once the connector and storage were "
                    "added.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'If all you need is recordings, Kestrel is a good product and cheaper. If "
                    "you want calls to update your CRM and feed your forecast without someone "
                    "doing it by hand, price that work in too.'\n"
                    "\n"
                    "## Commercial\n"
                    "Don't match their headline price. A two-year price lock has won more Kestrel "
                    "deals than headline discount; see [[Give-gets for negotiation]] and "
                    "[[Discount approval bands]]. For the general price conversation, see "
                    "[[Objection: your price is too high]].\n"
                    "\n"
                    "## When Kestrel is already installed\n"
                    "Forecast works without Coach. Kestrel call metadata can be pushed into Core "
                    "through the Signal Connect API as activities. Keep Kestrel, sell Forecast "
                    "now, and plant the Coach seed about four months before their renewal."
                ),
            },
        ],
        "feedback": [
            {
                "author": "tom.hargreaves",
                "helpful": True,
                "comment": "The all-in comparison held my UK deal at 15% instead of matching.",
            },
            {"author": "lauren.kim", "helpful": True, "comment": ""},
            {"author": "samuel.adebayo", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Brightline CRM brief",
        "parent": "Competitive briefs",
        "owner": "jordan.blake",
        "tags": ["brightline-crm", "competitive-brief", "messaging-guide", "solution-exploration"],
        "review_days": 90,
        "verified_days_ago": 32,
        "verified_by": "jordan.blake",
        "views": 112,
        "revisions": [
            {
                "author": "jordan.blake",
                "days_ago": 400,
                "summary": "First version",
                "body": (
                    "Brightline CRM is a CRM suite that bundles 'good enough' revenue analytics. "
                    "We rarely compete with it for the CRM itself; we compete with its analytics "
                    "module, which customers often get bundled into the CRM contract. The "
                    "objection is almost always 'we already pay for it'.\n"
                    "\n"
                    "## Where Brightline wins\n"
                    "- One contract, one login, one vendor. Procurement likes that.\n"
                    "- Pipeline reports and stage history that sales leaders already know.\n"
                    "- Price: the analytics module is often discounted heavily or bundled.\n"
                    "\n"
                    "## Where Brightline loses\n"
                    "- **Reported versus inspected pipeline.** Brightline reports on what reps "
                    "typed in. Signal Forecast scores deals from the emails, meetings and calls "
                    "Signal Core captures.\n"
                    "- **Roll-up with manager overrides** and an audit trail.\n"
                    "- **Forecast accuracy by rep,** tracked over time from weekly snapshots.\n"
                    "\n"
                    "The objection-handling page for this is [[Objection: we already have "
                    "analytics in our CRM]].\n"
                    "\n"
                    "## Accuracy\n"
                    "Brightline's forecasts are inaccurate: they rely entirely on rep-entered "
                    "stages and probabilities. Tell buyers they'll miss their number without "
                    "activity data.\n"
                    "\n"
                    "## Integration\n"
                    "Signal Core's native connectors are Salesforce, HubSpot and Dynamics. There's "
                    "no Brightline connector today; don't put API middleware in a proposal. If the "
                    "customer is moving off Brightline to another CRM, that's a [[Compelling "
                    "events|compelling event]]: go live with Core on day one of the new CRM.\n"
                    "\n"
                    "Questions: @jordan.blake."
                ),
            },
            {
                "author": "jordan.blake",
                "days_ago": 32,
                "summary": (
                    "Removed the unsubstantiated accuracy claim; CFO one-pager approved for "
                    "prospects; added early-stage framing"
                ),
                "body": (
                    "Brightline CRM is a CRM suite that bundles 'good enough' revenue analytics. "
                    "We rarely compete with it for the CRM itself; we compete with its analytics "
                    "module, which customers often get bundled into the CRM contract. The "
                    "objection is almost always 'we already pay for it'.\n"
                    "\n"
                    "## Where Brightline wins\n"
                    "- One contract, one login, one vendor. Procurement likes that.\n"
                    "- Pipeline reports and stage history that sales leaders already know.\n"
                    "- Price: the analytics module is often discounted heavily or bundled.\n"
                    "\n"
                    "## Where Brightline loses\n"
                    "- **Reported versus inspected pipeline.** Brightline reports on what reps "
                    "typed in. Signal Forecast scores deals from the emails, meetings and calls "
                    "Signal Core captures.\n"
                    "- **Roll-up with manager overrides** and an audit trail.\n"
                    "- **Forecast accuracy by rep,** tracked over time from weekly snapshots.\n"
                    "\n"
                    "## What not to say\n"
                    "Don't claim that Brightline's forecasts are inaccurate. We can't substantiate "
                    "it, and a prospect forwarded an older version of this brief to Brightline. "
                    "Stick to 'reported pipeline versus inspected pipeline'.\n"
                    "\n"
                    "## Early stage: platform versus add-on\n"
                    "Before the buyer has a shortlist, help them define the job rather than "
                    "compare products:\n"
                    "\n"
                    "> 'CRM analytics reports on what your reps entered. A revenue data platform "
                    "captures what actually happened with your buyers and tells you what it means. "
                    "Which problem are you solving?'\n"
                    "\n"
                    "If it's a visibility problem, CRM analytics may be enough. If it's a truth "
                    "problem, it's a data problem, and that's us.\n"
                    "\n"
                    "## The CFO one-pager\n"
                    "Section 4 of the source deck is a one-page 'Reported pipeline versus "
                    "inspected pipeline' table. **It's approved to share with prospects**; edit "
                    "the left column for the customer. The talk track is in [[Objection: we "
                    "already have analytics in our CRM]].\n"
                    "\n"
                    "## Integration\n"
                    "Signal Core's native connectors are Salesforce, HubSpot and Dynamics. There's "
                    "no Brightline connector today; don't put API middleware in a proposal. If the "
                    "customer is moving off Brightline to another CRM, that's a [[Compelling "
                    "events|compelling event]]: go live with Core on day one of the new CRM.\n"
                    "\n"
                    "Questions: @jordan.blake, or @samuel.adebayo, who meets Brightline in most "
                    "manufacturing deals."
                ),
            },
        ],
        "feedback": [
            {
                "author": "samuel.adebayo",
                "helpful": True,
                "comment": "I edit the two-column one-pager per customer. Works every time.",
            },
            {"author": "kenji.watanabe", "helpful": True, "comment": ""},
            {
                "author": "pieter.janssen",
                "helpful": False,
                "comment": (
                    "Would help to say what happens to Brightline activity history when a customer "
                    "migrates to Salesforce. Customers ask me that right after signature."
                ),
            },
        ],
    },
    {
        "title": "Quarry Analytics brief",
        "parent": "Competitive briefs",
        "owner": "jordan.blake",
        "tags": ["quarry-analytics", "competitive-brief", "technical-owner", "signal-connect"],
        "review_days": 90,
        "verified_days_ago": 150,
        "verified_by": "jordan.blake",
        "views": 73,
        "revisions": [
            {
                "author": "jordan.blake",
                "days_ago": 240,
                "summary": "First version",
                "body": (
                    "Quarry Analytics is warehouse-native BI. RevOps teams use it to build their "
                    "own pipeline dashboards on top of their data warehouse. We meet it when a "
                    "technical owner says 'I can build that myself', which makes Quarry as much a "
                    "no-decision risk as a competitor.\n"
                    "\n"
                    "## Where Quarry wins\n"
                    "- Flexible dashboards and custom chart types. It's a BI tool; it will always "
                    "win on charts.\n"
                    "- The RevOps lead already knows it and owns it.\n"
                    "- The cost looks low, because the build effort sits in someone's salary.\n"
                    "\n"
                    "## Where Quarry loses\n"
                    "- **No activity data.** Quarry only sees what's in the warehouse. Emails, "
                    "meetings and calls matched to the right opportunity need Signal Core.\n"
                    "- **No model.** Forecasts built in Quarry use rep-entered probabilities.\n"
                    "- **Maintenance.** Every stage or territory change means rework in the "
                    "build.\n"
                    "\n"
                    "## How to compete\n"
                    "Show the Forecast roll-up next to their current Quarry dashboard and let the "
                    "buyer compare. Emphasise that Signal Forecast is ready in weeks, while a "
                    "Quarry build takes quarters. Offer a proof of concept with the standard "
                    "success criteria, and make sure the CRO, not the RevOps lead, signs them "
                    "off.\n"
                    "\n"
                    "If the RevOps lead insists on building, point out the cost of his time: hours "
                    "per month to maintain the build, times his loaded cost.\n"
                    "\n"
                    "## Integration\n"
                    "Signal Connect can export Signal data to Snowflake and BigQuery on a daily "
                    "schedule, so customers can report on it in Quarry if they want to.\n"
                    "\n"
                    "## Talk track\n"
                    "> 'Quarry is great for dashboards. Signal Forecast is a forecasting product. "
                    "You wouldn't build your own CRM, so why build your own forecast?'\n"
                    "\n"
                    "For proof-of-concept mechanics see [[Demo best practices]], and for the other "
                    "briefs go back to [[Competitive briefs]]. Technical owners who push back are "
                    "covered in the [[Objection handling]] section."
                ),
            },
        ],
        "feedback": [
            {
                "author": "ravi.krishnan",
                "helpful": False,
                "comment": (
                    "Out of date. Fighting Quarry head-on loses the RevOps lead. What wins now is "
                    "'build the dashboard, buy the signal': Signal feeds Quarry through the "
                    "Connect warehouse sync. And run the bake-off on the backtest, time-to-answer "
                    "and maintenance questions, not on dashboards."
                ),
            },
            {
                "author": "pieter.janssen",
                "helpful": False,
                "comment": (
                    "The warehouse sync has been hourly incremental for a long time, not daily. "
                    "Customers get the activities, deal_scores and forecast_snapshots tables."
                ),
            },
            {"author": "emily.novak", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Pricing and discounting",
        "parent": None,
        "owner": "kevin.walsh",
        "tags": ["pricing-guide", "negotiation"],
        "review_days": 90,
        "verified_days_ago": 28,
        "verified_by": "kevin.walsh",
        "views": 181,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 118,
                "summary": "First version, after the SKO pricing changes",
                "body": (
                    "How we price the Signal line, who can approve what, and how to structure "
                    "deals that stay healthy at renewal. The Deal Desk owns this section. Send "
                    "questions to @kevin.walsh or @nikhil.rao, and send non-standard deals a week "
                    "before quarter end, not the night before.\n"
                    "\n"
                    "## Packaging in one paragraph\n"
                    "Every customer buys **Signal Core** per seat. **Signal Forecast** and "
                    "**Signal Coach** are per-seat add-ons on top of Core. **Signal Connect** "
                    "includes the standard CRM connectors; the warehouse sync to Snowflake or "
                    "BigQuery is a separate annual fee. **Signal Enterprise Edition** is a "
                    "package, not a product: an uplift on the whole subscription for SSO and SCIM, "
                    "data residency, sandboxes, the audit log and premium support.\n"
                    "\n"
                    "## Rules for every quote\n"
                    "- Quote from the CRM price book; never type a price into an order form by "
                    "hand.\n"
                    "- Discount is measured as total discount off list across the whole quote.\n"
                    "- Latin American deals are quoted and invoiced in USD only, from the US "
                    "entity.\n"
                    "- Renewals carry a standard 7% uplift cap unless the contract says "
                    "otherwise.\n"
                    "- Non-standard terms (payment beyond net 45, uncapped renewals, termination "
                    "for convenience) go to the Deal Desk at any discount level.\n"
                    "\n"
                    "## The pages\n"
                    "- [[Discount approval bands]]: who approves what, and what counts as "
                    "discount.\n"
                    "- [[Enterprise Edition pricing]]: the uplift, the minimum, and presenting it "
                    "per user.\n"
                    "- [[Multi-year and ramped deals]]: terms, ramps and renewal caps.\n"
                    "- [[Give-gets for negotiation]]: what to ask for when you give something.\n"
                    "\n"
                    "## Before you discount\n"
                    "Read [[Objection: your price is too high]]. Most price objections are value "
                    "or comparison problems in disguise, and a discount given without a get comes "
                    "back at renewal."
                ),
            },
        ],
        "feedback": [
            {"author": "arjun.mehta", "helpful": True, "comment": "Pinned in the APAC channel."},
            {"author": "jonah.whitfield", "helpful": True, "comment": ""},
            {
                "author": "nadia.haddad",
                "helpful": False,
                "comment": (
                    "Please add a line on Gulf deals: do we quote in USD or AED, and who handles "
                    "VAT on Saudi invoices?"
                ),
            },
        ],
    },
    {
        "title": "Discount approval bands",
        "parent": "Pricing and discounting",
        "owner": "kevin.walsh",
        "tags": ["pricing-guide", "negotiation"],
        "review_days": 90,
        "verified_days_ago": 14,
        "verified_by": "kevin.walsh",
        "views": 231,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 500,
                "summary": "First version",
                "body": (
                    "Who can approve a discount, by size of discount. Bands apply to each line of "
                    "the quote separately: the approval needed is set by the line with the highest "
                    "discount.\n"
                    "\n"
                    "| Discount on any line | Who approves |\n"
                    "|---|---|\n"
                    "| Up to 15% | AE, no approval needed |\n"
                    "| 15-25% | First-line sales manager |\n"
                    "| 25-40% | Regional VP (Angela Whitman or Henrik Sorensen) |\n"
                    "| Over 40% | CRO (Robert Castellano) |\n"
                    "\n"
                    "## Multi-year deals\n"
                    "A 3-year term adds 5% to every band. For example, an AE can give up to 20% on "
                    "a 3-year deal without approval, and a manager up to 30%.\n"
                    "\n"
                    "## Free months\n"
                    "Free months are not counted as discount, but any free months need first-line "
                    "manager approval and must be at the start of the term.\n"
                    "\n"
                    "## Non-standard terms\n"
                    "Payment terms beyond net 45, uncapped renewals and termination for "
                    "convenience go to the Deal Desk at any discount level.\n"
                    "\n"
                    "## How to submit\n"
                    "Submit through the quote in the CRM. Approvals route by email to the "
                    "approver; allow two business days for VP and CRO approvals, longer in the "
                    "last week of the quarter.\n"
                    "\n"
                    "Before you ask for more discount, read [[Objection: your price is too high]] "
                    "and think about what you can get in return."
                ),
            },
            {
                "author": "marcus.feld",
                "days_ago": 122,
                "summary": (
                    "SKO change: bands on total discount, multi-year points removed, free months "
                    "count as discount"
                ),
                "body": (
                    "The source of truth for discount approvals, effective from 1 February. If a "
                    "Q&A thread or an old deck says something different, this page wins.\n"
                    "\n"
                    "## The bands\n"
                    "Discount is measured as **total discount off list across the whole quote**, "
                    "not per line.\n"
                    "\n"
                    "| Total discount | Who approves |\n"
                    "|---|---|\n"
                    "| Up to 15% | AE, no approval needed |\n"
                    "| 15-25% | First-line sales manager |\n"
                    "| 25-35% | Deal Desk plus regional VP (Angela Whitman or Henrik Sorensen) |\n"
                    "| Over 35% | CRO (Robert Castellano), via the Deal Desk |\n"
                    "\n"
                    "Submit through the quote in the CRM; approval routes automatically on "
                    "`Total_Discount_Pct__c`.\n"
                    "\n"
                    "## What counts as discount\n"
                    "- **Free months count.** Three free months on a 12-month term is 25%.\n"
                    "- **A discount on the Enterprise Edition line counts** toward the total like "
                    "any other.\n"
                    "- **A lower year-one price** on full seats counts, and it resets the "
                    "reference price at renewal. Ramp the seats instead.\n"
                    "- **Multi-year terms no longer add points.** A 3-year deal used to allow an "
                    "extra 5% without moving band. Now a longer term is a give-get you use inside "
                    "your band.\n"
                    "\n"
                    "## Non-standard terms\n"
                    "Payment terms beyond net 45, uncapped renewals and termination for "
                    "convenience go to the Deal Desk at any discount level.\n"
                    "\n"
                    "## Why total discount\n"
                    "Line-level bands let quotes reach 40% off Coach while Core sat at 10%, and "
                    "the blended number looked fine. Win rates don't improve above 30%, so the "
                    "higher bands are there to make people stop and think, not to say no. See "
                    "[[Give-gets for negotiation]] and [[Objection: your price is too high]]."
                ),
            },
            {
                "author": "kevin.walsh",
                "days_ago": 60,
                "summary": "Added worked examples and the quarter-end deadline",
                "body": (
                    "The source of truth for discount approvals, effective from 1 February. If a "
                    "Q&A thread or an old deck says something different, this page wins.\n"
                    "\n"
                    "## The bands\n"
                    "Discount is measured as **total discount off list across the whole quote**, "
                    "not per line.\n"
                    "\n"
                    "| Total discount | Who approves |\n"
                    "|---|---|\n"
                    "| Up to 15% | AE, no approval needed |\n"
                    "| 15-25% | First-line sales manager |\n"
                    "| 25-35% | Deal Desk plus regional VP (Angela Whitman or Henrik Sorensen) |\n"
                    "| Over 35% | CRO (Robert Castellano), via the Deal Desk |\n"
                    "\n"
                    "Submit through the quote in the CRM; approval routes automatically on "
                    "`Total_Discount_Pct__c`.\n"
                    "\n"
                    "## What counts as discount\n"
                    "- **Free months count.** Three free months on a 12-month term is 25%.\n"
                    "- **A discount on the Enterprise Edition line counts** toward the total like "
                    "any other.\n"
                    "- **A lower year-one price** on full seats counts, and it resets the "
                    "reference price at renewal. Ramp the seats instead.\n"
                    "- **Multi-year terms no longer add points.** A 3-year deal used to allow an "
                    "extra 5% without moving band. Now a longer term is a give-get you use inside "
                    "your band.\n"
                    "\n"
                    "## Non-standard terms\n"
                    "Payment terms beyond net 45, uncapped renewals and termination for "
                    "convenience go to the Deal Desk at any discount level.\n"
                    "\n"
                    "## Worked examples\n"
                    "- Mid-market, Core plus Coach, 30% off list to beat a Kestrel quote: Deal "
                    "Desk plus Angela. Talk to your manager about a give-get before you go that "
                    "far.\n"
                    "- Enterprise, Core plus Forecast with Enterprise Edition, 18% off list and "
                    "net 60: your manager approves the discount, the Deal Desk the payment terms.\n"
                    "- A renewal with the 7% uplift waived for a two-year term: no approval "
                    "needed, but tell the Deal Desk so the renewal forecast stays right.\n"
                    "\n"
                    "## Timing\n"
                    "Manager approvals usually come back the same day, Deal Desk bands within two "
                    "business days. Anything non-standard in the last week of the quarter must "
                    "reach the Deal Desk by the Friday before.\n"
                    "\n"
                    "## Why total discount\n"
                    "Line-level bands let quotes reach 40% off Coach while Core sat at 10%, and "
                    "the blended number looked fine. Win rates don't improve above 30%, so the "
                    "higher bands are there to make people stop and think, not to say no. See "
                    "[[Give-gets for negotiation]] and [[Objection: your price is too high]]. "
                    "Packaging and general quote rules are in [[Pricing and discounting]]."
                ),
            },
        ],
        "feedback": [
            {"author": "arjun.mehta", "helpful": True, "comment": ""},
            {
                "author": "jonah.whitfield",
                "helpful": True,
                "comment": "The 30% example answered my question before I asked it. Well, after.",
            },
            {"author": "claire.dubois", "helpful": True, "comment": ""},
            {"author": "tom.hargreaves", "helpful": True, "comment": ""},
            {"author": "lauren.kim", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Enterprise Edition pricing",
        "parent": "Pricing and discounting",
        "owner": "kevin.walsh",
        "tags": ["signal-enterprise-edition", "pricing-guide", "security-review"],
        "review_days": 180,
        "verified_days_ago": 210,
        "verified_by": "kevin.walsh",
        "views": 98,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 450,
                "summary": "First version",
                "body": (
                    "Signal Enterprise Edition (EE) is a package, not a separate product. It adds "
                    "the controls large and regulated customers need on top of whichever products "
                    "they buy.\n"
                    "\n"
                    "## What EE includes\n"
                    "- SSO and SCIM user provisioning\n"
                    "- Data residency in the EU region (Australian residency is planned for later "
                    "this year)\n"
                    "- Sandboxes for admins\n"
                    "- The audit log\n"
                    "- Premium support with a named support engineer\n"
                    "- Transcript-only mode and customer-set retention for Signal Coach\n"
                    "\n"
                    "## How it's priced\n"
                    "EE is a **25% uplift on the subscription total**, add-ons included (Signal "
                    "Forecast, Signal Coach).\n"
                    "\n"
                    "**Minimum:** 100 seats. Below that, talk to the Deal Desk before quoting; we "
                    "would rather solve the SSO need another way than sell EE at a loss.\n"
                    "\n"
                    "## Presenting it per user\n"
                    "Procurement teams often ask to see EE as a per-user price. You can present it "
                    "that way: take the EE amount, divide by seats, and show a line 'Enterprise "
                    "Edition (per user)'. Keep the quote in the CRM as the uplift so the approval "
                    "maths works.\n"
                    "\n"
                    "## Discounts\n"
                    "A discount on the EE line counts toward the total discount like any other "
                    "line; see [[Discount approval bands]].\n"
                    "\n"
                    "## When to raise it\n"
                    "Early. If discovery turns up SSO, residency or an audit requirement, EE is in "
                    "the deal, and adding 25% after the proposal is much harder. Security reviews "
                    "usually surface it; see [[Security reviews and SOC 2]]. For data-residency "
                    "questions in the Gulf, talk to @nadia.haddad first."
                ),
            },
            {
                "author": "nikhil.rao",
                "days_ago": 215,
                "summary": (
                    "Connect warehouse fee excluded from the uplift; show EE as its own line"
                ),
                "body": (
                    "Signal Enterprise Edition (EE) is a package, not a separate product. It adds "
                    "the controls large and regulated customers need on top of whichever products "
                    "they buy.\n"
                    "\n"
                    "## What EE includes\n"
                    "- SSO and SCIM user provisioning\n"
                    "- Data residency in the EU region (Australian residency is planned for later "
                    "this year)\n"
                    "- Sandboxes for admins\n"
                    "- The audit log\n"
                    "- Premium support with a named support engineer\n"
                    "- Transcript-only mode and customer-set retention for Signal Coach\n"
                    "\n"
                    "## How it's priced\n"
                    "EE is a **25% uplift on the subscription total**, add-ons included (Signal "
                    "Forecast, Signal Coach). The Signal Connect warehouse fee is excluded from "
                    "the uplift.\n"
                    "\n"
                    "**Minimum:** 100 seats. Below that, talk to the Deal Desk before quoting; we "
                    "would rather solve the SSO need another way than sell EE at a loss.\n"
                    "\n"
                    "## Presenting it per user\n"
                    "Procurement teams often ask to see EE as a per-user price. You can present it "
                    "that way: take the EE amount, divide by seats, and show a line 'Enterprise "
                    "Edition (per user)'. Keep the quote in the CRM as the uplift so the approval "
                    "maths works. Show EE as its own line, never blended into the Core per-user "
                    "price, or the customer will think Core went up 25% at renewal.\n"
                    "\n"
                    "## Discounts\n"
                    "A discount on the EE line counts toward the total discount like any other "
                    "line; see [[Discount approval bands]].\n"
                    "\n"
                    "## When to raise it\n"
                    "Early. If discovery turns up SSO, residency or an audit requirement, EE is in "
                    "the deal, and adding 25% after the proposal is much harder. Security reviews "
                    "usually surface it; see [[Security reviews and SOC 2]]. For data-residency "
                    "questions in the Gulf, talk to @nadia.haddad first."
                ),
            },
        ],
        "feedback": [
            {
                "author": "chloe.nguyen",
                "helpful": False,
                "comment": (
                    "Australian residency has been live since my first AU deal closed. The page "
                    "still says 'planned for later this year'."
                ),
            },
            {
                "author": "olivia.chen",
                "helpful": False,
                "comment": (
                    "Please add that a BAA is only available on EE because it depends on the audit "
                    "log. Every healthcare deal asks."
                ),
            },
            {"author": "nadia.haddad", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Multi-year and ramped deals",
        "parent": "Pricing and discounting",
        "owner": "kevin.walsh",
        "tags": ["negotiation", "pricing-guide", "finance"],
        "review_days": 90,
        "verified_days_ago": 200,
        "verified_by": "kevin.walsh",
        "views": 86,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 260,
                "summary": "First version",
                "body": (
                    "Longer terms and seat ramps are the two most useful commercial structures we "
                    "have. Used well, they give the customer predictability and give us a "
                    "healthier renewal. Used badly, they hide a discount that comes back at "
                    "renewal.\n"
                    "\n"
                    "## Multi-year terms\n"
                    "- Standard terms are 1, 2 or 3 years, billed annually in advance.\n"
                    "- **A 3-year term adds 5% to your discount band.** For example, an AE can "
                    "give up to 20% on a 3-year deal without a manager.\n"
                    "- The renewal uplift is capped at 7% a year after the initial term.\n"
                    "- Offer a renewal price lock (a 3% cap instead of 7%) in exchange for a "
                    "two-year term; finance teams value predictability more than a one-off "
                    "discount.\n"
                    "\n"
                    "## Seat ramps\n"
                    "When a customer rolls out in waves, ramp the **seats**, not the price. A seat "
                    "ramp matches the rollout, keeps list price intact and means years two and "
                    "three don't look like a price increase.\n"
                    "\n"
                    "Example we approve without fuss:\n"
                    "\n"
                    "| Period | Seats |\n"
                    "|---|---|\n"
                    "| Year 1, months 1-4 | 120 |\n"
                    "| Year 1, months 5-8 | 260 |\n"
                    "| Year 1, months 9-12 | 400 |\n"
                    "| Years 2-3 | 400 |\n"
                    "\n"
                    "A lower year-one **price** on full seats is a discount, and it resets the "
                    "reference price at renewal. Avoid it.\n"
                    "\n"
                    "## Against Ardent\n"
                    "Ardent usually offers a year-one price holiday and recovers it with a big "
                    "year-two uplift. Put the 3-year TCV side by side; ramps win on TCV almost "
                    "every time. See the [[Ardent Revenue brief]].\n"
                    "\n"
                    "## Bookings and comp\n"
                    "ACV is the average annual value across the term, so a ramp lowers year-one "
                    "billing but not TCV. Comp pays on ACV, with a multi-year kicker of 10% of "
                    "year-two ACV.\n"
                    "\n"
                    "Approval rules are in [[Discount approval bands]]; give-gets that pair well "
                    "with a longer term are in [[Give-gets for negotiation]]."
                ),
            },
        ],
        "feedback": [
            {
                "author": "sofia.marquez",
                "helpful": False,
                "comment": (
                    "Still says a 3-year term adds 5% to your band. That went away at SKO: "
                    "multi-year is now a give-get inside your band."
                ),
            },
            {
                "author": "andre.thompson",
                "helpful": False,
                "comment": (
                    "The ramp example is great, but the comp section is wrong since the new plan: "
                    "it's first-year ACV plus the multi-year kicker. Check with Priya."
                ),
            },
            {"author": "nikhil.rao", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Give-gets for negotiation",
        "parent": "Pricing and discounting",
        "owner": "kevin.walsh",
        "tags": ["negotiation", "playbook"],
        "review_days": 90,
        "verified_days_ago": 41,
        "verified_by": "kevin.walsh",
        "views": 126,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 46,
                "summary": "First version, from the quarter-end give-get thread",
                "body": (
                    "A give-get trades something the customer values for something we value. It's "
                    "the alternative to the end-of-quarter discount with nothing in return, which "
                    "teaches customers to wait for the last week and to ask again at renewal.\n"
                    "\n"
                    "## The rules\n"
                    "1. **Never give without getting.** If you can't name the get, don't make the "
                    "give.\n"
                    "2. **Write the get into the order form,** for example 'Customer agrees to "
                    "participate in a case study within six months'. A get that only lives in an "
                    "email isn't a get.\n"
                    "3. **Stay inside your band.** Give-gets don't create extra discount "
                    "authority; see [[Discount approval bands]].\n"
                    "\n"
                    "## Gives that cost us little\n"
                    "| Give | Typical get | Who must agree |\n"
                    "|---|---|---|\n"
                    "| Renewal price lock (3% cap instead of 7%) | Two-year term | Nobody beyond "
                    "your band |\n"
                    "| Named CSM from day one | Case study and reference call within six months | "
                    "Customer Success, before you offer it |\n"
                    "| Extra sandbox (Enterprise Edition only) | Signature this quarter | Nobody "
                    "beyond your band |\n"
                    "| Onboarding at our cost | Go-live within 60 days | Customer Success |\n"
                    "| Executive sponsor call with our CRO | Access to their CRO or CFO | Robert's "
                    "EA, with a one-paragraph brief |\n"
                    "| Annual billing in advance | Small discount inside your band | Nobody beyond "
                    "your band |\n"
                    "\n"
                    "The renewal price lock is the most effective by far.\n"
                    "\n"
                    "## Gets worth asking for\n"
                    "- A longer term, or annual payment in advance\n"
                    "- A case study, logo rights or a reference call\n"
                    "- Signature by a date tied to their [[Compelling events|compelling event]], "
                    "not our quarter end\n"
                    "- A joint success plan with their CRO, reviewed at 90 days\n"
                    "\n"
                    "## What we stopped doing\n"
                    "The 'extra 5% if you sign by the 30th'. Two customers asked for the same "
                    "quarter-end discount at renewal.\n"
                    "\n"
                    "For how to open the conversation, see [[Objection: your price is too high]]."
                ),
            },
            {
                "author": "kevin.walsh",
                "days_ago": 41,
                "summary": (
                    "Added the expansion price hold; onboarding at our cost needs Aoife above 500 "
                    "seats"
                ),
                "body": (
                    "A give-get trades something the customer values for something we value. It's "
                    "the alternative to the end-of-quarter discount with nothing in return, which "
                    "teaches customers to wait for the last week and to ask again at renewal.\n"
                    "\n"
                    "## The rules\n"
                    "1. **Never give without getting.** If you can't name the get, don't make the "
                    "give.\n"
                    "2. **Write the get into the order form,** for example 'Customer agrees to "
                    "participate in a case study within six months'. A get that only lives in an "
                    "email isn't a get.\n"
                    "3. **Stay inside your band.** Give-gets don't create extra discount "
                    "authority; see [[Discount approval bands]].\n"
                    "\n"
                    "## Gives that cost us little\n"
                    "| Give | Typical get | Who must agree |\n"
                    "|---|---|---|\n"
                    "| Renewal price lock (3% cap instead of 7%) | Two-year term | Nobody beyond "
                    "your band |\n"
                    "| Price hold on expansion seats for 18 months | Two-year term or a larger "
                    "first order | Deal Desk |\n"
                    "| Named CSM from day one | Case study and reference call within six months | "
                    "Customer Success, before you offer it |\n"
                    "| Extra sandbox (Enterprise Edition only) | Signature this quarter | Nobody "
                    "beyond your band |\n"
                    "| Onboarding at our cost | Go-live within 60 days | Customer Success; Aoife "
                    "above 500 seats |\n"
                    "| Executive sponsor call with our CRO | Access to their CRO or CFO | Robert's "
                    "EA, with a one-paragraph brief |\n"
                    "| Annual billing in advance | Small discount inside your band | Nobody beyond "
                    "your band |\n"
                    "\n"
                    "The renewal price lock is the most effective by far.\n"
                    "\n"
                    "## Gets worth asking for\n"
                    "- A longer term, or annual payment in advance\n"
                    "- A case study, logo rights or a reference call\n"
                    "- Signature by a date tied to their [[Compelling events|compelling event]], "
                    "not our quarter end\n"
                    "- A joint success plan with their CRO, reviewed at 90 days\n"
                    "\n"
                    "## What we stopped doing\n"
                    "The 'extra 5% if you sign by the 30th'. Two customers asked for the same "
                    "quarter-end discount at renewal.\n"
                    "\n"
                    "For how to open the conversation, see [[Objection: your price is too high]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Procurement, legal and handoff",
        "parent": None,
        "owner": "maya.patel",
        "tags": ["procurement", "security-review", "playbook"],
        "review_days": 180,
        "verified_days_ago": 45,
        "verified_by": "maya.patel",
        "views": 119,
        "revisions": [
            {
                "author": "maya.patel",
                "days_ago": 340,
                "summary": "First version",
                "body": (
                    "Everything between 'yes, we want it' and a customer who is live and getting "
                    "value. This is where deals slip: supplier portals, security questionnaires, "
                    "redlines and data protection all take longer than the champion expects. Plan "
                    "them in the mutual action plan from stage 3, not after the verbal yes.\n"
                    "\n"
                    "## Typical durations\n"
                    "| Step | Typical time | Our owner |\n"
                    "|---|---|---|\n"
                    "| Supplier onboarding portal | 10-15 business days after submission | Deal "
                    "Desk |\n"
                    "| Security questionnaire (200+ questions) | 5-7 business days to answer | "
                    "Solutions Engineering |\n"
                    "| MSA redlines | 2-4 weeks | Deal Desk |\n"
                    "| DPA review | 1-2 weeks, often in parallel | Deal Desk |\n"
                    "| Works-council review (Coach, DACH and France) | 6-10 weeks | AE, with HR on "
                    "the customer side |\n"
                    "\n"
                    "## The pages\n"
                    "- [[Supplier onboarding and procurement portals]]\n"
                    "- [[Security reviews and SOC 2]]\n"
                    "- [[MSA redlines and liability caps]]\n"
                    "- [[DPA and proof-of-concept agreements]]\n"
                    "- [[Handoff to customer success]], from signature to go-live\n"
                    "\n"
                    "## Working with procurement\n"
                    "Procurement's job is to run a fair, documented process, and they remember "
                    "suppliers who try to skip it. Ask for their checklist and standard timeline "
                    "on day one, let the Deal Desk fill in the forms, and never ask procurement to "
                    "skip steps. @hannah.lindgren spent seven years in bank procurement and will "
                    "review your plan before it goes to the customer."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Supplier onboarding and procurement portals",
        "parent": "Procurement, legal and handoff",
        "owner": "kevin.walsh",
        "tags": ["procurement", "buying", "mutual-action-plan"],
        "review_days": 90,
        "verified_days_ago": 130,
        "verified_by": "kevin.walsh",
        "views": 91,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 390,
                "summary": "First version",
                "body": (
                    "Most enterprise customers, and almost every hospital and bank, won't review "
                    "our contract until we're registered as a supplier in their procurement "
                    "portal. Start early: it's often the longest step in the paper process.\n"
                    "\n"
                    "## What the portal asks for\n"
                    "- Company registration and tax forms\n"
                    "- Certificate of insurance, including cyber liability\n"
                    "- Bank details on letterhead\n"
                    "- Sometimes a short security questionnaire (the full one comes later; see "
                    "[[Security reviews and SOC 2]])\n"
                    "\n"
                    "## Insurance\n"
                    "Our cyber-liability cover is **USD 5M**. Hospitals and banks often require a "
                    "specific minimum, so check the requirement on day one. If their minimum is "
                    "above ours, that's a week or more with our broker.\n"
                    "\n"
                    "## Timing\n"
                    "Most portals approve 10-15 business days after submission. Put that date in "
                    "the [[Mutual action plans|mutual action plan]], and don't forecast a close "
                    "date that doesn't allow for it.\n"
                    "\n"
                    "## What not to do\n"
                    "Don't ask procurement to skip steps or to 'just send the PO'. It marks you as "
                    "a risky supplier, and they remember."
                ),
            },
            {
                "author": "kevin.walsh",
                "days_ago": 135,
                "summary": "Added the supplier pack and the diversity questionnaires",
                "body": (
                    "Most enterprise customers, and almost every hospital and bank, won't review "
                    "our contract until we're registered as a supplier in their procurement "
                    "portal. Start early: it's often the longest step in the paper process.\n"
                    "\n"
                    "## What the portal asks for\n"
                    "- Company registration and tax forms\n"
                    "- Certificate of insurance, including cyber liability\n"
                    "- Bank details on letterhead\n"
                    "- Diversity and sustainability questionnaires\n"
                    "- Sometimes a short security questionnaire (the full one comes later; see "
                    "[[Security reviews and SOC 2]])\n"
                    "\n"
                    "## The supplier pack\n"
                    "The Deal Desk keeps a supplier pack (Deal Desk > Supplier onboarding) with "
                    "everything most portals need: tax forms, certificate of insurance, bank "
                    "letter, SOC 2 summary and accessibility statement. With the pack to hand, "
                    "most portals take two or three hours.\n"
                    "\n"
                    "**Don't fill it in yourself.** Send the Deal Desk the portal link and a named "
                    "contact at the customer. We turn most portals around in two business days.\n"
                    "\n"
                    "## Insurance\n"
                    "Our cyber-liability cover is **USD 5M**. Hospitals and banks often require a "
                    "specific minimum, so check the requirement on day one. If their minimum is "
                    "above ours, that's a week or more with our broker.\n"
                    "\n"
                    "## Timing\n"
                    "Most portals approve 10-15 business days after submission. Put that date in "
                    "the [[Mutual action plans|mutual action plan]], and don't forecast a close "
                    "date that doesn't allow for it.\n"
                    "\n"
                    "## What not to do\n"
                    "Don't ask procurement to skip steps or to 'just send the PO'. It marks you as "
                    "a risky supplier, and they remember."
                ),
            },
        ],
        "feedback": [
            {
                "author": "olivia.chen",
                "helpful": False,
                "comment": (
                    "Says our cyber-liability cover is USD 5M. Kevin confirmed in Q&A that it's "
                    "USD 10M now, which matters for every hospital deal."
                ),
            },
            {
                "author": "maya.patel",
                "helpful": False,
                "comment": (
                    "Hannah's answer on why portals come before legal, and on asking for a "
                    "parallel legal review, should be on this page. It's the best thing we have on "
                    "the topic."
                ),
            },
            {"author": "hannah.lindgren", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Security reviews and SOC 2",
        "parent": "Procurement, legal and handoff",
        "owner": "elena.petrova",
        "tags": ["security-review", "it", "rfp-response"],
        "review_days": 90,
        "verified_days_ago": 20,
        "verified_by": "elena.petrova",
        "views": 167,
        "revisions": [
            {
                "author": "elena.petrova",
                "days_ago": 420,
                "summary": "First version",
                "body": (
                    "Every enterprise deal goes through a security review, and in financial "
                    "services and healthcare it's often the longest technical step. Start it in "
                    "stage 3, run it in parallel with legal, and never answer a questionnaire from "
                    "memory or from an old spreadsheet: answers change every quarter.\n"
                    "\n"
                    "## How to start\n"
                    "1. Open a security-review request on the opportunity (Request SE > Security "
                    "review).\n"
                    "2. Ask the customer which supplier risk tier we're in. A CRM activity tool "
                    "that doesn't process their customers' financial data is often tier 2, which "
                    "can halve the questionnaire.\n"
                    "3. Send the standard pack on day one: SOC 2 via the trust portal, the "
                    "pen-test executive summary, the BC/DR policy summary and the SSO and SCIM "
                    "guide. Most delays are spent waiting for vendor documents.\n"
                    "\n"
                    "## Who answers what\n"
                    "| Section | Owner |\n"
                    "|---|---|\n"
                    "| Security, privacy, BC/DR | Solutions engineer, from the answer library |\n"
                    "| Financial stability | Finance, via the Deal Desk |\n"
                    "| Contractual and insurance | Deal Desk |\n"
                    "| Product and integration | Solutions engineer |\n"
                    "\n"
                    "About 85% of a typical bank questionnaire maps to the [[Security "
                    "questionnaire answer library]]. Budget five to seven business days for "
                    "250-300 questions, and tell the customer on day one if you need longer.\n"
                    "\n"
                    "## Answering well\n"
                    "- Never answer 'Yes' to something we only do partly. 'Partial' with an "
                    "explanation is fine, and reviewers respect it.\n"
                    "- Attach, don't paraphrase: many questions can be answered 'See SOC 2 report, "
                    "section X'.\n"
                    "- A new question you can't find in the library goes to Solutions Engineering. "
                    "Don't improvise.\n"
                    "\n"
                    "## SOC 2 Type II and NDAs\n"
                    "The current report lives on the trust portal, with the bridge letter for the "
                    "period since the audit. Don't send PDFs from your inbox; they go stale. The "
                    "report is shared only under our standard mutual NDA. Ask the Deal Desk for "
                    "the NDA; turnaround is one to two business days.\n"
                    "\n"
                    "## Related\n"
                    "Healthcare deals need a BAA, which is only available on Enterprise Edition; "
                    "see [[Enterprise Edition pricing]]. Data protection terms are in [[DPA and "
                    "proof-of-concept agreements]]."
                ),
            },
            {
                "author": "elena.petrova",
                "days_ago": 148,
                "summary": "Added the trust portal click-through NDA and the attestation letter",
                "body": (
                    "Every enterprise deal goes through a security review, and in financial "
                    "services and healthcare it's often the longest technical step. Start it in "
                    "stage 3, run it in parallel with legal, and never answer a questionnaire from "
                    "memory or from an old spreadsheet: answers change every quarter.\n"
                    "\n"
                    "## How to start\n"
                    "1. Open a security-review request on the opportunity (Request SE > Security "
                    "review).\n"
                    "2. Ask the customer which supplier risk tier we're in. A CRM activity tool "
                    "that doesn't process their customers' financial data is often tier 2, which "
                    "can halve the questionnaire.\n"
                    "3. Send the standard pack on day one: SOC 2 via the trust portal, the "
                    "pen-test executive summary, the BC/DR policy summary and the SSO and SCIM "
                    "guide. Most delays are spent waiting for vendor documents.\n"
                    "\n"
                    "## Who answers what\n"
                    "| Section | Owner |\n"
                    "|---|---|\n"
                    "| Security, privacy, BC/DR | Solutions engineer, from the answer library |\n"
                    "| Financial stability | Finance, via the Deal Desk |\n"
                    "| Contractual and insurance | Deal Desk |\n"
                    "| Product and integration | Solutions engineer |\n"
                    "\n"
                    "About 85% of a typical bank questionnaire maps to the [[Security "
                    "questionnaire answer library]]. Budget five to seven business days for "
                    "250-300 questions, and tell the customer on day one if you need longer.\n"
                    "\n"
                    "## Answering well\n"
                    "- Never answer 'Yes' to something we only do partly. 'Partial' with an "
                    "explanation is fine, and reviewers respect it.\n"
                    "- Attach, don't paraphrase: many questions can be answered 'See SOC 2 report, "
                    "section X'.\n"
                    "- A new question you can't find in the library goes to Solutions Engineering. "
                    "Don't improvise.\n"
                    "\n"
                    "## SOC 2 Type II and NDAs\n"
                    "The current report lives on the trust portal, with the bridge letter for the "
                    "period since the audit. Don't send PDFs from your inbox; they go stale. An "
                    "NDA is required, but the trust portal's click-through NDA usually takes five "
                    "minutes and needs no legal review. Before any NDA you can share the public "
                    "security overview and the SOC 2 attestation letter, which confirms the "
                    "opinion was unqualified.\n"
                    "\n"
                    "## Related\n"
                    "Healthcare deals need a BAA, which is only available on Enterprise Edition; "
                    "see [[Enterprise Edition pricing]]. Data protection terms are in [[DPA and "
                    "proof-of-concept agreements]]."
                ),
            },
        ],
        "feedback": [
            {
                "author": "sofia.marquez",
                "helpful": True,
                "comment": "280 questions answered in six days following this process.",
            },
            {"author": "wei.zhang", "helpful": True, "comment": ""},
            {"author": "chloe.nguyen", "helpful": True, "comment": ""},
            {
                "author": "tom.hargreaves",
                "helpful": True,
                "comment": (
                    "The attestation letter kept my retailer moving while they argued about the "
                    "NDA."
                ),
            },
        ],
    },
    {
        "title": "MSA redlines and liability caps",
        "parent": "Procurement, legal and handoff",
        "owner": "kevin.walsh",
        "tags": ["negotiation", "procurement", "security-review", "financial-services"],
        "review_days": 180,
        "verified_days_ago": 55,
        "verified_by": "kevin.walsh",
        "views": 84,
        "revisions": [
            {
                "author": "kevin.walsh",
                "days_ago": 310,
                "summary": "First version",
                "body": (
                    "Customer legal teams redline our MSA on most enterprise deals. That's normal. "
                    "What isn't fine is an AE negotiating legal terms alone: bring the Deal Desk "
                    "in as soon as redlines arrive, and don't reply to a redline yourself.\n"
                    "\n"
                    "## Our standard positions\n"
                    "| Clause | Standard | Usual fallback | Never |\n"
                    "|---|---|---|---|\n"
                    "| Liability cap | 12 months' fees | None | Uncapped |\n"
                    "| Data breach liability | Within the general cap | Super-cap of 2-3x annual "
                    "fees, or a fixed USD 2-5M | Unlimited |\n"
                    "| Payment terms | Net 30 | Net 45 | Beyond net 45 without the Deal Desk |\n"
                    "| Renewal uplift | Capped at 7% | A lower cap as a give-get | Uncapped |\n"
                    "| Termination for convenience | Not offered | Deal Desk decision | Without "
                    "Deal Desk |\n"
                    "\n"
                    "## Unlimited liability for data breaches\n"
                    "Banks and asset managers often strike our cap and ask for unlimited liability "
                    "for data protection breaches. We don't agree to it: it isn't insurable, so it "
                    "wouldn't actually protect them. The framing that works:\n"
                    "\n"
                    "> 'We can't accept uncapped liability from any customer, because our "
                    "insurance doesn't cover it, so it wouldn't actually protect you. What we can "
                    "offer is a separate, higher cap for data protection breaches, backed by our "
                    "cyber insurance.'\n"
                    "\n"
                    "Also check what data they're worried about. Signal Core holds CRM and "
                    "activity data, not client portfolios. Showing their legal team the data map "
                    "often turns the super-cap into an easy yes. Many financial firms also have a "
                    "pre-approved super-cap per supplier risk tier, so ask.\n"
                    "\n"
                    "## Process\n"
                    "1. Forward redlines to the Deal Desk the day they arrive, with the deal size "
                    "and close date.\n"
                    "2. The Deal Desk marks each change as accept, fallback or escalate, usually "
                    "within three business days.\n"
                    "3. Anything marked escalate goes to legal; allow another week.\n"
                    "\n"
                    "Redlines belong in the Paper Process field ([[MEDDPICC qualification]]) with "
                    "a date. Data protection terms are in [[DPA and proof-of-concept agreements]], "
                    "and commercial terms in [[Discount approval bands]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "DPA and proof-of-concept agreements",
        "parent": "Procurement, legal and handoff",
        "owner": "elena.petrova",
        "tags": ["security-review", "validation", "emea"],
        "review_days": 180,
        "verified_days_ago": 90,
        "verified_by": "elena.petrova",
        "views": 69,
        "revisions": [
            {
                "author": "elena.petrova",
                "days_ago": 280,
                "summary": "First version",
                "body": (
                    "Two documents decide whether we can touch a customer's personal data: the "
                    "data processing agreement (DPA) and, before a purchase, the proof-of-concept "
                    "(POC) agreement. In EMEA nothing happens without them, and elsewhere they're "
                    "increasingly expected.\n"
                    "\n"
                    "## The DPA\n"
                    "- Our standard DPA is part of the order form. It covers GDPR and UK GDPR, "
                    "with the EU standard contractual clauses for any transfer outside the EU.\n"
                    "- The subprocessor list is published on the trust portal, and customers get "
                    "30 days' notice of changes.\n"
                    "- Customer DPA templates go to the Deal Desk. Most can be reconciled with "
                    "ours in one or two rounds; allow one to two weeks, in parallel with MSA "
                    "redlines.\n"
                    "- There's a French translation for information; the English version governs.\n"
                    "\n"
                    "## POCs on real data\n"
                    "A DPO will often say no personal data leaves their systems until a DPA is "
                    "signed, while the order form (which contains the DPA) won't be signed until "
                    "after the POC. The **POC agreement** solves this: four pages plus our "
                    "standard DPA, free, limited to 60 days, and the DPA terms carry over into the "
                    "order form. The Deal Desk sends it (Deal Desk > Templates > POC agreement "
                    "(EU)), and most DPOs sign it within a week.\n"
                    "\n"
                    "**Don't start a POC on real data without the POC agreement**, even if the "
                    "champion says 'it's fine'.\n"
                    "\n"
                    "## Making it easier for the DPO\n"
                    "- **EU residency for the POC tenant.** We can provision a POC tenant in the "
                    "EU region before the customer buys Enterprise Edition.\n"
                    "- **Minimisation:** sync only the opportunities and contacts in scope, and "
                    "exclude email bodies (metadata only) during the POC.\n"
                    "- **A deletion certificate** at the end if they don't buy.\n"
                    "\n"
                    "## POC success criteria\n"
                    "Agree written success criteria before the POC starts, signed off by the "
                    "economic owner; the template is 'POC success criteria v4' in the SE folder. "
                    "See [[Demo best practices]] for how POCs fit the sales process, and "
                    "[[Security reviews and SOC 2]] for the security side."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Handoff to customer success",
        "parent": "Procurement, legal and handoff",
        "owner": "aoife.brennan",
        "tags": ["implementation-adoption", "playbook", "renewals"],
        "review_days": 90,
        "verified_days_ago": 25,
        "verified_by": "aoife.brennan",
        "views": 108,
        "revisions": [
            {
                "author": "aoife.brennan",
                "days_ago": 300,
                "summary": "First version",
                "body": (
                    "A deal isn't won until the customer gets value. After a poor handoff the "
                    "customer repeats everything they told sales, the CSM discovers promises "
                    "nobody wrote down, and the renewal starts on the back foot. This is the "
                    "standard for every new customer and every expansion over 50 seats.\n"
                    "\n"
                    "## Timing\n"
                    "- **At stage 4 (Propose):** the AE tells Customer Success the deal is coming, "
                    "with the expected start date. For deals above 500 seats, Aoife's team assigns "
                    "a CSM before signature.\n"
                    "- **Within 3 business days of signature:** the handoff call, 45 minutes, with "
                    "the AE, SE and CSM.\n"
                    "- **Within 10 business days:** the customer kickoff, led by the CSM, with the "
                    "AE there.\n"
                    "\n"
                    "## What the handoff covers\n"
                    "- The problem in the customer's words and the metrics they agreed to (from "
                    "the [[MEDDPICC qualification|MEDDPICC]] fields)\n"
                    "- Who's who: economic owner, champion, technical owner, sceptics\n"
                    "- Every commitment made during the sale: give-gets, a named CSM, onboarding "
                    "at our cost, case study promises, anything in an email\n"
                    "- Technical scope from the SE: CRM, connectors, warehouse sync, SSO, data "
                    "residency, retention settings\n"
                    "- Regional steps still open: works-council review, BAA, data-residency "
                    "sign-off\n"
                    "\n"
                    "Use the handoff form on the opportunity (Opportunity > Handoff to CS), and "
                    "attach the [[Mutual action plans|mutual action plan]]: its go-live rows "
                    "become the onboarding plan.\n"
                    "\n"
                    "## Week one after go-live\n"
                    "- Check capture settings: internal-only threads excluded, personal domains "
                    "excluded, private calendar events never captured.\n"
                    "- Agree the adoption metrics that will be reviewed at the first quarterly "
                    "business review.\n"
                    "\n"
                    "## The AE's job after handoff\n"
                    "Stay on the account. Join the kickoff and the first QBR, and own expansion "
                    "together with the CSM. Renewals are run jointly: bring the AE in at 120 days, "
                    "not in the last 30. For end users pushing back on recording, see [[Objection: "
                    "Coach feels like surveillance]]."
                ),
            },
            {
                "author": "aoife.brennan",
                "days_ago": 36,
                "summary": "Added week-one reconciliation of Forecast and CRM totals",
                "body": (
                    "A deal isn't won until the customer gets value. After a poor handoff the "
                    "customer repeats everything they told sales, the CSM discovers promises "
                    "nobody wrote down, and the renewal starts on the back foot. This is the "
                    "standard for every new customer and every expansion over 50 seats.\n"
                    "\n"
                    "## Timing\n"
                    "- **At stage 4 (Propose):** the AE tells Customer Success the deal is coming, "
                    "with the expected start date. For deals above 500 seats, Aoife's team assigns "
                    "a CSM before signature.\n"
                    "- **Within 3 business days of signature:** the handoff call, 45 minutes, with "
                    "the AE, SE and CSM.\n"
                    "- **Within 10 business days:** the customer kickoff, led by the CSM, with the "
                    "AE there.\n"
                    "\n"
                    "## What the handoff covers\n"
                    "- The problem in the customer's words and the metrics they agreed to (from "
                    "the [[MEDDPICC qualification|MEDDPICC]] fields)\n"
                    "- Who's who: economic owner, champion, technical owner, sceptics\n"
                    "- Every commitment made during the sale: give-gets, a named CSM, onboarding "
                    "at our cost, case study promises, anything in an email\n"
                    "- Technical scope from the SE: CRM, connectors, warehouse sync, SSO, data "
                    "residency, retention settings\n"
                    "- Regional steps still open: works-council review, BAA, data-residency "
                    "sign-off\n"
                    "\n"
                    "Use the handoff form on the opportunity (Opportunity > Handoff to CS), and "
                    "attach the [[Mutual action plans|mutual action plan]]: its go-live rows "
                    "become the onboarding plan.\n"
                    "\n"
                    "## Week one after go-live\n"
                    "- **Reconcile Forecast and CRM totals with the RevOps lead** before the VP "
                    "Sales does it himself. Manager overrides, currency settings and the "
                    "fiscal-year setting explain almost every gap.\n"
                    "- Check capture settings: internal-only threads excluded, personal domains "
                    "excluded, private calendar events never captured.\n"
                    "- Agree the adoption metrics that will be reviewed at the first quarterly "
                    "business review.\n"
                    "\n"
                    "## The AE's job after handoff\n"
                    "Stay on the account. Join the kickoff and the first QBR, and own expansion "
                    "together with the CSM. Renewals are run jointly: bring the AE in at 120 days, "
                    "not in the last 30. For end users pushing back on recording, see [[Objection: "
                    "Coach feels like surveillance]]."
                ),
            },
        ],
        "feedback": [
            {"author": "yasmin.farouk", "helpful": True, "comment": ""},
            {
                "author": "pieter.janssen",
                "helpful": True,
                "comment": (
                    "The reconciliation step would have saved me a difficult week with a UK VP "
                    "Sales."
                ),
            },
            {
                "author": "daniel.okafor",
                "helpful": False,
                "comment": (
                    "The handoff form is far too long for a 60-seat mid-market deal. Can we have a "
                    "short version below 100 seats?"
                ),
            },
        ],
    },
    {
        "title": "Forecasting and territories",
        "parent": None,
        "owner": "marcus.feld",
        "tags": ["forecasting", "territory-planning"],
        "review_days": 180,
        "verified_days_ago": 60,
        "verified_by": "marcus.feld",
        "views": 133,
        "revisions": [
            {
                "author": "marcus.feld",
                "days_ago": 400,
                "summary": "First version",
                "body": (
                    "How our own sales teams call the number, run their pipeline and divide up the "
                    "market. RevOps owns the rules; managers own how they're applied. Ask why a "
                    "rule exists before you ask to break it.\n"
                    "\n"
                    "## The pages\n"
                    "- [[Forecast categories and commit rules]]: Pipeline, Best Case and Commit, "
                    "and what the CRM enforces.\n"
                    "- [[Running the weekly forecast call]]: the forecast call and the deal "
                    "review, and why they're separate meetings.\n"
                    "- [[Territory planning]]: segments, named accounts and how to plan a patch.\n"
                    "- [[Rules of engagement]]: who owns an account or an opportunity, and how to "
                    "claim one.\n"
                    "\n"
                    "## The weekly rhythm\n"
                    "| Day | What | Who |\n"
                    "|---|---|---|\n"
                    "| Monday | Reps update deals, next steps and categories | AEs |\n"
                    "| Tuesday | Deal reviews, one rep and two deals each | First-line managers |\n"
                    "| Wednesday | Regional forecast calls | Managers and VPs |\n"
                    "| Thursday | Global forecast call | VPs and the CRO |\n"
                    "| First Monday of the month | Territory and ownership updates | Sales Ops |\n"
                    "\n"
                    "## Principles\n"
                    "- **Honest pipeline beats hopeful pipeline.** Closing a deal as no decision "
                    "is better than carrying it for three quarters.\n"
                    "- **The CRM is the record.** If it isn't in the CRM it didn't happen, "
                    "including forecast calls made in a spreadsheet.\n"
                    "- **The rules are the same in every region.** If a regional call has drifted "
                    "from the definitions, that's for RevOps to fix, not the rep.\n"
                    "\n"
                    "Partner and reseller deals follow rules that are still being written; see "
                    "[[Reseller deals in Japan]]."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Forecast categories and commit rules",
        "parent": "Forecasting and territories",
        "owner": "marcus.feld",
        "tags": ["forecasting", "qualification"],
        "review_days": 90,
        "verified_days_ago": 10,
        "verified_by": "marcus.feld",
        "views": 214,
        "revisions": [
            {
                "author": "marcus.feld",
                "days_ago": 520,
                "summary": "First version",
                "body": (
                    "One set of definitions for every forecast call in every region. If your "
                    "regional call uses these words differently, tell RevOps; it's on us to fix, "
                    "not on you.\n"
                    "\n"
                    "## The categories\n"
                    "- **Pipeline:** a qualified opportunity that could close this period.\n"
                    "- **Best Case:** could close this period if things go our way. You'd be "
                    "disappointed, not surprised, if it slipped.\n"
                    "- **Commit:** will close this period. You'd be surprised if it didn't, and "
                    "you can show why.\n"
                    "- **Omitted:** open, but not closing this period. Not counted.\n"
                    "\n"
                    "## What must be true for Commit\n"
                    "- The deal is at stage 4 (Propose) or later.\n"
                    "- We have met the economic owner.\n"
                    "- There's a compelling event with a date.\n"
                    "- The paper process is written down.\n"
                    "\n"
                    "Managers check these in the deal review. If procurement hasn't confirmed the "
                    "paper process timeline, it isn't Commit even when the fields are filled in. A "
                    "verbal yes is not enough on its own.\n"
                    "\n"
                    "## Tests managers use\n"
                    "- 'If this slips, what will you tell me the reason was?' If the rep can name "
                    "it, it's a known risk, so it's Best Case.\n"
                    "- 'What has the buyer done since last week?'\n"
                    "- 'Has the economic owner said yes, or has the champion said the economic "
                    "owner will?'\n"
                    "\n"
                    "## Common cases\n"
                    "| Situation | Category |\n"
                    "|---|---|\n"
                    "| Verbal yes, paper process not confirmed | Best Case |\n"
                    "| New executive starting, not yet met | Best Case |\n"
                    "| Signature routing started, all approvals done | Commit |\n"
                    "| Buyer says 'next fiscal year' | Omitted, or closed as no decision |\n"
                    "\n"
                    "## Moving between categories\n"
                    "Change the category in the CRM before the Monday update, not on the forecast "
                    "call. Downgrades are never held against you; surprise slips are. See "
                    "[[Compelling events]] for what counts as an event, [[MEDDPICC qualification]] "
                    "for the paper process, and [[Running the weekly forecast call]] for how the "
                    "numbers are used."
                ),
            },
            {
                "author": "marcus.feld",
                "days_ago": 175,
                "summary": "Added the CRM validation rule for Commit",
                "body": (
                    "One set of definitions for every forecast call in every region. If your "
                    "regional call uses these words differently, tell RevOps; it's on us to fix, "
                    "not on you.\n"
                    "\n"
                    "## The categories\n"
                    "- **Pipeline:** a qualified opportunity that could close this period.\n"
                    "- **Best Case:** could close this period if things go our way. You'd be "
                    "disappointed, not surprised, if it slipped.\n"
                    "- **Commit:** will close this period. You'd be surprised if it didn't, and "
                    "you can show why.\n"
                    "- **Omitted:** open, but not closing this period. Not counted.\n"
                    "\n"
                    "## What must be true for Commit\n"
                    "Enforced by a CRM validation rule:\n"
                    "\n"
                    "```\n"
                    "Forecast_Category = Commit requires:\n"
                    "  Stage >= 4 (Propose)\n"
                    "  Economic_Owner_Met__c = true\n"
                    "  Compelling_Event_Date__c is set and <= Close_Date + 30 days\n"
                    "  Paper_Process__c is not blank\n"
                    "```\n"
                    "\n"
                    "The rule catches the mechanics; the judgement is yours. If procurement hasn't "
                    "confirmed the paper process timeline, it isn't Commit even when the fields "
                    "are filled in. A verbal yes is not enough on its own.\n"
                    "\n"
                    "## Tests managers use\n"
                    "- 'If this slips, what will you tell me the reason was?' If the rep can name "
                    "it, it's a known risk, so it's Best Case.\n"
                    "- 'What has the buyer done since last week?'\n"
                    "- 'Has the economic owner said yes, or has the champion said the economic "
                    "owner will?'\n"
                    "\n"
                    "## Common cases\n"
                    "| Situation | Category |\n"
                    "|---|---|\n"
                    "| Verbal yes, paper process not confirmed | Best Case |\n"
                    "| New executive starting, not yet met | Best Case |\n"
                    "| Signature routing started, all approvals done | Commit |\n"
                    "| Buyer says 'next fiscal year' | Omitted, or closed as no decision |\n"
                    "\n"
                    "## Moving between categories\n"
                    "Change the category in the CRM before the Monday update, not on the forecast "
                    "call. Downgrades are never held against you; surprise slips are. See "
                    "[[Compelling events]] for what counts as an event, [[MEDDPICC qualification]] "
                    "for the paper process, and [[Running the weekly forecast call]] for how the "
                    "numbers are used."
                ),
            },
        ],
        "feedback": [
            {
                "author": "arjun.mehta",
                "helpful": True,
                "comment": "We've aligned the APAC call to these definitions.",
            },
            {"author": "jonah.whitfield", "helpful": True, "comment": ""},
            {"author": "nadia.haddad", "helpful": True, "comment": ""},
            {"author": "tom.hargreaves", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Running the weekly forecast call",
        "parent": "Forecasting and territories",
        "owner": "angela.whitman",
        "tags": ["forecasting", "coaching", "qualification"],
        "review_days": 180,
        "verified_days_ago": 50,
        "verified_by": "angela.whitman",
        "views": 110,
        "revisions": [
            {
                "author": "angela.whitman",
                "days_ago": 200,
                "summary": "First version",
                "body": (
                    "Most pipeline reviews fail because they try to forecast and coach in the same "
                    "hour, and end up doing neither. We run two separate meetings.\n"
                    "\n"
                    "## The forecast call (30 minutes, weekly)\n"
                    "Numbers only. Each rep gives:\n"
                    "1. Commit and Best Case for the period\n"
                    "2. What changed since last week, and why\n"
                    "3. Anything that needs help from outside the team\n"
                    "\n"
                    "Managers read the deal notes in Signal Forecast beforehand, so nobody reads "
                    "status out loud. Start from the 'changes since last week' view, which lists "
                    "every deal whose amount, stage, close date or category changed and who "
                    "changed it. When the data already says it, the status updates disappear.\n"
                    "\n"
                    "## The deal review (45 minutes, weekly)\n"
                    "One rep, two deals, in depth. Walk the [[MEDDPICC qualification|MEDDPICC]] "
                    "gaps in order; the rep leaves with one action per deal. Open with the Signal "
                    "Coach clip of the last customer call: two minutes of the buyer's own words "
                    "beat ten minutes of summary.\n"
                    "\n"
                    "## Questions that change the conversation\n"
                    "- 'What did the customer do since last week?' (Not what you did.)\n"
                    "- 'What would make this slip?'\n"
                    "- 'Who haven't you met who could say no?'\n"
                    "- 'What's the next step the buyer has committed to, and when?'\n"
                    "\n"
                    "## What we stopped doing\n"
                    "- Reviewing every deal every week.\n"
                    "- Asking 'how confident are you?' Confidence isn't evidence.\n"
                    "- Changing categories during the call. Categories change in the CRM before "
                    "the Monday update; see [[Forecast categories and commit rules]].\n"
                    "\n"
                    "## Slipped-deals review (monthly)\n"
                    "Keep a list of every deal that slipped. For each, ask what signal we missed "
                    "and when it was visible. After two quarters, teams start catching the signals "
                    "themselves.\n"
                    "\n"
                    "## For managers\n"
                    "The best reviews include a manager saying 'I don't know' and then going to "
                    "find out. If every answer sounds confident, you're reading status. The "
                    "manager coaching certification covers both meetings; ask @grace.liu."
                ),
            },
        ],
        "feedback": [],
    },
    {
        "title": "Territory planning",
        "parent": "Forecasting and territories",
        "owner": "priya.nair",
        "tags": ["territory-planning", "prospecting", "playbook"],
        "review_days": 180,
        "verified_days_ago": 250,
        "verified_by": "priya.nair",
        "views": 79,
        "revisions": [
            {
                "author": "priya.nair",
                "days_ago": 380,
                "summary": "First version",
                "body": (
                    "Territories at Northwind Signal are built from named accounts, carved by "
                    "segment and region, and rebalanced once a quarter. This page covers how "
                    "patches are built and how to plan a new one. For who owns what when things "
                    "overlap, see [[Rules of engagement]].\n"
                    "\n"
                    "## Segments\n"
                    "| Segment | Company size | Teams |\n"
                    "|---|---|---|\n"
                    "| Enterprise | Above 1,500 employees | Enterprise East, EMEA Enterprise, APAC "
                    "Sales |\n"
                    "| Mid-Market | 200-1,500 employees | Mid-Market West, APAC Sales |\n"
                    "| Small business | Under 200 employees | Inbound only, no named accounts |\n"
                    "\n"
                    "Industry focus sits on top of the segment: financial services and healthcare "
                    "in Enterprise East, manufacturing and distribution in the central US.\n"
                    "\n"
                    "## How patches are built\n"
                    "- The capacity model sets how many named accounts one AE can work: roughly "
                    "60-80 in Enterprise and 150-200 in Mid-Market.\n"
                    "- Accounts are scored on fit (size, industry, CRM in use) and intent (web "
                    "visits, content downloads, event attendance).\n"
                    "- Each patch gets a similar total of fit times intent, not a similar number "
                    "of accounts.\n"
                    "- Sales Ops rebalances every quarter; changes take effect on the first Monday "
                    "of the quarter.\n"
                    "\n"
                    "## Planning your patch\n"
                    "1. Pull the territory scoring report (Reports > Territory > Account score).\n"
                    "2. Pick your tier-one accounts with your manager and write a one-paragraph "
                    "account plan for each.\n"
                    "3. Agree an SDR split: which accounts get personal outbound from you, and "
                    "which get an SDR sequence.\n"
                    "4. Review the plan with your manager every month.\n"
                    "\n"
                    "## Account hygiene\n"
                    "- Log activity. Accounts with no logged activity for 180 days can be "
                    "requested by other reps.\n"
                    "- Keep the account hierarchy right. Subsidiaries that sign their own "
                    "contracts are separate opportunities.\n"
                    "\n"
                    "Questions: @priya.nair. New AEs build their first plan in days 31-60; see "
                    "[[First 90 days for account executives]]."
                ),
            },
        ],
        "feedback": [
            {
                "author": "samuel.adebayo",
                "helpful": False,
                "comment": (
                    "The segment thresholds are from last year. Enterprise starts at 2,000 "
                    "employees now, and Mid-Market covers 200 to 2,000."
                ),
            },
            {
                "author": "tom.hargreaves",
                "helpful": False,
                "comment": (
                    "Would be great to have the 'pick your first 30 accounts' method from Priya's "
                    "Q&A answer here: tiers of 10 and 20, plus champions who moved."
                ),
            },
            {"author": "chloe.nguyen", "helpful": True, "comment": ""},
        ],
    },
    {
        "title": "Rules of engagement",
        "parent": "Forecasting and territories",
        "owner": "marcus.feld",
        "tags": ["territory-planning", "forecasting"],
        "review_days": 365,
        "verified_days_ago": 100,
        "verified_by": "marcus.feld",
        "views": 102,
        "revisions": [
            {
                "author": "marcus.feld",
                "days_ago": 450,
                "summary": "First version",
                "body": (
                    "Who owns an account, who owns an opportunity, and how to settle it when two "
                    "reps think the answer is them. The goal is that reps spend their time on "
                    "customers, not arguing with each other. Disputes go to Sales Ops "
                    "(@priya.nair) first, then both managers, then the regional VP.\n"
                    "\n"
                    "## 1. Named accounts\n"
                    "Every named account has one owner, set in the CRM by Sales Ops from the "
                    "territory plan. Segment and region follow the company's headquarters and "
                    "employee count; see [[Territory planning]].\n"
                    "\n"
                    "## 2. Unnamed accounts\n"
                    "Inbound leads from unnamed accounts go to the segment and region of the "
                    "company's headquarters. The first AE to create a qualified opportunity owns "
                    "the account for 180 days.\n"
                    "\n"
                    "## 3. Claiming an inactive account\n"
                    "- A named account with no logged activity for 180 days can be requested for "
                    "reassignment.\n"
                    "- Submit an ownership request in the CRM (Account > Request ownership) with "
                    "your reason; a warm introduction counts.\n"
                    "- Sales Ops checks the history and asks the current owner and both managers. "
                    "The owner has five business days to show a plan or release the account.\n"
                    "- If released, it moves at the next monthly territory update (first Monday), "
                    "or immediately if there's an active opportunity.\n"
                    "\n"
                    "## 4. Global accounts\n"
                    "**An opportunity belongs where the contract is signed and paid.** If a "
                    "subsidiary or regional division has its own budget and signs its own order "
                    "form, the opportunity belongs to the team covering that region, whatever the "
                    "parent's HQ. Global ownership applies only when the parent signs a group "
                    "agreement.\n"
                    "\n"
                    "The parent account owner gets **overlay credit** (50% quota credit, not a "
                    "split of the AE's credit) when the HQ relationship helps win the deal, such "
                    "as an introduction or an executive sponsor, and it's logged on the "
                    "opportunity as a global-account overlay.\n"
                    "\n"
                    "## 5. Partner deals\n"
                    "Reseller and partner-sourced deals are opportunities owned by the AE for the "
                    "customer's territory, with the partner attached. Forecasting rules for "
                    "partner deals are being finalised; see [[Forecasting and territories]]."
                ),
            },
        ],
        "feedback": [],
    },
]


PATHS: list[dict] = [
    {
        "title": "New hire: first 30 days",
        "audience": "New account executives, BDRs and solutions engineers in their first month",
        "description": (
            "The pages and Q&A threads every new seller should read in their first month, in the "
            "order we recommend. Work through them alongside your product basics modules and bring "
            "questions to your 1:1."
        ),
        "author": "grace.liu",
        "items": [
            {
                "page": "New hire onboarding",
                "note": "Start here: how onboarding works and who to ask.",
            },
            {
                "page": "First 90 days for account executives",
                "note": "BDRs: skim it so you know what your AEs are working towards.",
            },
            {
                "page": "Sales process playbook",
                "note": "The stages and the three rules we don't bend.",
            },
            {"page": "Discovery call guide", "note": "Read before your first shadowed call."},
            {
                "question": (
                    "What discovery questions surface forecast pain when the VP Sales says 'our "
                    "forecast is fine'?"
                ),
                "note": "The best thread we have on getting past 'our forecast is fine'.",
            },
            {"page": "MEDDPICC qualification", "note": ""},
            {"page": "Compelling events", "note": ""},
            {
                "question": (
                    "What's the actual difference between Commit and Best Case in our forecast "
                    "categories?"
                ),
                "note": "Read before you sit in on your first forecast call.",
            },
            {"page": "Mutual action plans", "note": ""},
            {"page": "Objection handling", "note": "Read the four objection pages too."},
            {"page": "Competitive briefs", "note": "Know the four names and what they sell."},
            {"page": "Discount approval bands", "note": "What you can give on your own: 15%."},
            {
                "question": (
                    "Coming from marketing automation - what should I read first to sell Signal "
                    "Forecast?"
                ),
                "note": "Useful for anyone new to selling to CROs, not only ex-marketing folk.",
            },
            {
                "question": (
                    "Week 4 as a BDR: what should I have finished in the onboarding path by now?"
                ),
                "note": "BDRs: your checklist for the end of week 4.",
            },
        ],
        "progress": {
            "amara.osei": 14,
            "jonah.whitfield": 9,
            "tom.hargreaves": 5,
            "emily.novak": 3,
            "andre.thompson": 2,
        },
    },
    {
        "title": "Competing against Ardent Revenue",
        "audience": "Enterprise AEs and SEs with Ardent Revenue installed or shortlisted",
        "description": (
            "How we displace Ardent Revenue at renewal and beat it in head-to-head evaluations, "
            "built from the Enterprise East wins and one painful loss. Start nine months before "
            "the Ardent renewal date if you can."
        ),
        "author": "daniel.okafor",
        "items": [
            {"page": "Competitive briefs", "note": "Ground rules first."},
            {"page": "Ardent Revenue brief", "note": ""},
            {"page": "Ardent displacement playbook", "note": "The month-by-month play."},
            {
                "question": (
                    "Ardent Revenue renewal is 9 months out at a regional bank - when do I start "
                    "the displacement?"
                ),
                "note": "Nikhil's view of how Ardent renewals work from the inside.",
            },
            {"page": "Compelling events", "note": "The renewal date is your event."},
            {
                "question": (
                    "The buyer's 90-line requirements spreadsheet was clearly written with Ardent "
                    "in mind. How do I reshape it?"
                ),
                "note": "",
            },
            {
                "question": (
                    "Win-loss: we lost a regional insurer to Ardent on 'CFO trust'. What would you "
                    "have done differently?"
                ),
                "note": "Why FP&A has to be in the proof of concept, not the final meeting.",
            },
            {
                "page": "Multi-year and ramped deals",
                "note": (
                    "Read the seat-ramp section. The band rules on this page predate the SKO "
                    "change; Discount approval bands is current."
                ),
            },
            {
                "question": "Can I offer a 3-year deal with ramped seats in year one for a bank?",
                "note": "",
            },
            {
                "page": "MSA redlines and liability caps",
                "note": "Banks and insurers will strike our liability cap.",
            },
        ],
        "progress": {
            "olivia.chen": 6,
            "chloe.nguyen": 10,
            "nadia.haddad": 3,
            "sofia.marquez": 2,
        },
    },
    {
        "title": "Pricing and negotiation for enterprise deals",
        "audience": "AEs taking deals over USD 150k through pricing, procurement and legal",
        "description": (
            "Our discount rules, Enterprise Edition pricing and the give-gets that work, followed "
            "by the legal and security steps that decide whether a large deal closes this quarter "
            "or next."
        ),
        "author": "angela.whitman",
        "items": [
            {"page": "Pricing and discounting", "note": ""},
            {"page": "Discount approval bands", "note": "The source of truth since 1 February."},
            {
                "question": "What are the current discount approval bands after the SKO change?",
                "note": "Marcus explains why we moved to total discount.",
            },
            {
                "page": "Enterprise Edition pricing",
                "note": "Australian residency is live now, whatever this page still says.",
            },
            {
                "question": (
                    "Is Enterprise Edition priced per user or as an uplift on the whole "
                    "subscription?"
                ),
                "note": "",
            },
            {"page": "Give-gets for negotiation", "note": ""},
            {
                "question": (
                    "What give-gets have actually worked for you at quarter end besides more "
                    "discount?"
                ),
                "note": "Real examples from the last four quarters.",
            },
            {"page": "Objection: your price is too high", "note": ""},
            {
                "page": "Mutual action plans",
                "note": "Get procurement to write their own steps into the plan.",
            },
            {"page": "Security reviews and SOC 2", "note": ""},
            {"page": "MSA redlines and liability caps", "note": ""},
            {
                "question": (
                    "Customer legal wants unlimited liability for data breaches - what's our "
                    "standard position?"
                ),
                "note": "",
            },
        ],
        "progress": {
            "samuel.adebayo": 12,
            "nadia.haddad": 7,
            "jonah.whitfield": 4,
            "tom.hargreaves": 2,
        },
    },
    {
        "title": "Solutions engineer ramp",
        "audience": "Solutions engineers in their first 60 days",
        "description": (
            "Demo certifications, the shared demo environment, technical discovery, security "
            "reviews and proofs of concept, in the order new SEs usually meet them."
        ),
        "author": "grace.liu",
        "items": [
            {"page": "Demo certification", "note": "Core first, always."},
            {
                "question": (
                    "Which demo certification should I take first as a new SE, Core or Forecast?"
                ),
                "note": "",
            },
            {
                "page": "Demo best practices",
                "note": "The reset steps here are out of date; use the thread below.",
            },
            {
                "question": (
                    "How do I reset the shared demo environment after a Forecast demo with manager "
                    "overrides?"
                ),
                "note": "Includes Ben's three-minute video.",
            },
            {"page": "Discovery call guide", "note": ""},
            {
                "question": (
                    "Discovery with a RevOps admin who only wants to talk integrations - how do I "
                    "get to the business problem?"
                ),
                "note": "",
            },
            {"page": "Security reviews and SOC 2", "note": ""},
            {
                "question": (
                    "A regional bank sent a 280-question vendor-risk questionnaire. Where do "
                    "approved answers live?"
                ),
                "note": "",
            },
            {"page": "DPA and proof-of-concept agreements", "note": ""},
            {
                "page": "Quarry Analytics brief",
                "note": "Read with Ravi's comments in the page feedback.",
            },
            {
                "question": (
                    "Shadowing a Quarry Analytics bake-off - what should the proof of concept "
                    "actually measure?"
                ),
                "note": "How we write POC success criteria.",
            },
        ],
        "progress": {"emily.novak": 5},
    },
]
