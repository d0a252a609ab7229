"""The command groups of a planner's year (issue 19), in the order `--help` lists them."""

from __future__ import annotations

from clientmanager.cli import advice, commission, diary, letters, policies, printing, reviews, tags

PLANNER_GROUPS = (printing, advice, reviews, policies, letters, diary, commission, tags)
