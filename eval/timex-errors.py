#!/usr/bin/env python3
"""Error analysis of the temporal tagger on a TimeML dev set, by category.

  eval/timex-errors.py ../shared/eval/timeml/meantime-apple [--list FILE]

Runs io.storyline.temporal.eval.TimexEvalMain (build first: see the README's tagger section) over the
set, matches its expressions to the gold TIMEX3s as ../shared/eval/timeml/score.py does (relaxed:
any overlap, best overlap wins) and counts each gold or system expression once per category:

  extent      missed (no overlap), spurious (no gold), partial (overlap, other boundaries)
  type        overlap, other TIMEX3 type
  value       overlap, same type kind, other value, as
    unknown-vs-guess  one side underspecified (X, PAST_REF/PRESENT_REF/FUTURE_REF, PXY), the other not
    granularity       both specified, other precision (day vs week, year vs quarter, 1998-W10 vs 1998-03-08)
    direction         same precision, on the other side of the document date
    anchor            same precision and side, another date (anchored to the wrong date)
    amount            durations or sets of another length

--list writes every error as a TSV line (category, document, DCT, gold value, system value, rule,
context) for reading; the tables of examples under src/test/resources/io/storyline/temporal/cases/
are written from such lists.
"""
import argparse, collections, glob, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = None  # score.py, imported from beside the gold directory


def underspecified(v):
    return v.endswith('_REF') or 'X' in v


def precision(v):
    """A date value's shape: 1998-03-08 -> 'D', 1998-W10 -> 'W', 1998-Q1 -> 'Q', 1998 -> 'Y' ..."""
    v = v.split('T')[0]
    if re.fullmatch(r'\d{4}-\d\d-\d\d', v): return 'D'
    if re.fullmatch(r'\d{4}-W\d\d(-WE)?', v): return 'W'
    if re.fullmatch(r'\d{4}-\d\d', v): return 'M'
    if re.fullmatch(r'\d{4}-(Q\d|H\d|SP|SU|FA|WI)', v): return v[5]
    if re.fullmatch(r'\d{4}', v): return 'Y'
    if re.fullmatch(r'\d{2,3}', v): return 'C' if len(v) == 2 else 'E'
    return '?'


def value_category(gold, system, dct):
    if underspecified(gold) != underspecified(system):
        return 'unknown-vs-guess'
    if gold.startswith('P') or system.startswith('P') or underspecified(gold):
        return 'amount'
    if precision(gold) != precision(system) or ('T' in gold) != ('T' in system):
        return 'granularity'
    g, s = gold.split('T')[0], system.split('T')[0]
    d = dct[:len(g)]
    side = lambda v: (v > d) - (v < d)
    return 'direction' if side(g) != side(s) else 'anchor'


def analyse(gold_dir, cmd):
    docs = [S.parse_tml(p) for p in sorted(glob.glob(os.path.join(gold_dir, '*.tml')))]
    out = S.run_cmd(cmd, docs)
    counts, rows = collections.Counter(), []
    for doc in docs:
        text = doc['text']
        gold = [S.norm_span(text, g) + (g,) for g in doc['gold']]
        pred = [S.norm_span(text, p) + (p,) for p in out.get(doc['id'], [])]

        def row(category, s, e, g, p):
            counts[category] += 1
            context = (text[max(0, s - 60):s] + '[' + text[s:e] + ']' + text[e:e + 40]).replace('\n', ' ')
            rows.append((category, doc['id'], doc['dct'], g.get('value', '') if g else '',
                         p.get('value', '') if p else '', p.get('rule', '') if p else '', context))

        for gs, ge, g in gold:
            over = [(ps, pe, p) for ps, pe, p in pred if ps < ge and gs < pe]
            if not over:
                row('extent: missed', gs, ge, g, None)
                continue
            ps, pe, p = max(over, key=lambda x: min(ge, x[1]) - max(gs, x[0]))
            if (ps, pe) != (gs, ge):
                row('extent: partial', gs, ge, g, p)
            if p['type'] != g['type']:
                row('type', gs, ge, g, p)
            elif p['value'] != g['value']:
                row('value: ' + value_category(g['value'] or '', p['value'] or '', doc['dct']), gs, ge, g, p)
        for ps, pe, p in pred:
            if not any(ps < ge and gs < pe for gs, ge, _ in gold):
                row('extent: spurious', ps, pe, None, p)
    return len(docs), sum(len(d['gold']) for d in docs), counts, rows


if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('gold_dir')
    ap.add_argument('--cmd', help='tagger command (default: TimexEvalMain on target/ and target/cp.txt)')
    ap.add_argument('--list', help='write every error to this TSV file')
    a = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(a.gold_dir.rstrip('/'))))
    import score as S  # the scorer's own reader and span rules
    cmd = a.cmd or ('java -cp %s/target/test-classes:%s/target/classes:%s io.storyline.temporal.eval.TimexEvalMain'
                    % (ROOT, ROOT, open(os.path.join(ROOT, 'target', 'cp.txt')).read().strip()))
    ndocs, ngold, counts, rows = analyse(a.gold_dir, cmd)
    print('%s: %d documents, %d gold expressions' % (os.path.basename(a.gold_dir.rstrip('/')), ndocs, ngold))
    for k in sorted(counts):
        print('  %-26s %4d' % (k, counts[k]))
    if a.list:
        with open(a.list, 'w', encoding='utf-8') as f:
            for r in sorted(rows):
                f.write('\t'.join(r) + '\n')
