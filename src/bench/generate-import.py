#!/usr/bin/env python3
"""Writes a CSV of N claims to import (default 100,000): 1,000 speakers, one article per ten rows."""
import csv
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "import.csv"
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["claim_text", "speaker", "said_on", "article_url", "quote", "language", "translation",
                "summary", "topics", "article_title", "article_outlet", "quote_kind"])
    for i in range(rows):
        w.writerow([
            f"Pernyataan impor nomor {i}, dengan \"kutipan\" dan koma, tentang Donbas.",
            f"Import Speaker {i % 1000}",
            f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}",
            f"https://import.example/artikel/{i // 10}?utm_source=bench",
            f"kutipan impor {i}",
            "id",
            f"Imported statement {i} about Donbas.",
            f"Imported claim {i}",
            f"Import topic {i % 20}; Donbas",
            f"Artikel impor {i // 10}",
            "Import Outlet",
            "direct" if i % 2 else "paraphrase",
        ])
print(f"{rows} rows written to {out}")
