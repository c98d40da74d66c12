#!/usr/bin/env python3
"""What a reader sees on a running service's timeline cards, counted over every story (issue 19).

  eval/timeline-cards.py http://localhost:8080

Per story and in all: entries; sentences shown (headline and sentences[]) twice in two wordings, one from
each article of a near-duplicate pair the service found (a spun copy next to its original); entries whose
headline another entry also has (in the JSON timeline and in the TimelineJS export); entries far outside the
story's publication days (ending more than 365 days before its first article or starting more than 365 days
after its last) in the JSON timeline and in the default TimelineJS export.
"""
import datetime
import json
import re
import sys
import urllib.request


def get(base, path):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def words(text):
    return {w for w in re.split(r"[^\w]+", text.lower()) if w}


def overlap(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def day(text):
    return datetime.date.fromisoformat(text[:10])


def far(start, end, first, last):
    return end <= first - datetime.timedelta(days=365) or start > last + datetime.timedelta(days=365)


def main(base):
    stories, cursor = [], None
    while True:
        page = get(base, "/api/stories?limit=100" + (f"&cursor={cursor}" if cursor else ""))
        stories += page["items"]
        cursor = page.get("next")
        if not cursor:
            break
    near = {}
    totals = dict(entries=0, rewritten=0, shared_headlines=0, shared_slide_headlines=0, far_json=0, far_export=0)
    for story in stories:
        entries, cursor = [], None
        while True:
            page = get(base, f"/api/stories/{story['id']}/timeline?limit=100" + (f"&cursor={cursor}" if cursor else ""))
            entries += page["entries"]
            cursor = page.get("next")
            if not cursor:
                break
        first, last = day(story["firstPublishedAt"]), day(story["lastPublishedAt"])
        rewritten = 0
        for entry in entries:
            shown = set([entry["headline"]] + entry["sentences"])
            by_article = {}
            for source in entry["sources"]:
                by_article.setdefault(source["articleId"], []).append(source["sentence"])
            for article in by_article:
                if article not in near:
                    copy_of = get(base, f"/api/articles/{article}").get("nearDuplicateOf")
                    near[article] = copy_of["id"] if copy_of else None
            for article, sentences in by_article.items():
                other = near[article]
                if other is None or other not in by_article:
                    continue
                for sentence in sentences:
                    if sentence in shown and any(
                        s != sentence and s in shown and overlap(s, sentence) >= 0.4 for s in by_article[other]
                    ):
                        rewritten += 1
        headlines = [e["headline"] for e in entries]
        shared = sum(1 for h in headlines if headlines.count(h) > 1)
        far_json = sum(1 for e in entries if far(day(e["start"]), day(e["end"]), first, last))
        export = get(base, f"/api/stories/{story['id']}/timeline?format=timelinejs")
        slides = export["events"]
        slide_headlines = [s["text"]["headline"] for s in slides]
        shared_slides = sum(1 for h in slide_headlines if slide_headlines.count(h) > 1)
        far_export = 0
        for slide in slides:
            d = slide["start_date"]
            start = datetime.date(d["year"], d.get("month", 1), d.get("day", 1))
            e = slide.get("end_date", d)
            end = datetime.date(e["year"], e.get("month", 12), e.get("day", 28)) + datetime.timedelta(days=1)
            far_export += far(start, end, first, last)
        for key, value in zip(totals, (len(entries), rewritten, shared, shared_slides, far_json, far_export)):
            totals[key] += value
        print(f"story {story['id']:>4} {story['articleCount']:>3} articles {len(entries):>3} entries: "
              f"{rewritten} rewritten sentences shown, {shared} / {shared_slides} entries / slides sharing a headline, "
              f"{far_json} / {far_export} far-off entries in JSON / export  {story['title'][:50]}")
    print(f"all {len(stories)} stories: " + ", ".join(f"{k} {v}" for k, v in totals.items()))


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
