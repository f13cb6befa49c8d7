"""Arguments shared by several headless commands."""
from __future__ import annotations

import argparse


def path_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", help="the workshop file (.prachakhom)")


def meeting_args(p: argparse.ArgumentParser) -> None:
    """PATH and --meeting ID|latest, for the commands about one meeting."""
    p.add_argument("path", help="the workshop file (.prachakhom)")
    p.add_argument("--meeting", default="latest",
                   help="meeting id, or 'latest' (the meeting with the latest date; default)")
