"""Mutation testing: which mutants of the counting core, the certificate checker and verify are
killed by ``tallykit prove`` alone, which by the tests, which by neither.

    python mutation/run.py --per-group 10 --seed 16      # a sample: 30 mutants, under an hour
    python mutation/run.py --per-group 15 --seed 18 --groups core,checker   # the targets' groups
    python mutation/run.py --per-group 0                 # every mutant (days on two cores)
    python mutation/run.py --only "tallykit/counting/rounds.py core/AddNot 3"   # one mutant again
    python mutation/run.py --report mutation/results.json                # the summary again

The mutants are Cosmic Ray's (``mutation/cosmic-ray.toml``: its modules and operator filter);
each one is written into a scratch copy of this checkout (the checkout itself is never changed)
and run against (a) ``tallykit prove --fail-fast`` and (b) its group's tests (pytest ``-x``, not
the slow tier, Hypothesis with a fixed seed and no example database). A command that fails or
crashes kills the mutant; one that runs past the limit (a hang) kills it as a timeout. Results
are written after every mutant to ``--out`` (a rerun with the same file resumes). Survivors are
explained in ``mutation/equivalent.toml`` (equivalent, or outside the proofs' bounds); the
report gives the rates over the mutants not marked equivalent (docs/proofs.md).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from queue import Queue

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mutation" / "cosmic-ray.toml"
EXPLAINED = ROOT / "mutation" / "equivalent.toml"
PYTEST = ["-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-m", "not slow"]
PYTEST += ["--hypothesis-seed=0"]
PROVE = ["-c", "from tallykit.cli.main import main; main()", "prove", "--fail-fast", "--untraced"]
PROVE += ["--format", "json", "--lang", "en"]


@dataclass(frozen=True)
class Mutant:
    """One Cosmic Ray mutation: ``id`` is "module operator occurrence"."""

    group: str
    module: str
    operator: str
    occurrence: int
    line: int

    @property
    def id(self) -> str:
        return f"{self.module} {self.operator} {self.occurrence}"


def config() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(CONFIG.read_text(encoding="utf-8"))


def mutants(cfg: dict) -> list[Mutant]:  # type: ignore[type-arg]
    """Every mutant Cosmic Ray makes of the configured modules, less the filtered operators."""
    import cosmic_ray.commands
    import cosmic_ray.modules
    from cosmic_ray.config import ConfigDict
    from cosmic_ray.work_db import use_db

    cr = ConfigDict(cfg["cosmic-ray"])
    group_of = {
        m: g for g, spec in cfg["tallykit-mutation"]["groups"].items() for m in spec["modules"]
    }
    skip = cfg["cosmic-ray"].get("filters", {}).get("operators-filter", {})
    skip = re.compile("|".join(f"(?:{e})" for e in skip.get("exclude-operators", ())) or "(?!)")
    with tempfile.TemporaryDirectory() as tmp, use_db(Path(tmp) / "session.sqlite") as db:
        here = os.getcwd()
        os.chdir(ROOT)
        try:
            modules = cosmic_ray.modules.find_modules([Path(m) for m in cr["module-path"]])
            cosmic_ray.commands.init(modules, db, cr.operators_config)
            items = list(db.work_items)
        finally:
            os.chdir(here)
    out = []
    for item in items:
        (m,) = item.mutations
        if skip.match(m.operator_name):
            continue
        module = Path(m.module_path).as_posix()
        out.append(Mutant(group_of[module], module, m.operator_name, m.occurrence, m.start_pos[0]))
    return sorted(out, key=lambda x: (x.module, x.operator, x.occurrence))


def sample(all_mutants: list[Mutant], per_group: int, seed: int) -> list[Mutant]:
    """``per_group`` mutants of each group drawn with ``seed`` (0: all of them)."""
    if per_group == 0:
        return all_mutants
    rng, picked = random.Random(seed), []
    for group in sorted({m.group for m in all_mutants}):
        pool = [m for m in all_mutants if m.group == group]
        picked += rng.sample(pool, min(per_group, len(pool)))
    return sorted(picked, key=lambda x: (x.group, x.module, x.line, x.operator, x.occurrence))


def mutated_source(m: Mutant, root: Path = ROOT) -> tuple[str, str | None]:
    """The module's source in ``root`` and the mutant's (None when Cosmic Ray makes no change
    there)."""
    import cosmic_ray.plugins
    from cosmic_ray.mutating import mutate_code

    source = (root / m.module).read_text(encoding="utf-8")
    return source, mutate_code(source, cosmic_ray.plugins.get_operator(m.operator)(), m.occurrence)


def scratch_copy(parent: Path) -> Path:
    """A copy of the checkout's files laid out as installed (``package-dir`` of pyproject.toml
    folded into the package) with ``../shared`` beside it, so ``import tallykit`` finds only it."""
    repo = parent / "repo"
    files = (
        subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard", "-z"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for package, folder in project["tool"]["setuptools"].get("package-dir", {}).items():
        target = repo / package.replace(".", "/")
        if (repo / folder).resolve() != target.resolve() and (repo / folder).is_dir():
            shutil.copytree(repo / folder, target, dirs_exist_ok=True)
    shared = (ROOT.parent / "shared").resolve()
    if shared.is_dir():
        (parent / "shared").symlink_to(shared)
    return repo


def run(repo: Path, args: list[str], limit: float) -> tuple[int | None, str, float]:
    """Run ``python args`` in ``repo``: (exit code, or None past ``limit`` seconds; output;
    seconds)."""
    env = os.environ | {"PYTHONPATH": str(repo), "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=limit)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        code = None
    shutil.rmtree(repo / ".hypothesis", ignore_errors=True)  # no example database between runs
    return code, out.decode("utf-8", "replace"), time.perf_counter() - start


def verdict(code: int | None, output: str, prove: bool) -> dict:  # type: ignore[type-arg]
    """killed / survived / timeout, and what killed it (the property, or the test)."""
    if code is None:
        return {"verdict": "timeout", "by": ""}
    if code == 0:
        return {"verdict": "survived", "by": ""}
    by = ""
    if prove:
        try:
            reports = json.loads(output[output.index("{") :])["properties"]
            by = next(f"{r['name']}: {r['status']}" for r in reports if r["status"] != "proved")
            by = by if reports[-1]["variant_refuted"] else f"{reports[-1]['name']}: variant"
        except (ValueError, KeyError, StopIteration):
            by = f"exit {code}"
    else:
        failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", output, re.M)
        by = failed[0] if failed else f"exit {code}"
    return {"verdict": "killed", "by": by}


def test_one(
    m: Mutant, repo: Path, cfg: dict, limits: dict, arms: set[str], old: dict  # type: ignore[type-arg]
) -> dict:  # type: ignore[type-arg]
    """Run one mutant in ``repo`` against prove and against its group's tests (those of ``arms``;
    the other arm's verdict is kept from the earlier record ``old``)."""
    source, mutated = mutated_source(m, repo)  # the copy's source: the checkout may move meanwhile
    record = asdict(m) | {"id": m.id} | {a: old[a] for a in ("prove", "tests") if a in old}
    if mutated is None or mutated == source:
        return record | {"prove": {"verdict": "no_change"}, "tests": {"verdict": "no_change"}}
    diff = difflib.unified_diff(
        source.splitlines(), mutated.splitlines(), m.module, m.module, n=0, lineterm=""
    )
    record["diff"] = "\n".join(list(diff)[2:])
    target = repo / m.module
    try:
        target.write_text(mutated, encoding="utf-8")
        if "prove" in arms:
            record["prove"] = prove(m, repo, cfg, limits["prove"])
        if "tests" in arms:
            tests = cfg["tallykit-mutation"]["groups"][m.group]["tests"]
            code, out, seconds = run(repo, PYTEST + tests, limits[m.group])
            record["tests"] = verdict(code, out, False) | {"seconds": round(seconds, 1)}
    finally:
        target.write_text(source, encoding="utf-8")
    return {"prove": {"verdict": "not_run"}, "tests": {"verdict": "not_run"}} | record


