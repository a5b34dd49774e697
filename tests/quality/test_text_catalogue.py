"""The text catalogue (tallykit/text/texts.py): one wording per concept, and every key worded.

A (Chinese, English) pair is held once: in ``WORDING``, or among the identifiers' words of
``tallykit.text.labels``; a second name for the same wording is an alias (``SAME`` to another
key, ``LABELLED`` to an identifier's word), never a copy."""

from __future__ import annotations

import ast
import json
import re
import string
import subprocess
import sys
from pathlib import Path

from tallykit.text import labels
from tallykit.text.texts import LABELLED, SAME, SECTIONS, catalogue, known, text
from tallykit.vocabulary import Lang

WORDING = catalogue()  # every section read

ROOT = Path(__file__).resolve().parents[2]


def _identifier_words() -> set[tuple[str, str]]:
    words = {(v[0], v[1]) for table in labels.ENUMS.values() for v in table.values()}
    return words | {(v[0], v[1]) for v in labels.FIELDS.values()}


def test_each_wording_is_held_once():
    pairs = list(WORDING.values())
    assert len(set(pairs)) == len(pairs), [p for p in set(pairs) if pairs.count(p) > 1]
    assert not set(pairs) & _identifier_words()


def _fresh(code: str) -> object:
    """What ``code`` prints as JSON, run in a fresh interpreter (no section of the catalogue read)."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_a_section_is_read_when_a_key_of_it_is_first_asked_for():
    """Each section in a module of its own (``SECTIONS``) words its keys in a fresh process that
    has read no section before, through ``known`` and ``text`` alike, reading only its module."""
    head = "import json, sys\nfrom tallykit.text import texts\n"
    written_here = set(_fresh(head + "print(json.dumps(sorted(texts.WORDING)))"))
    for prefix, section in SECTIONS.items():
        key = min(set(section()) - written_here)
        said, modules = _fresh(
            head + f"said = [texts.known({key!r}), texts.text({key!r}), texts.text({key!r}, 'en')]\n"
            "print(json.dumps([said, sorted(m for m in sys.modules if m.endswith('_words'))]))"
        )
        assert said == [True, *WORDING[key]], key
        assert len(modules) == 1 and modules[0].startswith("tallykit.text."), (prefix, modules)


def test_aliases_name_a_wording():
    assert not set(SAME) & set(WORDING) and not set(LABELLED) & set(WORDING)
    assert all(target in WORDING for target in SAME.values())
    for domain, value in LABELLED.values():
        assert value in (labels.FIELDS if domain == "field" else labels.ENUMS[domain])


def test_every_key_is_worded_in_both_languages():
    for key in [*WORDING, *SAME, *LABELLED]:
        zh, en = text(key, Lang.ZH), text(key, Lang.EN)
        assert zh != key and en, key
    assert text("report.valid") == text("valid") == "有效"
    assert text("web.kind.recall", Lang.EN) == labels.value_label("round.kind", "recall", Lang.EN)


def test_every_check_is_worded():
    """Each check of ``verify`` has its title, explanation and both pieces of advice in the
    catalogue (tallykit/text/code_words.py), and the catalogue words no code that is not a check."""
    from tallykit.findings import CATALOGUE, PRODUCED_ELSEWHERE
    from tallykit.text.code_words import ARTICLES, CHECKS, MADE_BY

    codes = {c.code for c in CATALOGUE}
    assert set(CHECKS) == codes and set(ARTICLES) <= codes and set(MADE_BY) == set(PRODUCED_ELSEWHERE)
    for c in CATALOGUE:
        for part in ("title", "explanation", "clerk", "reviewer"):
            assert known(f"code.{c.code}.{part}"), (c.code, part)
    assert CATALOGUE[0].title.en == text("code.TK-SCHEMA-1.title", Lang.EN) == "file cannot be read"


def untranslated(profiles) -> set[tuple[str, str, str]]:
    """(profile, parameter, English) of each source or reason the catalogue has no Chinese for."""
    out = set()
    for p in profiles:
        cited = {name: (s.source, s.reason) for name, s in p.applicable.items()}
        if p.period is not None:
            cited["period"] = (p.period.source,)
        out |= {(p.id, name, words) for name, said in cited.items() for words in said if not known(f"setting.{words}")}
    return out


def test_every_setting_has_its_source_and_reason_in_chinese():
    """Each built-in profile's value cites its source and gives its reason in Chinese too
    (tallykit/text/setting_words.py, keyed by the English): a reason reworded or added in English
    alone fails here."""
    import msgspec

    from tallykit.profiles import BUILTIN, Setting

    assert untranslated(BUILTIN.values()) == set()
    party = BUILTIN["party-2020"]
    reworded = msgspec.structs.replace(party, settings={**party.settings, "threshold_base": Setting("expected", "P-ELECT-1: x", "new")})
    assert untranslated([reworded]) == {("party-2020", "threshold_base", "P-ELECT-1: x"), ("party-2020", "threshold_base", "new")}
    assert all(s.reason for p in BUILTIN.values() for s in p.applicable.values())


def test_no_module_keeps_its_own_language_helper():
    """Inline pairs go through ``texts.pick``; no module defines its own ``_t(lang, zh, en)``."""
    own = []
    for folder in ("tallykit", "cli", "web"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and {"zh", "en"} <= {a.arg for a in node.args.args}:
                    if node.name in ("_t", "t", "_pick_lang"):
                        own.append(f"{path.relative_to(ROOT)}:{node.name}")
    assert own == []


# ---------------------------------------------------------------- no inline (Chinese, English) pairs

CJK = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
LATIN = re.compile("[A-Za-z]{2}")
HAN = re.compile("[\u4e00-\u9fff]")

CATALOGUE = "tallykit/text/"  # the catalogue's modules: the one place a (Chinese, English) pair is written
ALLOWED = {
    # (Chinese, non-Chinese) literals side by side that are not one wording twice, with why:
    # a whole module, or "module:first literal" for one pair
    "tallykit/check/check_certificate.py": "the independent checker imports nothing from tallykit "
    "(standard library only), so its refusals carry their own words",
    "tallykit/profiles.py:委员": "women_guarantee_posts is a post name and the token last: values "
    "matched against the file, not wording",
}


def _literal(node: ast.AST) -> str | None:
    """The text of a string literal, an f-string (its literal parts) or a concatenation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None and right is None else (left or "") + (right or "")
    return None


