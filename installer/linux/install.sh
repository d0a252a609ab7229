#!/usr/bin/env bash
# Install the unpacked bundle for the current user (or system-wide with --system).
#
#   ./install.sh            -> ~/.local/opt/ClientManager, menu entry in ~/.local/share
#   sudo ./install.sh --system  -> /opt/ClientManager, menu entry in /usr/share
#   ./install.sh --uninstall [--system]
#
# The menu entry's Exec and TryExec are the absolute path of the installed program, so it
# starts even when ~/.local/bin is not on the desktop session's PATH.
#
# Uninstalling removes the program only. The practice data is NEVER removed: it stays
# in ~/.local/share/ClientManager (or the folder given with --data-dir /
# CLIENTMANAGER_DATA_DIR), together with its backups.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
metainfo=za.co.clientmanager.desktop.metainfo.xml

if [ "${1:-}" = "--system" ] || [ "${2:-}" = "--system" ]; then
    prefix=/opt/ClientManager; share=/usr/share; bin=/usr/local/bin
else
    prefix="$HOME/.local/opt/ClientManager"; share="$HOME/.local/share"; bin="$HOME/.local/bin"
fi

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix"
    rm -f "$bin/clientmanager-desktop" "$bin/clientmanager" \
        "$share/applications/clientmanager.desktop" \
        "$share/metainfo/$metainfo" \
        "$share/icons/hicolor/256x256/apps/clientmanager.png"
    echo "ClientManager was removed. Your practice data was NOT deleted; it is in"
    echo "  ${CLIENTMANAGER_DATA_DIR:-$HOME/.local/share/ClientManager}"
    echo "(with its backups in the 'backups' folder). Delete it yourself only when you"
    echo "are sure you no longer need it and you have kept copies the law requires."
    exit 0
fi

mkdir -p "$prefix" "$bin" "$share/applications" "$share/metainfo" \
    "$share/icons/hicolor/256x256/apps"
if [ "$here" != "$prefix" ]; then
    rm -rf "$prefix/_internal"  # an upgrade must not keep libraries the new bundle dropped
    cp -a "$here/." "$prefix/"
fi
ln -sf "$prefix/ClientManager" "$bin/clientmanager-desktop"
ln -sf "$prefix/clientmanager-cli" "$bin/clientmanager"
install -m 644 "$here/clientmanager.png" "$share/icons/hicolor/256x256/apps/clientmanager.png"
# Exec is quoted (the desktop-entry spec allows a path with spaces only in quotes).
sed -e "s|^Exec=.*|Exec=\"$prefix/ClientManager\"|" \
    -e "s|^TryExec=.*|TryExec=$prefix/ClientManager|" \
    "$here/clientmanager.desktop" > "$share/applications/clientmanager.desktop"
chmod 644 "$share/applications/clientmanager.desktop"
if [ -f "$here/$metainfo" ]; then
    install -m 644 "$here/$metainfo" "$share/metainfo/$metainfo"
fi
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "Installed in $prefix. Start it from the applications menu (Office) or run clientmanager-desktop."