def prove(m: Mutant, repo: Path, cfg: dict, limit: float) -> dict:  # type: ignore[type-arg]
    """prove's verdict on the mutant in ``repo``: the whole suite, with the properties the group
    names ``first`` run before the rest (the suite with those first; fail-fast stops at the
    first failure, so a mutant they kill does not wait for the others)."""
    cx = ["--out", str(repo.parent / "cx")]
    spent = 0.0
    for name in cfg["tallykit-mutation"]["groups"][m.group].get("first", []):
        code, out, seconds = run(repo, PROVE + cx + ["--only", name], limit)
        spent += seconds
        if code != 0:
            return verdict(code, out, True) | {"seconds": round(spent, 1)}
    code, out, seconds = run(repo, PROVE + cx, limit)
    return verdict(code, out, True) | {"seconds": round(spent + seconds, 1)}


def baseline(repo: Path, cfg: dict, limit: float, arms: set[str]) -> dict[str, float]:
    """The unmutated copy must pass prove and every group's tests; each command's time limit for a
    mutant is five times its own time here (at least two minutes, at most the config's timeout)."""
    limits = {}
    commands = [("prove", PROVE + ["--out", str(repo.parent / "cx")])] if "prove" in arms else []
    if "tests" in arms:
        groups = cfg["tallykit-mutation"]["groups"].items()
        commands += [(g, PYTEST + spec["tests"]) for g, spec in groups]
    for name, args in commands:
        code, out, seconds = run(repo, args, limit)
        if code != 0:
            sys.exit(f"the unmutated code fails {name}:\n{out}")
        limits[name] = min(limit, max(120.0, 5 * seconds))
        print(f"baseline {name}: {seconds:.0f}s", flush=True)
    return limits


