#!/usr/bin/env python3
"""Validate heldout_v17_assistant.jsonl (BLIND held-out set, assistant half). Exit 0 = pass, 1 = fail."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v17_assistant.jsonl")
FIELDS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
TECHS = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
         "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
CATS = {"api_json", "calendar", "chat", "code", "doc", "email", "file", "issue", "review", "web_page"}


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                row = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            rows.append(row)
            if set(row) != FIELDS:
                errors.append("line %d: fields %s" % (n, sorted(row)))
                continue
            if not all(isinstance(row[k], str) and row[k].strip() for k in FIELDS):
                errors.append("line %d: empty or non-string field" % n)
            if row["label"] not in ("injection", "benign"):
                errors.append("line %d: label %r" % (n, row["label"]))
            if row["source"] != "assistant":
                errors.append("line %d: source %r" % (n, row["source"]))
            if row["category"] not in CATS:
                errors.append("line %d: category %r" % (n, row["category"]))
            if not re.fullmatch(r"[a-z]{2}", row["language"]):
                errors.append("line %d: language %r" % (n, row["language"]))
            if row["label"] == "injection" and row["technique"] not in TECHS:
                errors.append("line %d: technique %r" % (n, row["technique"]))
            if row["label"] == "benign" and row["technique"] != "none":
                errors.append("line %d: benign with technique %r" % (n, row["technique"]))

    labels = collections.Counter(r.get("label") for r in rows)
    techs = collections.Counter(r.get("technique") for r in rows if r.get("label") == "injection")
    langs = collections.Counter(r.get("language") for r in rows)
    tools = {r.get("tool") for r in rows}

    if not 400 <= len(rows) <= 440:
        errors.append("row count %d not in 400..440" % len(rows))
    if labels["injection"] != 216:
        errors.append("injection count %d != 216" % labels["injection"])
    if not 190 <= labels["benign"] <= 215:
        errors.append("benign count %d not in 190..215" % labels["benign"])
    for t in TECHS:
        if techs[t] != 18:
            errors.append("technique %s has %d rows (want 18)" % (t, techs[t]))
    non_en = [l for l in langs if l != "en"]
    if len(langs) < 20:
        errors.append("only %d languages (want >= 20)" % len(langs))
    share = sum(v for k, v in langs.items() if k != "en") / max(1, len(rows))
    if not 0.25 <= share <= 0.45:
        errors.append("non-English share %.2f not in 0.25..0.45" % share)
    if len(tools) < 30:
        errors.append("only %d distinct tools (want >= 30)" % len(tools))

    seen = {}
    for i, r in enumerate(rows):
        c = r.get("content")
        if c in seen:
            errors.append("duplicate content: rows %d and %d" % (seen[c] + 1, i + 1))
        seen[c] = i

    # near-duplicate check: 8-word windows of natural-language words (JSON keys and ids skipped)
    win_rows = collections.defaultdict(set)
    for i, r in enumerate(rows):
        words = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", r.get("content", ""))]
        words = [w for w in words if w not in STOP]
        for j in range(len(words) - 7):
            win_rows[" ".join(words[j:j + 8])].add(i)
    bad = sorted(((len(v), k) for k, v in win_rows.items() if len(v) > 3), reverse=True)
    if bad:
        for cnt, k in bad[:10]:
            print("  window in %d rows: %s" % (cnt, k))
        errors.append("%d 8-word windows appear in more than 3 rows" % len(bad))

    # shuffled: the longest run of equal labels must be short
    run = best = 1
    for a, b in zip(rows, rows[1:]):
        run = run + 1 if a.get("label") == b.get("label") else 1
        best = max(best, run)
    if best > 15:
        errors.append("longest run of one label is %d (not shuffled?)" % best)

    print("rows %d | labels %s | languages %d (non-en share %.2f) | tools %d" % (
        len(rows), dict(labels), len(langs), share, len(tools)))
    if errors:
        for e in errors[:50]:
            print("FAIL:", e)
        return 1
    print("PASS")
    return 0


# carrier vocabulary: field names and envelope words that every row of a tool shares
STOP = set("""id threadid labelids inbox unread category updates from to subject date mimetype text plain html body
receiveddatetime isread emailaddress name address torecipients contenttype content kind calendar event status confirmed
summary description start datetime end organizer email displayname attendees responsestatus needsaction accepted
tentative timezone type required begin vcalendar version vevent uid dtstart dtend mailto end owners modifiedtime
file path size bytes modified rev text_content product title vendor price reviews rating author businessunit stars
consumer createdat properties firstname lastname lifecyclestage engagements note timestamp attributes case casenumber
contactemail casecomments commentbody createddate object invoice customer customer_email amount_due currency metadata
conversation source conversation_parts part_type admin records createdtime fields notes success data value person_name
add_time ok channel messages message user user_name ts createddatetime key reporter comment comments identifier state
nodes createdat ticket requester public created_at page last_edited_time blocks paragraph bulleted_list_item documentid
weburl lastmodifiedby sha encoding utf file_path ref blob_id query document heading level snapshot yaml url the
page_url page_title of and in on at by for""".split())

if __name__ == "__main__":
    sys.exit(main())
