"""Entry point PyInstaller freezes: the same as the ``clientmanager`` command.

With no arguments it starts the desktop app; with a command (check, demo, backup, ...)
it runs the CLI. Both executables in the bundle start here.
"""

import sys

from clientmanager.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
