"""Surname stroke order (姓氏笔画为序), rules P-ORDER-1 and P-ORDER-2."""

from __future__ import annotations

import collections
import functools
import importlib.util
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import tallykit.counting.strokes
from tallykit.errors import TallykitError
from tallykit.counting.strokes import (
    OrderCheck,
    SingleGivenName,
    UnknownCharacterError,
    check_order,
    name_key,
    sort_names,
    stroke_sequence,
)

EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "examples"
CONVENTIONS: tuple[SingleGivenName, ...] = ("empty_first", "compare_next")

# The stroke table covers exactly the CJK Unified Ideographs U+4E00..U+9FA5.
FIRST_CJK, LAST_CJK = 0x4E00, 0x9FA5
TABLE_CHARS = tuple(chr(code) for code in range(FIRST_CJK, LAST_CJK + 1))
_SEQUENCE_USES = collections.Counter(stroke_sequence(char) for char in TABLE_CHARS)
# Characters whose stroke sequence no other character shares: over these, distinct names have
# distinct keys, so the sorted order is fully determined by the rule.
UNIQUE_SEQUENCE_CHARS = tuple(c for c in TABLE_CHARS if _SEQUENCE_USES[stroke_sequence(c)] == 1)


def names_from(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Names of one to four characters drawn from an alphabet."""
    return st.text(alphabet=alphabet, min_size=1, max_size=4)


table_names = names_from(st.characters(min_codepoint=FIRST_CJK, max_codepoint=LAST_CJK))
# A few very common characters make shared surnames and shared prefixes likely.
common_names = names_from(st.sampled_from("王李张刘陈杨田大利富己已巳一乙丁周马"))
any_table_names = st.one_of(table_names, common_names)
unique_key_names = names_from(st.sampled_from(UNIQUE_SEQUENCE_CHARS))
conventions = st.sampled_from(CONVENTIONS)


def reference_compare(a: str, b: str, convention: SingleGivenName) -> int:
    """P-ORDER-2 as written, one step at a time: -1, 0 or 1 (test oracle)."""

    def slots(name: str) -> list[str | None]:
        chars: list[str | None] = list(name)
        if convention == "empty_first" and len(name) == 2:
            chars.insert(1, None)  # the empty slot of a single given name
        return chars

    for x, y in zip(slots(a), slots(b)):
        if x == y:
            continue
        if x is None or y is None:
            return -1 if x is None else 1
        sx, sy = stroke_sequence(x), stroke_sequence(y)
        assert sx is not None and sy is not None
        if len(sx) != len(sy):
            return -1 if len(sx) < len(sy) else 1
        for p, q in zip(sx, sy):
            if p != q:
                return -1 if p < q else 1
    la, lb = len(slots(a)), len(slots(b))
    return (la > lb) - (la < lb)


def sign(a: tuple[tuple[int, str], ...], b: tuple[tuple[int, str], ...]) -> int:
    """-1, 0 or 1 as key a sorts before, with, or after key b."""
    return (a > b) - (a < b)


class TestStrokeTable:
    @pytest.mark.parametrize(
        ("char", "count"),
        [("马", 3), ("长", 4), ("周", 8), ("刘", 6), ("王", 4), ("田", 5), ("大", 3), ("富", 12)],
    )
    def test_stroke_counts_match_the_standard(self, char: str, count: int) -> None:
        """Stroke counts of common surname characters are the GB 13000.1 counts."""
        sequence = stroke_sequence(char)

        assert sequence is not None
        assert count == len(sequence)

    @pytest.mark.parametrize(
        ("char", "sequence"),
        [
            ("马", "551"),
            ("长", "3154"),
            ("周", "35121251"),
            ("王", "1121"),
            ("田", "25121"),
            ("大", "134"),
            ("富", "445125125121"),
        ],
    )
    def test_stroke_sequences_match_the_standard(self, char: str, sequence: str) -> None:
        """Stroke sequences are the standard ones, hooked and bent strokes counted as 折."""
        assert sequence == stroke_sequence(char)

    def test_zhou_has_eight_strokes_not_five(self) -> None:
        """周 has 8 strokes; the '周 5画' seen on one web page is wrong (P-ORDER-2 edge case)."""
        sequence = stroke_sequence("周")

        assert sequence is not None
        assert 8 == len(sequence)
        assert 5 != len(sequence)

    def test_short_pie_of_guan_counts_as_dian(self) -> None:
        """The 点-like first 撇 of 关 and 羊 counts as 点, as P-ORDER-2 normalises it."""
        assert "431134" == stroke_sequence("关")
        assert "431112" == stroke_sequence("羊")

    def test_ti_counts_as_heng_and_na_as_dian(self) -> None:
        """提 counts as 横 (江 441121) and 捺 as 点 (人 34), as P-ORDER-2 normalises them."""
        assert ("441121", "34") == (stroke_sequence("江"), stroke_sequence("人"))

    def test_vertical_hook_counts_as_vertical_in_the_standard(self) -> None:
        """竖钩 counts as 竖 in GB 13000.1 (亅 2, 小 234), not as 折 as P-ORDER-2's wording says."""
        assert ("2", "234") == (stroke_sequence("亅"), stroke_sequence("小"))

    def test_every_basic_cjk_ideograph_has_a_sequence_of_stroke_digits(self) -> None:
        """Each of U+4E00..U+9FA5 has a non-empty sequence of the digits 1 to 5."""
        sequences = [stroke_sequence(char) for char in TABLE_CHARS]

        assert 20902 == len(sequences)
        assert all(s is not None and s and set(s) <= set("12345") for s in sequences)

    @pytest.mark.parametrize("char", ["A", "〇", " ", "", "\u4dff", "\u9fa6", "\U000201d4"])
    def test_characters_outside_the_table_have_no_sequence(self, char: str) -> None:
        """Letters, 〇, blanks and ideographs outside U+4E00..U+9FA5 are not in the table."""
        assert stroke_sequence(char) is None

    def test_importing_the_module_reads_no_data(self) -> None:
        """The stroke table is read on first use, not at import."""
        spec = importlib.util.spec_from_file_location("fresh_strokes", tallykit.counting.strokes.__file__)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)

        assert 0 == module._stroke_table.cache_info().currsize


