"""Demo questions, answers, comments and votes for the Fieldwise Q&A."""

QUESTIONS: list[dict] = [
    {
        "author": "jonah.whitfield",
        "title": (
            "How do I answer 'we already pay for Brightline's analytics' from a mid-market CFO?"
        ),
        "body": (
            "Second meeting with a 600-person logistics software company in Salt Lake City. The VP "
            "Sales loved the Forecast demo, then the CFO joined for the last ten minutes and "
            "said:\n\n"
            "> We already pay for Brightline, and it has a forecasting tab. Why would I pay "
            "twice?\n\n"
            "I said something about accuracy and it landed badly. She wants a one-page answer "
            "before their budget meeting on the 14th. What do you say in the room, and is there a "
            "one-pager I can send?"
        ),
        "tags": ["brightline-crm", "objection-handling", "finance", "signal-forecast"],
        "asked_days_ago": 9,
        "views": 88,
        "votes": {
            "up": ["lauren.kim", "samuel.adebayo", "tyler.jackson", "amara.osei", "tom.hargreaves"],
            "down": [],
        },
        "comments": [
            {
                "author": "lauren.kim",
                "body": (
                    "@samuel.adebayo has handled this more than anyone on the team. Samuel, can "
                    "you add your version?"
                ),
                "hours_after": 2,
            },
        ],
        "answers": [
            {
                "author": "samuel.adebayo",
                "body": (
                    "I hear this on almost every manufacturing deal, because Brightline comes "
                    "bundled with the CRM contract. What works for me:\n\n"
                    "**1. Agree first, then split the job.** Don't knock the tab. Something "
                    "like:\n\n"
                    "> 'You're right, Brightline shows you the pipeline your reps typed in. "
                    "Forecast tells you which of those deals are real, using the emails, meetings "
                    "and calls Signal Core captures. One is a report, the other is an "
                    "inspection.'\n\n"
                    "**2. Ask the CFO what the last miss cost.** Finance people answer this "
                    "precisely. At my last manufacturing win the CFO said they had missed two of "
                    "four quarters by more than 8% and had to walk back guidance with their "
                    "lender. That became the business case, not our features.\n\n"
                    "**3. Show the overlap honestly.** I send a two-column table: what they keep "
                    "using Brightline for (pipeline reports, stage history) and what only Forecast "
                    "does (activity-based deal scores, roll-up by manager with overrides, forecast "
                    "accuracy by rep). CFOs trust you more when you leave things in the other "
                    "column.\n\n"
                    "**4. Price against the tab, not against nothing.** Their Brightline analytics "
                    "add-on is usually a line item, so ask what they pay for it. If it's bundled "
                    "'free', the comparison is Forecast against one missed quarter.\n\n"
                    "Jordan's Brightline brief has the two-column table already; I just edit it "
                    "per customer."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "lauren.kim",
                        "jordan.blake",
                        "angela.whitman",
                        "sofia.marquez",
                        "daniel.okafor",
                        "nikhil.rao",
                        "tyler.jackson",
                        "grace.liu",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "jonah.whitfield",
                        "body": (
                            "Used points 2 and 3 in the follow-up. The CFO asked for a 45-minute "
                            "session with her FP&A lead next week. Thank you!"
                        ),
                        "hours_after": 30,
                    },
                ],
            },
            {
                "author": "jordan.blake",
                "body": (
                    "The Brightline competitive brief (Product Marketing > Competitive > "
                    "Brightline CRM, updated last month) has a CFO one-pager in section 4. Please "
                    "use that version rather than older decks: we removed the 'Brightline "
                    "forecasts are inaccurate' claim because we couldn't substantiate it, and a "
                    "prospect forwarded it to Brightline last spring. Stick to 'reported pipeline "
                    "versus inspected pipeline'."
                ),
                "hours_after": 6,
                "votes": {"up": ["samuel.adebayo", "jonah.whitfield", "ana.sousa"], "down": []},
            },
        ],
    },
    {
        "author": "chloe.nguyen",
        "title": "Reps at a prospect say Coach 'feels like surveillance' - how do you handle that?",
        "body": (
            "Fintech in Sydney, 120 sellers. The CRO is sold on Signal Coach, but in the pilot "
            "kickoff two senior reps pushed back hard:\n\n"
            "> If every call is recorded and scored, this is a surveillance tool with a "
            "dashboard.\n\n"
            "The CRO now wants 'the reps on board' before she signs. How have others turned "
            "sellers around without overpromising on what managers can and can't see?"
        ),
        "tags": ["signal-coach", "objection-handling", "end-user", "consensus-creation"],
        "asked_days_ago": 88,
        "views": 121,
        "votes": {
            "up": [
                "arjun.mehta",
                "wei.zhang",
                "lauren.kim",
                "ana.sousa",
                "lukas.becker",
                "olivia.chen",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "lauren.kim",
                "body": (
                    "This is the most common Coach objection we get from end users, and it's a "
                    "fair one. What has worked on my team and with prospects:\n\n"
                    "- **Lead with what the rep gets, not the manager.** Searchable transcripts of "
                    "their own calls, drafted follow-up emails, and the ability to clip a great "
                    "moment and send it to their manager instead of waiting for a ride-along.\n"
                    "- **Show the permissions screen in the pilot kickoff.** Reps see that a "
                    "recording is visible to the rep, their manager and anyone they share a clip "
                    "with, not the whole company (Settings > Coach > Access).\n"
                    "- **Let reps nominate calls for review.** In my 1:1s the rep picks one call a "
                    "week. Nobody picks their worst call, but they do pick the ones they're unsure "
                    "about.\n"
                    "- **Turn off the leaderboard for the pilot.** Talk-ratio leaderboards are "
                    "what makes it feel like surveillance. The team can switch them on later if it "
                    "wants them.\n\n"
                    "Then ask the two loudest reps to be pilot champions. If they come around, the "
                    "rest follow."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": [
                        "chloe.nguyen",
                        "daniel.okafor",
                        "grace.liu",
                        "ana.sousa",
                        "elena.petrova",
                        "tyler.jackson",
                        "olivia.chen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "lukas.becker",
                "body": (
                    "In DACH this objection becomes a works-council process, so we've had to make "
                    "these promises in writing. Two additions that travel well outside Germany "
                    "too: agree a **retention period** up front (we often land on 90 days for "
                    "audio), and put in writing that Coach scores are **not used in performance "
                    "ratings**. When the CRO signs that sentence, the reps relax."
                ),
                "hours_after": 20,
                "votes": {
                    "up": ["claire.dubois", "chloe.nguyen", "henrik.sorensen", "hannah.lindgren"],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "chloe.nguyen",
                        "body": (
                            "The 'not used in performance ratings' line is going into the pilot "
                            "charter. Thanks Lukas."
                        ),
                        "hours_after": 40,
                    },
                ],
            },
            {
                "author": "ana.sousa",
                "body": (
                    "The Coach messaging guide has an end-user section with a pilot-kickoff slide "
                    "covering exactly this ('Your calls, your coach'). Happy to walk through it "
                    "with you before the next session."
                ),
                "hours_after": 26,
                "votes": {"up": ["chloe.nguyen", "lauren.kim"], "down": []},
            },
        ],
    },
    {
        "author": "tom.hargreaves",
        "title": "Kestrel quoted 35% less per seat than Coach - what's the talk track?",
        "body": (
            "UK SaaS company, 80 seats, final two are us and Kestrel Insights. Their Head of Sales "
            "Ops sent me this today:\n\n"
            "> Kestrel is GBP 310 per seat per year all-in. You're at GBP 480. Functionally it's "
            "the same recordings and transcripts. Help me justify the gap or match it.\n\n"
            "I'm a few weeks into the job and don't want to give away 35% on my first deal. What's "
            "the right answer, and who do I bring in?"
        ),
        "tags": ["kestrel-insights", "signal-coach", "negotiation", "supplier-selection"],
        "asked_days_ago": 6,
        "views": 48,
        "votes": {"up": ["claire.dubois", "henrik.sorensen", "jordan.blake"], "down": []},
        "comments": [
            {
                "author": "claire.dubois",
                "body": (
                    "Tom, let's do a 15-minute prep before you reply. Put something in my calendar "
                    "for tomorrow morning."
                ),
                "hours_after": 2,
            },
        ],
        "answers": [
            {
                "author": "jordan.blake",
                "body": (
                    "Welcome Tom. Don't match it, and don't argue that our recording is better; on "
                    "pure recording they're close. The gap is everywhere else:\n\n"
                    "1. **CRM write-back.** Ask the Sales Ops lead how call outcomes get into "
                    "their CRM today. With Kestrel it's usually a manual step or a paid connector. "
                    "Coach sits on Signal Core, so calls attach to the right contact and "
                    "opportunity automatically.\n"
                    "2. **No forecast link.** Kestrel can tell you a call went well; it can't tell "
                    "you the deal moved. If they ever want Forecast, they'll be integrating two "
                    "vendors.\n"
                    "3. **Per-seat price isn't their cost.** Ask what they'd pay for the CRM "
                    "connector and for transcript storage beyond a year. In the last three UK "
                    "deals Kestrel's all-in was within 10-15% of ours once those were added.\n\n"
                    "Talk track for the Sales Ops lead:\n\n"
                    "> 'If all you need is recordings, Kestrel is a good product and cheaper. If "
                    "you want calls to update your CRM and feed your forecast without someone "
                    "doing it by hand, price that work in too.'\n\n"
                    "Then bring in @kevin.walsh on the commercial side before you offer anything."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "tom.hargreaves",
                        "claire.dubois",
                        "henrik.sorensen",
                        "nikhil.rao",
                        "kevin.walsh",
                        "ana.sousa",
                    ],
                    "down": [],
                },
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "From the Deal Desk side: on this deal you can go to 15% on your own; 15-25% "
                    "needs Claire. Before discounting, offer a **give-get**: a two-year term or a "
                    "case-study commitment in exchange for 10%. I've seen more Kestrel deals won "
                    "on a two-year price lock than on headline discount."
                ),
                "hours_after": 7,
                "votes": {"up": ["tom.hargreaves", "jordan.blake", "claire.dubois"], "down": []},
            },
        ],
    },
    {
        "author": "lauren.kim",
        "title": (
            "RevOps wants to build pipeline dashboards in Quarry instead of buying Forecast. How "
            "do you respond?"
        ),
        "body": (
            "A 900-person SaaS company in Denver. Their RevOps lead is strong technically and "
            "already has Quarry Analytics reading from their warehouse. His words on our last "
            "call:\n\n"
            "> I can build your forecast roll-up in Quarry in a sprint. What do I get from you "
            "that I can't build?\n\n"
            "The CRO is leaning toward letting him try. I don't want to fight the RevOps lead, "
            "because he's the technical owner and we'll need him either way. Advice?"
        ),
        "tags": ["quarry-analytics", "technical-owner", "no-decision", "signal-forecast"],
        "asked_days_ago": 71,
        "views": 96,
        "votes": {
            "up": [
                "angela.whitman",
                "daniel.okafor",
                "samuel.adebayo",
                "kenji.watanabe",
                "ravi.krishnan",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "ravi.krishnan",
                "body": (
                    "I've been in about a dozen of these. The RevOps lead is usually right that he "
                    "can build the *dashboard*. What he can't build in a sprint is the data "
                    "underneath it. Don't compete on charts.\n\n"
                    "**Reframe: build the dashboard, buy the signal.**\n\n"
                    "> 'You can absolutely build the roll-up in Quarry, and you should own the "
                    "dashboards. The question is where the activity data and the deal scores come "
                    "from.'\n\n"
                    "**What's hard to build (ask him about each):**\n"
                    "- **Activity capture and matching.** Emails, meetings and calls matched to "
                    "the right contacts and opportunities. Signal Core does this; in Quarry he'd "
                    "need raw email and calendar data in the warehouse plus the matching logic.\n"
                    "- **Deal scores** trained on their own historical wins and losses, refreshed "
                    "nightly.\n"
                    "- **Forecast snapshots.** To measure forecast accuracy you need point-in-time "
                    "snapshots of every rep's call every week. Most home builds discover this in "
                    "month three.\n"
                    "- **Manager overrides and roll-up** with an audit trail.\n\n"
                    "**Make him the hero.** Signal Connect syncs Forecast data into their "
                    "warehouse (Snowflake or BigQuery), so he keeps building in Quarry on top of "
                    "our scores. Position it as 'Signal feeds Quarry', not 'Signal replaces "
                    "Quarry'.\n\n"
                    "**Offer a bounded bake-off.** Two weeks, three questions: which deals slipped "
                    "last quarter and could we have seen it, what was each manager's forecast "
                    "accuracy, and what's the commit today. I'll help set the success criteria.\n\n"
                    "Pitfall: don't let the CRO frame it as 'try building first, then decide'. "
                    "That's a six-month no-decision."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "lauren.kim",
                        "kenji.watanabe",
                        "elena.petrova",
                        "emily.novak",
                        "daniel.okafor",
                        "jordan.blake",
                        "marcus.feld",
                        "angela.whitman",
                        "samuel.adebayo",
                        "pieter.janssen",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "lauren.kim",
                        "body": (
                            "We ran the bake-off on those three questions. Signed last week, "
                            "Connect included. Thanks both."
                        ),
                        "hours_after": 50,
                    },
                ],
            },
            {
                "author": "pieter.janssen",
                "body": (
                    "The post-sale view: three of my customers run Quarry on top of the Connect "
                    "warehouse sync. Their RevOps leads like it because they get our tables "
                    "(`activities`, `deal_scores`, `forecast_snapshots`) in their own warehouse "
                    "and model freely. Happy to join a call with him; data engineers tend to trust "
                    "another data engineer."
                ),
                "hours_after": 30,
                "votes": {"up": ["ravi.krishnan", "lauren.kim", "emily.novak"], "down": []},
            },
        ],
    },
    {
        "author": "samuel.adebayo",
        "title": (
            "Prospect went from 'top priority' to 'maybe next year' - is this no-decision already?"
        ),
        "body": (
            "Industrial distributor in Ohio, 140 sellers. Discovery went well: the VP Sales said "
            "forecast accuracy was 'the number one problem this year'. Three weeks later, by "
            "email:\n\n"
            "> We're going to revisit this next fiscal year. Too many projects in flight.\n\n"
            "No competitor that I know of. Is there anything to do besides setting a reminder for "
            "next year?"
        ),
        "tags": ["no-decision", "objection-handling", "problem-identification", "compelling-event"],
        "asked_days_ago": 33,
        "views": 74,
        "votes": {"up": ["lauren.kim", "andre.thompson", "tyler.jackson"], "down": []},
        "answers": [
            {
                "author": "daniel.okafor",
                "body": (
                    "Not dead yet, but it will be if you just set a reminder. 'Too many projects' "
                    "means the problem was never sized against the other projects. Three "
                    "things:\n\n"
                    "1. **Go back to the cost of the problem.** He said accuracy was the top "
                    "problem. Did you get a number? If not, that's the gap. 'What did last "
                    "quarter's miss cost you?' is a fair question to ask now.\n"
                    "2. **Ask what's in flight.** Sometimes one of those projects *is* the "
                    "compelling event (a CRM migration, a new territory model). If they're "
                    "re-carving territories in Q1, Forecast with clean roll-ups helps that project "
                    "rather than competing with it.\n"
                    "3. **Offer a smaller first step.** A 30-day read-only assessment: we connect "
                    "Core to their CRM and show them their own slipped deals from last quarter. No "
                    "rollout, no change for reps.\n\n"
                    "Send something short:\n\n"
                    "> 'Understood. Before we park it: last quarter you estimated the forecast "
                    "miss cost you X. Is that still the cost of waiting until next year? If so, a "
                    "30-minute call to see whether a smaller first step fits alongside the other "
                    "projects might be worth it.'\n\n"
                    "If he doesn't reply to that, move it to closed-no-decision and log why. "
                    "Honest pipeline beats hopeful pipeline."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": [
                        "samuel.adebayo",
                        "lauren.kim",
                        "sofia.marquez",
                        "andre.thompson",
                        "grace.liu",
                        "angela.whitman",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "samuel.adebayo",
                        "body": (
                            "Sent the note. He replied with the number (USD 1.2M missed in one "
                            "quarter) and we have a call with their CFO on Thursday."
                        ),
                        "hours_after": 120,
                    },
                ],
            },
            {
                "author": "andre.thompson",
                "body": (
                    "One more: find out who else was in the room when they decided. 'Next year' "
                    "decisions are usually made by finance in a planning meeting your champion "
                    "wasn't running. If you can get 20 minutes with the CFO before their budget is "
                    "locked, you're back in."
                ),
                "hours_after": 9,
                "votes": {"up": ["samuel.adebayo", "daniel.okafor"], "down": []},
            },
            {
                "author": "tyler.jackson",
                "body": (
                    "Could you send a break-up email? On the SDR side 'should I close your file?' "
                    "gets more replies than anything else."
                ),
                "hours_after": 26,
                "votes": {"up": [], "down": ["daniel.okafor"]},
            },
        ],
    },
    {
        "author": "arjun.mehta",
        "title": "What are the current discount approval bands after the SKO change?",
        "body": (
            "RevOps announced a change to discount approvals at SKO, and I've now heard three "
            "different versions from my team. Can someone from the Deal Desk post the current "
            "bands here so we have one place to point people?\n\n"
            "Specifically: what can an AE approve alone, what needs a first-line manager, and when "
            "does it go to the VPs or to Robert?"
        ),
        "tags": ["pricing-guide", "negotiation"],
        "asked_days_ago": 120,
        "views": 312,
        "votes": {
            "up": [
                "chloe.nguyen",
                "hiroshi.tanaka",
                "wei.zhang",
                "claire.dubois",
                "lauren.kim",
                "daniel.okafor",
                "sofia.marquez",
                "nadia.haddad",
                "grace.liu",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "kevin.walsh",
                "body": (
                    "Current bands, effective from 1 February. Discount is measured as **total "
                    "discount off list across the whole quote**, not per line:\n\n"
                    "| Total discount | Who approves |\n"
                    "|---|---|\n"
                    "| up to 15% | AE, no approval needed |\n"
                    "| 15-25% | First-line sales manager |\n"
                    "| 25-35% | Deal Desk plus regional VP (Angela or Henrik) |\n"
                    "| over 35% | CRO (Robert), via the Deal Desk |\n\n"
                    "What changed at SKO:\n"
                    "- **Multi-year no longer adds automatic points.** A 3-year deal used to allow "
                    "an extra 5% without moving band. Now it's a give-get you can use inside your "
                    "band.\n"
                    "- **Free months count as discount.** Three free months on a 12-month term is "
                    "25%.\n"
                    "- **Non-standard terms** (payment terms beyond net 45, uncapped renewals, "
                    "termination for convenience) go to the Deal Desk at any discount level.\n\n"
                    "Submit through the quote in the CRM; approval routes automatically on "
                    "`Total_Discount_Pct__c`. Anything non-standard in the last week of the "
                    "quarter, please send by the Friday before. The pricing guide page has the "
                    "same table and is the source of truth if this thread ever drifts."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": [
                        "arjun.mehta",
                        "chloe.nguyen",
                        "wei.zhang",
                        "hiroshi.tanaka",
                        "lauren.kim",
                        "claire.dubois",
                        "daniel.okafor",
                        "sofia.marquez",
                        "samuel.adebayo",
                        "nadia.haddad",
                        "andre.thompson",
                        "tom.hargreaves",
                        "grace.liu",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "arjun.mehta",
                        "body": "Perfect, pinning this in the APAC channel. Thanks Kevin.",
                        "hours_after": 6,
                    },
                ],
            },
            {
                "author": "marcus.feld",
                "body": (
                    "Adding the why, since that's usually the next question: we moved to total "
                    "discount because line-level bands let quotes reach 40% off Coach while Core "
                    "sat at 10%, and the blended number looked fine. Win rates don't improve above "
                    "30%, so the extra approvals are there to make people stop and think, not to "
                    "say no."
                ),
                "hours_after": 5,
                "votes": {
                    "up": ["arjun.mehta", "kevin.walsh", "priya.nair", "angela.whitman"],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "jonah.whitfield",
        "title": "Who needs to approve a 30% discount on a mid-market Core and Coach deal?",
        "body": (
            "300-seat SaaS company in Boulder. We're at 30% off list on Core plus Coach to beat a "
            "Kestrel quote. Who needs to sign off, and how long does it usually take? I'd like to "
            "send the order form on Friday."
        ),
        "tags": ["pricing-guide", "negotiation", "signal-coach"],
        "asked_days_ago": 4,
        "views": 19,
        "votes": {"up": [], "down": []},
        "comments": [
            {
                "author": "lauren.kim",
                "body": (
                    "Jonah, this is covered in the discount bands thread: 30% total means Deal "
                    "Desk plus Angela. Let's also talk about the give-get before you go that far."
                ),
                "hours_after": 1,
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "Marking as a duplicate so the bands stay in one place. Send me the quote "
                    "today and it will be back by Thursday."
                ),
                "hours_after": 3,
            },
        ],
        "answers": [],
        "duplicate_of": "What are the current discount approval bands after the SKO change?",
    },
    {
        "author": "nadia.haddad",
        "title": "Is Enterprise Edition priced per user or as an uplift on the whole subscription?",
        "body": (
            "Gulf bank, 250 seats of Core and Forecast. They need SSO, the audit log and data "
            "residency, so it's Enterprise Edition. The price book shows EE as a percentage, and "
            "the customer's procurement team asked me to show it as a per-user price instead.\n\n"
            "Can I? And does the percentage apply to the add-ons too?"
        ),
        "tags": ["signal-enterprise-edition", "pricing-guide"],
        "asked_days_ago": 95,
        "views": 88,
        "votes": {"up": ["claire.dubois", "chloe.nguyen"], "down": []},
        "answers": [
            {
                "author": "kevin.walsh",
                "body": (
                    "EE is a **25% uplift on the subscription total**, add-ons included (Forecast, "
                    "Coach), with a 100-seat minimum. The Connect warehouse fee is excluded.\n\n"
                    "You can *present* it per user for procurement: take the EE amount, divide by "
                    "seats, and show a line 'Enterprise Edition (per user)'. Keep the quote in the "
                    "CRM as the uplift so the approval maths works. A discount on the EE line "
                    "counts toward the total discount band like everything else."
                ),
                "hours_after": 6,
                "accepted": True,
                "votes": {
                    "up": ["nadia.haddad", "claire.dubois", "henrik.sorensen", "chloe.nguyen"],
                    "down": [],
                },
            },
            {
                "author": "chloe.nguyen",
                "body": (
                    "Procurement wanted it per user on my AU residency deal too, and Kevin's team "
                    "did a custom order-form line in a day. One tip: show EE as its own line, not "
                    "blended into the Core per-user price, or renewals get messy because the "
                    "customer thinks Core went up 25%."
                ),
                "hours_after": 30,
                "votes": {"up": ["nadia.haddad", "wei.zhang", "kevin.walsh"], "down": []},
            },
        ],
    },
    {
        "author": "sofia.marquez",
        "title": "Can I offer a 3-year deal with ramped seats in year one for a bank?",
        "body": (
            "Regional bank, 400 seats rolling out in three waves over 12 months. Their CFO won't "
            "pay for 400 seats from day one while only 120 people are using it:\n\n"
            "> I'm not paying for shelfware while you onboard us.\n\n"
            "Fair. Options I'm considering: ramped seat counts in year one, or full seats at a "
            "lower year-one price. Which does the Deal Desk prefer, and what does each do to my "
            "bookings?"
        ),
        "tags": ["negotiation", "pricing-guide", "finance", "financial-services"],
        "asked_days_ago": 64,
        "views": 70,
        "votes": {"up": ["daniel.okafor", "andre.thompson", "olivia.chen"], "down": []},
        "answers": [
            {
                "author": "kevin.walsh",
                "body": (
                    "Ramp the **seats**, not the price. A seat ramp matches the rollout the CFO "
                    "described and keeps list price intact, so years two and three don't look like "
                    "a price increase.\n\n"
                    "Example we'd approve without fuss:\n"
                    "- Year 1: 120 seats for months 1-4, 260 for months 5-8, 400 for months 9-12\n"
                    "- Years 2-3: 400 seats\n"
                    "- Standard 7% renewal cap from year 4\n\n"
                    "Bookings: ACV is the average annual value across the term, so a ramp lowers "
                    "year-one billing but not TCV. Comp pays on first-year ACV plus the multi-year "
                    "kicker, so check the numbers with @priya.nair before you promise yourself "
                    "anything.\n\n"
                    "A lower year-one *price* on full seats counts as discount in the band, and it "
                    "resets the reference price at renewal, which is what you want to avoid."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "sofia.marquez",
                        "daniel.okafor",
                        "andre.thompson",
                        "olivia.chen",
                        "marcus.feld",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "sofia.marquez",
                        "body": (
                            "Went with the three-step ramp. The CFO signed off on the structure in "
                            "one meeting."
                        ),
                        "hours_after": 30,
                    },
                ],
            },
            {
                "author": "nikhil.rao",
                "body": (
                    "Competitive context: Ardent usually offers a year-one price holiday rather "
                    "than a ramp, then recovers it with a big year-two uplift. If the bank has "
                    "seen an Ardent proposal, put the 3-year TCV side by side. Ramps win on TCV "
                    "almost every time."
                ),
                "hours_after": 8,
                "votes": {
                    "up": [
                        "sofia.marquez",
                        "kevin.walsh",
                        "andre.thompson",
                        "daniel.okafor",
                        "jordan.blake",
                        "olivia.chen",
                    ],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "daniel.okafor",
        "title": (
            "What give-gets have actually worked for you at quarter end besides more discount?"
        ),
        "body": (
            "Putting together a give-get list for the Enterprise East team before quarter end. We "
            "keep defaulting to 'extra 5% if you sign by the 30th', which teaches customers to "
            "wait for the last week.\n\n"
            "What have you traded that the customer valued and that cost us little? Real examples "
            "please, with what you got in return."
        ),
        "tags": ["negotiation", "playbook"],
        "asked_days_ago": 47,
        "views": 138,
        "votes": {
            "up": [
                "angela.whitman",
                "robert.castellano",
                "sofia.marquez",
                "olivia.chen",
                "kevin.walsh",
                "marcus.feld",
                "lauren.kim",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "andre.thompson",
                "body": (
                    "My list, all used in the last four quarters:\n\n"
                    "- **Renewal price lock** (cap at 3% instead of 7%) **for a two-year term.** "
                    "Costs us little, and finance teams love predictability. The most effective "
                    "one by far.\n"
                    "- **Named CSM from day one** in exchange for a case study and a reference "
                    "call within six months. Check with Aoife's team first.\n"
                    "- **An extra sandbox** (Enterprise Edition only) for signature this quarter. "
                    "Their admins value it more than we do.\n"
                    "- **Onboarding at our cost** if they commit to go-live within 60 days. Speeds "
                    "up adoption, which protects the renewal anyway.\n"
                    "- **Annual in advance** instead of quarterly billing, for a small discount "
                    "inside the band.\n\n"
                    "What I stopped doing: end-of-quarter discount with no get. Two of those "
                    "customers asked for the same 'quarter-end discount' at renewal."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "daniel.okafor",
                        "sofia.marquez",
                        "kevin.walsh",
                        "nikhil.rao",
                        "olivia.chen",
                        "marcus.feld",
                        "lauren.kim",
                        "angela.whitman",
                        "robert.castellano",
                        "grace.liu",
                    ],
                    "down": [],
                },
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "Deal Desk view: everything on Andre's list is fine within your band *except* "
                    "onboarding at our cost, which needs CS sign-off. Please write the get into "
                    "the order form (for example 'Customer agrees to participate in a case study "
                    "within six months'). A get that only lives in an email isn't a get."
                ),
                "hours_after": 6,
                "votes": {"up": ["daniel.okafor", "andre.thompson", "marcus.feld"], "down": []},
            },
            {
                "author": "aoife.brennan",
                "body": (
                    "Happy to support named-CSM gets, but tell us before you promise one. And "
                    "please don't offer onboarding at our cost on deals above 500 seats without "
                    "talking to me first; those are real projects."
                ),
                "hours_after": 12,
                "votes": {"up": ["andre.thompson", "yasmin.farouk"], "down": []},
            },
            {
                "author": "tyler.jackson",
                "body": (
                    "From the SDR side: an executive sponsor call with our CRO works as a get, and "
                    "it opens doors too. CROs take a call from our CRO."
                ),
                "hours_after": 20,
                "votes": {"up": ["daniel.okafor"], "down": []},
                "comments": [
                    {
                        "author": "robert.castellano",
                        "body": (
                            "I'll take those calls, within reason. Book through my EA with a "
                            "one-paragraph brief on the deal and what we want from the call."
                        ),
                        "hours_after": 26,
                    },
                ],
            },
            {
                "author": "nikhil.rao",
                "body": (
                    "Having sat on the other side at Ardent: the give-get that worried us most "
                    "when a competitor offered it was **a price hold on expansion seats**, meaning "
                    "any seats added in the first 18 months come at today's per-seat price. "
                    "Customers planning to grow love it, and it costs us little if the expansion "
                    "happens anyway."
                ),
                "hours_after": 14,
                "votes": {
                    "up": ["andre.thompson", "kevin.walsh", "daniel.okafor", "sofia.marquez"],
                    "down": [],
                },
            },
            {
                "author": "sofia.marquez",
                "body": (
                    "Mine: **a joint success plan with their CRO, reviewed at 90 days**, in "
                    "exchange for signature this quarter. The customer gets an executive check-in; "
                    "we get the CRO's time after the deal, which is gold for expansion."
                ),
                "hours_after": 22,
                "votes": {"up": ["daniel.okafor", "andre.thompson"], "down": []},
            },
        ],
    },
    {
        "author": "diego.alvarez",
        "title": "Do we quote Latin American deals in USD, or is there local-currency pricing?",
        "body": (
            "I'm booking meetings with Brazilian and Mexican fintechs, and the first question on "
            "every call is the price in BRL or MXN. The price book only lists USD.\n\n"
            "Is there local-currency pricing, an FX policy, or a reseller who invoices locally? "
            "What should I say on the first call?"
        ),
        "tags": ["latam", "pricing-guide"],
        "asked_days_ago": 58,
        "views": 61,
        "votes": {"up": ["lauren.kim", "angela.whitman"], "down": []},
        "answers": [
            {
                "author": "kevin.walsh",
                "body": (
                    "USD only for now, for all of Latin America, invoiced from the US entity. No "
                    "local-currency price book and no FX protection clause. What you can say on a "
                    "first call:\n\n"
                    "> 'We price in US dollars across the region, so your price doesn't move with "
                    "our currency. Most of our customers in Latin America pay annually in advance "
                    "and fix their budget in USD.'\n\n"
                    "Brazilian withholding taxes are handled on the customer's side but they "
                    "affect what we receive, so flag Brazilian deals to the Deal Desk at proposal "
                    "stage. No reseller in the region yet; if a prospect insists on local "
                    "invoicing, bring it to Lauren and me before you promise anything."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": ["diego.alvarez", "lauren.kim", "angela.whitman", "samuel.adebayo"],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "diego.alvarez",
                        "body": (
                            "Thanks. Adding the USD line to the first-call script in Portuguese "
                            "and Spanish."
                        ),
                        "hours_after": 30,
                    },
                ],
            },
            {
                "author": "lauren.kim",
                "body": (
                    "And set the region field on the opportunity to LATAM so these show up in the "
                    "pipeline review; Angela is tracking how often currency comes up."
                ),
                "hours_after": 9,
                "votes": {"up": ["diego.alvarez"], "down": []},
            },
        ],
    },
    {
        "author": "sofia.marquez",
        "title": (
            "Ardent Revenue renewal is 9 months out at a regional bank - when do I start the "
            "displacement?"
        ),
        "body": (
            "Regional bank, 300 sellers, on Ardent Revenue for four years. The renewal is nine "
            "months out, and their CRO told me at an industry event that the last renewal "
            "'hurt'.\n\n"
            "I don't want to be the column fodder in a comparison they run just to squeeze Ardent. "
            "When would you open the conversation, and with whom?"
        ),
        "tags": ["ardent-revenue", "compelling-event", "financial-services", "playbook"],
        "asked_days_ago": 130,
        "views": 190,
        "votes": {
            "up": [
                "andre.thompson",
                "daniel.okafor",
                "robert.castellano",
                "angela.whitman",
                "olivia.chen",
                "jordan.blake",
                "kevin.walsh",
                "marcus.feld",
            ],
            "down": [],
        },
        "comments": [
            {
                "author": "daniel.okafor",
                "body": "@nikhil.rao you'll have the best view of their renewal cycle here.",
                "hours_after": 2,
            },
        ],
        "answers": [
            {
                "author": "nikhil.rao",
                "body": (
                    "From four years of pricing Ardent renewals: start **now**. Their renewal "
                    "motion kicks in at about 120 days, so by then the customer has an Ardent "
                    "proposal with a 'loyalty' discount on the table. You want your numbers in "
                    "front of finance before that.\n\n"
                    "How their renewals usually work:\n"
                    "- **Uplift of 12-20%** at renewal, justified by new modules the customer "
                    "didn't ask for.\n"
                    "- **Multi-year lock** offered at 90-120 days with part of the uplift waived. "
                    "That's the moment they lock you out for three years.\n"
                    "- **Implementation credits** for modules the customer hasn't deployed. Ask "
                    "whether they still have unused credits; it's a sign of low adoption.\n\n"
                    "A sequence that worked for Andre and me:\n"
                    "1. **Months 9-7:** meet the CRO, not procurement. Ask what the last renewal "
                    "cost and what they actually use. Most Ardent customers use the forecast "
                    "roll-up and little else.\n"
                    "2. **Months 7-5:** offer a read-only Forecast assessment on their own data, "
                    "so finance sees accuracy by rep for last year.\n"
                    "3. **Months 5-4:** give finance a 3-year TCV comparison *before* Ardent's "
                    "proposal arrives.\n\n"
                    "Don't bring up their renewal price unless the customer does. You shouldn't "
                    "have it, and neither should I."
                ),
                "hours_after": 6,
                "accepted": True,
                "votes": {
                    "up": [
                        "sofia.marquez",
                        "andre.thompson",
                        "daniel.okafor",
                        "jordan.blake",
                        "kevin.walsh",
                        "marcus.feld",
                        "robert.castellano",
                        "olivia.chen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "andre.thompson",
                "body": (
                    "Agree with Nikhil. One more: ask the CRO who at the bank owns the Ardent "
                    "relationship. Usually it's someone in finance who bought it for the CFO's "
                    "dashboard. That person is your real competition, not Ardent's AE."
                ),
                "hours_after": 10,
                "votes": {"up": ["sofia.marquez", "nikhil.rao", "daniel.okafor"], "down": []},
            },
            {
                "author": "jordan.blake",
                "body": (
                    "The Ardent displacement playbook (Product Marketing > Plays) has an email "
                    "sequence for months 9 to 4. Andre's and Nikhil's notes are the core of it."
                ),
                "hours_after": 24,
                "votes": {"up": ["sofia.marquez"], "down": []},
            },
        ],
    },
    {
        "author": "andre.thompson",
        "title": (
            "Customer already runs Kestrel for call recording - can Forecast use Kestrel's call "
            "data?"
        ),
        "body": (
            "Asset manager in New York, 90 sellers. Happy Kestrel Insights customer for calls, and "
            "the contract runs 18 more months. They want Forecast, but the RevOps lead asked "
            "whether Forecast can use Kestrel's call data for deal scores or whether they need "
            "Coach for that.\n\n"
            "I don't want to start a Coach versus Kestrel fight I'll lose this year."
        ),
        "tags": ["kestrel-insights", "signal-forecast", "signal-connect", "technical-owner"],
        "asked_days_ago": 41,
        "views": 57,
        "votes": {"up": ["jordan.blake", "ravi.krishnan"], "down": []},
        "answers": [
            {
                "author": "kenji.watanabe",
                "body": (
                    "Forecast works without Coach. Deal scores use email, meeting and CRM activity "
                    "from Signal Core; call signals are a bonus, not a requirement.\n\n"
                    "On Kestrel data: there's no native connector, but Kestrel exports call "
                    "metadata (date, participants, duration), and you can push that into Core "
                    "through the Signal Connect public API as activities. Two customers do this "
                    "today.\n"
                    "- **What you get:** calls count as activity on the deal.\n"
                    "- **What you don't get:** call content signals (next steps mentioned, "
                    "competitor mentioned), because those come from Coach transcripts.\n\n"
                    "Position it as 'keep Kestrel, Forecast still works, revisit calls at your "
                    "renewal', and plant the Coach seed around month 14."
                ),
                "hours_after": 8,
                "votes": {
                    "up": ["andre.thompson", "ravi.krishnan", "elena.petrova", "jordan.blake"],
                    "down": [],
                },
            },
            {
                "author": "ravi.krishnan",
                "body": (
                    "From POCs: the accuracy difference between Forecast with and without call "
                    "content is small for most teams, two or three points on deal-score precision. "
                    "Don't oversell the Coach bundle to win Forecast here."
                ),
                "hours_after": 26,
                "votes": {"up": ["andre.thompson", "kenji.watanabe"], "down": []},
            },
        ],
    },
    {
        "author": "emily.novak",
        "title": (
            "Shadowing a Quarry Analytics bake-off - what should the proof of concept actually "
            "measure?"
        ),
        "body": (
            "I'm shadowing @ravi.krishnan on a bake-off next week against Quarry Analytics at a "
            "2,000-person technology company. Coming from the admin side, I want to understand how "
            "we set success criteria so the comparison isn't just 'whose dashboard looks "
            "better'.\n\n"
            "What goes in the criteria document, and what do you avoid?"
        ),
        "tags": ["quarry-analytics", "validation", "signal-forecast", "supplier-selection"],
        "asked_days_ago": 9,
        "views": 40,
        "votes": {"up": ["elena.petrova", "kenji.watanabe"], "down": []},
        "answers": [
            {
                "author": "ravi.krishnan",
                "body": (
                    "Good question to ask before, not after. Elena's POC criteria template has the "
                    "full list; against Quarry I always push these three, in writing, signed off "
                    "by the economic owner:\n\n"
                    "1. **Backtest.** Take last quarter's pipeline as of week 3 and compare each "
                    "tool's call with what actually closed. Quarry has no model, so they'll use "
                    "rep-entered probabilities. That's the point.\n"
                    "2. **Time to answer.** 'Which commit deals have had no buyer activity in 14 "
                    "days?' Time how long each team takes.\n"
                    "3. **Maintenance.** Who updates the model when stages or territories change? "
                    "Get the RevOps lead to estimate hours per month for the Quarry build.\n\n"
                    "Avoid dashboard aesthetics, custom chart types, and anything where 'it "
                    "depends how you build it' is the answer. Quarry wins those because it's a BI "
                    "tool.\n\n"
                    "Also agree that *the customer's* RevOps team builds the Quarry side, not a "
                    "Quarry consultant. A consultant-built demo isn't what they'll live with."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {"up": ["emily.novak", "elena.petrova", "kenji.watanabe"], "down": []},
            },
            {
                "author": "elena.petrova",
                "body": (
                    "The template is in the SE folder: 'POC success criteria v4'. Section 3 has "
                    "the backtest method. Emily, fill in a draft for this deal and Ravi and I will "
                    "review it with you."
                ),
                "hours_after": 9,
                "votes": {"up": ["emily.novak", "ravi.krishnan"], "down": []},
                "comments": [
                    {
                        "author": "emily.novak",
                        "body": "Draft done and sent to you both.",
                        "hours_after": 30,
                    },
                ],
            },
        ],
    },
    {
        "author": "samuel.adebayo",
        "title": (
            "Does Signal Core sync with Brightline CRM, or only the Salesforce, HubSpot and "
            "Dynamics connectors?"
        ),
        "body": (
            "Distribution company in Kansas City, 250 sellers, on Brightline CRM since 2019 and "
            "not moving off it. They like Core's activity capture, but their admin asked whether "
            "it writes back into Brightline.\n\n"
            "The Connect page lists Salesforce, HubSpot and Dynamics. Is Brightline possible "
            "through the API, on the roadmap, or a no-go?"
        ),
        "tags": ["brightline-crm", "signal-connect", "signal-core", "technical-owner"],
        "asked_days_ago": 23,
        "views": 44,
        "votes": {"up": ["jordan.blake", "lauren.kim"], "down": []},
        "comments": [
            {
                "author": "samuel.adebayo",
                "body": "Any update from product? The customer meeting is next Tuesday.",
                "hours_after": 100,
            },
            {
                "author": "jordan.blake",
                "body": "Following. If someone gets an answer I'll add it to the Brightline brief.",
                "hours_after": 110,
            },
        ],
        "answers": [
            {
                "author": "kenji.watanabe",
                "body": (
                    "Not natively. In theory the public API and webhooks could push activities "
                    "into Brightline with middleware on the customer's side, but I haven't seen "
                    "anyone run that in production and I wouldn't put it in a proposal. I'll ask "
                    "product whether it's on the roadmap."
                ),
                "hours_after": 30,
                "votes": {"up": [], "down": []},
            },
            {
                "author": "wei.zhang",
                "body": (
                    "An APAC prospect asked the same last year and we didn't pursue it. I'd also "
                    "like to know the answer."
                ),
                "hours_after": 60,
                "votes": {"up": [], "down": ["pieter.janssen"]},
            },
        ],
    },
    {
        "author": "lauren.kim",
        "title": (
            "Do we have current Kestrel Insights per-seat pricing, and is the battlecard up to "
            "date?"
        ),
        "body": (
            "Kestrel is showing up in about a third of our mid-market Coach deals this quarter. "
            "The battlecard I have says 'USD 35-40 per seat per month' and is dated last year. My "
            "reps are hearing much lower numbers. Is there anything newer?"
        ),
        "tags": ["kestrel-insights", "competitive-brief", "signal-coach"],
        "asked_days_ago": 110,
        "views": 105,
        "votes": {"up": ["samuel.adebayo", "angela.whitman", "tyler.jackson"], "down": []},
        "answers": [
            {
                "author": "jordan.blake",
                "body": (
                    "Updated the Kestrel brief this morning (v7). What we've seen in the last 90 "
                    "days from win-loss reviews and shared quotes:\n\n"
                    "- **Mid-market list:** USD 29-32 per seat per month on annual terms, with a "
                    "50-seat minimum.\n"
                    "- **Aggressive deals:** down to USD 24 when they know we're in, usually with "
                    "a two-year term.\n"
                    "- **Extra costs:** CRM sync is a paid connector above 100 seats, and "
                    "transcript storage beyond 12 months is extra.\n\n"
                    "Keep sending me quotes (screenshots with the customer name blacked out are "
                    "fine). And please don't share the brief itself with prospects; it's internal "
                    "only."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "lauren.kim",
                        "samuel.adebayo",
                        "hiroshi.tanaka",
                        "kevin.walsh",
                        "ana.sousa",
                        "rachel.adeyemi",
                    ],
                    "down": [],
                },
            },
            {
                "author": "rachel.adeyemi",
                "body": (
                    "Thanks Jordan. Lauren, we'll also run a 30-minute Kestrel refresher for "
                    "Mid-Market West next Thursday; Grace is adding it to the enablement calendar."
                ),
                "hours_after": 5,
                "votes": {"up": ["jordan.blake", "lauren.kim"], "down": []},
            },
        ],
    },
    {
        "author": "andre.thompson",
        "title": (
            "Win-loss: we lost a regional insurer to Ardent on 'CFO trust'. What would you have "
            "done differently?"
        ),
        "body": (
            "Sharing a loss for the record and for advice. Regional insurer, 180 sellers, Core "
            "plus Forecast, USD 260k ACV. We won the technical evaluation clearly and the VP Sales "
            "was a strong champion. We lost in the last two weeks. The CFO's feedback, via our "
            "champion:\n\n"
            "> Ardent has been in front of our board for three years. I trust their number. I "
            "don't know yours yet.\n\n"
            "What I'd change: I met the CFO once, in week 10. What else would you have done?"
        ),
        "tags": ["win-loss-review", "ardent-revenue", "finance", "financial-services"],
        "asked_days_ago": 28,
        "views": 92,
        "votes": {
            "up": [
                "daniel.okafor",
                "sofia.marquez",
                "robert.castellano",
                "angela.whitman",
                "nikhil.rao",
                "jordan.blake",
                "ana.sousa",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "sofia.marquez",
                "body": (
                    "Sorry, Andre. This one stings because it's the most common way we lose to "
                    "Ardent in financial services. What has worked for me:\n\n"
                    "- **Get finance into the POC, not the final meeting.** I ask the CFO's FP&A "
                    "lead to co-own the backtest. If FP&A has checked our numbers against last "
                    "year's actuals themselves, the CFO trusts the number because his own team "
                    "produced it.\n"
                    "- **Bring a finance reference, not a sales reference.** CFOs don't care what "
                    "a VP Sales thinks of us. Ana has two FP&A leaders at insurers who will take a "
                    "20-minute call.\n"
                    "- **Answer 'board' literally.** Offer a side-by-side of their board pack: the "
                    "current forecast slide and the same slide built from Forecast. It takes an "
                    "afternoon.\n\n"
                    "And the obvious one: week 10 is too late for a first CFO meeting on a deal "
                    "this size. I aim for week 3 and take the VP Sales with me."
                ),
                "hours_after": 4,
                "votes": {
                    "up": [
                        "andre.thompson",
                        "daniel.okafor",
                        "olivia.chen",
                        "ana.sousa",
                        "nikhil.rao",
                        "angela.whitman",
                    ],
                    "down": [],
                },
            },
            {
                "author": "ana.sousa",
                "body": (
                    "Confirming: two FP&A references in insurance, both happy to talk to a "
                    "CFO-level contact. Request them through the reference form so I can keep them "
                    "from being overused."
                ),
                "hours_after": 7,
                "votes": {"up": ["andre.thompson", "sofia.marquez"], "down": []},
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "For the team: I'm adding 'CFO or FP&A engaged by stage 3' to our deal-review "
                    "checklist for deals over USD 150k. Andre, thanks for writing this up honestly."
                ),
                "hours_after": 12,
                "votes": {"up": ["andre.thompson", "sofia.marquez", "marcus.feld"], "down": []},
            },
        ],
    },
    {
        "author": "olivia.chen",
        "title": (
            "What discovery questions surface forecast pain when the VP Sales says 'our forecast "
            "is fine'?"
        ),
        "body": (
            "Healthcare technology company; the VP Sales is our contact. Every time I ask about "
            "forecast accuracy I get 'we're usually within 10%'. I suspect it isn't true, or they "
            "hit the number with a lot of end-of-quarter heroics, but I can't get him to say "
            "so.\n\n"
            "What questions do you use?"
        ),
        "tags": ["discovery", "problem-identification", "economic-owner", "signal-forecast"],
        "asked_days_ago": 75,
        "views": 110,
        "votes": {
            "up": [
                "daniel.okafor",
                "grace.liu",
                "tyler.jackson",
                "amara.osei",
                "jonah.whitfield",
                "tom.hargreaves",
                "sofia.marquez",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "grace.liu",
                "body": (
                    "Stop asking about accuracy; everyone is 'within 10%' at quarter end. Ask "
                    "about the **path**:\n\n"
                    "- 'In week 6 of last quarter, what was your commit, and how close was it to "
                    "what closed?'\n"
                    "- 'How many of the deals that closed last quarter were in commit at week 4?'\n"
                    "- 'When a big deal slipped last year, how many days before quarter end did "
                    "you find out?'\n"
                    "- 'How much time do your managers spend on forecast prep each week?'\n"
                    "- 'What does your CFO do with your number? Is there a haircut?'\n\n"
                    "The last one is gold. If finance applies a haircut, the forecast isn't "
                    "trusted, whatever the VP says. All of these are in the discovery "
                    "certification question bank, section 'Forecast pain'."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "olivia.chen",
                        "tyler.jackson",
                        "sofia.marquez",
                        "andre.thompson",
                        "lauren.kim",
                        "amara.osei",
                        "jonah.whitfield",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "olivia.chen",
                        "body": (
                            "The 'is there a haircut' question did it: 15%, every quarter, applied "
                            "by the CFO. Now we're talking."
                        ),
                        "hours_after": 60,
                    },
                ],
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "Grace's questions are the right ones. The move I'd add: make it about his "
                    "week, not his accuracy.\n\n"
                    "> 'Walk me through the Thursday before your forecast call. Who do you talk "
                    "to, what do you open, what do you change?'\n\n"
                    "If the answer involves three spreadsheets and calling every manager, there's "
                    "your pain, and he told you himself. Then quantify it: hours per manager per "
                    "week times the number of managers. In a 12-manager organisation that's "
                    "usually 30-40 hours a week of forecast prep."
                ),
                "hours_after": 6,
                "votes": {
                    "up": [
                        "olivia.chen",
                        "sofia.marquez",
                        "andre.thompson",
                        "tyler.jackson",
                        "lauren.kim",
                        "angela.whitman",
                        "marcus.feld",
                        "grace.liu",
                        "robert.castellano",
                    ],
                    "down": [],
                },
            },
            {
                "author": "tyler.jackson",
                "body": (
                    "SDR angle for first calls: 'When your CFO asks how confident you are in the "
                    "number, what do you show her?' It gets VPs talking every time."
                ),
                "hours_after": 20,
                "votes": {"up": ["olivia.chen", "amara.osei"], "down": []},
            },
            {
                "author": "ana.sousa",
                "body": (
                    "If it helps, the Forecast messaging guide has a forecast maturity "
                    "self-assessment: ten yes-or-no questions a VP can answer in five minutes. A "
                    "score under 6 usually opens the conversation without you having to push."
                ),
                "hours_after": 30,
                "votes": {"up": ["olivia.chen", "grace.liu"], "down": []},
            },
            {
                "author": "andre.thompson",
                "body": (
                    "Ask about the last board meeting: 'What did you present on pipeline, and what "
                    "did the board ask?' If the board pushed back, the forecast isn't fine, "
                    "whatever the accuracy number says."
                ),
                "hours_after": 40,
                "votes": {"up": ["olivia.chen", "sofia.marquez", "daniel.okafor"], "down": []},
            },
        ],
    },
    {
        "author": "hiroshi.tanaka",
        "title": (
            "A Japanese CSO gave me 30 minutes for a first meeting - how do you structure "
            "discovery with a C-level?"
        ),
        "body": (
            "Large Japanese manufacturer, first meeting with their Chief Sales Officer through our "
            "reseller partner. 30 minutes including interpretation, so really 15 minutes of "
            "content. Our usual discovery agenda has 12 questions.\n\n"
            "What do you cut, and how do you open?"
        ),
        "tags": ["discovery", "economic-owner", "apac"],
        "asked_days_ago": 44,
        "views": 52,
        "votes": {"up": ["arjun.mehta", "wei.zhang"], "down": []},
        "answers": [
            {
                "author": "robert.castellano",
                "body": (
                    "With 15 minutes of content you get three questions. I'd use:\n\n"
                    "1. 'What has to be true for your sales organisation at the end of next fiscal "
                    "year?' (his goal, in his words)\n"
                    "2. 'What's in the way today?' (the problem, at his level)\n"
                    "3. 'Who on your team should we work with to see whether we can help?' (the "
                    "path)\n\n"
                    "Open with one sentence on why you asked for the meeting, tied to something "
                    "specific about his company, not about our product. Don't demo. Leave with a "
                    "named person and a date, and ask the reseller to confirm the follow-up in "
                    "writing the same day."
                ),
                "hours_after": 8,
                "votes": {
                    "up": [
                        "hiroshi.tanaka",
                        "arjun.mehta",
                        "henrik.sorensen",
                        "daniel.okafor",
                        "angela.whitman",
                    ],
                    "down": [],
                },
            },
            {
                "author": "arjun.mehta",
                "body": (
                    "Agree. And send the three questions in advance through the partner, in "
                    "Japanese. Senior executives here prefer not to be surprised, and you'll get "
                    "more considered answers."
                ),
                "hours_after": 10,
                "votes": {"up": ["hiroshi.tanaka", "robert.castellano"], "down": []},
            },
            {
                "author": "wei.zhang",
                "body": (
                    "If he asks to see something, have one screen ready: the Forecast roll-up with "
                    "Japanese labels. The demo tenant has a Japanese-language profile."
                ),
                "hours_after": 30,
                "votes": {"up": ["hiroshi.tanaka"], "down": []},
            },
        ],
    },
    {
        "author": "jonah.whitfield",
        "title": (
            "Discovery with a RevOps admin who only wants to talk integrations - how do I get to "
            "the business problem?"
        ),
        "body": (
            "Two discovery calls in a row where the RevOps admin spent 40 minutes on API limits, "
            "field mapping and sync frequency, and I never found out why they're looking at "
            "all.\n\n"
            "I don't want to cut him off, because he'll own the tool. How do I steer without "
            "losing him?"
        ),
        "tags": ["discovery", "technical-owner", "signal-connect"],
        "asked_days_ago": 11,
        "views": 34,
        "votes": {"up": ["lauren.kim", "emily.novak"], "down": []},
        "answers": [
            {
                "author": "kenji.watanabe",
                "body": (
                    "Bring an SE to the next call and split the agenda: the first 20 minutes with "
                    "the SE on integration, the last 20 with you on the why. Tell him up front: "
                    "'We'll answer every integration question, and I'd also like to understand "
                    "what prompted the project.' Technical owners respect a structured agenda.\n\n"
                    "Questions that get an admin talking about the business:\n"
                    "- 'What does your CRO ask you for that you can't produce today?'\n"
                    "- 'What's your most painful manual report?'\n"
                    "- 'If this project succeeds, what changes for you personally?'\n\n"
                    "Admins are usually the people building the forecast spreadsheet by hand on "
                    "Thursday nights. Find that and you've found the pain."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": ["jonah.whitfield", "lauren.kim", "emily.novak", "elena.petrova"],
                    "down": [],
                },
            },
            {
                "author": "emily.novak",
                "body": (
                    "From my last job on the admin side: we asked about integrations first because "
                    "a vendor's sync had once broken our CRM. Hearing 'Signal Connect only writes "
                    "activities and the few fields you choose' calmed me down more than anything. "
                    "After that I'd happily talk about why."
                ),
                "hours_after": 7,
                "votes": {"up": ["jonah.whitfield", "kenji.watanabe"], "down": []},
                "comments": [
                    {
                        "author": "jonah.whitfield",
                        "body": "This is super helpful, thanks Emily.",
                        "hours_after": 30,
                    },
                ],
            },
        ],
    },
    {
        "author": "nadia.haddad",
        "title": (
            "Is 'a new CRO starts next quarter' a compelling event, or a reason the deal will "
            "stall?"
        ),
        "body": (
            "Saudi bank. Our champion (Head of Sales Operations) says the new CRO starts in six "
            "weeks and 'will want something like this'. Claire asked me whether that's a "
            "compelling event for commit.\n\n"
            "My gut says it's the opposite: a new executive usually freezes decisions for 90 days. "
            "Who's right?"
        ),
        "tags": ["compelling-event", "qualification", "economic-owner", "forecasting"],
        "asked_days_ago": 60,
        "views": 67,
        "votes": {"up": ["claire.dubois", "marcus.feld"], "down": []},
        "answers": [
            {
                "author": "daniel.okafor",
                "body": (
                    "Both, depending on what you do in the next six weeks. A new executive is a "
                    "**trigger**, not a compelling event. A compelling event has a date *and* a "
                    "consequence if it's missed; 'new CRO starts' has a date but no "
                    "consequence.\n\n"
                    "What makes it real:\n"
                    "- New CROs usually present a plan to the board within their first 90-100 "
                    "days. Ask your champion when that is. That's the date.\n"
                    "- Your champion wants to walk in with a solution ready. Help them build a "
                    "'first 90 days' brief for the CRO that includes fixing forecast "
                    "visibility.\n\n"
                    "Until you've met the CRO and they've agreed, I'd keep it in Best Case, not "
                    "Commit. New leaders like to choose their own tools, so get in front of this "
                    "one in week one."
                ),
                "hours_after": 4,
                "votes": {
                    "up": [
                        "nadia.haddad",
                        "claire.dubois",
                        "marcus.feld",
                        "lauren.kim",
                        "angela.whitman",
                        "henrik.sorensen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "claire.dubois",
                "body": (
                    "Agreed: Best Case until you've had the first meeting. Nadia, ask your "
                    "champion for an introduction in the CRO's first two weeks."
                ),
                "hours_after": 20,
                "votes": {"up": ["nadia.haddad", "daniel.okafor"], "down": []},
            },
        ],
    },
    {
        "author": "samuel.adebayo",
        "title": (
            "Customer is migrating to a new CRM in Q3 - do we sell Core before or after the "
            "migration?"
        ),
        "body": (
            "Manufacturer in Chicago moving from Brightline CRM to Salesforce in Q3. The project "
            "lead says 'talk to us after go-live'. That's eight months or more.\n\n"
            "Is the migration a reason to wait, or a reason to buy now?"
        ),
        "tags": ["compelling-event", "signal-core", "signal-connect", "technical-owner"],
        "asked_days_ago": 100,
        "views": 79,
        "votes": {"up": ["lauren.kim", "kenji.watanabe", "angela.whitman"], "down": []},
        "answers": [
            {
                "author": "kenji.watanabe",
                "body": (
                    "It's the best compelling event you'll get. Every CRM migration has the same "
                    "problem: they move the records, but the history of activity (who emailed "
                    "whom, which meetings happened) doesn't move cleanly, and reps stop logging "
                    "for the first two months because the new CRM is unfamiliar.\n\n"
                    "Pitch: **go live with Signal Core on day one of the new CRM.** Activity "
                    "capture fills the new CRM from the first day without asking reps to log "
                    "anything. That's the adoption story the migration lead needs.\n\n"
                    "Practical steps:\n"
                    "1. Get into the migration project plan now, as a workstream rather than a "
                    "vendor.\n"
                    "2. Run an SE session with their implementation partner on the data model: "
                    "which objects Core writes to, and the field mapping.\n"
                    "3. Sign before go-live with a start date aligned to go-live, so nobody pays "
                    "twice.\n\n"
                    "Pitfall: don't try to connect Core to Brightline for the remaining months. It "
                    "isn't a supported connector, and it'll distract from the migration."
                ),
                "hours_after": 6,
                "accepted": True,
                "votes": {
                    "up": [
                        "samuel.adebayo",
                        "lauren.kim",
                        "ravi.krishnan",
                        "elena.petrova",
                        "angela.whitman",
                        "emily.novak",
                        "pieter.janssen",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "samuel.adebayo",
                        "body": (
                            "Update for anyone who finds this later: the reframing worked. The "
                            "project lead's real fear was 'reps won't use the new CRM'. We're now "
                            "on the migration steering committee."
                        ),
                        "hours_after": 200,
                    },
                ],
            },
        ],
    },
    {
        "author": "olivia.chen",
        "title": (
            "Procurement wants us in their supplier portal before they'll even look at the MSA. "
            "Normal?"
        ),
        "body": (
            "400-bed hospital network, USD 180k ACV. Procurement sent a link to their supplier "
            "portal: company registration, tax forms, insurance certificates, diversity status, "
            "bank details. They say legal won't review our MSA until onboarding is complete.\n\n"
            "It's the 12th and they want to sign by quarter end. Who fills this in on our side, "
            "and can it run in parallel with legal?"
        ),
        "tags": ["procurement", "buying", "mutual-action-plan", "healthcare"],
        "asked_days_ago": 27,
        "views": 68,
        "votes": {
            "up": [
                "daniel.okafor",
                "sofia.marquez",
                "hannah.lindgren",
                "kevin.walsh",
                "maya.patel",
            ],
            "down": [],
        },
        "comments": [
            {
                "author": "maya.patel",
                "body": (
                    "@hannah.lindgren may I add your answer to the procurement playbook? It's "
                    "exactly what the playbook is missing."
                ),
                "hours_after": 40,
            },
        ],
        "answers": [
            {
                "author": "hannah.lindgren",
                "body": (
                    "Very normal, and it's usually the longest pole if you start late. From seven "
                    "years on the procurement side:\n\n"
                    "**Why they do it:** they can't issue a PO to a supplier who isn't in the "
                    "system, so legal won't spend time on a contract that can't be paid. It isn't "
                    "a stalling tactic.\n\n"
                    "**How to speed it up:**\n"
                    "- **Ask for the supplier onboarding checklist and the typical cycle time.** "
                    "Most portals approve 10-15 business days after you submit. Put that date in "
                    "your mutual action plan.\n"
                    "- **Ask whether legal can review in parallel 'at risk'.** Many will if the "
                    "requester (your champion) asks, rather than you.\n"
                    "- **Let the Deal Desk fill it in.** Kevin's team has a supplier pack: tax "
                    "forms, certificate of insurance, bank letter, SOC 2 summary, accessibility "
                    "statement. With the pack to hand most portals take two or three hours.\n"
                    "- **Check the insurance requirement on day one.** Hospitals often require "
                    "specific cyber-liability limits. If their minimum is above ours, that's a "
                    "week of back and forth with our broker.\n\n"
                    "**Don't** ask procurement to skip steps. It marks you as a risky supplier, "
                    "and they remember."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "olivia.chen",
                        "kevin.walsh",
                        "daniel.okafor",
                        "sofia.marquez",
                        "aoife.brennan",
                        "marcus.feld",
                        "nikhil.rao",
                        "andre.thompson",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "olivia.chen",
                        "body": (
                            "Their minimum was USD 5M, so we're fine. Portal submitted today and "
                            "parallel legal review agreed. This thread should be pinned."
                        ),
                        "hours_after": 28,
                    },
                ],
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "Confirming the supplier pack exists (Deal Desk > Supplier onboarding). Send "
                    "us the portal link and a named contact; we turn most portals around in two "
                    "business days. Our cyber-liability cover is USD 10M; if they ask for more, "
                    "tell me now."
                ),
                "hours_after": 5,
                "votes": {"up": ["olivia.chen", "hannah.lindgren"], "down": []},
            },
        ],
    },
    {
        "author": "sofia.marquez",
        "title": (
            "A regional bank sent a 280-question vendor-risk questionnaire. Where do approved "
            "answers live?"
        ),
        "body": (
            "First bank deal of the year, and their third-party risk team sent a 280-line "
            "spreadsheet due in 10 business days. Half of it is security, a quarter is business "
            "continuity, and the rest is financial stability and subcontractors.\n\n"
            "Last time I did this I spent a weekend copying answers from old questionnaires. Is "
            "there a library of approved answers, and who signs off before it goes back?"
        ),
        "tags": ["rfp-response", "security-review", "financial-services", "it"],
        "asked_days_ago": 160,
        "views": 176,
        "votes": {
            "up": [
                "olivia.chen",
                "andre.thompson",
                "nadia.haddad",
                "chloe.nguyen",
                "daniel.okafor",
                "maya.patel",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "elena.petrova",
                "body": (
                    "Yes, and please don't copy from old questionnaires; answers change every "
                    "quarter.\n\n"
                    "- **Answer library:** the RFP answer library in the SE folder, organised by "
                    "domain (security, privacy, BC/DR, financial, subprocessors). Every answer has "
                    "an owner and a review date. About 85% of a typical bank questionnaire maps to "
                    "it.\n"
                    "- **Process:** open a security-review request on the opportunity (Request SE "
                    "> Security review). An SE takes the security and BC/DR sections, finance "
                    "answers financial stability, and the Deal Desk takes contract questions.\n"
                    "- **Timeline:** for 280 questions, budget five to seven business days. Tell "
                    "the bank on day one if you need more; they'd rather know.\n"
                    "- **Attach, don't paraphrase:** the SOC 2 Type II report, the pen-test "
                    "executive summary and the BC/DR policy summary go as attachments under NDA. "
                    "Many questions can then be answered 'See SOC 2 report, section X'.\n\n"
                    "Sign-off: the SE on the security sections, the Deal Desk on anything "
                    "contractual. Never answer 'Yes' to something we only do partly; 'Partial' "
                    "with an explanation is fine, and reviewers respect it."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "sofia.marquez",
                        "olivia.chen",
                        "andre.thompson",
                        "daniel.okafor",
                        "nadia.haddad",
                        "chloe.nguyen",
                        "wei.zhang",
                        "kenji.watanabe",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "sofia.marquez",
                        "body": (
                            "Closing the loop: 280 questions answered in six days, 11 follow-ups "
                            "from the bank, approved. The library is great. Thank you, Elena."
                        ),
                        "hours_after": 150,
                    },
                ],
            },
            {
                "author": "hannah.lindgren",
                "body": (
                    "From the bank side: third-party risk teams tier their suppliers. Ask which "
                    "tier you're in and whether the full questionnaire applies. A CRM activity "
                    "tool that doesn't process customers' financial data is often tier 2, which "
                    "can halve the questionnaire. Worth a one-line email before you start."
                ),
                "hours_after": 20,
                "votes": {
                    "up": ["sofia.marquez", "elena.petrova", "olivia.chen", "nadia.haddad"],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "lauren.kim",
        "title": (
            "Medtech prospect wants Coach: do we sign a BAA, and can reps record calls with "
            "clinicians?"
        ),
        "body": (
            "One of my reps has a 150-seat medtech company in Phoenix. Their sellers talk to "
            "surgeons and hospital buyers, and their compliance team asked two things before a "
            "Coach pilot:\n\n"
            "1. Will we sign a BAA?\n"
            "2. Is recording calls with clinicians a HIPAA problem, and how do we handle consent "
            "in different states?\n\n"
            "We don't see many healthcare deals in Mid-Market West. Who has the answers?"
        ),
        "tags": ["healthcare", "signal-coach", "security-review", "north-america"],
        "asked_days_ago": 85,
        "views": 101,
        "votes": {"up": ["olivia.chen", "daniel.okafor", "elena.petrova", "grace.liu"], "down": []},
        "answers": [
            {
                "author": "olivia.chen",
                "body": (
                    "I get both questions on every deal. Short versions:\n\n"
                    "**1. BAA:** yes, we sign BAAs for Signal Enterprise Edition customers, on our "
                    "template. Legal will review their paper instead, but that adds three or four "
                    "weeks. It isn't available on standard packaging, so this is an EE "
                    "conversation; price it in early.\n\n"
                    "**2. HIPAA and recording:** a medtech sales call with a surgeon is usually "
                    "*not* PHI, because reps shouldn't be discussing identifiable patients. The "
                    "risk is the exception, when a surgeon mentions a patient case. What works:\n"
                    "- Configure Coach **keyword redaction** for patient identifiers and turn on "
                    "automatic deletion of flagged segments.\n"
                    "- Add a line to their sales policy: no patient-identifiable information on "
                    "recorded calls.\n"
                    "- Keep recordings for 12 months or less.\n\n"
                    "**Consent:** treat every call as all-party consent. Coach can play an audio "
                    "notice when the recorder joins, and the calendar invite template includes a "
                    "recording notice. Several states (California, Florida, Pennsylvania and "
                    "Washington among them) require all-party consent, and reps rarely know where "
                    "the surgeon is sitting, so one policy everywhere is simpler.\n\n"
                    "I have a one-page FAQ for compliance teams; I'll send it to you."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": [
                        "lauren.kim",
                        "daniel.okafor",
                        "elena.petrova",
                        "kenji.watanabe",
                        "ana.sousa",
                        "sofia.marquez",
                        "grace.liu",
                    ],
                    "down": [],
                },
            },
            {
                "author": "elena.petrova",
                "body": (
                    "Adding: redaction and automatic deletion are configured by the SE during "
                    "setup, so flag them in the POC plan. And the BAA needs EE because it depends "
                    "on the audit log."
                ),
                "hours_after": 5,
                "votes": {"up": ["olivia.chen", "lauren.kim"], "down": []},
            },
        ],
    },
    {
        "author": "andre.thompson",
        "title": (
            "Customer legal wants unlimited liability for data breaches - what's our standard "
            "position?"
        ),
        "body": (
            "Asset manager, contract in redlines. Their legal team struck our liability cap and "
            "wrote in:\n\n"
            "> Supplier's liability for breach of its data protection obligations shall be "
            "unlimited.\n\n"
            "They say it's their standard for every supplier touching client data. What's our "
            "fallback position, and when do I bring in the Deal Desk?"
        ),
        "tags": ["negotiation", "security-review", "procurement", "financial-services"],
        "asked_days_ago": 55,
        "views": 83,
        "votes": {"up": ["sofia.marquez", "kevin.walsh", "olivia.chen"], "down": []},
        "answers": [
            {
                "author": "kevin.walsh",
                "body": (
                    "Bring us in now, and don't reply to the redline yourself. Our positions, in "
                    "order:\n\n"
                    "1. **Standard:** total liability capped at 12 months' fees.\n"
                    "2. **Super-cap for data breaches:** two to three times annual fees, or a "
                    "fixed amount (we've agreed USD 2-5M with large financial-services customers). "
                    "This is where most banks and asset managers land.\n"
                    "3. **Unlimited:** we don't agree to it. It isn't insurable, and our cyber "
                    "policy is the backstop.\n\n"
                    "How to frame it to them:\n\n"
                    "> 'We can't accept uncapped liability from any customer, because our "
                    "insurance doesn't cover it, so it wouldn't actually protect you. What we can "
                    "offer is a separate, higher cap for data protection breaches, backed by our "
                    "cyber insurance.'\n\n"
                    "Also check what data they're actually worried about. Signal Core holds CRM "
                    "and activity data, not client portfolios. Showing their legal team the data "
                    "map often turns the super-cap into an easy yes."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": [
                        "andre.thompson",
                        "sofia.marquez",
                        "hannah.lindgren",
                        "nikhil.rao",
                        "marcus.feld",
                        "daniel.okafor",
                    ],
                    "down": [],
                },
            },
            {
                "author": "hannah.lindgren",
                "body": (
                    "Procurement-side tip: ask whether they have supplier risk tiers with standard "
                    "caps. Many financial firms have a pre-approved super-cap amount per tier, and "
                    "if you're tier 2, legal can stop negotiating from scratch."
                ),
                "hours_after": 9,
                "votes": {"up": ["andre.thompson", "kevin.walsh"], "down": []},
            },
        ],
    },
    {
        "author": "chloe.nguyen",
        "title": (
            "Where do I find the latest SOC 2 Type II report, and can I share it before an NDA is "
            "signed?"
        ),
        "body": (
            "An ANZ prospect's IT security team wants our SOC 2 Type II report before they'll "
            "schedule the technical deep dive. The copy I have is from last year.\n\n"
            "Where's the current one, and do I need an NDA first? They're pushing back on signing "
            "an NDA for 'a standard report'."
        ),
        "tags": ["security-review", "it", "rfp-response"],
        "asked_days_ago": 150,
        "views": 222,
        "votes": {
            "up": ["wei.zhang", "arjun.mehta", "sofia.marquez", "olivia.chen", "nadia.haddad"],
            "down": [],
        },
        "answers": [
            {
                "author": "elena.petrova",
                "body": (
                    "The current report is on the trust portal (link on the Security page of the "
                    "wiki). It covers the 12 months to 30 September, and the bridge letter for the "
                    "period since sits next to it. Please don't send PDFs from your inbox; they go "
                    "stale.\n\n"
                    "**NDA:** yes, required. The report describes our controls in detail, and the "
                    "auditor's terms restrict distribution. Two ways to keep momentum:\n"
                    "- The trust portal has a **click-through NDA**. Most IT security teams accept "
                    "it in five minutes, with no legal review.\n"
                    "- Before the NDA you can share the public **security overview** and our SOC 2 "
                    "*attestation letter*, which confirms the report exists and the opinion was "
                    "unqualified.\n\n"
                    "If their legal team insists on its own NDA, send it to the Deal Desk; "
                    "standard mutual NDAs turn around in a day or two."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "chloe.nguyen",
                        "wei.zhang",
                        "arjun.mehta",
                        "sofia.marquez",
                        "olivia.chen",
                        "nadia.haddad",
                        "kenji.watanabe",
                        "hannah.lindgren",
                    ],
                    "down": [],
                },
            },
            {
                "author": "wei.zhang",
                "body": (
                    "APAC note: Australian financial-services customers also ask how we align with "
                    "their prudential standard on information security. There's a mapping document "
                    "in the answer library; ask me for it."
                ),
                "hours_after": 14,
                "votes": {"up": ["chloe.nguyen", "elena.petrova"], "down": []},
            },
        ],
    },
    {
        "author": "tom.hargreaves",
        "title": "Can I send our SOC 2 report to a prospect who won't sign an NDA?",
        "body": (
            "A UK retailer's IT team wants our SOC 2 report by Friday and says their policy is not "
            "to sign supplier NDAs at the evaluation stage. Can I just email it? It's a standard "
            "document, after all."
        ),
        "tags": ["security-review", "it"],
        "asked_days_ago": 8,
        "views": 21,
        "votes": {"up": [], "down": []},
        "comments": [
            {
                "author": "ben.carter",
                "body": (
                    "Marked as a duplicate of the SOC 2 question; the accepted answer there covers "
                    "the click-through NDA and the attestation letter."
                ),
                "hours_after": 3,
            },
        ],
        "answers": [
            {
                "author": "elena.petrova",
                "body": (
                    "Please don't email it. The trust portal's click-through NDA usually solves "
                    "this in minutes, and until then you can send the attestation letter. If they "
                    "refuse even the click-through, tell me and I'll join a call with their IT "
                    "lead."
                ),
                "hours_after": 2,
                "votes": {"up": ["tom.hargreaves", "claire.dubois"], "down": []},
            },
        ],
        "duplicate_of": (
            "Where do I find the latest SOC 2 Type II report, and can I share it before an NDA is "
            "signed?"
        ),
    },
    {
        "author": "yasmin.farouk",
        "title": (
            "A UAE customer's regulator wants in-country hosting. What can we offer besides EU "
            "residency?"
        ),
        "body": (
            "Expansion at an existing UAE bank customer: they want Coach for 200 more seats. Their "
            "new CISO says the regulator expects customer data to be processed in-country, and in "
            "his view call recordings are customer data. Today they're on EE with EU data "
            "residency.\n\n"
            "Is there anything beyond EU residency we can offer, or is this expansion dead?"
        ),
        "tags": ["emea", "financial-services", "signal-enterprise-edition", "security-review"],
        "asked_days_ago": 67,
        "views": 58,
        "votes": {"up": ["claire.dubois", "henrik.sorensen", "aoife.brennan"], "down": []},
        "answers": [
            {
                "author": "nadia.haddad",
                "body": (
                    "Not dead; this comes up in nearly every Gulf deal. We don't offer UAE "
                    "in-country hosting today. What has worked:\n\n"
                    "1. **Ask for the actual regulation.** 'The regulator expects' often means the "
                    "bank's internal policy interpreting a regulation. Ask the CISO's team which "
                    "article applies and whether it covers recordings of *sales* calls, which are "
                    "business communications rather than customer account data.\n"
                    "2. **Offer controls instead of location:** EU residency, customer-set "
                    "retention (30-90 days for recordings), transcript-only mode (audio deleted "
                    "after transcription) and the audit log. Two Gulf banks accepted this package "
                    "after their compliance teams reviewed it.\n"
                    "3. **Get the data map in front of them early.** Elena's team has a Coach "
                    "data-flow diagram showing where audio, transcripts and metadata live.\n\n"
                    "If it turns out to be a hard regulatory requirement, say so honestly and log "
                    "it in the product feedback form; Henrik is collecting these for the roadmap "
                    "discussion."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": [
                        "yasmin.farouk",
                        "claire.dubois",
                        "henrik.sorensen",
                        "elena.petrova",
                        "chloe.nguyen",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "henrik.sorensen",
                        "body": (
                            "Please do log it. We have four Gulf requests this year; that's "
                            "starting to be a business case."
                        ),
                        "hours_after": 30,
                    },
                ],
            },
            {
                "author": "elena.petrova",
                "body": (
                    "Transcript-only mode is an EE setting (Coach > Retention > Delete audio after "
                    "transcription). I'll send you the data-flow diagram."
                ),
                "hours_after": 22,
                "votes": {"up": ["nadia.haddad", "yasmin.farouk"], "down": []},
            },
        ],
    },
    {
        "author": "aoife.brennan",
        "title": (
            "A German works council has blocked the Coach rollout after signature. What has worked?"
        ),
        "body": (
            "A DACH customer signed for Core and Coach, 400 seats. Core is live; Coach is stuck "
            "because the works council hasn't approved it, and they've now asked for a 'complete "
            "technical description of all monitoring functions'.\n\n"
            "The customer's CRO is pressing my CSM to 'make it go faster'. How have others handled "
            "this? @lukas.becker I know you've been here before."
        ),
        "tags": ["signal-coach", "emea", "implementation-adoption", "end-user"],
        "asked_days_ago": 115,
        "views": 134,
        "votes": {
            "up": [
                "claire.dubois",
                "henrik.sorensen",
                "hannah.lindgren",
                "yasmin.farouk",
                "pieter.janssen",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "lukas.becker",
                "body": (
                    "I've been through this with seven Coach customers. The works council has a "
                    "legal right to co-determine technical systems that *can* monitor performance, "
                    "so pressure from the CRO usually slows things down. What works:\n\n"
                    "**1. Give them what they asked for, quickly.** We have a German-language "
                    "technical description of Coach written for works councils (ask me or Claire). "
                    "It lists every data point, who can see it and how long it's kept.\n\n"
                    "**2. Propose a works agreement rather than waiting for their draft.** Our "
                    "template covers:\n"
                    "- Purpose: coaching and training, explicitly **not** performance evaluation "
                    "or dismissal decisions\n"
                    "- Access: the rep, their direct manager, and clips the rep chooses to share\n"
                    "- Leaderboards and team rankings: disabled\n"
                    "- Retention: 90 days for audio, 12 months for transcripts\n"
                    "- Opt-out: reps can pause recording on any call\n"
                    "- Data stays in the EU (Enterprise Edition residency)\n\n"
                    "**3. Meet the works council in person** with the customer's HR, not the CRO. "
                    "Bring the SE to show the admin settings live.\n\n"
                    "**4. Start with a pilot group that volunteers.** Works councils approve "
                    "pilots faster than full rollouts.\n\n"
                    "Typical time: six to ten weeks from first meeting to signed agreement. The "
                    "customer pays for Coach meanwhile, so next time make sure the contract has a "
                    "start-date clause."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "aoife.brennan",
                        "claire.dubois",
                        "henrik.sorensen",
                        "hannah.lindgren",
                        "pieter.janssen",
                        "yasmin.farouk",
                        "elena.petrova",
                        "robert.castellano",
                        "maya.patel",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "aoife.brennan",
                        "body": (
                            "Meeting with the works council is booked for the 14th and Lukas is "
                            "joining. Thank you."
                        ),
                        "hours_after": 60,
                    },
                ],
            },
            {
                "author": "claire.dubois",
                "body": (
                    "Strongly agree with step 3. And for future DACH and French deals: put the "
                    "works-council timeline in the mutual action plan **before** signature, so "
                    "nobody is surprised."
                ),
                "hours_after": 10,
                "votes": {"up": ["lukas.becker", "aoife.brennan", "henrik.sorensen"], "down": []},
            },
            {
                "author": "hannah.lindgren",
                "body": (
                    "Nordic works councils are less formal, but the same template has worked with "
                    "Swedish union representatives. I translated the purpose section and am happy "
                    "to share it."
                ),
                "hours_after": 40,
                "votes": {"up": ["lukas.becker"], "down": []},
            },
        ],
    },
    {
        "author": "claire.dubois",
        "title": "UK public-sector tender requires a framework agreement. Can we bid directly?",
        "body": (
            "A UK local authority published a tender for 'sales and relationship management "
            "analytics' for its business-development team. The notice says suppliers should be on "
            "an approved framework, but it also has an open-procedure route. We aren't on any UK "
            "framework as far as I know.\n\n"
            "Can we bid directly, and has anyone done a public-sector tender in EMEA before?"
        ),
        "tags": ["public-sector", "rfp-response", "procurement", "emea"],
        "asked_days_ago": 5,
        "views": 17,
        "votes": {"up": ["henrik.sorensen", "tom.hargreaves"], "down": []},
        "comments": [
            {
                "author": "claire.dubois",
                "body": (
                    "@kevin.walsh do we have any framework listings in the UK, or a partner who "
                    "does?"
                ),
                "hours_after": 4,
            },
            {
                "author": "tom.hargreaves",
                "body": (
                    "Following, since this is in my patch. The deadline for clarification "
                    "questions is next Wednesday."
                ),
                "hours_after": 20,
            },
        ],
        "answers": [],
    },
    {
        "author": "hiroshi.tanaka",
        "title": (
            "What's the actual difference between Commit and Best Case in our forecast categories?"
        ),
        "body": (
            "Our APAC forecast call and the global one seem to use Commit differently. In APAC "
            "we've treated Commit as 'very likely'; Daniel's team seems to treat it as 'I'd bet my "
            "job on it'.\n\n"
            "What's the official definition, and what needs to be true in the CRM?"
        ),
        "tags": ["forecasting", "qualification"],
        "asked_days_ago": 170,
        "views": 245,
        "votes": {
            "up": [
                "arjun.mehta",
                "chloe.nguyen",
                "wei.zhang",
                "angela.whitman",
                "grace.liu",
                "priya.nair",
            ],
            "down": [],
        },
        "comments": [
            {
                "author": "angela.whitman",
                "body": (
                    "Good question and timely: we're tightening the forecast definitions across "
                    "all regions this quarter."
                ),
                "hours_after": 2,
            },
        ],
        "answers": [
            {
                "author": "marcus.feld",
                "body": (
                    "The official definitions (Forecast categories page in the RevOps wiki):\n\n"
                    "- **Pipeline:** a qualified opportunity that could close this period.\n"
                    "- **Best Case:** could close this period if things go our way. You'd be "
                    "disappointed, not surprised, if it slipped.\n"
                    "- **Commit:** will close this period. You'd be surprised if it didn't, and "
                    "you can show why.\n\n"
                    "What must be true for **Commit** (enforced by a validation rule since last "
                    "year):\n\n"
                    "```\n"
                    "Forecast_Category = Commit requires:\n"
                    "  Stage >= 4 (Propose)\n"
                    "  Economic_Owner_Met__c = true\n"
                    "  Compelling_Event_Date__c is set and <= Close_Date + 30 days\n"
                    "  Paper_Process__c is not blank\n"
                    "```\n\n"
                    "The rule catches the mechanics; the judgement is yours. If procurement hasn't "
                    "confirmed the paper process timeline, it isn't Commit even when the fields "
                    "are filled in. Every regional call should use these definitions; if APAC has "
                    "drifted, that's on us to fix, not on you."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": [
                        "hiroshi.tanaka",
                        "arjun.mehta",
                        "chloe.nguyen",
                        "daniel.okafor",
                        "angela.whitman",
                        "henrik.sorensen",
                        "claire.dubois",
                        "priya.nair",
                        "lauren.kim",
                        "grace.liu",
                        "sofia.marquez",
                    ],
                    "down": [],
                },
            },
            {
                "author": "arjun.mehta",
                "body": (
                    "Thanks Marcus. We'll align from next week's APAC call. For partner deals in "
                    "Japan we'll add one check: the reseller has confirmed the customer's PO "
                    "process."
                ),
                "hours_after": 8,
                "votes": {"up": ["hiroshi.tanaka", "marcus.feld", "chloe.nguyen"], "down": []},
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "The test I use in deal reviews: 'If this slips, what will you tell me the "
                    "reason was?' If the rep can name it, it's a known risk, so it's Best Case."
                ),
                "hours_after": 12,
                "votes": {
                    "up": [
                        "hiroshi.tanaka",
                        "marcus.feld",
                        "sofia.marquez",
                        "andre.thompson",
                        "olivia.chen",
                        "angela.whitman",
                    ],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "jonah.whitfield",
        "title": "When exactly should a deal move from Best Case to Commit?",
        "body": (
            "I got feedback in my first forecast call that a deal I called Commit 'isn't Commit "
            "yet'. The customer verbally said yes and wants the contract next week. What's the "
            "rule for moving something from Best Case to Commit?"
        ),
        "tags": ["forecasting"],
        "asked_days_ago": 13,
        "views": 26,
        "votes": {"up": [], "down": []},
        "comments": [
            {
                "author": "grace.liu",
                "body": (
                    "Closing as a duplicate so the definitions live in one place. Good question "
                    "though; it comes up with every new AE."
                ),
                "hours_after": 4,
            },
        ],
        "answers": [
            {
                "author": "lauren.kim",
                "body": (
                    "Short version: a verbal yes isn't enough. You need the economic owner met, a "
                    "compelling event with a date and the paper process confirmed; the CRM "
                    "validation rule enforces those. Marcus's answer on the Commit versus Best "
                    "Case question has the full definitions. Let's go through this deal in our 1:1."
                ),
                "hours_after": 3,
                "votes": {"up": ["jonah.whitfield", "grace.liu"], "down": []},
            },
        ],
        "duplicate_of": (
            "What's the actual difference between Commit and Best Case in our forecast categories?"
        ),
    },
    {
        "author": "claire.dubois",
        "title": "Managers: how do you run a pipeline review that isn't just a status readout?",
        "body": (
            "My weekly pipeline review with six EMEA AEs has turned into 60 minutes of 'customer "
            "is reviewing the proposal, next step is a call next week'. Nobody learns anything, "
            "and I don't catch slipped deals any earlier.\n\n"
            "How do you structure yours? I'm especially interested in what you ask and what you "
            "stopped doing."
        ),
        "tags": ["forecasting", "coaching", "qualification"],
        "asked_days_ago": 92,
        "views": 118,
        "votes": {
            "up": [
                "henrik.sorensen",
                "arjun.mehta",
                "daniel.okafor",
                "lauren.kim",
                "grace.liu",
                "robert.castellano",
            ],
            "down": [],
        },
        "answers": [
            {
                "author": "angela.whitman",
                "body": (
                    "I separate **forecast** from **coaching**; most pipeline reviews fail because "
                    "they try to do both.\n\n"
                    "**Forecast call (30 minutes, weekly):** numbers only. Each rep gives commit, "
                    "best case, and what changed since last week and why. Managers read the deal "
                    "notes in Forecast beforehand, so nobody reads status out loud.\n\n"
                    "**Deal review (45 minutes, weekly):** one rep, two deals, in depth. We go "
                    "through the MEDDPICC gaps and the rep leaves with one action.\n\n"
                    "Questions that change the conversation:\n"
                    "- 'What did the customer do since last week?' (not what *you* did)\n"
                    "- 'What would make this slip?'\n"
                    "- 'Who haven't you met who could say no?'\n"
                    "- 'What's the next step *the buyer* has committed to, and when?'\n\n"
                    "What I stopped: reviewing every deal every week, and asking 'how confident "
                    "are you?' Confidence isn't evidence."
                ),
                "hours_after": 10,
                "votes": {
                    "up": [
                        "claire.dubois",
                        "daniel.okafor",
                        "lauren.kim",
                        "arjun.mehta",
                        "robert.castellano",
                        "marcus.feld",
                        "grace.liu",
                        "henrik.sorensen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "lauren.kim",
                "body": (
                    "I open every deal review with the Signal Coach clip of the last customer "
                    "call. Two minutes of the buyer's own words beat ten minutes of the rep's "
                    "summary."
                ),
                "hours_after": 14,
                "votes": {
                    "up": ["claire.dubois", "angela.whitman", "daniel.okafor", "arjun.mehta"],
                    "down": [],
                },
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "I keep a slipped-deals list and review it monthly: for each slip, what signal "
                    "did we miss, and when was it visible? After two quarters my team started "
                    "catching the signals themselves."
                ),
                "hours_after": 30,
                "votes": {"up": ["claire.dubois", "marcus.feld"], "down": []},
            },
            {
                "author": "marcus.feld",
                "body": (
                    "From the RevOps side: the Forecast 'changes since last week' view lists every "
                    "deal whose amount, stage, close date or category changed, and who changed it. "
                    "Start the review from that view and the status updates disappear, because the "
                    "data already says it."
                ),
                "hours_after": 40,
                "votes": {"up": ["claire.dubois", "angela.whitman", "lauren.kim"], "down": []},
            },
            {
                "author": "robert.castellano",
                "body": (
                    "What I look for as CRO: reviews where a manager says 'I don't know' and then "
                    "goes and finds out. That's a healthy review. If every answer sounds "
                    "confident, we're reading status."
                ),
                "hours_after": 48,
                "votes": {
                    "up": ["claire.dubois", "angela.whitman", "henrik.sorensen", "daniel.okafor"],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "yasmin.farouk",
        "title": (
            "Signal Forecast shows a different commit total than the customer's CRM dashboard. Why?"
        ),
        "body": (
            "UK enterprise customer, two weeks after go-live. Their VP Sales says Forecast shows "
            "commit at GBP 4.1M while their CRM dashboard says GBP 4.6M, and he's now doubting the "
            "whole tool.\n\n"
            "What are the usual causes?"
        ),
        "tags": ["signal-forecast", "implementation-adoption", "technical-owner"],
        "asked_days_ago": 38,
        "views": 63,
        "votes": {"up": ["aoife.brennan", "pieter.janssen"], "down": []},
        "answers": [
            {
                "author": "pieter.janssen",
                "body": (
                    "Almost always one of four things, in this order:\n\n"
                    "1. **Manager overrides.** Forecast rolls up the manager's call, not the sum "
                    "of rep categories. If a manager downgraded deals in Forecast, the CRM "
                    "dashboard doesn't know. Check Forecast > Roll-up > Show overrides.\n"
                    "2. **Exchange rates.** CRM dashboards often use the rate at deal creation; "
                    "Forecast uses the rate set in Settings > Currency. With a multi-currency EMEA "
                    "pipeline that alone can be 5%.\n"
                    "3. **Period filters.** The CRM dashboard may use the fiscal quarter while "
                    "Forecast uses the calendar quarter, if the fiscal year wasn't configured at "
                    "setup.\n"
                    "4. **Sync lag.** Changes from the last hour may not be in Forecast yet.\n\n"
                    "For a GBP 500k gap I'd bet on overrides plus currency. If the customer has "
                    "the Connect warehouse sync, you can check overrides quickly:\n\n"
                    "```sql\n"
                    "select manager_name, sum(override_amount - rep_amount) as delta\n"
                    "from forecast_snapshots\n"
                    "where snapshot_date = current_date\n"
                    "group by manager_name\n"
                    "order by delta;\n"
                    "```\n\n"
                    "Walk the VP through it. Once he sees that the difference is his managers' "
                    "judgement, he usually trusts the tool *more*."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "yasmin.farouk",
                        "aoife.brennan",
                        "kenji.watanabe",
                        "ravi.krishnan",
                        "elena.petrova",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "yasmin.farouk",
                        "body": (
                            "It was overrides (GBP 380k) plus the fiscal-year setting. Fixed, and "
                            "the VP now shows the override view in his own staff meeting."
                        ),
                        "hours_after": 26,
                    },
                ],
            },
            {
                "author": "ravi.krishnan",
                "body": (
                    "+1. Add this to go-live checklists: reconcile Forecast and CRM totals in week "
                    "one with the RevOps lead, before the VP does it himself."
                ),
                "hours_after": 6,
                "votes": {"up": ["pieter.janssen", "yasmin.farouk", "aoife.brennan"], "down": []},
            },
        ],
    },
    {
        "author": "samuel.adebayo",
        "title": (
            "How do I claim an account that's been untouched in someone else's territory for over "
            "a year?"
        ),
        "body": (
            "There's a 900-person industrial distributor in Milwaukee on an Enterprise East rep's "
            "named list, but there's been no logged activity on it for 14 months. I have a warm "
            "introduction through a former customer contact.\n\n"
            "What's the process, and is it awkward to ask?"
        ),
        "tags": ["territory-planning", "prospecting"],
        "asked_days_ago": 45,
        "views": 72,
        "votes": {"up": ["lauren.kim", "tyler.jackson"], "down": []},
        "answers": [
            {
                "author": "priya.nair",
                "body": (
                    "Not awkward; it's what the process is for. The rules:\n\n"
                    "- **Named accounts with no logged activity for 180 days** can be requested "
                    "for reassignment.\n"
                    "- Submit an **ownership request** in the CRM (Account > Request ownership) "
                    "with your reason. The warm introduction counts.\n"
                    "- I check the activity history, then ask the current owner and both managers. "
                    "The owner has five business days to show a plan or release the account.\n"
                    "- If released, it moves at the next monthly territory update (first Monday), "
                    "or immediately if there's an active opportunity.\n\n"
                    "One more thing: 900 employees is below the Enterprise East threshold of "
                    "2,000, so this account may be misclassified anyway. I'll look at it today."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": [
                        "samuel.adebayo",
                        "lauren.kim",
                        "daniel.okafor",
                        "marcus.feld",
                        "tyler.jackson",
                    ],
                    "down": [],
                },
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "That's one of my rep's accounts. Samuel, go for it, and send him a note; he "
                    "may have context on why it went quiet."
                ),
                "hours_after": 6,
                "votes": {"up": ["samuel.adebayo", "priya.nair", "lauren.kim"], "down": []},
            },
        ],
    },
    {
        "author": "tom.hargreaves",
        "title": (
            "I've inherited 180 named accounts in the UK. How do you decide which 30 to work first?"
        ),
        "body": (
            "New patch of UK technology and retail accounts: 180 named accounts, about 20 with any "
            "history. I want a first-90-days plan that isn't just A to Z.\n\n"
            "What signals do you use to pick the first 30?"
        ),
        "tags": ["territory-planning", "prospecting", "playbook"],
        "asked_days_ago": 14,
        "views": 39,
        "votes": {"up": ["claire.dubois", "grace.liu"], "down": []},
        "comments": [
            {
                "author": "claire.dubois",
                "body": (
                    "And put the plan in writing for our 1:1 on Thursday; we'll review the 30 "
                    "together."
                ),
                "hours_after": 20,
            },
        ],
        "answers": [
            {
                "author": "priya.nair",
                "body": (
                    "There's a capacity model behind your patch; here's how I'd use it:\n\n"
                    "1. **Start from the territory scoring report** (Reports > Territory > Account "
                    "score). Each account has a fit score (size, industry, CRM in use) and an "
                    "intent score (web visits, content downloads, event attendance).\n"
                    "2. **Take the top 30 by fit times intent**, then adjust by hand for what the "
                    "model doesn't know: former customers, champions who moved there, an Ardent or "
                    "Kestrel renewal you've heard about.\n"
                    "3. **Split them into tiers:** 10 for personal outbound with research, 20 for "
                    "an SDR-assisted sequence, and the rest on marketing nurture.\n"
                    "4. **Revisit monthly.** Intent changes fast.\n\n"
                    "Ask @tyler.jackson or the SDR assigned to the UK to co-build the 20-account "
                    "sequence."
                ),
                "hours_after": 8,
                "votes": {
                    "up": [
                        "tom.hargreaves",
                        "claire.dubois",
                        "marcus.feld",
                        "andre.thompson",
                        "grace.liu",
                        "henrik.sorensen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "andre.thompson",
                "body": (
                    "The signal I'd weight most: **champions who moved**. Look for former Signal "
                    "users now working at your accounts; the CS team can pull a job-changers list. "
                    "Warm introductions from former users book meetings at three to four times the "
                    "cold rate."
                ),
                "hours_after": 5,
                "votes": {
                    "up": [
                        "tom.hargreaves",
                        "claire.dubois",
                        "daniel.okafor",
                        "priya.nair",
                        "tyler.jackson",
                    ],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "lukas.becker",
        "title": (
            "Who owns a global account whose HQ is in Munich but whose buying centre is in Chicago?"
        ),
        "body": (
            "German industrial group, HQ in Munich (my territory). The sales organisation that "
            "wants Forecast is their North American division in Chicago, 300 sellers, with its own "
            "budget. Enterprise East says it's theirs because of the buying centre; I say it's "
            "mine because of the HQ.\n\n"
            "What's the rule?"
        ),
        "tags": ["territory-planning", "emea", "north-america"],
        "asked_days_ago": 105,
        "views": 64,
        "votes": {"up": ["daniel.okafor", "claire.dubois", "priya.nair"], "down": []},
        "answers": [
            {
                "author": "marcus.feld",
                "body": (
                    "The rule (Rules of engagement, section 4): **an opportunity belongs where the "
                    "contract is signed and paid.** If Chicago has its own budget and signs its "
                    "own order form, it's a North America opportunity. Global ownership applies "
                    "only when the parent signs a group agreement.\n\n"
                    "The parent account owner gets **overlay credit** (50% quota credit, not a "
                    "split of the AE's credit) when:\n"
                    "- the HQ relationship helps win the deal (an introduction, an executive "
                    "sponsor), and\n"
                    "- it's logged on the opportunity as a global-account overlay.\n\n"
                    "So Enterprise East owns the opportunity, and Lukas gets overlay credit if he "
                    "brings the Munich relationship. In practice that's the best outcome for the "
                    "deal too. Priya will update the account hierarchy."
                ),
                "hours_after": 12,
                "accepted": True,
                "votes": {
                    "up": [
                        "lukas.becker",
                        "priya.nair",
                        "daniel.okafor",
                        "claire.dubois",
                        "henrik.sorensen",
                        "angela.whitman",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "lukas.becker",
                        "body": (
                            "Fair. I know their group CIO well; setting up an introduction for "
                            "Daniel's team."
                        ),
                        "hours_after": 30,
                    },
                ],
            },
        ],
    },
    {
        "author": "arjun.mehta",
        "title": "How do you use Signal Coach scorecards in 1:1s without reps feeling graded?",
        "body": (
            "I rolled out Coach scorecards to the APAC team last month. Within two weeks, reps "
            "were asking to have calls 'removed' before our 1:1s. Clearly I've turned it into a "
            "report card.\n\n"
            "How do other managers use scorecards in a way that actually helps?"
        ),
        "tags": ["coaching", "signal-coach", "end-user"],
        "asked_days_ago": 78,
        "views": 87,
        "votes": {
            "up": ["claire.dubois", "daniel.okafor", "grace.liu", "henrik.sorensen"],
            "down": [],
        },
        "answers": [
            {
                "author": "lauren.kim",
                "body": (
                    "I made the same mistake. What fixed it:\n\n"
                    "- **The rep picks the call.** Every week the rep brings one call they want to "
                    "talk about. I never pick.\n"
                    "- **One skill per month.** We score one thing for a month (for example 'next "
                    "step with a date'). A scorecard with 12 criteria is a report card; one "
                    "criterion is practice.\n"
                    "- **The rep scores first.** They fill in the scorecard before I see the call, "
                    "then we compare. The gap is the conversation.\n"
                    "- **Scores never go into performance reviews.** I said it out loud in a team "
                    "meeting, and then I proved it.\n"
                    "- **Celebrate clips.** I share one great moment a week in the team channel, "
                    "with the rep's permission.\n\n"
                    "After a month the 'remove this call' requests stopped."
                ),
                "hours_after": 6,
                "accepted": True,
                "votes": {
                    "up": [
                        "arjun.mehta",
                        "daniel.okafor",
                        "claire.dubois",
                        "grace.liu",
                        "angela.whitman",
                        "chloe.nguyen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "grace.liu",
                "body": (
                    "The manager coaching certification covers this in module 3. Arjun, I can run "
                    "it for the APAC managers at a Singapore-friendly time."
                ),
                "hours_after": 10,
                "votes": {"up": ["arjun.mehta", "lauren.kim"], "down": []},
            },
        ],
    },
    {
        "author": "tyler.jackson",
        "title": "What talk ratio is 'good' on a discovery call? Coach says I'm at 62%.",
        "body": (
            "I'm starting to run some first-stage discovery calls myself before handing over to "
            "the AE. Coach puts my talk ratio at 58-65% on most calls, and the benchmark card says "
            "'under 45%'.\n\n"
            "Is that realistic for a first call where the buyer knows nothing about us?"
        ),
        "tags": ["signal-coach", "coaching", "discovery"],
        "asked_days_ago": 31,
        "views": 77,
        "votes": {"up": ["tomas.rivera", "amara.osei"], "down": []},
        "answers": [
            {
                "author": "grace.liu",
                "body": (
                    "The 45% benchmark comes from our own Coach data on discovery calls that went "
                    "on to close, so it's realistic, but it's an average, not a rule. On a cold "
                    "first call you'll talk more in the first five minutes, and that's fine.\n\n"
                    "What to look at instead of the overall ratio:\n"
                    "- **Longest monologue.** Coach shows it per call. Past 90 seconds, the buyer "
                    "has stopped listening.\n"
                    "- **Questions asked**, and whether they're open.\n"
                    "- **Who talks in the last third of the call.** If it's you, you're "
                    "pitching.\n\n"
                    "Try this for a week: after each question, count to three before you speak. It "
                    "feels painfully slow on day one, and it works."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "tyler.jackson",
                        "tomas.rivera",
                        "lauren.kim",
                        "amara.osei",
                        "daniel.okafor",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "tyler.jackson",
                        "body": (
                            "Week two of the count-to-three thing: 48%. And buyers talk a lot more "
                            "about the actual problem."
                        ),
                        "hours_after": 150,
                    },
                ],
            },
            {
                "author": "tomas.rivera",
                "body": (
                    "Tyler, bring two calls to our 1:1 and we'll look at the monologue view "
                    "together. Your openers are great; it's after minute five that you start "
                    "pitching."
                ),
                "hours_after": 8,
                "votes": {"up": ["tyler.jackson", "grace.liu"], "down": []},
            },
        ],
    },
    {
        "author": "henrik.sorensen",
        "title": (
            "How are managers doing ride-alongs when the team is remote and spread across time "
            "zones?"
        ),
        "body": (
            "Between London, Munich, Dubai, Singapore, Sydney and Tokyo, my managers almost never "
            "sit in on a live customer meeting any more. The old ride-along was the best coaching "
            "tool we had.\n\n"
            "What are you doing instead that actually works?"
        ),
        "tags": ["coaching"],
        "asked_days_ago": 125,
        "views": 69,
        "votes": {"up": ["claire.dubois", "arjun.mehta", "robert.castellano"], "down": []},
        "answers": [
            {
                "author": "arjun.mehta",
                "body": (
                    "Honestly, we gave up on live ride-alongs for most calls. What we do instead: "
                    "the rep flags two upcoming calls a month as 'coaching calls', I join those "
                    "live on video with my camera off, and we debrief within the hour. For "
                    "everything else we review recordings."
                ),
                "hours_after": 9,
                "votes": {"up": ["henrik.sorensen", "claire.dubois"], "down": []},
            },
            {
                "author": "lauren.kim",
                "body": (
                    "A recorded call reviewed together is better than a live ride-along in one "
                    "way: you can pause. I do 'pause and predict': stop the recording before the "
                    "buyer answers a key question and ask the rep what they expected to hear. It's "
                    "the closest thing to being in the room."
                ),
                "hours_after": 16,
                "votes": {
                    "up": ["henrik.sorensen", "arjun.mehta", "claire.dubois", "grace.liu"],
                    "down": [],
                },
            },
            {
                "author": "claire.dubois",
                "body": (
                    "For EMEA I'm also trying a monthly in-person week per hub (London, Munich, "
                    "Dubai), with meetings clustered so I can join five or six in person. "
                    "Expensive, but the reps like it."
                ),
                "hours_after": 30,
                "votes": {"up": ["henrik.sorensen"], "down": []},
            },
        ],
    },
    {
        "author": "amara.osei",
        "title": "Week 4 as a BDR: what should I have finished in the onboarding path by now?",
        "body": (
            "I'm in week four. I've done the product basics modules and the Signal Core demo "
            "video, and shadowed six calls. I keep seeing references to the 'discovery "
            "certification' and the 'messaging check'.\n\n"
            "Am I behind? What do I need done before I start booking meetings on my own?"
        ),
        "tags": ["new-hire-onboarding", "prospecting"],
        "asked_days_ago": 4,
        "views": 23,
        "votes": {"up": ["tomas.rivera", "grace.liu"], "down": []},
        "answers": [
            {
                "author": "grace.liu",
                "body": (
                    "You're on track. For BDRs, the path by the end of week 4:\n\n"
                    "- Done: product basics (Core, Forecast, Coach, Connect)\n"
                    "- Done: shadow six or more calls\n"
                    "- **To do, messaging check:** a 10-minute recorded pitch of the Signal line, "
                    "scored by your manager. Book it with Tomas.\n"
                    "- **To do, persona quiz:** economic owner, technical owner, end user. 20 "
                    "minutes.\n"
                    "- **To do, three mock cold calls** with an SDR peer. Tyler usually runs "
                    "these.\n\n"
                    "The **discovery certification** is for AEs and isn't required for BDRs until "
                    "month 3. Once the messaging check is done you can book meetings on your own. "
                    "Tell me if any module link is broken; Ben keeps them up to date."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": ["amara.osei", "tomas.rivera", "maya.patel", "ben.carter"],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "amara.osei",
                        "body": "Messaging check booked for Friday. Thank you!",
                        "hours_after": 26,
                    },
                ],
            },
            {
                "author": "tyler.jackson",
                "body": (
                    "Happy to do the mock calls this week. Thursday afternoon? I'll be the grumpy "
                    "VP of RevOps."
                ),
                "hours_after": 5,
                "votes": {"up": ["amara.osei"], "down": []},
            },
        ],
    },
    {
        "author": "emily.novak",
        "title": "Which demo certification should I take first as a new SE, Core or Forecast?",
        "body": (
            "First week on the SE team. The SE onboarding page lists demo certifications for Core, "
            "Forecast, Coach and Connect. Ravi's POCs are mostly Forecast, but everything I read "
            "says Core is the base.\n\n"
            "Which order makes sense, and how long does each take?"
        ),
        "tags": ["new-hire-onboarding", "product-demo", "signal-core", "signal-forecast"],
        "asked_days_ago": 10,
        "views": 29,
        "votes": {"up": ["kenji.watanabe"], "down": []},
        "answers": [
            {
                "author": "elena.petrova",
                "body": (
                    "Core first, always. Every demo starts with the Core data story (activity "
                    "capture, contact matching, CRM sync), and Forecast makes no sense without it. "
                    "Order and typical time:\n\n"
                    "1. **Core:** two weeks including practice; certify by the end of week 4\n"
                    "2. **Forecast:** two weeks; certify by week 6 (Ravi will review)\n"
                    "3. **Connect:** you'll fly through it with your admin background\n"
                    "4. **Coach:** by the end of month 3\n\n"
                    "A demo certification is a 30-minute live demo to a panel of two, with a buyer "
                    "persona chosen on the day. Practise on the shared demo environment, not your "
                    "own trial tenant."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": ["emily.novak", "ravi.krishnan", "kenji.watanabe", "grace.liu"],
                    "down": [],
                },
            },
            {
                "author": "ravi.krishnan",
                "body": (
                    "And shadow at least two Forecast POC readouts before the Forecast "
                    "certification; you'll hear the questions economic owners actually ask."
                ),
                "hours_after": 5,
                "votes": {"up": ["emily.novak", "elena.petrova"], "down": []},
            },
        ],
    },
    {
        "author": "tom.hargreaves",
        "title": (
            "Coming from marketing automation - what should I read first to sell Signal Forecast?"
        ),
        "body": (
            "Joined recently in London. I know how to sell to marketing leaders; I don't yet know "
            "how to talk to a CRO about forecasting. The onboarding path has a lot in it.\n\n"
            "What are the three or four things I should read or watch first?"
        ),
        "tags": ["new-hire-onboarding", "signal-forecast", "messaging-guide"],
        "asked_days_ago": 16,
        "views": 44,
        "votes": {"up": ["claire.dubois", "grace.liu", "maya.patel"], "down": []},
        "comments": [
            {
                "author": "claire.dubois",
                "body": "Tom, I'll bring you to the call with the fintech CRO next Wednesday.",
                "hours_after": 10,
            },
        ],
        "answers": [
            {
                "author": "ana.sousa",
                "body": (
                    "Welcome! My top four, in order:\n\n"
                    "1. **Signal Forecast messaging guide** (Product Marketing > Messaging): read "
                    "the one-page version first and learn the three pillars: *see risk earlier, "
                    "call the number with evidence, spend less time on forecast prep*.\n"
                    "2. **The Pulse-to-Forecast rename FAQ.** Older UK customers still call it "
                    "Pulse.\n"
                    "3. **Forecast demo walkthrough**, Ben's five-minute video, so you know what "
                    "the screens look like.\n"
                    "4. **Two customer stories:** the UK software company (forecast accuracy from "
                    "78% to 93%) and the regional bank (forecast prep cut from ten to three hours "
                    "a week per manager).\n\n"
                    "Then listen in on a forecast conversation with a CRO. Reading tells you what "
                    "to say; hearing a CRO tells you what they care about."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "tom.hargreaves",
                        "claire.dubois",
                        "grace.liu",
                        "rachel.adeyemi",
                        "henrik.sorensen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "maya.patel",
                "body": (
                    "Also: the onboarding path has an 'experienced hire' track that skips the "
                    "generic selling modules. Grace can switch you to it."
                ),
                "hours_after": 20,
                "votes": {"up": ["tom.hargreaves", "ana.sousa", "grace.liu"], "down": []},
            },
        ],
    },
    {
        "author": "wei.zhang",
        "title": (
            "How do I reset the shared demo environment after a Forecast demo with manager "
            "overrides?"
        ),
        "body": (
            "Ran a Forecast demo from Singapore last night and made overrides for three managers "
            "to show the roll-up. This morning a Sydney colleague opened the same tenant and the "
            "numbers were off.\n\n"
            "Is there a reset, or do I undo each override by hand?"
        ),
        "tags": ["product-demo", "signal-forecast", "how-to-video"],
        "asked_days_ago": 57,
        "views": 66,
        "votes": {"up": ["chloe.nguyen", "hiroshi.tanaka"], "down": []},
        "answers": [
            {
                "author": "elena.petrova",
                "body": (
                    "There's a reset: Demo admin > Scenarios > 'Reset Forecast scenario'. It "
                    "reloads the standard Forecast dataset (about five minutes) and doesn't touch "
                    "the Coach or Core demo data. Please also post in the demo-environment channel "
                    "before you reset, in case someone is mid-demo in another time zone.\n\n"
                    "If you want to keep your overrides, save a **named scenario** before the "
                    "demo; you can switch back to it later."
                ),
                "hours_after": 3,
                "votes": {
                    "up": ["wei.zhang", "chloe.nguyen", "ravi.krishnan", "ben.carter"],
                    "down": [],
                },
            },
            {
                "author": "ben.carter",
                "body": (
                    "I recorded a three-minute video of the reset and the named-scenario trick: "
                    "Enablement > Videos > Demo environment. It's in the SE onboarding path now "
                    "too."
                ),
                "hours_after": 8,
                "votes": {
                    "up": [
                        "wei.zhang",
                        "elena.petrova",
                        "chloe.nguyen",
                        "emily.novak",
                        "hiroshi.tanaka",
                    ],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "jonah.whitfield",
        "title": "Does Signal Connect sync custom objects from Salesforce, or only standard ones?",
        "body": (
            "A prospect (SaaS, 350 seats) tracks partner-sourced deals in a custom object, "
            "`Partner_Deal__c`, linked to Opportunity. Their admin wants to know whether Core will "
            "match activities to it and whether Forecast can roll it up.\n\n"
            "The Connect data sheet only lists standard objects."
        ),
        "tags": ["signal-connect", "technical-owner", "signal-core"],
        "asked_days_ago": 7,
        "views": 27,
        "votes": {"up": ["lauren.kim", "pieter.janssen"], "down": []},
        "answers": [
            {
                "author": "emily.novak",
                "body": (
                    "I set this up at my last company, so from both sides:\n\n"
                    "- **Sync:** Connect reads custom objects through the Salesforce connector. "
                    "Add them in Connect > Salesforce > Objects > Add custom object. Read works "
                    "for any custom object; write-back is limited to activities and the fields you "
                    "choose on standard objects.\n"
                    "- **Activity matching:** Core matches emails and meetings to Contacts, "
                    "Accounts and Opportunities. It won't match directly to `Partner_Deal__c`, but "
                    "if the custom object has a lookup to Opportunity, the activities are visible "
                    "through the opportunity.\n"
                    "- **Forecast:** rolls up Opportunities. If each partner deal is an "
                    "opportunity with a lookup to `Partner_Deal__c`, you can group or filter by a "
                    "field from it (add it as a forecast dimension). If partner deals live *only* "
                    "in the custom object, Forecast won't see them.\n\n"
                    "The question to ask the admin: is every partner deal also an opportunity? If "
                    "yes, you're fine."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "jonah.whitfield",
                        "kenji.watanabe",
                        "pieter.janssen",
                        "elena.petrova",
                        "lauren.kim",
                    ],
                    "down": [],
                },
            },
            {
                "author": "kenji.watanabe",
                "body": (
                    "Emily is right. One addition: custom objects count toward the API budget for "
                    "the sync. For large orgs with millions of custom-object rows, check the "
                    "limits in the technical deep dive."
                ),
                "hours_after": 6,
                "votes": {"up": ["emily.novak", "jonah.whitfield"], "down": []},
            },
        ],
    },
    {
        "author": "hannah.lindgren",
        "title": "Snowflake warehouse sync is running 6 hours behind. Is that expected?",
        "body": (
            "Swedish customer on Connect with the Snowflake sync. Their data team says the "
            "`activities` table is consistently five to six hours behind, so their morning "
            "pipeline dashboard shows yesterday afternoon. The Connect documentation says "
            "'hourly'.\n\n"
            "Is something misconfigured?"
        ),
        "tags": ["signal-connect", "implementation-adoption", "technical-owner"],
        "asked_days_ago": 84,
        "views": 55,
        "votes": {"up": ["aoife.brennan", "pieter.janssen", "kenji.watanabe"], "down": []},
        "answers": [
            {
                "author": "pieter.janssen",
                "body": (
                    "Hourly is the interval for changed records. A five-to-six-hour lag almost "
                    "always means one of these:\n\n"
                    "1. **They're still on the daily full-refresh schedule** instead of "
                    "incremental. Check Connect > Warehouse > Schedule. Setup sometimes leaves it "
                    "on full refresh after the initial load, and nobody switches it back.\n"
                    "2. **Their warehouse is queueing.** If the Snowflake warehouse auto-suspends "
                    "and is sized small, loads queue up. Look at the query history for the Signal "
                    "service user.\n"
                    "3. **Time zones.** `_synced_at` is in UTC and Stockholm is UTC+1 or +2, so "
                    "part of the 'lag' can just be the dashboard.\n\n"
                    "A quick check to run with them:\n\n"
                    "```sql\n"
                    "select max(_synced_at) as last_sync, count(*) as rows_last_day\n"
                    "from signal.activities\n"
                    "where _synced_at > dateadd(day, -1, current_timestamp());\n"
                    "```\n\n"
                    "If `last_sync` is recent but the dashboard is old, it's their dashboard "
                    "refresh, not us. Happy to join a call; their data team and I can sort it in "
                    "30 minutes."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": [
                        "hannah.lindgren",
                        "aoife.brennan",
                        "kenji.watanabe",
                        "yasmin.farouk",
                        "ravi.krishnan",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "hannah.lindgren",
                        "body": (
                            "It was number 1: still on full refresh from onboarding. Switched to "
                            "incremental and it's now 40 minutes behind at most."
                        ),
                        "hours_after": 24,
                    },
                ],
            },
        ],
    },
    {
        "author": "yasmin.farouk",
        "title": (
            "Customer's renewal paperwork still says 'Pulse'. Do we need to re-paper it as Signal "
            "Forecast?"
        ),
        "body": (
            "UK customer renewing in 60 days. Their procurement team noticed that our renewal "
            "quote says 'Signal Forecast' while their contract says 'Pulse', and asked whether "
            "it's a new product that needs a new sourcing process. That would add two months.\n\n"
            "How do we handle the rename at renewal?"
        ),
        "tags": ["signal-forecast", "renewals", "procurement"],
        "asked_days_ago": 145,
        "views": 97,
        "votes": {"up": ["aoife.brennan", "kevin.walsh", "ana.sousa"], "down": []},
        "answers": [
            {
                "author": "rachel.adeyemi",
                "body": (
                    "Same product, new name; no new sourcing needed. There's a **rename letter** "
                    "on company letterhead stating that Pulse was renamed Signal Forecast in 2024 "
                    "with no change to functionality, pricing or terms. Kevin's team attaches it "
                    "to renewal quotes on request.\n\n"
                    "Suggested wording for procurement:\n\n"
                    "> 'Signal Forecast is the current name of Pulse. The product, your data and "
                    "your contract terms are unchanged. The attached letter confirms the rename "
                    "for your supplier records.'\n\n"
                    "On the quote, the line item reads 'Signal Forecast (formerly Pulse)' for the "
                    "first renewal after the rename."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "yasmin.farouk",
                        "aoife.brennan",
                        "kevin.walsh",
                        "pieter.janssen",
                        "ana.sousa",
                        "claire.dubois",
                    ],
                    "down": [],
                },
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "Confirming: the quote template has a 'Show former product name' checkbox. "
                    "Tick it and the letter attaches automatically."
                ),
                "hours_after": 6,
                "votes": {"up": ["yasmin.farouk", "rachel.adeyemi"], "down": []},
            },
        ],
    },
    {
        "author": "wei.zhang",
        "title": "When SCIM deprovisions a user, what happens to their Coach recordings?",
        "body": (
            "A Singapore bank's IT team asked this in their security review:\n\n"
            "> When a user is removed from our identity provider, SCIM deprovisions the Signal "
            "account. What happens to the recordings they made and the calls they took part in? "
            "Deleted, reassigned, or kept under retention?\n\n"
            "I believe recordings stay under the retention policy and are reassigned to the "
            "manager, but I can't find it written down anywhere. I need a written answer by "
            "Thursday."
        ),
        "tags": ["signal-enterprise-edition", "signal-coach", "it", "security-review"],
        "asked_days_ago": 2,
        "views": 11,
        "votes": {"up": ["chloe.nguyen"], "down": []},
        "comments": [
            {
                "author": "chloe.nguyen",
                "body": (
                    "Following. An ANZ insurer asked the same last month and I answered from "
                    "memory. A written answer in the library would help a lot."
                ),
                "hours_after": 5,
            },
        ],
        "answers": [],
    },
    {
        "author": "diego.alvarez",
        "title": "How good is Coach's Portuguese transcription for Brazilian sales calls?",
        "body": (
            "A Brazilian fintech (120 sellers in Sao Paulo) wants to pilot Coach. Their Head of "
            "Sales asked for accuracy numbers on Brazilian Portuguese, especially with English "
            "product terms mixed in.\n\n"
            "Does anyone have results from a pilot or a customer? @ana.sousa do we have anything "
            "publishable?"
        ),
        "tags": ["signal-coach", "latam", "validation"],
        "asked_days_ago": 3,
        "views": 14,
        "votes": {"up": ["lauren.kim"], "down": []},
        "answers": [],
    },
    {
        "author": "lukas.becker",
        "title": (
            "How do we position Forecast for a manufacturer that sells mostly through dealers?"
        ),
        "body": (
            "Austrian machinery manufacturer: 80 direct sellers plus about 300 dealer reps who "
            "aren't in their CRM. The VP Sales says 'our forecast is really the dealers' "
            "forecast'.\n\n"
            "The Forecast messaging assumes a direct sales team. How do you position it here?"
        ),
        "tags": ["manufacturing", "signal-forecast", "messaging-guide"],
        "asked_days_ago": 50,
        "views": 58,
        "votes": {"up": ["henrik.sorensen", "claire.dubois", "jordan.blake"], "down": []},
        "answers": [
            {
                "author": "samuel.adebayo",
                "body": (
                    "This is 80% of my patch. What works:\n\n"
                    "**Don't try to forecast the dealers. Forecast the channel managers.** The "
                    "direct sellers who manage dealers already have a view of dealer pipeline "
                    "(usually in a spreadsheet or the dealer portal). Forecast rolls up *their* "
                    "call on each dealer, with the activity behind it.\n\n"
                    "How I position it:\n\n"
                    "> 'You'll never get 300 dealer reps into your CRM. But your 80 channel "
                    "managers talk to those dealers every week. Forecast turns those conversations "
                    "into a number you can defend.'\n\n"
                    "Practical setup:\n"
                    "- Each dealer is an Account, and each dealer's quarterly commitment is an "
                    "Opportunity owned by the channel manager.\n"
                    "- Core captures the emails and meetings between channel managers and dealers, "
                    "and Forecast scores dealer engagement from them.\n"
                    "- The quarterly business reviews with dealers become the moment the number "
                    "gets updated.\n\n"
                    "Reference: an industrial equipment company in the Midwest runs exactly this "
                    "set-up. Ana will know whether they take EMEA reference calls."
                ),
                "hours_after": 8,
                "accepted": True,
                "votes": {
                    "up": [
                        "lukas.becker",
                        "jordan.blake",
                        "ana.sousa",
                        "lauren.kim",
                        "rachel.adeyemi",
                    ],
                    "down": [],
                },
            },
            {
                "author": "ana.sousa",
                "body": (
                    "They do, once a quarter, and they're happy to talk to a European "
                    "manufacturer. I'll set it up."
                ),
                "hours_after": 12,
                "votes": {"up": ["samuel.adebayo", "lukas.becker"], "down": []},
            },
        ],
    },
    {
        "author": "tyler.jackson",
        "title": "Are retailers with wholesale teams a fit, or should I stop booking them?",
        "body": (
            "I've booked four meetings with consumer brands this month. Two turned out to have "
            "10-15 wholesale reps, and the AEs said 'not a fit'. The other two had 60+ account "
            "managers selling to retailers, and both are in stage 2.\n\n"
            "Where's the line? I'd like to qualify better before I book."
        ),
        "tags": ["retail", "qualification", "prospecting"],
        "asked_days_ago": 26,
        "views": 41,
        "votes": {"up": ["tomas.rivera", "amara.osei"], "down": []},
        "answers": [
            {
                "author": "lauren.kim",
                "body": (
                    "Good instinct to ask. The line we use for retail and consumer brands:\n\n"
                    "- **Fit:** 40+ people in a B2B sales role (wholesale, key accounts, trade) "
                    "**and** a CRM they actually use for those accounts.\n"
                    "- **Maybe:** 20-40 sellers, or a CRM that only holds contact records. Book "
                    "it, but tell the AE it's a maybe.\n"
                    "- **Not a fit:** pure e-commerce or direct-to-consumer with no sales team, or "
                    "fewer than 20 sellers.\n\n"
                    "Add one question to your booking script: 'How many people manage your retail "
                    "or wholesale accounts, and where do they log their activity?' That answers "
                    "both."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": ["tyler.jackson", "tomas.rivera", "samuel.adebayo", "daniel.okafor"],
                    "down": [],
                },
            },
            {
                "author": "tomas.rivera",
                "body": (
                    "Adding that question to the retail sequence today, and the fit rule to the "
                    "SDR qualification guide."
                ),
                "hours_after": 8,
                "votes": {"up": ["tyler.jackson", "lauren.kim"], "down": []},
            },
        ],
    },
    {
        "author": "chloe.nguyen",
        "title": (
            "Any case study from a technology company under 500 employees, ideally outside the US?"
        ),
        "body": (
            "Two ANZ software companies in my pipeline, 150 and 300 employees. Every story I find "
            "is a large US enterprise, and they've both said 'you're built for companies much "
            "bigger than us'.\n\n"
            "Anything smaller, ideally from APAC or Europe?"
        ),
        "tags": ["case-study", "technology", "apac"],
        "asked_days_ago": 40,
        "views": 49,
        "votes": {"up": ["wei.zhang", "arjun.mehta"], "down": []},
        "answers": [
            {
                "author": "ana.sousa",
                "body": (
                    "Two options:\n\n"
                    "1. **UK software company, 300 employees:** Core plus Forecast, forecast "
                    "accuracy from 78% to 93% in three quarters. Public, with logo.\n"
                    "2. **Singapore SaaS scale-up, 180 employees:** Core plus Coach, new-hire ramp "
                    "time down from six months to four. Internal only for now: you can tell the "
                    "story without the name while we work on approval.\n\n"
                    "Both are in the customer story library; filter by industry = technology and "
                    "size = under 500."
                ),
                "hours_after": 6,
                "votes": {"up": ["chloe.nguyen", "wei.zhang", "henrik.sorensen"], "down": []},
            },
            {
                "author": "henrik.sorensen",
                "body": (
                    "Chloe, push for the Singapore one as a reference call, not just a story. "
                    "Local beats famous every time."
                ),
                "hours_after": 20,
                "votes": {"up": ["chloe.nguyen", "ana.sousa", "arjun.mehta"], "down": []},
            },
        ],
    },
    {
        "author": "hiroshi.tanaka",
        "title": (
            "Japanese prospect wants data in Asia - is Australian residency an option, and what "
            "stays in AU?"
        ),
        "body": (
            "Japanese insurer evaluating EE. They'd prefer data in Japan, which we don't offer. "
            "Their IT team asked whether Australian residency counts as 'in region', and which "
            "data actually stays in Australia: recordings, transcripts, backups, support "
            "access?\n\n"
            "I need precise answers before the technical deep dive."
        ),
        "tags": ["apac", "signal-enterprise-edition", "security-review"],
        "asked_days_ago": 35,
        "views": 45,
        "votes": {"up": ["arjun.mehta", "wei.zhang"], "down": []},
        "answers": [
            {
                "author": "chloe.nguyen",
                "body": (
                    "I went through this in detail on the first AU residency deal. With EE and AU "
                    "residency:\n\n"
                    "- **Stored in AU:** all customer data at rest: activities, CRM sync data, "
                    "Forecast snapshots, Coach audio and transcripts, and backups.\n"
                    "- **Support access** can come from other regions, but only under the support "
                    "access controls: time-limited, recorded in the audit log, and customer "
                    "approval required on EE.\n"
                    "- **Transcription** runs in the AU region for AU-resident tenants. Check "
                    "Japanese with Wei; when I last asked it ran in-region too.\n"
                    "- **Billing metadata** (company name, seat counts) lives in our global "
                    "billing system.\n\n"
                    "Be careful with 'in region': AU is in APAC, but their regulator may not see "
                    "it that way. Ask their IT team to confirm with compliance before the deep "
                    "dive so you don't lose two weeks."
                ),
                "hours_after": 6,
                "accepted": True,
                "votes": {
                    "up": [
                        "hiroshi.tanaka",
                        "wei.zhang",
                        "arjun.mehta",
                        "elena.petrova",
                        "henrik.sorensen",
                    ],
                    "down": [],
                },
            },
            {
                "author": "wei.zhang",
                "body": (
                    "Confirming that Japanese transcription runs in-region for AU tenants. I'll "
                    "bring the residency data-flow diagram to the deep dive."
                ),
                "hours_after": 10,
                "votes": {"up": ["hiroshi.tanaka", "chloe.nguyen"], "down": []},
            },
        ],
    },
    {
        "author": "arjun.mehta",
        "title": (
            "Selling through the Japanese reseller: who owns discovery, and how do those deals go "
            "into the forecast?"
        ),
        "body": (
            "As the reseller agreement in Japan firms up, I need a clear rule for partner deals. "
            "Questions from the team:\n\n"
            "- Who runs discovery: Hiroshi, the reseller, or both?\n"
            "- Do reseller deals go into our forecast at full value or at our net after the "
            "reseller margin?\n"
            "- Whose quota do they count toward?"
        ),
        "tags": ["apac", "forecasting", "territory-planning"],
        "asked_days_ago": 22,
        "views": 36,
        "votes": {"up": ["hiroshi.tanaka", "henrik.sorensen"], "down": []},
        "comments": [
            {
                "author": "hiroshi.tanaka",
                "body": (
                    "Adding one: the reseller's fiscal year ends in March, so their quarter-end "
                    "push doesn't line up with ours."
                ),
                "hours_after": 30,
            },
        ],
        "answers": [
            {
                "author": "marcus.feld",
                "body": (
                    "Reseller deals should be opportunities with the reseller attached as a "
                    "partner account. We don't have a partner forecast category yet; I'll come "
                    "back to you on net versus gross."
                ),
                "hours_after": 40,
                "votes": {"up": [], "down": []},
            },
            {
                "author": "priya.nair",
                "body": (
                    "For now, log them as normal opportunities owned by Hiroshi and tag the "
                    "partner. The capacity model counts them at full value."
                ),
                "hours_after": 52,
                "votes": {"up": ["hiroshi.tanaka"], "down": ["arjun.mehta"]},
                "comments": [
                    {
                        "author": "arjun.mehta",
                        "body": (
                            "Full value overstates our number by the reseller margin, which is "
                            "20-25% in Japan. I don't think that can be the answer for the "
                            "forecast."
                        ),
                        "hours_after": 60,
                    },
                ],
            },
        ],
    },
    {
        "author": "claire.dubois",
        "title": "Do we need a signed DPA before a proof of concept with real EU customer data?",
        "body": (
            "French SaaS company wants a three-week Forecast POC on their real CRM data, 60 users. "
            "Their DPO says no personal data leaves their systems until a DPA is signed, and our "
            "order form (which includes the DPA) won't be signed until after the POC.\n\n"
            "How do others handle this?"
        ),
        "tags": ["emea", "security-review", "validation"],
        "asked_days_ago": 98,
        "views": 80,
        "votes": {"up": ["lukas.becker", "henrik.sorensen", "hannah.lindgren"], "down": []},
        "answers": [
            {
                "author": "elena.petrova",
                "body": (
                    "We have a **POC agreement** that includes our standard DPA for exactly this: "
                    "four pages plus the DPA, free, limited to 60 days, and the DPA terms carry "
                    "over into the order form. The Deal Desk sends it, and most DPOs sign it "
                    "within a week.\n\n"
                    "Also worth offering:\n"
                    "- **EU residency for the POC tenant.** We can provision a POC tenant in the "
                    "EU region even before they buy EE.\n"
                    "- **Minimisation:** sync only the opportunities and contacts in scope, and "
                    "exclude email bodies (metadata only) for the POC.\n"
                    "- **A deletion certificate** at the end if they don't buy.\n\n"
                    "Don't start a POC on real data without the POC agreement, even if the "
                    "champion says 'it's fine'."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": [
                        "claire.dubois",
                        "lukas.becker",
                        "henrik.sorensen",
                        "kenji.watanabe",
                        "hannah.lindgren",
                    ],
                    "down": [],
                },
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "Template: Deal Desk > Templates > POC agreement (EU). There's also a French "
                    "translation of the DPA for information; the English version governs."
                ),
                "hours_after": 8,
                "votes": {"up": ["claire.dubois", "elena.petrova"], "down": []},
            },
        ],
    },
    {
        "author": "diego.alvarez",
        "title": "Feedback wanted: 4-step outbound sequence for Brazilian fintech sales leaders",
        "body": (
            "I'm building the outbound sequence for Brazilian fintechs (heads of sales, 50-300 "
            "sellers). Here's the English version of what I send in Portuguese:\n\n"
            "1. **Day 1, email:** 'Forecast accuracy at [company]', three paragraphs on Signal "
            "Forecast and a meeting link.\n"
            "2. **Day 3, call** with a voicemail.\n"
            "3. **Day 7, email:** a link to the regional bank case study.\n"
            "4. **Day 14, email:** break-up note.\n\n"
            "Reply rate so far: 4% on step 1, almost nothing after. What would you change?"
        ),
        "tags": ["latam", "prospecting", "email-template", "financial-services"],
        "asked_days_ago": 15,
        "views": 37,
        "votes": {"up": ["tomas.rivera", "tyler.jackson"], "down": []},
        "answers": [
            {
                "author": "tyler.jackson",
                "body": (
                    "4% on step 1 is decent; the problem is steps 2-4. Changes I'd test:\n\n"
                    "- **Step 1 is too long.** Three paragraphs become three sentences: the "
                    "trigger, the problem, one question. For example: 'Saw you're hiring 20 "
                    "sellers this quarter. Teams that grow that fast usually lose sight of which "
                    "deals are real. How are you forecasting today?'\n"
                    "- **Use a real trigger per account:** a funding round, a new sales leader, a "
                    "hiring spree. Fintechs announce all three.\n"
                    "- **Step 3: swap the case study.** A US regional bank means nothing to a Sao "
                    "Paulo fintech. Use a short insight instead ('the three questions fintech CROs "
                    "ask about their pipeline').\n"
                    "- **Add a social touch between steps 2 and 3:** comment on something they "
                    "posted, no pitch.\n\n"
                    "And call on day 1 as well as day 3. For our finance sequence, calls on day 1 "
                    "doubled the connect rate."
                ),
                "hours_after": 4,
                "votes": {
                    "up": ["diego.alvarez", "tomas.rivera", "amara.osei", "lauren.kim"],
                    "down": [],
                },
            },
            {
                "author": "tomas.rivera",
                "body": (
                    "Also ask Lauren's team which LATAM accounts are in stage 2 or later; you can "
                    "mention 'other fintechs in Sao Paulo' without naming them."
                ),
                "hours_after": 6,
                "votes": {"up": ["diego.alvarez", "tyler.jackson"], "down": []},
            },
        ],
    },
    {
        "author": "nadia.haddad",
        "title": "My champion is the VP Sales. How do I get to the CFO without going around him?",
        "body": (
            "Bank in Abu Dhabi, USD 300k deal. My champion is the VP Sales, and he's strong, but "
            "the CFO signs anything over USD 250k and I've never met her. When I ask for an "
            "introduction he says 'leave the CFO to me'.\n\n"
            "How do I get that meeting without damaging the relationship with my champion?"
        ),
        "tags": ["finance", "champion-building", "economic-owner", "consensus-creation"],
        "asked_days_ago": 48,
        "views": 102,
        "votes": {
            "up": ["claire.dubois", "henrik.sorensen", "sofia.marquez", "daniel.okafor"],
            "down": [],
        },
        "answers": [
            {
                "author": "sofia.marquez",
                "body": (
                    "I've had this on nearly every bank deal. 'Leave the CFO to me' usually means "
                    "he's worried you'll say something that makes him look bad, or he doesn't know "
                    "how to pitch it to her. Solve his problem, not yours.\n\n"
                    "**Make him the presenter.** Offer to build the CFO version of the business "
                    "case with him: one page, her language (cost of forecast misses, hours of "
                    "manager time, payback period). Then ask:\n\n"
                    "> 'Would it help if I'm in the room to answer the technical and commercial "
                    "questions, so you can focus on the why?'\n\n"
                    "**Test him as a champion.** A real champion can get you 30 minutes with the "
                    "economic owner. If he can't or won't, that's important information for your "
                    "qualification, and for your forecast.\n\n"
                    "**Use a peer level if needed.** Offer a short call between their CFO and a "
                    "customer's CFO, or with our leadership. Champions rarely object to that "
                    "because it makes them look well connected.\n\n"
                    "What I'd avoid: emailing the CFO directly. In the Gulf especially, going "
                    "around him will cost you the deal."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {
                    "up": [
                        "nadia.haddad",
                        "daniel.okafor",
                        "andre.thompson",
                        "olivia.chen",
                        "claire.dubois",
                        "angela.whitman",
                        "maya.patel",
                    ],
                    "down": [],
                },
            },
            {
                "author": "robert.castellano",
                "body": (
                    "For a deal this size I'm happy to do an executive call with their CFO. Nadia, "
                    "send me a paragraph on the deal and what we want from the conversation."
                ),
                "hours_after": 10,
                "votes": {"up": ["nadia.haddad", "sofia.marquez", "daniel.okafor"], "down": []},
            },
        ],
    },
    {
        "author": "olivia.chen",
        "title": (
            "Hospital IT wants a full SSO and security review before a 3-week pilot. How do we "
            "keep momentum?"
        ),
        "body": (
            "Academic medical centre, Coach and Core pilot for 40 users in their physician-liaison "
            "team. IT says nothing gets connected until they've completed a full security review "
            "and tested SSO, and their queue is six weeks. The pilot was meant to start in two "
            "weeks.\n\n"
            "Any way to keep this moving without annoying IT?"
        ),
        "tags": ["it", "validation", "signal-enterprise-edition", "healthcare"],
        "asked_days_ago": 24,
        "views": 46,
        "votes": {"up": ["daniel.okafor", "elena.petrova"], "down": []},
        "answers": [
            {
                "author": "kenji.watanabe",
                "body": (
                    "Split the review into **pilot scope** and **production scope**. IT teams "
                    "often agree to a lighter review for a time-limited pilot if you reduce what "
                    "it touches:\n\n"
                    "- 40 named users, a pilot tenant, no CRM write-back, recordings auto-deleted "
                    "after 30 days\n"
                    "- SSO tested in the pilot itself, so their SSO test becomes part of the pilot "
                    "plan rather than a prerequisite\n"
                    "- Full questionnaire and architecture review run in parallel, completed "
                    "before production\n\n"
                    "Bring the pilot scope as a one-page document and ask IT: 'What would you need "
                    "to see to approve a pilot with this scope?' That question gets a list rather "
                    "than a queue."
                ),
                "hours_after": 5,
                "accepted": True,
                "votes": {
                    "up": ["olivia.chen", "elena.petrova", "emily.novak", "daniel.okafor"],
                    "down": [],
                },
            },
            {
                "author": "elena.petrova",
                "body": (
                    "Also send the answer-library pack up front (SOC 2 via the trust portal, "
                    "pen-test summary, SSO/SCIM guide, the healthcare FAQ). In my experience half "
                    "of the 'six-week queue' is waiting for vendor documents. If they have it on "
                    "day one, you skip ahead."
                ),
                "hours_after": 7,
                "votes": {
                    "up": [
                        "olivia.chen",
                        "kenji.watanabe",
                        "daniel.okafor",
                        "sofia.marquez",
                        "wei.zhang",
                    ],
                    "down": [],
                },
            },
        ],
    },
    {
        "author": "pieter.janssen",
        "title": (
            "Pilot users say Core 'logs too much' and are turning off capture. How do we win them "
            "back?"
        ),
        "body": (
            "Dutch logistics software company, 60-user pilot in week two. Several reps have paused "
            "email capture because they say Core 'logs everything': internal threads, personal "
            "emails, their dentist appointments from the calendar.\n\n"
            "The pilot success metric is activity coverage, so this is a problem. What settings "
            "and messaging have worked?"
        ),
        "tags": ["end-user", "signal-core", "implementation-adoption", "validation"],
        "asked_days_ago": 62,
        "views": 59,
        "votes": {"up": ["aoife.brennan", "yasmin.farouk"], "down": []},
        "answers": [
            {
                "author": "kenji.watanabe",
                "body": (
                    "It's almost always default settings. Before talking to the reps, fix the "
                    "configuration:\n\n"
                    "- **Internal-only emails:** exclude them (Core > Capture > Exclude "
                    "internal-only threads). They're noise anyway.\n"
                    "- **Personal domains:** add the common personal email domains to the "
                    "exclusion list.\n"
                    "- **Calendar:** capture only meetings with at least one external participant, "
                    "and never capture events marked private.\n"
                    "- **Per-rep exclusions:** let reps add their own excluded contacts and "
                    "domains.\n\n"
                    "Then tell the reps what changed, and show them what Core now captures for one "
                    "of their deals."
                ),
                "hours_after": 6,
                "votes": {
                    "up": ["pieter.janssen", "yasmin.farouk", "emily.novak", "elena.petrova"],
                    "down": [],
                },
            },
            {
                "author": "lauren.kim",
                "body": (
                    "Messaging for the reps: 'Core logs your customer activity so you don't have "
                    "to.' Show a rep how many minutes a week they spent logging before the pilot. "
                    "Once they see it saves them time, capture stays on."
                ),
                "hours_after": 12,
                "votes": {"up": ["pieter.janssen"], "down": []},
            },
        ],
    },
    {
        "author": "andre.thompson",
        "title": (
            "The buyer's 90-line requirements spreadsheet was clearly written with Ardent in mind. "
            "How do I reshape it?"
        ),
        "body": (
            "Life insurer, CRO-sponsored evaluation. The requirements spreadsheet has 90 lines, "
            "and about 20 of them are Ardent feature names ('board-ready scenario modelling', "
            "'quota attainment waterfall'). Ardent was clearly consulted, or the buyer's "
            "consultant copied their brochure.\n\n"
            "We can answer 70 lines cleanly. How do I reshape the rest without looking defensive?"
        ),
        "tags": ["requirements-building", "ardent-revenue", "supplier-selection", "rfp-response"],
        "asked_days_ago": 17,
        "views": 52,
        "votes": {"up": ["nikhil.rao", "jordan.blake", "sofia.marquez"], "down": []},
        "answers": [
            {
                "author": "jordan.blake",
                "body": (
                    "Classic Ardent wiring; our Ardent brief has a section on it. What works:\n\n"
                    "1. **Answer every line honestly.** 'Partial' or 'Different approach' with a "
                    "one-line explanation beats 'Yes' with a caveat.\n"
                    "2. **Ask the buyer for the outcome behind each Ardent line.** 'Board-ready "
                    "scenario modelling' usually means 'the CFO wants to see the quarter under "
                    "three assumptions'. We can do that, just not with Ardent's name for it.\n"
                    "3. **Propose three requirements of your own** that Ardent wiring misses: time "
                    "to value (weeks, not quarters), manager time spent on forecasting, and data "
                    "captured without rep input.\n"
                    "4. **Ask for a weighting.** 90 equally weighted lines favour the longest "
                    "feature list. Ask which ten matter most."
                ),
                "hours_after": 5,
                "votes": {
                    "up": ["andre.thompson", "nikhil.rao", "sofia.marquez", "ravi.krishnan"],
                    "down": [],
                },
            },
            {
                "author": "nikhil.rao",
                "body": (
                    "The 'quota attainment waterfall' line is a tell: it's an Ardent module sold "
                    "separately, so the customer may not even own it today. Ask whether they're "
                    "using it. If not, the requirement is aspirational, and you can say so "
                    "politely."
                ),
                "hours_after": 9,
                "votes": {"up": ["andre.thompson", "jordan.blake", "daniel.okafor"], "down": []},
            },
            {
                "author": "samuel.adebayo",
                "body": "I'd just answer the 70 and leave the other 20 blank with 'let's discuss'.",
                "hours_after": 20,
                "votes": {"up": ["tyler.jackson"], "down": ["jordan.blake", "nikhil.rao"]},
            },
        ],
    },
    {
        "author": "chloe.nguyen",
        "title": (
            "Champion says 'IT, finance and procurement all need to agree'. Is there a stakeholder "
            "map template?"
        ),
        "body": (
            "ANZ insurer, deal moving into the final stages. My champion just told me three more "
            "groups need to sign off, and I've only met one person in IT. Before I build my own, "
            "is there a stakeholder map template we use?"
        ),
        "tags": ["consensus-creation", "mutual-action-plan", "champion-building"],
        "asked_days_ago": 2,
        "views": 16,
        "votes": {"up": ["wei.zhang"], "down": []},
        "answers": [
            {
                "author": "grace.liu",
                "body": (
                    "Yes: Enablement > Templates > Buying group map. One row per person with their "
                    "role (economic owner, technical owner, IT, finance, procurement, end user), "
                    "what they care about, their current stance, who on our side owns the "
                    "relationship, and the next contact date.\n\n"
                    "Two tips: fill it in *with* your champion in a 20-minute call (it tests how "
                    "well they know their own organisation), and link each row to a step in the "
                    "mutual action plan."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {"up": ["chloe.nguyen", "sofia.marquez", "daniel.okafor"], "down": []},
            },
            {
                "author": "maya.patel",
                "body": (
                    "And if you build a better one, send it back to us. The current version is due "
                    "for review."
                ),
                "hours_after": 5,
                "votes": {"up": ["chloe.nguyen"], "down": []},
            },
        ],
    },
    {
        "author": "wei.zhang",
        "title": (
            "Buyer asks 'why not just turn on our CRM's built-in analytics?' - how do we frame "
            "platform versus add-on?"
        ),
        "body": (
            "Early-stage conversation with a Singapore logistics company on Brightline CRM. They "
            "aren't evaluating vendors yet; they're deciding what *kind* of solution they need. "
            "Their Head of Sales Ops asked:\n\n"
            "> Why wouldn't we just switch on Brightline's analytics module? It's one contract and "
            "one login.\n\n"
            "What's our approved framing for this stage, before it becomes a head-to-head?"
        ),
        "tags": ["solution-exploration", "brightline-crm", "messaging-guide"],
        "asked_days_ago": 80,
        "views": 74,
        "votes": {"up": ["jordan.blake", "rachel.adeyemi"], "down": []},
        "answers": [
            {
                "author": "rachel.adeyemi",
                "body": (
                    "At this stage, don't compare products; help them define the job. Our framing "
                    "from the messaging guide:\n\n"
                    "> 'CRM analytics reports on what your reps entered. A revenue data platform "
                    "captures what actually happened with your buyers and tells you what it means. "
                    "Which problem are you solving?'\n\n"
                    "Then give them two questions to answer internally:\n"
                    "- Is the problem *visibility* (we can't see the pipeline) or *truth* (we see "
                    "it but don't trust it)? Visibility is a reporting problem; CRM analytics can "
                    "solve it. Truth is a data problem.\n"
                    "- How much of the buyer's activity is in the CRM today? If the answer is 'not "
                    "much', CRM analytics will report on an incomplete picture.\n\n"
                    "If they decide it's a visibility problem, be gracious; they'll be back when "
                    "they hit the truth problem."
                ),
                "hours_after": 6,
                "votes": {
                    "up": ["wei.zhang", "jordan.blake", "ana.sousa", "samuel.adebayo"],
                    "down": [],
                },
            },
            {
                "author": "jordan.blake",
                "body": (
                    "Supporting material: the 'Reported pipeline versus inspected pipeline' "
                    "one-pager in the Brightline brief works here too, and it's shareable with "
                    "prospects."
                ),
                "hours_after": 9,
                "votes": {"up": ["wei.zhang"], "down": []},
            },
        ],
    },
    {
        "author": "samuel.adebayo",
        "title": "Is there a mutual action plan template that procurement actually respects?",
        "body": (
            "My mutual action plans stop working the moment a deal reaches procurement. The "
            "champion agrees to the dates, then procurement arrives with their own process and "
            "everything slips by a month.\n\n"
            "Has anyone got a template or a way of building the plan that survives procurement?"
        ),
        "tags": ["mutual-action-plan", "procurement", "playbook"],
        "asked_days_ago": 69,
        "views": 84,
        "votes": {"up": ["lauren.kim", "olivia.chen", "hannah.lindgren"], "down": []},
        "answers": [
            {
                "author": "lauren.kim",
                "body": (
                    "The template lives in Enablement > Templates > Mutual action plan. But the "
                    "template isn't the fix; *who builds it* is. What changed things for me:\n\n"
                    "- **Build it backward from their go-live date**, not forward from today.\n"
                    "- **Ask the champion to invite procurement to a 20-minute planning call** "
                    "around stage 3. Let procurement write their own steps into the plan.\n"
                    "- **Include the boring steps:** supplier onboarding, security review, legal "
                    "redlines, PO creation, signature routing. These are what slip.\n\n"
                    "A plan procurement wrote themselves is a plan they keep."
                ),
                "hours_after": 4,
                "votes": {
                    "up": ["samuel.adebayo", "olivia.chen", "daniel.okafor", "grace.liu"],
                    "down": [],
                },
            },
            {
                "author": "hannah.lindgren",
                "body": (
                    "From the procurement side: ask them for their **standard sourcing timeline** "
                    "for a purchase of this size. Most procurement teams have a documented one "
                    "(for example, 'software over EUR 100k: 45 business days'). Put their own "
                    "number in the plan and they can't argue with it."
                ),
                "hours_after": 8,
                "votes": {
                    "up": [
                        "samuel.adebayo",
                        "lauren.kim",
                        "olivia.chen",
                        "kevin.walsh",
                        "sofia.marquez",
                    ],
                    "down": [],
                },
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "And review the plan with the champion every week. A plan updated only at the "
                    "start is a forecast, not a plan."
                ),
                "hours_after": 12,
                "votes": {"up": ["samuel.adebayo"], "down": []},
            },
        ],
    },
    {
        "author": "amara.osei",
        "title": (
            "Is there any awareness-stage content I can send a VP Sales who isn't looking for "
            "anything yet?"
        ),
        "body": (
            "Working inbound leads, I keep meeting VPs of Sales who downloaded something but "
            "aren't in a buying cycle. Everything I can find is a product one-pager or a case "
            "study, which feels like too much too soon.\n\n"
            "Is there anything lighter, like an industry report or a checklist, that I can send to "
            "stay useful?"
        ),
        "tags": ["awareness", "prospecting", "email-template"],
        "asked_days_ago": 6,
        "views": 12,
        "votes": {"up": ["tyler.jackson", "tomas.rivera"], "down": []},
        "comments": [
            {
                "author": "tomas.rivera",
                "body": (
                    "Good question. @rachel.adeyemi is anything planned? We mostly have product "
                    "one-pagers today."
                ),
                "hours_after": 2,
            },
        ],
        "answers": [],
    },
    {
        "author": "yasmin.farouk",
        "title": (
            "Customer wants Coach for 40 more seats mid-term. Co-term to the existing contract or "
            "a separate order?"
        ),
        "body": (
            "Existing UK customer on Core, 200 seats, seven months into a 12-month contract. Their "
            "sales director wants to add Coach for a 40-person team. They'd like one renewal date, "
            "but their finance team doesn't want to pay for the full year up front for a team that "
            "starts next month.\n\n"
            "Co-term or separate order?"
        ),
        "tags": ["expansion", "pricing-guide", "implementation-adoption", "signal-coach"],
        "asked_days_ago": 30,
        "views": 41,
        "votes": {"up": ["aoife.brennan"], "down": []},
        "answers": [
            {
                "author": "kevin.walsh",
                "body": (
                    "Co-term. An add-on order for Coach, 40 seats, prorated to the existing "
                    "renewal date (five months here), on the current contract's terms. Finance "
                    "pays only for the five months now, and everything renews together.\n\n"
                    "Use the 'Add-on (co-termed)' quote type in the CRM; it calculates the "
                    "proration. Pricing: current list minus the discount on the original contract, "
                    "as long as that's within your band. The expansion counts toward your bookings "
                    "at full annualised value."
                ),
                "hours_after": 3,
                "accepted": True,
                "votes": {"up": ["yasmin.farouk", "aoife.brennan", "priya.nair"], "down": []},
            },
            {
                "author": "aoife.brennan",
                "body": (
                    "And plan the Coach onboarding with the customer's team leader before the "
                    "order goes in. Expansion seats that aren't used by renewal are the first "
                    "thing finance cuts."
                ),
                "hours_after": 6,
                "votes": {"up": ["yasmin.farouk", "kevin.walsh"], "down": []},
            },
        ],
    },
    {
        "author": "pieter.janssen",
        "title": (
            "Renewal with a 7% uplift, but adoption is only 55%. Customer is pushing back. What do "
            "I do?"
        ),
        "body": (
            "Belgian customer, Core and Forecast, 150 seats, renewing in 75 days. Their contract "
            "has the standard 7% uplift. The sales director said:\n\n"
            "> We're only using about half of what we pay for. I'm not paying 7% more for that.\n\n"
            "He's right that active usage is 55%. What's the right move for the renewal?"
        ),
        "tags": ["renewals", "objection-handling", "implementation-adoption"],
        "asked_days_ago": 20,
        "views": 48,
        "votes": {"up": ["yasmin.farouk", "aoife.brennan", "kevin.walsh"], "down": []},
        "answers": [
            {
                "author": "aoife.brennan",
                "body": (
                    "Don't defend the uplift first; fix the adoption story, then negotiate. In "
                    "order:\n\n"
                    "1. **Agree on the facts.** Bring the adoption dashboard and show where usage "
                    "is strong (often managers and Forecast) and where it isn't (often one team or "
                    "region).\n"
                    "2. **Offer an adoption plan with dates** for the next 60 days: a re-launch "
                    "for the low-usage teams, manager training, capture settings checked.\n"
                    "3. **Right-size if you need to.** If 30 seats genuinely won't be used, "
                    "reducing them is better than a customer who resents the whole contract. A "
                    "smaller renewal now beats churn next year.\n"
                    "4. **Trade the uplift for term:** waive the 7% for a two-year renewal with a "
                    "renewal-price cap. Kevin's team approves this without fuss.\n\n"
                    "Bring the account executive in now, not in the last 30 days."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": ["pieter.janssen", "yasmin.farouk", "kevin.walsh", "hannah.lindgren"],
                    "down": [],
                },
            },
            {
                "author": "yasmin.farouk",
                "body": (
                    "One thing from my renewals: check *who* is inactive before the meeting. Last "
                    "quarter the 'inactive' users at one customer were mostly leavers who hadn't "
                    "been deprovisioned. Adoption went from 58% to 81% once we removed them, and "
                    "the conversation changed completely."
                ),
                "hours_after": 8,
                "votes": {
                    "up": [
                        "pieter.janssen",
                        "aoife.brennan",
                        "hannah.lindgren",
                        "kevin.walsh",
                        "daniel.okafor",
                    ],
                    "down": [],
                },
            },
            {
                "author": "kevin.walsh",
                "body": (
                    "Confirming: waiving the uplift for a two-year term is fine within the normal "
                    "process. Cutting seats needs nothing special either, but let us know so the "
                    "renewal forecast stays right."
                ),
                "hours_after": 10,
                "votes": {"up": ["pieter.janssen"], "down": []},
            },
        ],
    },
    {
        "author": "henrik.sorensen",
        "title": "Do we have a referenceable UK bank for a reference call this month?",
        "body": (
            "Two UK banks in late stage, both asking for a reference call with a UK bank on "
            "Forecast. Our US bank references won't do: one CRO said 'we're not a US regional "
            "bank'.\n\n"
            "Does anyone have a UK banking relationship that could become a reference?"
        ),
        "tags": ["case-study", "financial-services", "emea"],
        "asked_days_ago": 12,
        "views": 28,
        "votes": {"up": ["claire.dubois", "tom.hargreaves"], "down": []},
        "answers": [
            {
                "author": "ana.sousa",
                "body": (
                    "Not yet, sorry. Our UK financial-services customers are an insurer and a "
                    "building society, and neither is referenceable yet. The closest is the Dublin "
                    "payments company on Core plus Forecast. Would that work?"
                ),
                "hours_after": 30,
                "votes": {"up": [], "down": []},
                "comments": [
                    {
                        "author": "henrik.sorensen",
                        "body": (
                            "A payments company won't satisfy a bank CRO, I'm afraid. Leaving this "
                            "open; if anyone has a UK bank relationship that could become a "
                            "reference, please tell Ana."
                        ),
                        "hours_after": 40,
                    },
                ],
            },
        ],
    },
    {
        "author": "chloe.nguyen",
        "title": "What ROI assumptions for Forecast do finance teams actually accept?",
        "body": (
            "Sydney fintech, 90 sellers. The CFO tore apart my business case in five minutes: "
            "'You're assuming a 10% revenue uplift from a forecasting tool? Come on.'\n\n"
            "Which assumptions hold up in front of finance, and which should I drop?"
        ),
        "tags": ["value-selling", "finance", "signal-forecast"],
        "asked_days_ago": 52,
        "views": 73,
        "votes": {"up": ["wei.zhang", "arjun.mehta"], "down": []},
        "answers": [
            {
                "author": "sofia.marquez",
                "body": (
                    "Drop revenue uplift entirely; finance never believes it. The three that hold "
                    "up, in order of credibility:\n\n"
                    "1. **Manager time.** Hours per week spent on forecast prep, times the number "
                    "of managers, times loaded cost. Measured in discovery, so it's their number, "
                    "not ours. Typical: three to five hours per manager per week.\n"
                    "2. **Cost of forecast misses.** What happened the last time they missed: a "
                    "hiring freeze, a lender conversation, a delayed investment. Let the CFO put a "
                    "number on it.\n"
                    "3. **Slipped-deal recovery.** Deals that slipped last year and had no buyer "
                    "activity for 14+ days before slipping. We can measure this in a read-only "
                    "assessment on their own data.\n\n"
                    "My business-case template uses exactly these three; the ROI calculator has "
                    "the formula:\n\n"
                    "```\n"
                    "annual_value = managers * hours_saved_per_week * 46 weeks * "
                    "loaded_hourly_cost\n"
                    "             + slipped_deal_value * recovery_rate\n"
                    "```\n\n"
                    "Keep recovery_rate conservative (10-15%), and show payback in months, not ROI "
                    "percentages."
                ),
                "hours_after": 5,
                "votes": {
                    "up": [
                        "chloe.nguyen",
                        "daniel.okafor",
                        "andre.thompson",
                        "ravi.krishnan",
                        "olivia.chen",
                        "nadia.haddad",
                    ],
                    "down": [],
                },
            },
            {
                "author": "ravi.krishnan",
                "body": (
                    "For the slipped-deal number, use the backtest from the POC rather than an "
                    "industry benchmark. A CFO accepts 'your own data says X' much faster than any "
                    "benchmark."
                ),
                "hours_after": 9,
                "votes": {"up": ["chloe.nguyen", "sofia.marquez"], "down": []},
            },
        ],
    },
    {
        "author": "amara.osei",
        "title": "What cold-call openers work with RevOps leaders?",
        "body": (
            "Most of my inbound leads this month are RevOps and sales operations people rather "
            "than sales leaders. My usual opener (built for VPs of Sales) falls flat: they either "
            "go straight to 'send me the integration docs' or hang up.\n\n"
            "What do you open with for RevOps?"
        ),
        "tags": ["prospecting", "technical-owner", "awareness"],
        "asked_days_ago": 8,
        "views": 46,
        "votes": {"up": ["tomas.rivera", "tyler.jackson", "diego.alvarez"], "down": []},
        "answers": [
            {
                "author": "tyler.jackson",
                "body": (
                    "RevOps people are drowning in requests from the CRO, so open with their "
                    "workload, not our product. The three openers I use most, in order of hit "
                    "rate:\n\n"
                    "1. **The Thursday spreadsheet.**\n"
                    "   > 'Quick question: who builds the forecast roll-up before your Friday "
                    "call, and how long does it take?'\n"
                    "2. **The data-quality opener.**\n"
                    "   > 'Most RevOps leads I talk to say their CRM is missing half the buyer "
                    "activity because reps don't log it. Is that true for you, or are you the "
                    "exception?'\n"
                    "3. **The permission opener, for inbound leads.**\n"
                    "   > 'You downloaded our guide on CRM data quality. I'm not calling to demo "
                    "anything. Was it for a project, or just reading?'\n\n"
                    "Then shut up and let them talk. If they ask for integration docs, send them "
                    "and book 20 minutes with an SE; RevOps buyers like talking to technical "
                    "people.\n\n"
                    "Pitfall: don't say 'AI' in the first 30 seconds. RevOps people have heard it "
                    "from every vendor this year."
                ),
                "hours_after": 2,
                "accepted": True,
                "votes": {
                    "up": [
                        "amara.osei",
                        "tomas.rivera",
                        "diego.alvarez",
                        "grace.liu",
                        "lauren.kim",
                        "daniel.okafor",
                        "maya.patel",
                        "jordan.blake",
                        "ben.carter",
                    ],
                    "down": [],
                },
                "comments": [
                    {
                        "author": "amara.osei",
                        "body": (
                            "Tried number 1 on eight calls today: three conversations, one meeting "
                            "booked. Thank you Tyler!"
                        ),
                        "hours_after": 50,
                    },
                ],
            },
            {
                "author": "tomas.rivera",
                "body": (
                    "Tyler's openers are in the SDR playbook under 'RevOps persona'. Amara, let's "
                    "listen to two of your calls together in Coach on Friday."
                ),
                "hours_after": 5,
                "votes": {"up": ["amara.osei", "tyler.jackson"], "down": []},
            },
        ],
    },
    {
        "author": "olivia.chen",
        "title": "What should actually go in the MEDDPICC 'Paper Process' field?",
        "body": (
            "Daniel keeps sending back my deal reviews with 'paper process is vague'. I've been "
            "writing things like 'standard procurement, legal review'.\n\n"
            "What does a good Paper Process entry look like?"
        ),
        "tags": ["qualification", "procurement", "mutual-action-plan"],
        "asked_days_ago": 100,
        "views": 66,
        "votes": {"up": ["andre.thompson", "sofia.marquez"], "down": []},
        "answers": [
            {
                "author": "marcus.feld",
                "body": (
                    "'Standard procurement' tells us nothing. A good entry answers five things, "
                    "each with a name and a date:\n\n"
                    "```\n"
                    "Paper_Process__c example:\n"
                    "1. Supplier onboarding: portal, 10 business days (owner: procurement lead)\n"
                    "2. Security review: questionnaire + SOC 2, submitted 3 Mar, due 17 Mar\n"
                    "3. Legal: our MSA, redlines expected 20 Mar (customer counsel)\n"
                    "4. Approval: CFO sign-off over USD 150k; board not required\n"
                    "5. PO and signature: e-signature, CFO then CRO, 2 days\n"
                    "```\n\n"
                    "If you can't fill in a line, that's your next question for the champion. And "
                    "the total should match the close date; if it doesn't, the close date is wrong."
                ),
                "hours_after": 4,
                "accepted": True,
                "votes": {
                    "up": [
                        "olivia.chen",
                        "daniel.okafor",
                        "andre.thompson",
                        "sofia.marquez",
                        "lauren.kim",
                        "grace.liu",
                        "priya.nair",
                    ],
                    "down": [],
                },
            },
            {
                "author": "daniel.okafor",
                "body": (
                    "Exactly this. Olivia, your healthcare deals almost always add a BAA step and "
                    "a compliance review; put those in as lines 6 and 7."
                ),
                "hours_after": 8,
                "votes": {"up": ["olivia.chen", "marcus.feld"], "down": []},
            },
        ],
    },
    {
        "author": "sofia.marquez",
        "title": (
            "Is there approved questionnaire language on whether customer data is used to train AI "
            "models?"
        ),
        "body": (
            "Two bank questionnaires this week with the same new question:\n\n"
            "> Does the supplier use customer data, including call recordings and transcripts, to "
            "train or improve machine-learning or AI models? If yes, describe opt-out controls.\n\n"
            "I can't find an approved answer in the library. What are people writing?"
        ),
        "tags": ["rfp-response", "security-review", "it"],
        "asked_days_ago": 1,
        "views": 9,
        "votes": {"up": ["andre.thompson", "olivia.chen"], "down": []},
        "comments": [
            {
                "author": "elena.petrova",
                "body": (
                    "Legal is finalising the wording this week. I'll post here as soon as it's in "
                    "the library; please don't improvise an answer meanwhile."
                ),
                "hours_after": 3,
            },
        ],
        "answers": [],
    },
    {
        "author": "lauren.kim",
        "title": "Is a state university's advancement office a fit for Core and Forecast?",
        "body": (
            "Inbound from a state university in Colorado: their advancement (fundraising) office "
            "has 45 gift officers who manage donor relationships in a CRM and forecast major gifts "
            "by quarter. It looks a lot like a sales team.\n\n"
            "Has anyone sold into higher education? I'm unsure about fit and about their "
            "procurement rules."
        ),
        "tags": ["public-sector", "qualification", "north-america"],
        "asked_days_ago": 10,
        "views": 15,
        "votes": {"up": ["angela.whitman"], "down": []},
        "answers": [],
    },
    {
        "author": "hiroshi.tanaka",
        "title": "Do we have a Japanese-language case study or customer story for Signal Coach?",
        "body": (
            "Three Japanese prospects in a row have asked for a local Coach story, preferably in "
            "Japanese. Our reseller partner says an English case study 'is not going to work' with "
            "these buyers.\n\n"
            "Is anything in progress? I'm happy to help translate or to approach one of our early "
            "Japanese customers."
        ),
        "tags": ["case-study", "apac", "signal-coach"],
        "asked_days_ago": 27,
        "views": 19,
        "votes": {"up": ["arjun.mehta", "wei.zhang"], "down": []},
        "answers": [],
    },
    {
        "author": "nadia.haddad",
        "title": "Does Coach transcribe Arabic, or Arabic-English calls?",
        "body": (
            "Saudi bank wants Coach for 120 relationship managers. About half of their calls are "
            "in Arabic, and many switch between Arabic and English mid-sentence. Does Coach "
            "support Arabic transcription today, and how does it handle mixed-language calls?"
        ),
        "tags": ["signal-coach", "emea"],
        "asked_days_ago": 16,
        "views": 24,
        "votes": {"up": ["claire.dubois"], "down": []},
        "answers": [
            {
                "author": "wei.zhang",
                "body": (
                    "I don't think Arabic is supported yet; I know Japanese is, because we tested "
                    "it for Tokyo. Let me check with product about Arabic and mixed-language calls."
                ),
                "hours_after": 20,
                "votes": {"up": [], "down": []},
            },
        ],
    },
]
