"""The older benchmark sections (issues 3-8), run by `python -m bench.run --legacy`.

.venv/bin/python -m bench.legacy                # 100k clients, as the issues ask
.venv/bin/python -m bench.legacy --clients 5000   # a quick look
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import audit, desktop, foundation, subject_export  # noqa: E402
from bench.common import WORK_DIR  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--work-dir", type=Path, default=WORK_DIR)
    parser.add_argument(
        "--desktop-practice",
        type=Path,
        help="only the desktop benchmark, on this practice (built if missing; user admin)",
    )
    parser.add_argument(
        "--audit-entries",
        type=int,
        default=1_000_000,
        help="audit-log entries for the chain-verify benchmark (0 skips it)",
    )
    args = parser.parse_args()
    if args.desktop_practice is None:
        print(foundation.run(clients=args.clients, work_dir=args.work_dir / "foundation"))
    # The desktop benchmark reuses the foundation's encrypted 100k practice: no second build.
    print(
        desktop.run(
            clients=args.clients,
            work_dir=args.work_dir / "desktop",
            practice_dir=args.desktop_practice or args.work_dir / "foundation" / "encrypted",
        )
    )
    if args.desktop_practice is None:
        # The data-subject package on the same practice (it adds one heavy client).
        print(
            subject_export.run(
                clients=args.clients,
                work_dir=args.work_dir / "subject_export",
                practice_dir=args.work_dir / "foundation" / "encrypted",
            )
        )
    if args.desktop_practice is None and args.audit_entries:
        print(audit.run(entries=args.audit_entries, work_dir=args.work_dir / "audit"))
    if args.desktop_practice is None:
        # Import 10k CSV rows into a copy of the same 100k practice (issue 8).
        from bench import importer as import_bench

        print(
            import_bench.run(
                clients=args.clients,
                work_dir=args.work_dir / "importer",
                practice_dir=args.work_dir / "foundation" / "encrypted",
            )
        )
    if getattr(args, "desktop_practice", None) is None:
        # Back up and verify the same practice, against cp + fsync of its file (issue 4).
        from bench import backups as backups_bench

        print(
            backups_bench.run(
                clients=args.clients,
                work_dir=args.work_dir / "backups",
                practice_dir=args.work_dir / "foundation" / "encrypted",
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
