#!/usr/bin/env python3
"""Timeline-summarisation (TLS) figures of the key-dates API on a reference set, as the field computes them.

  eval/tls.py URL [REFERENCES_DIR] [ENTITY_GOLD_DIR]

For each reference timeline (Timeline17 format) in REFERENCES_DIR (default ../shared/eval/tls/apple), the
topic is the first line of the entity-timelines gold file of the same name (ENTITY_GOLD_DIR, default
../shared/eval/entity-timelines/apple/TimeLines_Gold_Standard). The protocol of news-tls: N = the number of
reference dates, K = round(mean sentences per reference date), articles published from the first to the last
reference date. It asks GET /api/timeline?q=TOPIC&dates=N&perDate=K&from=FIRST&to=LAST+1 day, writes each
system timeline and scores all with ../shared/eval/tls/score.py multi (AR-1, AR-2, Date-F1).
The service must hold the articles (`score.py articles` of ../shared/eval/entity-timelines, then a bulk POST).

In the same run it scores, with the same scorer, the publication-date baseline of issue 18: per topic, the N
days in the same range with most articles that name the topic (whole words, any case, in title or body; ties
go to the earlier day), each summarised by the lead, the first K sentences, of its first article that day (in
corpus order; a first paragraph that only repeats the title is the headline, not the lead). The articles are
the ones `score.py articles` of the corpus above ENTITY_GOLD_DIR produces, as ingested.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def shared_eval():
    """../shared/eval of the project, found from the nearest ancestor that holds shared/eval (a worktree sits deeper)."""
    folder = os.path.dirname(HERE)
    while os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
        if os.path.isdir(os.path.join(folder, 'shared', 'eval')):
            return os.path.join(folder, 'shared', 'eval')
    return os.path.join(HERE, '..', '..', 'shared', 'eval')


SHARED = shared_eval()


def reference(path):
    """Dates of a Timeline17 file with their sentence counts."""
    dates, current = {}, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('-' * 32):
                current = None
            elif current is None and len(line) == 10 and line[4] == '-' and line[7] == '-':
                current = line
                dates[current] = 0
            elif current and line:
                dates[current] += 1
    return dates


ABBREVIATIONS = ('Inc', 'Corp', 'Co', 'Ltd', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'U.S', 'No', 'Gen', 'Sen')
SENTENCE_END = re.compile(''.join(r'(?<!\b%s\.)' % re.escape(a) for a in ABBREVIATIONS)
                          + r'(?<=[.!?])["\')\]]?\s+(?=["\'(\[]?[A-Z0-9])')


def articles(corpus):
    """The articles `score.py articles CORPUS` produces for the bulk POST, in its order."""
    out = subprocess.run([sys.executable, os.path.join(SHARED, 'entity-timelines', 'score.py'), 'articles', corpus],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def lead(article, k):
    """The first k sentences of the article's body; a first paragraph equal to the title is skipped."""
    paragraphs = [p.strip() for p in article['body'].split('\n\n') if p.strip()]
    if paragraphs and paragraphs[0] == article['title'].strip():
        paragraphs = paragraphs[1:]
    sentences = [s for p in paragraphs for s in SENTENCE_END.split(p) if s.strip()]
    return sentences[:k]


def baseline(docs, topic, n, k, first, last):
    """The n days from first to last (inclusive) with most articles naming topic, each with a lead of k sentences."""
    named = re.compile(r'(?<!\w)' + r'\s+'.join(map(re.escape, topic.split())) + r'(?!\w)', re.IGNORECASE)
    by_day = {}
    for doc in docs:
        day = doc['publishedAt'][:10]
        if first <= day <= last and (named.search(doc['title']) or named.search(doc['body'])):
            by_day.setdefault(day, []).append(doc)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))[:n]
    return {d: lead(by_day[d][0], k) for d in sorted(days)}


def score(tasks, out, label):
    tasks_path = os.path.join(out, label + '-tasks.json')
    with open(tasks_path, 'w', encoding='utf-8') as f:
        json.dump(tasks, f)
    result = subprocess.run([sys.executable, os.path.join(SHARED, 'tls', 'score.py'), '--json', 'multi', tasks_path],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(result)


def figures(result):
    avg = result['average']
    return 'AR-1 F %.3f  AR-2 F %.3f  Date-F1 %.3f' % (
        avg['rouge_1']['f_score'], avg['rouge_2']['f_score'], avg['date']['f_score'])


def main(argv):
    url = argv[1].rstrip('/')
    refs = argv[2] if len(argv) > 2 else os.path.join(SHARED, 'tls', 'apple')
    gold = argv[3] if len(argv) > 3 else os.path.join(
        SHARED, 'entity-timelines', 'apple', 'TimeLines_Gold_Standard')
    out = tempfile.mkdtemp(prefix='tls-')
    docs = articles(os.path.dirname(os.path.abspath(gold)))
    tasks, baseline_tasks = [], []
    for name in sorted(os.listdir(refs)):
        if not name.endswith('.txt'):
            continue
        dates = reference(os.path.join(refs, name))
        with open(os.path.join(gold, name), encoding='utf-8') as f:
            topic = f.readline().strip()
        n = len(dates)
        k = max(1, round(sum(dates.values()) / n))
        first = min(dates)
        last = datetime.date.fromisoformat(max(dates)) + datetime.timedelta(days=1)
        query = urllib.parse.urlencode(
            {'q': topic, 'dates': n, 'perDate': k, 'from': first, 'to': last.isoformat()})
        with urllib.request.urlopen(f'{url}/api/timeline?{query}') as response:
            answer = json.load(response)
        system = {d['date']: [s['text'] for s in d['sentences']] for d in answer['dates']}
        path = os.path.join(out, name.replace('.txt', '.json'))
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(system, f)
        print(f'{topic}: N={n} K={k} {first}..{max(dates)}: {len(system)} dates returned', file=sys.stderr)
        tasks.append({'name': topic, 'system': path, 'gold': [os.path.join(refs, name)]})
        lead_days = baseline(docs, topic, n, k, first, max(dates))
        lead_path = os.path.join(out, name.replace('.txt', '.baseline.json'))
        with open(lead_path, 'w', encoding='utf-8') as f:
            json.dump(lead_days, f)
        baseline_tasks.append({'name': topic, 'system': lead_path, 'gold': [os.path.join(refs, name)]})
    ours, lead_result = score(tasks, out, 'ours'), score(baseline_tasks, out, 'baseline')
    print('%-22s %-14s %-14s %s' % ('topic', 'AR-1/AR-2 ours', 'baseline', 'Date-F1 ours / baseline'))
    for mine, theirs in zip(ours['tasks'], lead_result['tasks']):
        print('%-22s %.3f / %.3f  %.3f / %.3f  %.3f / %.3f' % (
            mine['name'], mine['rouge_1']['f_score'], mine['rouge_2']['f_score'], theirs['rouge_1']['f_score'],
            theirs['rouge_2']['f_score'], mine['date']['f_score'], theirs['date']['f_score']))
    print(f'{os.path.basename(refs.rstrip("/"))} ({len(tasks)} topics, P and R averaged, then F):')
    print('  key dates (ours)          ' + figures(ours))
    print('  publication-date baseline ' + figures(lead_result))
    print(f'  (timelines written to {out})')


if __name__ == '__main__':
    main(sys.argv)
