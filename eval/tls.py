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
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', 'shared', 'eval')


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


def main(argv):
    url = argv[1].rstrip('/')
    refs = argv[2] if len(argv) > 2 else os.path.join(SHARED, 'tls', 'apple')
    gold = argv[3] if len(argv) > 3 else os.path.join(
        SHARED, 'entity-timelines', 'apple', 'TimeLines_Gold_Standard')
    out = tempfile.mkdtemp(prefix='tls-')
    tasks = []
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
    tasks_path = os.path.join(out, 'tasks.json')
    with open(tasks_path, 'w', encoding='utf-8') as f:
        json.dump(tasks, f)
    subprocess.run([sys.executable, os.path.join(SHARED, 'tls', 'score.py'), 'multi', tasks_path], check=True)


if __name__ == '__main__':
    main(sys.argv)
