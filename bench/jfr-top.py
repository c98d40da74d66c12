#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample` output: top self frames, inclusive time of the
project's methods and of chosen pipeline stages. Usage: jfr-top.py samples.txt [N]"""
import collections, re, sys

STAGES = ["ArticleResource.bulkNdjson", "IngestService.ingestAll", "ArticleAnalyser.analyse", "TextCleaner.clean",
          "EventMentions.find", "TemporalTagger.annotate", "EventMentionExtractor.extract", "NameFinder.find",
          "StoryService.computeFeatures", "IngestService.writeAll", "ArticleWriter.write", "ArticleWriter.existing",
          "StoryService.assign", "StoryAssigner.assign", "StoryTitles.refresh", "EventMentions.keep",
          "org.h2.", "org.hibernate.", "com.fasterxml.jackson."]

def main():
    text = open(sys.argv[1]).read()
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    events = text.split("jdk.ExecutionSample")[1:]
    self_time, inclusive, stages = collections.Counter(), collections.Counter(), collections.Counter()
    for event in events:
        frames = re.findall(r"^\s+([\w.$<>]+)\(.*?\)\s+line:", event, re.M)
        if not frames:
            continue
        self_time[frames[0]] += 1
        for method in set(f for f in frames if f.startswith("io.storyline")):
            inclusive[method] += 1
        for stage in STAGES:
            if any(stage in f for f in frames):
                stages[stage] += 1
    n = max(1, len(events))
    print(f"{len(events)} samples")
    print("-- pipeline stages (inclusive %)")
    for stage in STAGES:
        print(f"{100 * stages[stage] / n:5.1f}  {stage}")
    print("-- top self frames")
    for method, count in self_time.most_common(top_n):
        print(f"{100 * count / n:5.1f}  {method}")
    print("-- io.storyline inclusive")
    for method, count in inclusive.most_common(top_n):
        print(f"{100 * count / n:5.1f}  {method}")

main()
