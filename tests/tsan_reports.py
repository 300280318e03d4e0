#!/usr/bin/env python3
"""Reads the ThreadSanitizer logs of the TSan stage (TSAN_OPTIONS log_path=DIR/tsan) and
fails when a report has no RocksDB frame: such a race is in our own code. Reports that pass
through RocksDB (Debian's librocksdb is not instrumented, so its block cache and flush
threads hand data over through synchronisation TSan cannot see) are counted and shown by
their first frames, not failed.  Usage: tsan_reports.py DIR"""
import os
import sys

folder = sys.argv[1]
ours, theirs = [], []
for name in sorted(os.listdir(folder)):
    text = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
    for block in text.split("WARNING: ThreadSanitizer")[1:]:
        block = block.split("SUMMARY: ThreadSanitizer")[0]
        (theirs if "rocksdb" in block else ours).append(block)
print(f"ThreadSanitizer: {len(ours)} report(s) in our code, {len(theirs)} through uninstrumented RocksDB")
for b in theirs[:3]:
    print("  through RocksDB:", " | ".join(l.strip() for l in b.splitlines()[:3])[:300])
for b in ours:
    print("WARNING: ThreadSanitizer" + b)
sys.exit(1 if ours else 0)