def explained(records: list[dict]) -> dict[str, dict[str, str]]:  # type: ignore[type-arg]
    """The notes of mutation/equivalent.toml whose mutated line is still the record's."""
    if not EXPLAINED.exists():
        return {}
    notes = tomllib.loads(EXPLAINED.read_text(encoding="utf-8"))
    diffs = {r["id"]: r.get("diff", "") for r in records}
    return {k: v for k, v in notes.items() if v["mutated"] in diffs.get(k, "")}


def summary(records: list[dict]) -> Iterator[str]:  # type: ignore[type-arg]
    """The table docs/proofs.md records: per group and in all, over mutants not equivalent."""
    notes = explained(records)
    rows = []
    for group in sorted({r["group"] for r in records}) + ["all"]:
        rs = [
            r
            for r in records
            if group in ("all", r["group"]) and r["prove"]["verdict"] != "no_change"
        ]
        equivalent = [r for r in rs if notes.get(r["id"], {}).get("kind") == "equivalent"]
        live = [r for r in rs if r not in equivalent]
        prove = [r for r in live if r["prove"]["verdict"] not in ("survived", "not_run")]
        tests = [r for r in live if r["tests"]["verdict"] not in ("survived", "not_run")]
        either = [r for r in live if r in prove or r in tests]
        n = len(live) or 1
        rows.append(
            f"| {group} | {len(rs)} | {len(equivalent)} | {len(prove)} ({100 * len(prove) // n}%) "
            f"| {len(tests)} ({100 * len(tests) // n}%) | {len(either)} ({100 * len(either) // n}%) "
            f"| {len(live) - len(either)} |"
        )
    yield "| group | mutants | equivalent | killed by prove | killed by tests | by either | survivors |"
    yield "|---|---|---|---|---|---|---|"
    yield from rows
    yield ""
    for r in records:
        if r["prove"]["verdict"] == "survived" and r["tests"]["verdict"] == "survived":
            note = notes.get(r["id"], {})
            why = f"{note['kind']}: {note['why']}" if note else "NOT EXPLAINED"
            yield f"* `{r['id']}` (line {r['line']}) — {why}"
            yield "  ```diff\n  " + r["diff"].replace("\n", "\n  ") + "\n  ```"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-group", type=int, default=10, help="mutants per group (0: all)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--only", action="append", help="a mutant id (module operator occurrence)")
    ap.add_argument("--groups", help="sample only these groups, comma-separated (core,checker)")
    ap.add_argument("--jobs", type=int, default=1, help="scratch copies run side by side")
    ap.add_argument("--out", type=Path, default=Path("mutation-results.json"))
    ap.add_argument("--report", type=Path, help="print the summary of a results file and stop")
    ap.add_argument(
        "--arms",
        default="prove,tests",
        help="run 'prove', 'tests' or both; with one, mutants already in --out run again for it",
    )
    args = ap.parse_args()
    arms = set(args.arms.split(","))
    if args.report:
        print("\n".join(summary(json.loads(args.report.read_text(encoding="utf-8"))["mutants"])))
        return
    cfg = config()
    every = mutants(cfg)
    chosen = (
        [m for m in every if m.id in args.only]
        if args.only
        else sample(
            [m for m in every if not args.groups or m.group in args.groups.split(",")],
            args.per_group,
            args.seed,
        )
    )
    done = json.loads(args.out.read_text(encoding="utf-8"))["mutants"] if args.out.exists() else []
    again = args.only or arms != {"prove", "tests"}  # run mutants already in --out again
    old = {r["id"]: r for r in done if again and r["id"] in {m.id for m in chosen}}
    done = [r for r in done if r["id"] not in old]
    todo = [m for m in chosen if m.id not in {r["id"] for r in done}]
    print(
        f"{len(every)} mutants, {len(chosen)} chosen (seed {args.seed}), {len(todo)} to run",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="tallykit-mutation-") as tmp:
        copies: Queue[Path] = Queue()
        for j in range(max(1, args.jobs)):
            (Path(tmp) / str(j)).mkdir()
            copies.put(scratch_copy(Path(tmp) / str(j)))
        repo = copies.get()
        limits = baseline(repo, cfg, float(cfg["cosmic-ray"]["timeout"]), arms)
        copies.put(repo)

        def work(m: Mutant) -> dict:  # type: ignore[type-arg]
            repo = copies.get()
            try:
                return test_one(m, repo, cfg, limits, arms, old.get(m.id, {}))
            finally:
                copies.put(repo)

        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for i, record in enumerate(pool.map(work, todo), 1):
                done.append(record)
                p, t = record["prove"], record["tests"]
                print(
                    f"[{i}/{len(todo)}] {record['id']} (line {record['line']}): prove {p['verdict']} {p.get('by', '')}; tests {t['verdict']} {t.get('by', '')}",
                    flush=True,
                )
                meta = {"seed": args.seed, "per_group": args.per_group, "total": len(every)}
                args.out.write_text(
                    json.dumps({"run": meta, "mutants": done}, ensure_ascii=False, indent=1),
                    encoding="utf-8",
                )
    print("\n".join(summary(done)))


if __name__ == "__main__":
    main()
