#!/usr/bin/env bash
# Install the unpacked bundle for the current user (or system-wide with --system).
#
#   ./install.sh            -> ~/.local/opt/ClientManager, menu entry in ~/.local/share
#   sudo ./install.sh --system  -> /opt/ClientManager, menu entry in /usr/share
#   ./install.sh --uninstall [--system]
#
# Uninstalling removes the program only. The practice data is NEVER removed: it stays
# in ~/.local/share/ClientManager (or the folder given with --data-dir /
# CLIENTMANAGER_DATA_DIR), together with its backups.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ "${1:-}" = "--system" ] || [ "${2:-}" = "--system" ]; then
    prefix=/opt/ClientManager; share=/usr/share; bin=/usr/local/bin
else
    prefix="$HOME/.local/opt/ClientManager"; share="$HOME/.local/share"; bin="$HOME/.local/bin"
fi

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix"
    rm -f "$bin/clientmanager-desktop" "$bin/clientmanager" \
        "$share/applications/clientmanager.desktop" \
        "$share/icons/hicolor/256x256/apps/clientmanager.png"
    echo "ClientManager was removed. Your practice data was NOT deleted; it is in"
    echo "  ${CLIENTMANAGER_DATA_DIR:-$HOME/.local/share/ClientManager}"
    echo "(with its backups in the 'backups' folder). Delete it yourself only when you"
    echo "are sure you no longer need it and you have kept copies the law requires."
    exit 0
fi

mkdir -p "$prefix" "$bin" "$share/applications" "$share/icons/hicolor/256x256/apps"
cp -a "$here/." "$prefix/"
ln -sf "$prefix/ClientManager" "$bin/clientmanager-desktop"
ln -sf "$prefix/clientmanager-cli" "$bin/clientmanager"
install -m 644 "$here/clientmanager.png" "$share/icons/hicolor/256x256/apps/clientmanager.png"
install -m 644 "$here/clientmanager.desktop" "$share/applications/clientmanager.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "Installed in $prefix. Start it from the applications menu (Office) or run clientmanager-desktop."
