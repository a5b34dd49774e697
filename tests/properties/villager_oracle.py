"""Tiny, obviously-correct reference counters for the villager property and deck tests."""

from __future__ import annotations

from collections import Counter

# A three-section ballot where people stand for several posts: 主任 1 seat, 副主任 1, 委员 2.
LAYOUT = (("主任", 1, ("A", "B")), ("副主任", 1, ("B", "C")), ("委员", 2, ("A", "C", "D")))
SYMBOLS = ("○", "×", " ", "?")


def judge(
    marks: dict[str, str], scope: str, same: str, void_higher: str = "drop_lower"
) -> tuple[str, dict[str, list[str]]]:
    """One ballot: its class and the approvals it gives, straight from V-SAME-PERSON-1 and
    V-BALLOT-OVERVOTE-1 / V-BALLOT-ILLEGIBLE-1. ``void_higher = keep_lower`` (section scope): a
    higher section that is itself over-voted counts nobody and takes no lower mark."""
    chosen = {
        post: [n for n, s in zip(names, marks[post]) if s == "○"] for post, _, names in LAYOUT
    }
    if same == "void_person":
        twice = {n for n, k in Counter(n for c in chosen.values() for n in c).items() if k > 1}
        chosen = {p: [n for n in c if n not in twice] for p, c in chosen.items()}
    else:
        seen: set[str] = set()
        for post, seats, _ in LAYOUT:
            chosen[post] = [n for n in chosen[post] if n not in seen]
            void = len(chosen[post]) > seats and scope == "section"
            if not (void and void_higher == "keep_lower"):
                seen.update(chosen[post])
    over = [post for post, seats, _ in LAYOUT if len(chosen[post]) > seats]
    symbols = "".join(marks.values())
    if over and (scope == "ballot" or len(over) == len(LAYOUT)):
        return "invalid", {}
    if set(symbols) == {"?"}:
        return "invalid", {}
    kept = {p: c for p, c in chosen.items() if p not in over and c}
    if over or "?" in symbols:
        return "partly_valid", kept
    return "valid", kept


def formal(tally: dict[str, dict[str, int]], seats: dict[str, int], base: int, carry: bool = False):
    """Posts in order; the elected leave lower posts; >½ of ``base``; most votes first; equal
    votes across the last seat are a tie. Returns (result, elected per post)."""
    taken: set[str] = set()
    elected: dict[str, list[str]] = {}
    tie = short = False
    summed: Counter[str] = Counter()
    for post, n in seats.items():
        own = tally.get(post, {})
        counts = Counter(own)
        if carry:
            counts = Counter({k: own.get(k, 0) + summed.get(k, 0) for k in set(own) | set(summed)})
        q = sorted(
            ((v, k) for k, v in counts.items() if k not in taken and 2 * v > base), reverse=True
        )
        if len(q) <= n:
            won = [k for _, k in q]
            short = short or len(q) < n
        elif q[n][0] == q[n - 1][0]:
            tie = True
            won = [k for v, k in q if v > q[n - 1][0]]
        else:
            won = [k for _, k in q[:n]]
        elected[post] = sorted(won)
        taken.update(won)
        summed.update(own)
    return ("tie_revote" if tie else "supplementary" if short else "elected"), elected