class TestSingleGivenName:
    def test_empty_slot_sorts_first_by_default(self) -> None:
        """姓氏笔画 (the default): 田富 is 田 + empty slot + 富, so it precedes 田大利."""
        assert ("田富", "田大利") == sort_names(["田大利", "田富"])
        assert ("田富", "田大利") == sort_names(["田大利", "田富"], single_given_name="empty_first")

    def test_compare_next_compares_the_given_name(self) -> None:
        """姓名笔画: no empty slot, 富 (12) is compared with 大 (3), so 田大利 comes first."""
        assert ("田大利", "田富") == sort_names(["田富", "田大利"], single_given_name="compare_next")

    def test_empty_slot_is_inserted_only_for_two_character_names(self) -> None:
        """Names of one or three characters get the same key under both conventions."""
        for name in ("田", "田大利", "欧阳修"):
            assert name_key(name, single_given_name="empty_first") == name_key(
                name, single_given_name="compare_next"
            )
        assert 3 == len(name_key("田富"))
        assert 2 == len(name_key("田富", single_given_name="compare_next"))

    @pytest.mark.parametrize(
        ("convention", "expected"),
        [("empty_first", ("田", "田富", "田大利")), ("compare_next", ("田", "田大利", "田富"))],
    )
    def test_surname_alone_sorts_before_longer_names_with_it(
        self, convention: SingleGivenName, expected: tuple[str, ...]
    ) -> None:
        """A one-character name precedes every longer name that starts with it."""
        assert expected == sort_names(
            ["田大利", "田富", "田"], single_given_name=convention
        )