def _pair(zh: ast.AST, en: ast.AST) -> bool:
    a, b = _literal(zh), _literal(en)
    return a is not None and b is not None and bool(CJK.search(a)) and not CJK.search(b) and bool(LATIN.search(b))


# calls that take a message as (Chinese, English) arguments
WORDING_CALLS = {"InputError", "fail", "error", "_bad", "_need", "Step", "_step", "pick", "_t", "FieldError", "ApiError"}


def inline_pairs(source: str) -> list[int]:
    """Lines of ``source`` that word one thing twice inline, in Chinese and in English: a call
    with ``zh=`` and ``en=`` literals, a message call (``WORDING_CALLS``) given two adjacent
    literals (Chinese, English), or ``"…" if lang == Lang.ZH else "…"``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            kw = {k.arg: k.value for k in node.keywords}
            if "zh" in kw and "en" in kw and _pair(kw["zh"], kw["en"]):
                lines.append(node.lineno)
            if ast.unparse(node.func).split(".")[-1] in WORDING_CALLS:
                lines.extend(node.lineno for a, b in zip(node.args, node.args[1:]) if _pair(a, b))
        elif isinstance(node, ast.IfExp) and re.search(r"Lang\.(ZH|EN)|['\"](zh|en)['\"]", ast.unparse(node.test)):
            if _pair(node.body, node.orelse) or _pair(node.orelse, node.body):
                lines.append(node.lineno)
    return sorted(lines)


def data_pairs(source: str) -> list[tuple[int, str]]:
    """(line, Chinese literal) of each tuple or list that holds a Chinese string literal followed
    by one without Chinese (``("文件为空", "the file is empty")``, ``(rule, zh, en)``): a
    wording written twice as data."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Tuple, ast.List)):
            zh = next((_literal(a) for a, b in zip(node.elts, node.elts[1:]) if _data_pair(a, b)), None)
            if zh is not None:
                found.append((node.lineno, zh))
    return found


def _data_pair(zh: ast.AST, en: ast.AST) -> bool:
    a, b = _literal(zh), _literal(en)
    return a is not None and b is not None and bool(HAN.search(a)) and not HAN.search(b) and bool(LATIN.search(b))


def pairs_in(name: str, source: str) -> list[int]:
    """Lines of module ``name`` that hold an inline pair (a message call's or a tuple's) and are
    not allowed (``ALLOWED``)."""
    if name in ALLOWED:
        return []
    data = [line for line, zh in data_pairs(source) if f"{name}:{zh}" not in ALLOWED]
    return sorted(inline_pairs(source) + data)


def test_the_scanner_finds_inline_pairs():
    seeded = [
        'raise InputError(path="", rule="FMT-JSON", zh="文件为空", en="the file is empty")',
        'x = _t(lang, f"第{n}轮", f"Round {n}")',
        'x = "无" if lang == Lang.ZH else "none"',
        'raise rd.fail(path, "FMT-TYPE", "应为 JSON 对象", "expected a JSON object")',
    ]
    assert [len(inline_pairs(s)) for s in seeded] == [1, 1, 1, 1]
    kept = ['x = text("file_empty", lang)', 'x = "zh-CN" if lang == Lang.ZH else "en"', 'f("委员", "张三")']
    assert [inline_pairs(s) for s in kept] == [[], [], []]


