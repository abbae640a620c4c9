"""--help text for the `fetchctl` command line tool."""
import argparse

from urllib3.util import Retry


def build_parser():
    default_methods = ",".join(sorted(Retry.DEFAULT_ALLOWED_METHODS))
    parser = argparse.ArgumentParser(prog="fetchctl", description="Fetch resources with retries.")
    parser.add_argument("url")
    parser.add_argument("--retries", type=int, default=3, help="attempts per request (default: %(default)s)")
    parser.add_argument(
        "--retry-methods",
        default=default_methods,
        help=f"comma separated verbs to retry (default: {default_methods})",
    )
    return parser


def retry_from_args(argv):
    args = build_parser().parse_args(argv)
    methods = frozenset(m.strip().upper() for m in args.retry_methods.split(",") if m.strip())
    return Retry(total=args.retries, allowed_methods=methods)
