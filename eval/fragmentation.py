#!/usr/bin/env python3
"""How fragmented a running service's stories are (issue 18: stories that hold together on long-running news).

  eval/fragmentation.py URL [--sizes]

Pages through GET URL/api/stories (cursor paging, 100 a page) and prints the number of stories, of articles
in them, the share of single-article stories and the share of articles the largest story holds. --sizes adds
the story sizes, largest first, with each story's title. Nothing is written to the service.
"""
import json
import sys
import urllib.parse
import urllib.request


def stories(url):
    """Every story of GET /api/stories, following `next` until the last page."""
    cursor = None
    while True:
        query = {'limit': 100}
        if cursor:
            query['cursor'] = cursor
        with urllib.request.urlopen(f'{url}/api/stories?{urllib.parse.urlencode(query)}') as response:
            page = json.load(response)
        yield from page['items']
        cursor = page.get('next')
        if not cursor:
            return


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    url = argv[1].rstrip('/')
    found = list(stories(url))
    sizes = sorted((s['articleCount'] for s in found), reverse=True)
    articles = sum(sizes)
    singles = sum(1 for n in sizes if n == 1)
    print('%s: %d stories, %d articles, single-article stories %d (%.1f %%), largest story %d articles (%.1f %%)' % (
        url, len(sizes), articles, singles, 100.0 * singles / max(len(sizes), 1), sizes[0] if sizes else 0,
        100.0 * (sizes[0] if sizes else 0) / max(articles, 1)))
    if '--sizes' in argv:
        for s in sorted(found, key=lambda s: (-s['articleCount'], s['id'])):
            print('%4d  %5d  %s' % (s['articleCount'], s['id'], s['title']))


if __name__ == '__main__':
    main(sys.argv)