class TestStrokeComparison:
    def test_count_decides_before_shape(self) -> None:
        """马 (3 strokes, 551) precedes 王 (4 strokes, 1121) although its first stroke is 折."""
        assert ("马", "王") == sort_names(["王", "马"])

    def test_equal_count_broken_by_first_stroke_shape(self) -> None:
        """王 (1121) precedes 孔 (5215): both have 4 strokes and 横 precedes 折."""
        wang, kong = stroke_sequence("王"), stroke_sequence("孔")

        assert ("1121", "5215") == (wang, kong)
        assert ("王强", "孔丽") == sort_names(["孔丽", "王强"])

    def test_equal_count_and_first_stroke_broken_by_later_strokes(self) -> None:
        """杨 (1234533) < 张 (5153154) < 陈 (5215234): 7 strokes each; 张/陈 differ at stroke 2."""
        assert ("1234533", "5153154", "5215234") == tuple(
            stroke_sequence(c) for c in "杨张陈"
        )
        assert ("杨光", "张红", "陈明") == sort_names(["陈明", "张红", "杨光"])

    def test_all_five_shapes_in_order(self) -> None:
        """横 < 竖 < 撇 < 点 < 折 among the one-stroke characters 一 丨 丿 丶 乙."""
        assert ("1", "2", "3", "4", "5") == tuple(stroke_sequence(c) for c in "一丨丿丶乙")
        assert ("一", "丨", "丿", "丶", "乙") == sort_names(["乙", "丶", "丿", "丨", "一"])

    def test_second_character_decides_when_the_first_is_the_same(self) -> None:
        """李秀英 precedes 李明华: same surname, then 秀 (7) before 明 (8)."""
        assert ("李秀英", "李明华") == sort_names(["李明华", "李秀英"])

    def test_total_strokes_of_the_name_are_not_used(self) -> None:
        """丁磊磊 (2 + 15 + 15) precedes 王一 (4 + 1): only the first character's count matters."""
        assert ("丁磊磊", "王一") == sort_names(["王一", "丁磊磊"])

    def test_same_sequence_different_characters_keep_their_given_order(self) -> None:
        """己 and 已 share the sequence 515: no tie-break, the stable sort keeps input order."""
        assert stroke_sequence("己") == stroke_sequence("已") == "515"
        assert ("己知", "已知") == sort_names(["己知", "已知"])
        assert ("已知", "己知") == sort_names(["已知", "己知"])
        assert check_order(["已知", "己知"]).in_order

    def test_identical_full_names_are_allowed(self) -> None:
        """Two candidates with the same name sort together and are in order."""
        result = check_order(["丁一", "王强", "王强", "石磊"])

        assert OrderCheck(
            in_order=True, expected=("丁一", "王强", "王强", "石磊"), first_misplaced=None, unknown=()
        ) == result

    def test_out_of_order_names_are_located(self) -> None:
        """check_order gives the sorted order and the first index that differs from it."""
        result = check_order(["丁一", "石磊", "王强", "孔丽"])

        assert OrderCheck(
            in_order=False, expected=("丁一", "王强", "孔丽", "石磊"), first_misplaced=1, unknown=()
        ) == result

    def test_order_check_is_frozen(self) -> None:
        """An OrderCheck cannot be changed after it is made."""
        result = check_order(["丁一"])

        with pytest.raises(AttributeError):
            result.in_order = False  # type: ignore[misc]


