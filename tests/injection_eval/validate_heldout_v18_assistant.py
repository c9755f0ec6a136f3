#!/usr/bin/env python3
"""Structural validator for heldout_v18_assistant.jsonl. Exit 0 = pass, 1 = failure. Stdlib only."""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v18_assistant.jsonl")
FIELDS = {"id", "source", "tool", "category", "label", "technique", "language", "content"}
TECHS = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
         "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
CATS = {"api_json", "calendar", "chat", "code", "doc", "email", "file", "issue", "review", "web_page"}
LANG = re.compile(r"^[a-z]{2}$")
# carrier field names and header words skipped by the repeated-window check
SKIP = set("""id threadid labelids inbox unread payload headers name value from to subject date body snippet messages
text resultsizeestimate odata etag receiveddatetime emailaddress address contenttype content hasattachments true false
methodresponses email get list textbody return path message mime version type plain charset utf items summary start
datetime end organizer description status confirmed timezone utc attendees resource start_time invitee_notes uri
mimetype metadata path_display size extracted_text file url success sourceurl statuscode html page snapshot yaml
document paragraph search results product_id reviews rating author asin stars title verified result author_name
properties lifecyclestage customer hs_lead_status open notes_last_contacted totalsize done records attributes account
description object balance support_note livemode conversation state conversation_parts part_type comment user admin
fields notes data deal ok username ts createddatetime displayname number login comments key in progress identifier
priority ticket requester_id iid opened markdown storage documentid encoding sha ref file_path main https com example
modified onedrive api calendly events null vcalendar prodid cal en vevent uid dtstart mailto vcalendar""".split())
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: bad json (%s)" % (n, e))
            continue
        if set(r) != FIELDS:
            err("line %d: fields %s" % (n, sorted(r)))
            continue
        if r["source"] != "assistant":
            err("line %d: source %r" % (n, r["source"]))
        if r["label"] not in ("injection", "benign"):
            err("line %d: label %r" % (n, r["label"]))
        if r["label"] == "injection" and r["technique"] not in TECHS:
            err("line %d: technique %r" % (n, r["technique"]))
        if r["label"] == "benign" and r["technique"] != "none":
            err("line %d: benign with technique %r" % (n, r["technique"]))
        if r["category"] not in CATS:
            err("line %d: category %r" % (n, r["category"]))
        if not LANG.match(r["language"]):
            err("line %d: language %r" % (n, r["language"]))
        if not isinstance(r["content"], str) or len(r["content"].strip()) < 20:
            err("line %d: content too short" % n)
        if not r["tool"] or not isinstance(r["tool"], str):
            err("line %d: tool missing" % n)
        rows.append(r)

ids = collections.Counter(r["id"] for r in rows)
if any(v > 1 for v in ids.values()):
    err("duplicate ids")
labels = collections.Counter(r["label"] for r in rows)
techs = collections.Counter(r["technique"] for r in rows if r["label"] == "injection")
if labels["injection"] != 216:
    err("injections %d != 216" % labels["injection"])
for t in TECHS:
    if techs[t] != 18:
        err("technique %s has %d rows (want 18)" % (t, techs[t]))
if not 195 <= labels["benign"] <= 225:
    err("benign %d outside 195-225" % labels["benign"])
langs = collections.Counter(r["language"] for r in rows)
if len(langs) < 20:
    err("only %d languages" % len(langs))
share = sum(v for k, v in langs.items() if k != "en") / max(1, len(rows))
if not 0.25 <= share <= 0.45:
    err("non-English share %.2f outside 0.25-0.45" % share)
tools = {r["tool"] for r in rows}
if len(tools) < 30:
    err("only %d tools" % len(tools))
for c in CATS:
    for lab in ("injection", "benign"):
        if not any(r["category"] == c and r["label"] == lab for r in rows):
            err("no %s rows in category %s" % (lab, c))
contents = collections.Counter(r["content"] for r in rows)
if any(v > 1 for v in contents.values()):
    err("%d duplicate contents" % sum(1 for v in contents.values() if v > 1))

# no 8-word natural-language window in more than 3 rows
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
win_rows = collections.defaultdict(set)
for k, r in enumerate(rows):
    words = [w.lower() for w in WORD.findall(r["content"]) if w.lower() not in SKIP]
    for i in range(len(words) - 7):
        win_rows[" ".join(words[i:i + 8])].add(k)
worst = sorted(((len(v), w) for w, v in win_rows.items() if len(v) > 3), reverse=True)
if worst:
    err("%d 8-word windows appear in more than 3 rows" % len(worst))
    for cnt, w in worst[:10]:
        print("   %d rows: %s" % (cnt, w))

# shuffled: no run of the same label longer than 12
run, longest = 1, 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if a["label"] == b["label"] else 1
    longest = max(longest, run)
if longest > 12:
    err("label run of %d: rows look unshuffled" % longest)

print("rows %d | injection %d | benign %d | languages %d | non-English %.0f%% | tools %d" % (
    len(rows), labels["injection"], labels["benign"], len(langs), 100 * share, len(tools)))
if errors:
    for e in errors[:50]:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