def test_the_scanner_finds_pairs_written_as_data():
    seeded = [
        'ERRORS = {"empty": ("文件为空", "the file is empty")}',
        'RIGHTS = {"probationary": ("P-RIGHTS-1", "预备党员", "probationary member")}',
        'x = [f"第 {n} 行", f"line {n}"]',
        'skipped.append((shown, "不是 .json 文件", "not a .json file"))',
    ]
    assert [len(data_pairs(s)) for s in seeded] == [1, 1, 1, 1]
    kept = ['POSTS = ("委员", "主任")', 'SINCE = (("预备党员", "1990"),)', 'x = ("委员", "last")', 'x = ("P-RIGHTS-1", "预备党员")']
    assert [len(data_pairs(s)) for s in kept] == [0, 0, 1, 0]
    assert pairs_in("tallykit/profiles.py", kept[2]) == [] and pairs_in("tallykit/x.py", kept[2]) == [1]
    assert pairs_in("tallykit/check/check_certificate.py", seeded[0]) == []


def test_no_inline_pairs_outside_the_catalogue():
    """A wording a person reads is written once, in the catalogue (tallykit/text/texts.py), and
    looked up with ``text(key, lang, **fields)``; code holds no (Chinese, English) pair of its own."""
    found = {}
    for folder in ("tallykit", "cli", "web"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name.startswith(CATALOGUE):
                continue
            lines = pairs_in(name, path.read_text(encoding="utf-8"))
            if lines:
                found[name] = lines
    assert found == {}


# ---------------------------------------------------------------- findings (tallykit/text/finding_words.py)

FINDING_MODULES = [*(ROOT / "tallykit" / "check").glob("*.py"), *(ROOT / "tallykit" / "procedure").glob("*.py")]
BUILDERS = {"finding", "add", "Finding", "said", "Text", "Phrase", "Sentence"}  # what makes a finding's words


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _placeholders(wording: str) -> set[str]:
    return {name.split("!")[0].split(".")[0] for _, name, _, _ in string.Formatter().parse(wording) if name}


def _calls() -> list[tuple[str, ast.Call]]:
    out = []
    for path in FINDING_MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                out.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return out


def test_no_finding_is_built_with_inline_text():
    """A check states facts: no Chinese (or a zh/en pair) is written where a finding is made;
    its words come from the catalogue (``said(key, **fields)``)."""
    inline = []
    for where, call in _calls():
        if _name(call) not in BUILDERS:
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            text_ = _literal(arg)
            if text_ is not None and HAN.search(text_):
                inline.append(where)
        if _name(call) == "Text" and call.args and all(_literal(a) is not None for a in call.args):
            inline.append(where)
    assert inline == []


def test_every_said_key_is_a_finding_wording():
    keys = {k.removeprefix("finding.") for k in WORDING if k.startswith("finding.")}
    unknown = []
    for where, call in _calls():
        if _name(call) != "said" or not call.args:
            continue
        if not _names_a_wording(call.args[0], keys):
            unknown.append(where)
    terms = [
        where
        for where, call in _calls()
        if _name(call) == "Term" and isinstance(call.args[0], ast.Constant) and not known(call.args[0].value)
    ]
    assert unknown == [] and terms == []


def _names_a_wording(key: ast.AST, keys: set[str]) -> bool:
    """A literal key names a wording; an f-string's fixed head (f"TK-RECON-3.{key}") starts one;
    a conditional key names one either way; a key held in a variable is checked where it is made."""
    if isinstance(key, ast.Constant):
        return key.value in keys
    if isinstance(key, ast.JoinedStr):
        head = key.values[0]
        return isinstance(head, ast.Constant) and any(k.startswith(str(head.value)) for k in keys)
    if isinstance(key, ast.IfExp):
        return _names_a_wording(key.body, keys) and _names_a_wording(key.orelse, keys)
    return isinstance(key, ast.Name)


def test_finding_wordings_say_both_languages_with_the_same_fields():
    found = {k: v for k, v in WORDING.items() if k.startswith("finding.")}
    assert len(found) > 100
    for key, (zh, en) in found.items():
        assert zh.strip() and en.strip(), key
        assert _placeholders(zh) == _placeholders(en), key


def test_a_finding_is_worded_where_it_is_shown():
    """The finding holds the key and fields; ``message`` and the JSON report word it per language."""
    from tallykit.findings import Finding, said
    from tallykit.serial import to_json
    from tallykit.text.words import Series, Term

    f = Finding(
        "TK-ROUND-2", ("V-SUPP-1",), "error", "/rounds/1/kind",
        said("TK-ROUND-2.kind", kind=Term("supplementary"), previous=Term("result.elected")), None, "supplementary",
    )
    assert f.message(Lang.ZH) == "本轮为另行选举，但上一轮结果为：选举完成，名额选满"
    assert to_json(f, Lang.EN)["message"] == f.message_en
    assert "supplementary election" in f.message_en and "supplementary" not in f.message_zh
    names = said("TK-ORDER-1", position="委员", names=Series(("王一", "丁二")))
    assert names.words(Lang.ZH) == "委员候选人未按姓氏笔画排序，应为：王一、丁二"
    assert names.words(Lang.EN).endswith("expected: 王一, 丁二")