def _example_rounds() -> list[tuple[str, tuple[str, ...]]]:
    cases = []
    for path in sorted(EXAMPLES.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for number, round_ in enumerate(document["rounds"]):
            for position, names in round_["candidates"].items():
                cases.append((f"{path.name} round {number} {position}", tuple(names)))
    return cases


EXAMPLE_ROUNDS = _example_rounds()


class TestContractExamples:
    def test_examples_are_present(self) -> None:
        """The shared contract examples are found beside the repository."""
        assert len(list(EXAMPLES.glob("*.json"))) >= 6
        assert len(EXAMPLE_ROUNDS) >= 10

    @pytest.mark.parametrize(
        "names", [names for _, names in EXAMPLE_ROUNDS], ids=[i for i, _ in EXAMPLE_ROUNDS]
    )
    def test_ballot_order_of_every_example_round_is_stroke_order(
        self, names: tuple[str, ...]
    ) -> None:
        """Every example ballot lists its candidates in surname stroke order (empty_first)."""
        result = check_order(names, single_given_name="empty_first")

        assert OrderCheck(
            in_order=True, expected=names, first_misplaced=None, unknown=()
        ) == result


class TestProperties:
    @given(st.lists(any_table_names, max_size=12), conventions)
    def test_sorting_is_idempotent(self, names: list[str], convention: SingleGivenName) -> None:
        """Sorting sorted names changes nothing."""
        once = sort_names(names, single_given_name=convention)

        assert once == sort_names(once, single_given_name=convention)

    @given(st.lists(any_table_names, max_size=12), conventions)
    def test_sorting_is_a_permutation(self, names: list[str], convention: SingleGivenName) -> None:
        """Sorting keeps every name, duplicates included, and adds none."""
        result = sort_names(names, single_given_name=convention)

        assert collections.Counter(names) == collections.Counter(result)

    @given(st.data(), st.lists(unique_key_names, max_size=12), conventions)
    def test_any_permutation_sorts_to_the_same_result(
        self, data: st.DataObject, names: list[str], convention: SingleGivenName
    ) -> None:
        """Over characters with distinct stroke sequences the input order does not matter."""
        shuffled = data.draw(st.permutations(names))

        assert sort_names(names, single_given_name=convention) == sort_names(
            shuffled, single_given_name=convention
        )

    @given(st.data(), st.lists(any_table_names, max_size=12), conventions)
    def test_any_permutation_sorts_to_the_same_keys(
        self, data: st.DataObject, names: list[str], convention: SingleGivenName
    ) -> None:
        """Over the whole table, permutations sort to the same keys (ties keep input order)."""
        shuffled = data.draw(st.permutations(names))
        key = functools.partial(name_key, single_given_name=convention)

        assert [key(n) for n in sort_names(names, single_given_name=convention)] == [
            key(n) for n in sort_names(shuffled, single_given_name=convention)
        ]

    @given(st.lists(any_table_names, max_size=12), conventions)
    def test_sorted_names_pass_the_order_check(
        self, names: list[str], convention: SingleGivenName
    ) -> None:
        """check_order accepts whatever sort_names produces."""
        ordered = sort_names(names, single_given_name=convention)

        result = check_order(ordered, single_given_name=convention)

        assert OrderCheck(
            in_order=True, expected=ordered, first_misplaced=None, unknown=()
        ) == result

    @given(st.lists(any_table_names, max_size=12), conventions)
    def test_order_check_agrees_with_sorting(
        self, names: list[str], convention: SingleGivenName
    ) -> None:
        """Names are in order exactly when sorting leaves them as they are."""
        ordered = sort_names(names, single_given_name=convention)

        result = check_order(names, single_given_name=convention)

        assert (tuple(names) == ordered) == result.in_order
        assert ordered == result.expected
        assert result.in_order == (result.first_misplaced is None)
        if result.first_misplaced is not None:
            assert names[: result.first_misplaced] == list(ordered[: result.first_misplaced])
            assert names[result.first_misplaced] != ordered[result.first_misplaced]

    @given(any_table_names, any_table_names, conventions)
    @example("田富", "田大利", "empty_first")
    @example("田富", "田大利", "compare_next")
    @example("田", "田富", "empty_first")
    @example("己", "已", "empty_first")
    def test_key_order_matches_the_rule_step_by_step(
        self, a: str, b: str, convention: SingleGivenName
    ) -> None:
        """Comparing keys gives the same answer as P-ORDER-2 applied character by character."""
        key = functools.partial(name_key, single_given_name=convention)

        assert reference_compare(a, b, convention) == sign(key(a), key(b))


class TestUnknownCharacters:
    @pytest.mark.parametrize(
        ("name", "char"), [("田A", "A"), ("李〇", "〇"), (" 田富", " "), ("\U000201d4华", "\U000201d4")]
    )
    def test_name_key_raises_for_a_character_outside_the_table(
        self, name: str, char: str
    ) -> None:
        """A character not in the table raises UnknownCharacterError naming name and character."""
        with pytest.raises(UnknownCharacterError) as info:
            name_key(name)

        assert (name, char) == (info.value.name, info.value.char)
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value, TallykitError)
        assert str(info.value).startswith(f"姓名“{name}”中的字“{char}”不在笔顺表中 (")
        assert f"character {char!r}" in str(info.value)
        assert f"of name {name!r} is not in the stroke table" in str(info.value)

    def test_unknown_character_error_survives_pickling(self) -> None:
        """The error keeps its name and character through pickle (e.g. across processes)."""
        error = pickle.loads(pickle.dumps(UnknownCharacterError("田A", "A")))

        assert ("田A", "A", str(UnknownCharacterError("田A", "A"))) == (
            error.name,
            error.char,
            str(error),
        )

    def test_sort_names_raises_for_an_unknown_character(self) -> None:
        """sort_names cannot place a name it cannot key, so it raises."""
        with pytest.raises(UnknownCharacterError):
            sort_names(["王强", "X王"])

    def test_check_order_reports_unknown_names_and_judges_the_rest(self) -> None:
        """Unknown names are listed and moved to the end; the known names are in order."""
        result = check_order(["丁一", "X王", "王强", "李〇〇"])

        assert OrderCheck(
            in_order=True,
            expected=("丁一", "王强", "X王", "李〇〇"),
            first_misplaced=1,
            unknown=(("X王", "X"), ("李〇〇", "〇")),
        ) == result

    def test_check_order_judges_known_names_when_some_are_unknown(self) -> None:
        """Known names out of order are reported even when another name is unknown."""
        result = check_order(["王强", "X王", "丁一"])

        assert OrderCheck(
            in_order=False,
            expected=("丁一", "王强", "X王"),
            first_misplaced=0,
            unknown=(("X王", "X"),),
        ) == result

    @given(
        st.lists(
            st.one_of(any_table_names, names_from(st.sampled_from("王李田AZ〇 "))), max_size=12
        ),
        conventions,
    )
    def test_unknown_names_go_to_the_end_in_their_given_order(
        self, names: list[str], convention: SingleGivenName
    ) -> None:
        """expected is the sorted known names, then the unknown ones as given."""
        known = [n for n in names if all(stroke_sequence(c) for c in n)]
        unknown = [n for n in names if n not in known]

        result = check_order(names, single_given_name=convention)

        assert sort_names(known, single_given_name=convention) + tuple(unknown) == result.expected
        assert (tuple(known) == sort_names(known, single_given_name=convention)) == result.in_order
        assert {(n, c) for n in unknown for c in n if stroke_sequence(c) is None} == set(
            result.unknown
        )
        assert len(set(result.unknown)) == len(result.unknown)


class TestBadArguments:
    @pytest.mark.parametrize("value", ["surname", "", "EMPTY_FIRST", None])
    def test_unknown_convention_is_rejected_everywhere(self, value: Any) -> None:
        """Each function rejects a convention other than empty_first and compare_next."""
        calls: list[Callable[[], object]] = [
            functools.partial(name_key, "田富", single_given_name=value),
            functools.partial(sort_names, [], single_given_name=value),
            functools.partial(check_order, [], single_given_name=value),
        ]
        for call in calls:
            with pytest.raises(ValueError, match="single_given_name") as info:
                call()
            assert repr(value) in str(info.value)

    def test_a_single_string_is_not_a_list_of_names(self) -> None:
        """Passing one string where a list of names is expected raises TypeError."""
        with pytest.raises(TypeError, match="collection of names"):
            sort_names("田富")
        with pytest.raises(TypeError, match="collection of names"):
            check_order("田富")


def test_public_names_are_declared() -> None:
    """__all__ lists exactly the module's public names."""
    public = {
        name
        for name, value in vars(tallykit.counting.strokes).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == "tallykit.counting.strokes"
    }

    assert public | {"SingleGivenName"} == set(tallykit.counting.strokes.__all__)
