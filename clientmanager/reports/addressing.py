"""Who a letter is written to, as plain values (services/addressee.py fills it in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clientmanager.reports.wording import Words


@dataclass(frozen=True)
class Addressee:
    """The person, or for a child the competent person (POPIA s35), in their own name."""

    name: str
    salutation: str
    address_lines: tuple[str, ...] = ()
    on_behalf_of: str | None = None  # the child's name, when written to a parent or guardian

    @classmethod
    def by_name(
        cls, w: Words, name: str, address_lines: Sequence[str], salutation: str | None
    ) -> Addressee:
        """Written to ``name`` at that address: "Dear {name}" unless a salutation was
        chosen for them."""
        return cls(
            name=name,
            salutation=salutation or w("dear", name=name),
            address_lines=tuple(address_lines),
        )

    @property
    def lines(self) -> tuple[str, ...]:
        """What goes in the letter's address block: the name, then the address."""
        return (self.name, *self.address_lines)

    def whose(self, w: Words, *, child: str, you: str) -> str:
        """The letter's words for whose information it is: ``child`` (a wording key with
        ``{name}``) when written to a parent or guardian, else ``you``."""
        return w(child, name=self.on_behalf_of) if self.on_behalf_of else w(you)
