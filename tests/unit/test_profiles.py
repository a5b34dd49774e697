"""Profiles: every contested reading is a named, cited parameter, and files may extend them."""

from __future__ import annotations

import typing

import pytest

from tallykit import parameters as P
from tallykit import InputError, PROFILES, count, parse_results, resolve_profile
from tallykit.parameters import PARAMETERS, Section
from tallykit.profiles import NOT_APPLICABLE
from tallykit.serial import to_json

from tests.support.helpers import party_file

REQUIRED_PARTY = {
    "threshold_base": ("expected", "present"),
    "quorum_comparison": (">=", ">"),
    "reconcile_against": ("issued", "issued"),
    "writein_without_mark": ("no_vote", "no_vote"),
    "tie_revote_needs_majority": (False, False),
}


@pytest.mark.parametrize(("name", "values"), REQUIRED_PARTY.items())
def test_party_profiles_have_the_issue_values(name, values):
    """party-2020 and party-1990 carry the parameter values the foundation issue fixes."""
    key = PARAMETERS[name]
    assert (PROFILES["party-2020"][key], PROFILES["party-1990"][key]) == values


def test_default_marks():
    """○ and √ approve, × disapproves, space and - abstain, ? is unreadable (P-MARK-1)."""
    assert dict(PROFILES["party-2020"][P.MARKS]) == {
        "○": "approve", "√": "approve", "×": "disapprove", " ": "abstain", "-": "abstain", "?": "unreadable",
    }


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_every_setting_is_cited_and_allowed(profile):
    """Each value names its source and reason and is one of the parameter's allowed values."""
    for name, setting in PROFILES[profile].applicable.items():
        assert setting.source and setting.reason, name
        assert PARAMETERS[name].rules, name
        PARAMETERS[name].check(setting.value, f"/{name}")


def test_file_profile_extends_and_output_states_it():
    """{"extends", "set"} changes one value; the output names the base and what was set."""
    data = party_file(
        expected=25, present=21, tally={"甲": 12},
        profile={"extends": "party-2020", "set": {"threshold_base": "present"}},
    )
    c = count(parse_results(data))

    assert c.rounds[0].elected == {"委员": ["甲"]}
    described = to_json(c)["profile"]
    assert described["id"] == "party-2020" and described["set"] == ["threshold_base"]
    assert described["params"]["threshold_base"] == "present"


def test_custom_marks_map_other_symbols():
    """A 选举办法 using △ for abstain and √ only for approve is a marks parameter, not code."""
    marks = {"√": "approve", "×": "disapprove", "△": "abstain", "?": "unreadable"}
    data = party_file(
        expected=3, present=3, printed=["甲", "乙"], tally={}, seats=1,
        profile={"extends": "party-2020", "set": {"marks": marks}},
        records=[{"count": 2, "marks": {"委员": "√△"}}, {"count": 1, "marks": {"委员": "△√"}}],
    )
    r = count(parse_results(data)).rounds[0]

    assert dict(r.recount.tally["委员"]) == {"甲": 2, "乙": 1}


@pytest.mark.parametrize(
    ("ref", "path"),
    [
        ("party-2030", "/profile"),
        ({"extends": "party-2020", "set": {"threshold": "present"}}, "/profile/set/threshold"),
        ({"extends": "party-2020", "set": {"threshold_base": "registered"}}, "/profile/set/threshold_base"),
        ({"extends": "party-2020", "set": {"marks": {"○": "yes"}}}, "/profile/set/marks"),
        ({"set": {}}, "/profile/extends"),
        ({"extends": "party-2020", "sett": {}}, "/profile/sett"),
    ],
)
def test_bad_profiles_are_input_errors(ref, path):
    """Unknown ids, parameters and values are errors with their path, never a silent default."""
    with pytest.raises(InputError) as info:
        resolve_profile(ref, kind="party_committee")

    assert info.value.path == path


def test_default_profile_for_party_kinds_is_2020():
    """A file without a profile is counted under party-2020 and says so."""
    data = party_file(expected=5, present=5, tally={"甲": 3}, profile=None)

    assert count(parse_results(data)).profile.id == "party-2020"


def test_every_parameter_is_declared_once_with_its_type():
    """Each parameter is one ``Param`` constant (``P.THRESHOLD_BASE`` for threshold_base) with a
    section, its rules and zh/en words; the type it is declared with names exactly the words it
    takes, so ``profile[P.X]`` is typed as what the profile holds."""
    hints = typing.get_type_hints(P)
    assert len(PARAMETERS) == len({id(p) for p in PARAMETERS.values()}) >= 84
    for name, param in PARAMETERS.items():
        assert getattr(P, name.upper()) is param and param.name == name
        assert isinstance(param.section, Section) and param.rules and param.zh and param.en, name
        (value_type,) = typing.get_args(hints[name.upper()])
        if param.kind == "enum":
            assert typing.get_args(value_type) == param.values, name
        elif param.kind == "int_or_enum":
            number, words = typing.get_args(value_type)
            assert number is int and typing.get_args(words) == param.values, name
        else:
            expected = {"bool": bool, "int": int, "date_or_enum": str, "flags": tuple[str, ...], "posts": tuple[str, ...]}
            assert value_type == expected.get(param.kind, value_type), name


def test_not_applicable_is_an_explicit_value():
    """Every profile holds every parameter; one its law does not have (party rules have no
    proxies, villagers' rules no quorum comparison) holds NOT_APPLICABLE: not read, not shown,
    not settable."""
    party, villager = PROFILES["party-2020"], PROFILES["villager-2018"]
    for profile in PROFILES.values():
        assert list(profile.settings)[: len(profile.applicable)] == list(profile.applicable)
        assert set(profile.settings) == set(PARAMETERS), profile.id
    assert party.settings["proxy_limit"].value is NOT_APPLICABLE
    assert villager.settings["quorum_comparison"].value is NOT_APPLICABLE
    assert not party.applies(P.PROXY_LIMIT) and villager.applies(P.PROXY_LIMIT)
    assert party.get(P.PROXY_LIMIT) is None and villager.get(P.PROXY_LIMIT) == 3
    with pytest.raises(LookupError):
        party[P.PROXY_LIMIT]
    assert "proxy_limit" not in party.params and "quorum_comparison" not in villager.params
    with pytest.raises(InputError, match="proxy_limit"):
        resolve_profile({"extends": "party-2020", "set": {"proxy_limit": 2}}, kind="party_committee")
