#!/usr/bin/env bash
# Build the Linux one-folder bundle and a tarball with the .desktop file, the AppStream
# metainfo file, the icon and install.sh.
#
#   installer/build_linux.sh [DIST_DIR]        (default: build/dist)
#
# Uses $PYTHON (default: .venv/bin/python), which needs: pip install -e '.[package]'.
# Result:  DIST_DIR/ClientManager/ClientManager        the desktop app
#          DIST_DIR/ClientManager/clientmanager-cli    the command line (check, backup, ...)
#          DIST_DIR/ClientManager-<version>-linux-<arch>.tar.gz
# Prints the build time and the bundle size (recorded in bench/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
DIST="${1:-build/dist}"
WORK="${PYINSTALLER_WORKPATH:-build/pyinstaller}"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "error: PyInstaller is not installed for $PYTHON." >&2
    echo "       Run: $PYTHON -m pip install -e '.[package]'" >&2
    exit 2
fi

# Compile the translations first so the bundle ships current .qm files.
"$PYTHON" installer/build_translations.py

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" installer/clientmanager.spec
end=$(date +%s)

bundle="$DIST/ClientManager"
install -m 644 installer/linux/clientmanager.desktop "$bundle/clientmanager.desktop"
install -m 644 resources/icons/clientmanager-256.png "$bundle/clientmanager.png"
install -m 755 installer/linux/install.sh "$bundle/install.sh"
install -m 644 installer/linux/za.co.clientmanager.desktop.metainfo.xml "$bundle/"

version=$("$PYTHON" -c "import clientmanager; print(clientmanager.__version__)")
tarball="$DIST/ClientManager-$version-linux-$(uname -m).tar.gz"
tar -C "$DIST" -czf "$tarball" ClientManager

echo "build time:  $((end - start)) s"
echo "bundle size: $(du -sh "$bundle" | cut -f1) ($bundle)"
echo "tarball:     $(du -sh "$tarball" | cut -f1) ($tarball)"
