"""Text the desktop shows goes through the translator: no English sentence or label is
handed straight to a Qt widget in ui/. The Afrikaans locale walks (tests/ui/) only see the
screens they open; this reads every call, so a dialog nobody walks cannot slip through (four
did: the second factor's set-up, a client's retention records, a breach's edit and
affected-clients forms)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "clientmanager" / "ui"

# Calls whose first argument is text a user reads.
SHOWN = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "hint",
    "line_edit",
    "push_button",
    "page_title",
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setTitle",
    "setSpecialValueText",
    "addItem",
    "addRow",
    "addTab",
    "setTabText",
    "__init__",  # a dialog's title and button, given to FormDialog
}
# Shown as they are in every language, or never shown.
NOT_WORDS = {
    "R 310.00": "an example amount in a placeholder",
    "SMS": "the channel's name, the same in Afrikaans",
    "settings refused": "an exception's internal text, never shown (settings_dialog.py)",
}


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _looks_like_words(text: str) -> bool:
    """A sentence or a label ("Save", "Or type this key"), not a key, a format or a name."""
    stripped = text.strip()
    if not stripped[:1].isalpha():
        return False
    return " " in stripped or (stripped[:1].isupper() and stripped.isalpha() and len(stripped) > 2)


def _untranslated() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            text = _literal(node.args[0]) if name in SHOWN else None
            if text and _looks_like_words(text) and text not in NOT_WORDS:
                found.append(f"{path.relative_to(UI)}:{node.lineno}: {name}({text[:50]!r})")
    return found


def test_no_english_text_reaches_a_widget_untranslated():
    assert _untranslated() == [], "wrap these in self.tr() or QCoreApplication.translate()"


def test_the_check_sees_an_untranslated_label(tmp_path, monkeypatch):
    import tests.architecture.test_ui_text_is_translated as this

    sample = tmp_path / "ui"
    sample.mkdir()
    (sample / "dialog.py").write_text(
        "def build(form, key):\n"
        '    form.addRow("Or type this key", key)\n'
        '    form.addRow(form.tr("Code"), key)\n'
        '    form.setObjectName("secondFactorKey")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(this, "UI", sample)
    assert this._untranslated() == ["dialog.py:2: addRow('Or type this key')"]
