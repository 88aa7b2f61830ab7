"""The command line: ``attribution parse FILE... [--format ...]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from attribution.formats import brat, jsonio, table
from attribution.parser import Parser

_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "table": ".txt", "brat": ".ann"}


def _read(path: str) -> str:
    """The text of ``path`` as offsets count it; a one-line error otherwise."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8: bad byte 0x{raw[exc.start]:02x} at byte offset {exc.start}") from None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _parse_command(args: argparse.Namespace) -> int:
    if args.format == "brat" and not args.output_dir:
        print("attribution parse: --format brat needs --output-dir", file=sys.stderr)
        return 2
    parser = Parser()
    inputs = args.files or ["-"]
    failed = False
    docs = []
    for name in inputs:
        try:
            text = sys.stdin.read() if name == "-" else _read(name)
        except ValueError as exc:
            print(f"attribution parse: {exc}", file=sys.stderr)
            failed = True
            continue
        stem = "stdin" if name == "-" else Path(name).stem
        doc = parser.parse(text, url=args.url, outlet=args.outlet)
        docs.append(doc)
        if args.output_dir:
            out = Path(args.output_dir)
            out.mkdir(parents=True, exist_ok=True)
            view = {"brat": lambda d: brat.to_ann(d, args.brat_scheme), "json": jsonio.dumps, "jsonl": lambda d: jsonio.jsonl_line(d) + "\n", "table": table.render}
            with open(out / f"{stem}{_SUFFIX[args.format]}", "w", encoding="utf-8", newline="") as f:
                f.write(view[args.format](doc))
        elif args.format == "table":
            if len(inputs) > 1:
                print(f"== {name}")
            sys.stdout.write(table.render(doc))
        elif args.format == "jsonl":
            print(jsonio.jsonl_line(doc))
    if not args.output_dir and args.format == "json":
        print(jsonio.dumps(docs[0]) if len(inputs) == 1 and docs else jsonio.dumps_many(docs))
    return 1 if failed else 0


def _evaluate_command(args: argparse.Namespace) -> int:
    import json

    from attribution import evaluation

    try:
        articles = list(evaluation.load_corpus(args.gold_dir, args.text_dir))
    except (evaluation.CorpusError, OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"attribution evaluate: {exc}", file=sys.stderr)
        return 2
    result = evaluation.evaluate(articles, Parser(), outlet=args.outlet, scheme=args.scheme)
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(evaluation.render_table(result))
    return 0


def _batch_command(args: argparse.Namespace) -> int:
    from attribution import batch

    try:
        return batch.main_stream(args.input, args.output, args.jobs)
    except OSError as exc:
        print(f"attribution batch: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2


def _plugins_command(args: argparse.Namespace) -> int:
    import json

    from attribution.plugins import PluginHost, PluginRegistrationError

    try:
        infos = PluginHost().info()
    except PluginRegistrationError as exc:
        print(f"attribution plugins: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps([i.to_dict() for i in infos], indent=1))
        return 0
    for info in infos:
        print(f"{info.name} {info.version}")
        if info.outlets:
            print(f"  outlets: {', '.join(info.outlets)}")
        if info.rules:
            print(f"  rules:   {', '.join(info.rules)}")
        if info.tables:
            print("  tables:  " + ", ".join(f"{t} ({n})" for t, n in sorted(info.tables.items())))
        print(f"  hooks:   {', '.join(info.hooks)}")
    return 0


def _new_plugin_command(args: argparse.Namespace) -> int:
    from attribution import scaffold

    try:
        root = scaffold.write(args.name, args.output_dir)
    except (scaffold.ScaffoldError, OSError) as exc:
        print(f"attribution new-plugin: {exc}", file=sys.stderr)
        return 2
    print(root)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="attribution", description="Who claims what, on whose word, in news text.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles and print their attributions")
    p.add_argument("files", nargs="*", help="UTF-8 text files (stdin when none)")
    p.add_argument("--format", choices=["table", "json", "jsonl", "brat"], default="table")
    p.add_argument("--output-dir", help="write one file per input here")
    p.add_argument("--outlet", help="the outlet key, when the caller knows it")
    p.add_argument("--url", help="the article's URL")
    p.add_argument("--brat-scheme", choices=brat.SCHEMES, default="polnear",
                   help="with --format brat: PolNeAR's (content starts at its 'that') or plain")
    p.set_defaults(run=_parse_command)
    e = sub.add_parser("evaluate", help="score the parser against a BRAT-annotated corpus")
    e.add_argument("gold_dir", help="a split folder with text/ and attributions/, or a folder of .ann files")
    e.add_argument("--text-dir", help="the texts, when GOLD_DIR holds only .ann files")
    e.add_argument("--outlet", help="parse every article as from this outlet")
    e.add_argument("--format", choices=["table", "json"], default="table")
    e.add_argument("--scheme", choices=brat.SCHEMES, default="polnear",
                   help="how the gold marks content: PolNeAR's (from its 'that') or plain")
    e.set_defaults(run=_evaluate_command)
    b = sub.add_parser("batch", help="parse JSON Lines records (id, text, url, outlet), one output line each")
    b.add_argument("input", nargs="?", help="JSON Lines file (stdin when absent or -)")
    b.add_argument("--output", help="where to write JSON Lines (stdout when absent or -)")
    b.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    b.set_defaults(run=_batch_command)
    pl = sub.add_parser("plugins", help="list the installed plugins and what each registers")
    pl.add_argument("--format", choices=["table", "json"], default="table")
    pl.set_defaults(run=_plugins_command)
    n = sub.add_parser("new-plugin", help="write a complete plugin distribution to start from")
    n.add_argument("name", help="the plugin's outlet key, like daily-planet")
    n.add_argument("--output-dir", default=".", help="where to write attribution-NAME/ (default: here)")
    n.set_defaults(run=_new_plugin_command)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
