"""Language identification on the SlavicNER raw documents (gold language = the folder).

Data: /work/shared/data/slavicner/raw/<topic>/<lang>/*.txt (bg, cs, pl, ru, sl, uk), read at run time.

Figures printed, per gold language and overall:
- detected: the language Rashomon decides with nothing supplied;
- supplied right: decided with the gold language supplied (as `--lang`, a mapped field or page metadata);
- supplied neighbour: decided with a wrong but neighbouring language supplied (bg->ru, cs->sk, pl->cs,
  ru->uk, sl->hr, uk->ru): the text's own evidence should win;
- supplied far: decided with a far language supplied (en): a confident detector should win.
and the most frequent confusions.

Usage: .venv/bin/python benchmarks/language_slavicner.py [--data DIR] [--lang bg,cs] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rashomon.analysis.language import decide_language

DEFAULT_DATA = Path("/work/shared/data/slavicner/raw")
NEIGHBOUR = {"bg": "ru", "cs": "sk", "pl": "cs", "ru": "uk", "sl": "hr", "uk": "ru"}
FAR = "en"
SETTINGS = ("detected", "supplied right", "supplied neighbour", "supplied far")


def supplied_for(setting: str, gold: str) -> str | None:
    choices = {"detected": None, "supplied right": gold, "supplied neighbour": NEIGHBOUR.get(gold), "supplied far": FAR}
    return choices[setting]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--lang", default=None, help="comma-separated gold languages to score")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong decisions per setting on stderr")
    args = parser.parse_args()
    wanted = set(args.lang.split(",")) if args.lang else None
    right: dict[str, Counter] = {setting: Counter() for setting in SETTINGS}
    totals: Counter = Counter()
    confusions: dict[str, Counter] = defaultdict(Counter)
    shown: Counter = Counter()
    for path in sorted(args.data.glob("*/*/*.txt")):
        gold = path.parent.name
        if wanted and gold not in wanted:
            continue
        text = path.read_text(encoding="utf-8")
        totals[gold] += 1
        for setting in SETTINGS:
            decided, _ = decide_language(text, supplied_for(setting, gold))
            right[setting][gold] += decided == gold
            if decided != gold:
                confusions[setting][f"{gold}->{decided}"] += 1
                if shown[setting] < args.errors:
                    shown[setting] += 1
                    print(f"  [{setting}] {path.name}: {gold} -> {decided}", file=sys.stderr)
    languages = sorted(totals)
    print(f"{'setting':<20}" + "".join(f"{lang:>8}" for lang in languages) + f"{'all':>8}")
    for setting in SETTINGS:
        cells = [right[setting][lang] / totals[lang] for lang in languages]
        overall = sum(right[setting].values()) / sum(totals.values())
        print(f"{setting:<20}" + "".join(f"{cell:>8.1%}" for cell in cells) + f"{overall:>8.1%}")
    print(f"documents: {sum(totals.values())} ({', '.join(f'{lang} {totals[lang]}' for lang in languages)})")
    for setting in SETTINGS:
        common = ", ".join(f"{pair} {count}" for pair, count in confusions[setting].most_common(6))
        print(f"confusions, {setting}: {common or 'none'}")


if __name__ == "__main__":
    main()
