"""Polarity, modality and attribution rules of extract/modality.py and their lexicon data.

The per-language files test each language's cues on news-style sentences;
here the general rules: where a cue may stand, whom a claim is attributed
to, and the lexicon's derived data (separable cues, fused negations).
"""

from __future__ import annotations

import pytest

from bilateral.extract.lexicon import lexicon, negated_forms, separable_cues
from tests.extract.helpers import affirmed, fact, triples


def test_negated_forms_replace_the_longest_ending():
    endings = {"tı": "madı", "di": "medi", "ıyor": "mıyor", "ediyor": "etmiyor"}
    words = ["sattı", "gönderdi", "satıyor", "teslim ediyor", "satış*"]
    assert negated_forms(words, endings) == {
        "satmadı",
        "göndermedi",
        "satmıyor",
        "teslim etmiyor",
    }


def test_turkish_lexicon_derives_negated_triggers():
    forms = lexicon("tr").negated_forms
    assert {"satmadı", "göndermedi", "göndermiyor"} <= forms
    assert "sattı" not in forms and "satmayı" not in forms  # positive and infinitive stay


def test_separable_cues_are_split_into_parts():
    found = separable_cues({"alleged": ["warf … vor", "laut"], "accusation": ["wirft ... vor"]})
    assert found == [("alleged", ("warf", "vor")), ("accusation", ("wirft", "vor"))]
    assert ("alleged", ("warf", "vor")) in lexicon("de").separable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish: the negation is a suffix of the verb, in any tense
        ("Almanya, Ukrayna'ya Taurus füzeleri göndermiyor.", ("DEU", "UKR", "negated")),
        ("Kuzey Kore, Rusya'ya füze göndermedi.", ("PRK", "RUS", "negated")),
        ("Kuzey Kore, Rusya'ya füze gönderdi.", ("PRK", "RUS", "affirmed")),
    ],
)
def test_fused_turkish_negation(text, expected):
    assert ("ARMS_TRANSFER", *expected) in triples(text, "tr")


def test_german_negation_after_the_verb_stays_in_its_clause():
    assert ("ARMS_TRANSFER", "DEU", "UKR", "negated") in triples(
        "Deutschland lieferte keine Taurus-Marschflugkörper an die Ukraine.", "de"
    )
    text = "Deutschland lieferte Panzer an die Ukraine, aber keine Kampfjets."
    assert ("ARMS_TRANSFER", "DEU", "UKR") in affirmed(text, "de")


def test_separable_accusation_accuses_the_party_it_names():
    text = "Russland warf der Ukraine vor, Drohnen von der Türkei gekauft zu haben."
    assert fact(text, "de", "ARMS_TRANSFER", "TUR", "UKR").modality == "alleged"
    found = affirmed(text, "de")
    assert ("ACCUSATION", "RUS", "UKR") in found
    assert ("ACCUSATION", "RUS", "TUR") not in found  # the buyer is accused, not the seller


def test_own_statement_is_no_claim_of_another():
    assert (
        fact(
            "Iran supplied drones to Russia, Iranian officials said.",
            "en",
            "ARMS_TRANSFER",
            "IRN",
            "RUS",
        ).modality
        == "actual"
    )
    assert not any(
        t == "ACCUSATION"
        for t, _, _ in affirmed("Russia said it would supply S-400 systems to India.", "en")
    )


def test_party_beside_the_trigger_is_no_attributor():
    text = (
        "The United States sold F-16 fighter jets to Pakistan "
        "despite objections from Indian officials."
    )
    assert fact(text, "en", "ARMS_TRANSFER", "USA", "PAK").modality == "actual"
    assert ("ACCUSATION", "IND", "USA") not in affirmed(text, "en")


def test_symmetric_claim_accuses_nobody():
    text = "US officials said Russia and China held joint naval exercises."
    assert fact(text, "en", "JOINT_EXERCISE", "CHN", "RUS").modality == "alleged"
    assert not any(t == "ACCUSATION" for t, _, _ in affirmed(text, "en"))


def test_condemnation_is_no_report_of_a_claim():
    # "lên án" (condemned) names an accuser but reports no claim about what follows
    text = "Bị Ấn Độ lên án, Nepal vẫn phát triển hợp tác quân sự với Trung Quốc."
    assert fact(text, "vi", "MILITARY_COOPERATION", "CHN", "NPL").modality == "actual"


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target", "accuser"),
    [
        # verb-final reports: the speech verb closes the sentence, its subject opens it
        ("ABD, İran'ın Rusya'ya İHA sattığını açıkladı.", "tr", "IRN", "RUS", "USA"),
        ("米国務省は、北朝鮮がロシアに弾薬を供与したと発表した。", "ja", "PRK", "RUS", "USA"),
        ("미국 국무부는 북한이 러시아에 탄약을 공급했다고 밝혔다.", "ko", "PRK", "RUS", "USA"),
    ],
)
def test_verb_final_report_names_its_speaker_first(text, lang, actor, target, accuser):
    assert fact(text, lang, "ARMS_TRANSFER", actor, target).modality == "alleged"
    assert ("ACCUSATION", accuser, actor) in affirmed(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("Rusya, Hindistan'a S-400 sattığını açıkladı.", "tr", "actual"),  # its own report
        ("ロシアはインドにS-400を供与すると発表した。", "ja", "planned"),
        ("러시아는 인도에 S-400을 공급할 것이라고 밝혔다.", "ko", "planned"),
    ],
)
def test_verb_final_report_of_ones_own_act(text, lang, modality):
    assert fact(text, lang, "ARMS_TRANSFER", "RUS", "IND").modality == modality
    assert not any(t == "ACCUSATION" for t, _, _ in affirmed(text, lang))


def test_claim_that_it_did_not_happen_accuses_nobody():
    text = "Iran did not supply ballistic missiles to Russia, US officials said."
    found = triples(text, "en")  # negated facts included
    assert ("ARMS_TRANSFER", "IRN", "RUS", "negated") in found
    assert not any(t == "ACCUSATION" for t, *_ in found)
