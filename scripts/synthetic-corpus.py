#!/usr/bin/env python3
"""Writes a synthetic JSON Lines corpus from the seed articles, for load tests of `extract`.

    python3 scripts/synthetic-corpus.py 10000 target/corpus-10k.jsonl [--seeds seeds] [--gzip]

Each record is {"id", "url", "contentType", "content"}: the seeds in turn, every other one wrapped
in a small HTML page (headline and paragraphs) so that both parsers are exercised. The output is
deterministic: the same arguments give the same bytes.
"""
import argparse
import gzip
import html
import json
import pathlib


def as_html(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return "<html><body></body></html>"
    head, body = paragraphs[0], paragraphs[1:]
    parts = ["<!doctype html><html><head><title>", html.escape(head[:120]), "</title></head><body><article><h1>",
             html.escape(head[:120]), "</h1>"]
    parts += ["<p>" + html.escape(p) + "</p>" for p in (body or paragraphs)]
    parts.append("</article></body></html>")
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of records")
    parser.add_argument("output", type=pathlib.Path, help="the .jsonl (or .jsonl.gz with --gzip) to write")
    parser.add_argument("--seeds", type=pathlib.Path, default=pathlib.Path("seeds"), help="folder of .txt seeds")
    parser.add_argument("--gzip", action="store_true", help="gzip the output")
    args = parser.parse_args()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no .txt seeds in {args.seeds}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if args.gzip else open
    with opener(args.output, "wt", encoding="utf-8", newline="\n") as out:
        for n in range(args.count):
            text = seeds[n % len(seeds)]
            is_html = (n // len(seeds)) % 2 == 1
            record = {
                "id": f"syn-{n:06d}",
                "url": f"https://example.org/synthetic/{n}",
                "contentType": "text/html" if is_html else "text/plain",
                "content": as_html(text) if is_html else text,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
