"""Actor mentions in every manifest language, through the real pipeline.

Sentences written for these tests (news-like, one to three sentences) go
through paragraph and sentence splitting and `find_mentions` with the
built-in KB. Each case asserts every mention found in its text as
(span, KB id, endpoint, kind), so a missing form and a false link both
fail. Per language the cases cover: a state by its name (inflected where
the language inflects), a demonym, clitics or enclitics (Arabic script), an
organisation or armed group, a generic agent resolved to its state, a named
service, a person, a capital used for the state, a pair phrase ("the two
countries") and negatives (words that look like names but are not actors).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from bilateral import lang
from bilateral.kb.mentions import find_mentions
from tests.documents import document

Found = tuple[str, str, str | None, str]  # (span, KB id, endpoint, kind)


class Case(NamedTuple):
    name: str
    text: str
    expected: list[Found]


def _pair(phrase: str, *endpoints: str) -> list[Found]:
    """A pair phrase resolved to two states (sorted by endpoint, as find_mentions does)."""
    return [(phrase, e, e, "coreference") for e in sorted(endpoints)]


CASES: dict[str, list[Case]] = {
    "en": [
        Case(
            "names_capital_pair",
            "Pakistan and China signed a defence pact in Islamabad. "
            "The two countries will hold joint naval drills next year.",
            [
                ("Pakistan", "PAK", "PAK", "name"),
                ("China", "CHN", "CHN", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("The two countries", "PAK", "CHN"),
            ],
        ),
        Case(
            "demonym_and_generic_agent",
            "The Pakistani navy received two frigates, and Chinese engineers will train the crews.",
            [
                ("Pakistani navy", "PAK.NAVY", "PAK", "agent"),
                ("Chinese", "CHN", "CHN", "demonym"),
            ],
        ),
        Case(
            "plural_demonym",
            "Thousands of Pakistanis protested outside the US embassy on Friday.",
            [
                ("Pakistanis", "PAK", "PAK", "demonym"),
                ("US", "USA", "USA", "name"),
            ],
        ),
        Case(
            "capital_org_group",
            "Officials in Washington and NATO urged the Taliban to free the hostages.",
            [
                ("Washington", "USA", "USA", "capital"),
                ("NATO", "NATO", "NATO", "name"),
                ("Taliban", "TALIBAN", "TALIBAN", "name"),
            ],
        ),
        Case(
            "persons_and_services",
            "President Putin discussed the deal with Xi Jinping, while the ISI briefed the CIA.",
            [
                ("Putin", "RUS.putin", "RUS", "agent"),
                ("Xi Jinping", "CHN.xi_jinping", "CHN", "agent"),
                ("ISI", "PAK.ISI", "PAK", "agent"),
                ("CIA", "USA.CIA", "USA", "agent"),
            ],
        ),
        Case(
            "named_agent_pattern",
            "The Pakistan Army and the Indian Air Force were put on alert.",
            [
                ("Pakistan Army", "PAK.ARMY", "PAK", "agent"),
                ("Indian Air Force", "IND.AIR_FORCE", "IND", "agent"),
            ],
        ),
        Case(
            "not_turkey_the_bird_nor_chad",
            "We had roast turkey for dinner, and a hanging chad delayed the count.",
            [],
        ),
        Case("indian_ocean_is_not_india", "Tankers crossed the Indian Ocean without escorts.", []),
        Case(
            "turkey_opening_a_sentence",
            "Turkey and Pakistan signed a trade accord in Ankara.",
            [
                ("Turkey", "TUR", "TUR", "name"),
                ("Pakistan", "PAK", "PAK", "name"),
                ("Ankara", "TUR", "TUR", "capital"),
            ],
        ),
    ],
    "ar": [
        Case(
            "names_clitic_capital_pair",
            "وقعت باكستان والصين اتفاقية دفاعية في إسلام "
            "آباد. وسيجري البلدان مناورات بحرية مشتركة.",
            [
                ("باكستان", "PAK", "PAK", "name"),
                ("الصين", "CHN", "CHN", "name"),
                ("إسلام آباد", "PAK", "PAK", "capital"),
                *_pair("البلدان", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_demonym_plural",
            "أعلنت البحرية الباكستانية أن المسؤولين الباكستانيين سيزورون بكين الشهر المقبل.",
            [
                ("البحرية الباكستانية", "PAK.NAVY", "PAK", "agent"),
                ("الباكستانيين", "PAK", "PAK", "demonym"),
                ("بكين", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "proclitics",
            "قدمت واشنطن دعما لباكستان، وباعت روسيا أسلحة "
            "للصين، كما تعززت علاقاتها بالهند وبالصين.",
            [
                ("واشنطن", "USA", "USA", "capital"),
                ("باكستان", "PAK", "PAK", "name"),
                ("روسيا", "RUS", "RUS", "name"),
                ("للصين", "CHN", "CHN", "name"),
                ("الهند", "IND", "IND", "name"),
                ("الصين", "CHN", "CHN", "name"),
            ],
        ),
        Case(
            "conjunction_clitic_and_demonym",
            "وصل الوفد الصيني إلى إسلام آباد، وباكستان ترحب بالاستثمارات.",
            [
                ("الصيني", "CHN", "CHN", "demonym"),
                ("إسلام آباد", "PAK", "PAK", "capital"),
                ("باكستان", "PAK", "PAK", "name"),
            ],
        ),
        Case(
            "feminine_demonym_and_government",
            "قالت الحكومة الصينية إن الشركات الباكستانية ستشارك في المشروع.",
            [
                ("الحكومة الصينية", "CHN.GOV", "CHN", "agent"),
                ("الباكستانية", "PAK", "PAK", "demonym"),
            ],
        ),
        Case(
            "person_group_org",
            "التقى الرئيس الروسي فلاديمير بوتين بقادة حركة "
            "طالبان، بينما حذر حلف الناتو من التصعيد.",
            [
                ("الرئيس الروسي", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("فلاديمير بوتين", "RUS.putin", "RUS", "agent"),
                ("حركة طالبان", "TALIBAN", "TALIBAN", "name"),
                ("حلف الناتو", "NATO", "NATO", "name"),
            ],
        ),
        Case(
            "ministry_and_named_service",
            "اتهمت وزارة الخارجية الباكستانية وكالة المخابرات المركزية بالتدخل في شؤونها.",
            [
                ("وزارة الخارجية الباكستانية", "PAK.MFA", "PAK", "agent"),
                ("وكالة المخابرات المركزية", "USA.CIA", "USA", "agent"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "عبرت ناقلات النفط المحيط الهندي دون حراسة، ثم وصلت بالمحيط الهندي إلى الموانئ.",
            [],
        ),
    ],
    "fr": [
        Case(
            "names_capital_pair",
            "Le Pakistan et la Chine ont signé un accord de défense à Islamabad. "
            "Les deux pays organiseront des manœuvres navales.",
            [
                ("Pakistan", "PAK", "PAK", "name"),
                ("Chine", "CHN", "CHN", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("Les deux pays", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_demonym_capital",
            "La marine pakistanaise a reçu deux frégates chinoises, a annoncé Pékin.",
            [
                ("marine pakistanaise", "PAK.NAVY", "PAK", "agent"),
                ("chinoises", "CHN", "CHN", "demonym"),
                ("Pékin", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "feminine_demonym",
            "La délégation pakistanaise a rencontré des responsables de la Russie.",
            [
                ("pakistanaise", "PAK", "PAK", "demonym"),
                ("Russie", "RUS", "RUS", "name"),
            ],
        ),
        Case(
            "org_group_capital",
            "L'OTAN a condamné les talibans, et Washington a exigé des explications.",
            [
                ("OTAN", "NATO", "NATO", "name"),
                ("talibans", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "Vladimir Poutine a reçu le ministre pakistanais des Affaires étrangères ; "
            "la CIA et l'ISI suivent le dossier.",
            [
                ("Vladimir Poutine", "RUS.putin", "RUS", "agent"),
                ("pakistanais", "PAK", "PAK", "demonym"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("ISI", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "ministry_and_people_noun",
            "Le ministère pakistanais de la Défense a remercié les Pakistanais des États-Unis.",
            [
                ("ministère pakistanais de la Défense", "PAK.MOD", "PAK", "agent"),
                ("Pakistanais", "PAK", "PAK", "demonym"),
                ("États-Unis", "USA", "USA", "name"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "Des pétroliers ont traversé l'océan Indien sans escorte.",
            [],
        ),
    ],
    "es": [
        Case(
            "names_capital_pair",
            "Pakistán y Rusia firmaron un acuerdo de defensa en Islamabad. "
            "Ambos países realizarán maniobras navales.",
            [
                ("Pakistán", "PAK", "PAK", "name"),
                ("Rusia", "RUS", "RUS", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("Ambos países", "PAK", "RUS"),
            ],
        ),
        Case(
            "generic_agent_demonym_capital",
            "La Armada de Pakistán recibió dos fragatas chinas, según informó Pekín.",
            [
                ("Armada de Pakistán", "PAK.NAVY", "PAK", "agent"),
                ("chinas", "CHN", "CHN", "demonym"),
                ("Pekín", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "plural_demonym",
            "Cientos de paquistaníes protestaron frente a la embajada de Estados Unidos.",
            [
                ("paquistaníes", "PAK", "PAK", "demonym"),
                ("Estados Unidos", "USA", "USA", "name"),
            ],
        ),
        Case(
            "org_group_capital",
            "La OTAN condenó a los talibanes y Washington pidió explicaciones.",
            [
                ("OTAN", "NATO", "NATO", "name"),
                ("talibanes", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "Vladimir Putin se reunió con el ministro paquistaní de Exteriores; "
            "la CIA y el ISI vigilan la situación.",
            [
                ("Vladimir Putin", "RUS.putin", "RUS", "agent"),
                ("paquistaní", "PAK", "PAK", "demonym"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("ISI", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "army_by_demonym",
            "El ejército indio respondió a los disparos de la Marina paquistaní.",
            [
                ("ejército indio", "IND.ARMY", "IND", "agent"),
                ("Marina paquistaní", "PAK.NAVY", "PAK", "agent"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "Los petroleros cruzaron el océano Índico sin escolta.",
            [],
        ),
        Case(
            "china_is_a_name_not_a_demonym",
            "China y Pakistán firmaron un acuerdo.",
            [("China", "CHN", "CHN", "name"), ("Pakistán", "PAK", "PAK", "name")],
        ),
    ],
    "ru": [
        Case(
            "names_capital_pair",
            "Пакистан и Китай подписали соглашение об обороне в Исламабаде. "
            "Обе страны проведут совместные учения.",
            [
                ("Пакистан", "PAK", "PAK", "name"),
                ("Китай", "CHN", "CHN", "name"),
                ("Исламабаде", "PAK", "PAK", "capital"),
                *_pair("Обе страны", "PAK", "CHN"),
            ],
        ),
        Case(
            "inflected_demonyms",
            "Делегация пакистанского министерства обороны прибыла в Москву, "
            "а пакистанской стороне передали два вертолёта.",
            [
                ("пакистанского министерства обороны", "PAK.MOD", "PAK", "agent"),
                ("Москву", "RUS", "RUS", "capital"),
                ("пакистанской", "PAK", "PAK", "demonym"),
            ],
        ),
        Case(
            "inflected_names_and_navy",
            "Командующий ВМС Пакистана обсудил с Китаем "
            "поставки, а Пекин выразил поддержку Исламабаду.",
            [
                ("ВМС Пакистана", "PAK.NAVY", "PAK", "agent"),
                ("Китаем", "CHN", "CHN", "name"),
                ("Пекин", "CHN", "CHN", "capital"),
                ("Исламабаду", "PAK", "PAK", "capital"),
            ],
        ),
        Case(
            "person_and_service",
            "Владимир Путин обсудил поставки оружия с Индией, а ЦРУ внимательно следит за этим.",
            [
                ("Владимир Путин", "RUS.putin", "RUS", "agent"),
                ("Индией", "IND", "IND", "name"),
                ("ЦРУ", "USA.CIA", "USA", "agent"),
            ],
        ),
        Case(
            "group_org_genitive",
            "Переговоры с Талибаном прошли при посредничестве НАТО и России.",
            [
                ("Талибаном", "TALIBAN", "TALIBAN", "name"),
                ("НАТО", "NATO", "NATO", "name"),
                ("России", "RUS", "RUS", "name"),
            ],
        ),
        Case(
            "inflected_person",
            "Президент Путин прибыл в Пекин. Путина встретил Си Цзиньпин.",
            [
                ("Путин", "RUS.putin", "RUS", "agent"),
                ("Пекин", "CHN", "CHN", "capital"),
                ("Путина", "RUS.putin", "RUS", "agent"),
                ("Си Цзиньпин", "CHN.xi_jinping", "CHN", "agent"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "Эксперты из Пакистана обсудили ситуацию в Индийском океане.",
            [("Пакистана", "PAK", "PAK", "name")],
        ),
    ],
    "zh": [
        Case(
            "names_capital_pair",
            "巴基斯坦与中国在伊斯兰堡签署了防务协议。两国将举行联合海上演习。",
            [
                ("巴基斯坦", "PAK", "PAK", "name"),
                ("中国", "CHN", "CHN", "name"),
                ("伊斯兰堡", "PAK", "PAK", "capital"),
                *_pair("两国", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "巴基斯坦海军接收了两艘中国制造的护卫舰，北京对此表示欢迎。",
            [
                ("巴基斯坦海军", "PAK.NAVY", "PAK", "agent"),
                ("中国", "CHN", "CHN", "name"),
                ("北京", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "俄罗斯总统普京会见了巴基斯坦外长，中情局和三军情报局密切关注。",
            [
                ("俄罗斯总统", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("普京", "RUS.putin", "RUS", "agent"),
                ("巴基斯坦", "PAK", "PAK", "name"),
                ("中情局", "USA.CIA", "USA", "agent"),
                ("三军情报局", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "北约谴责塔利班，华盛顿要求作出解释。",
            [
                ("北约", "NATO", "NATO", "name"),
                ("塔利班", "TALIBAN", "TALIBAN", "name"),
                ("华盛顿", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "ministry_side_and_people",
            "中国外交部发言人表示，中方支持巴基斯坦人民。",
            [
                ("中国外交部", "CHN.MFA", "CHN", "agent"),
                ("中方", "CHN", "CHN", "name"),
                ("巴基斯坦", "PAK", "PAK", "name"),
            ],
        ),
        Case(
            "latin_acronym_between_han",
            "北约秘书长和CIA局长访问了巴基斯坦。",
            [
                ("北约", "NATO", "NATO", "name"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("巴基斯坦", "PAK", "PAK", "name"),
            ],
        ),
        Case(
            "longer_name_wins",
            "印度尼西亚海军与澳大利亚举行演习。",
            [
                ("印度尼西亚海军", "IDN.NAVY", "IDN", "agent"),
                ("澳大利亚", "AUS", "AUS", "name"),
            ],
        ),
        Case(
            "names_inside_place_names_are_blocked",
            "印度洋航运恢复正常，朝鲜半岛和南中国海局势趋于缓和，几内亚湾仍有海盗。",
            [],
        ),
    ],
    "vi": [
        Case(
            "names_capital_pair",
            "Pakistan và Trung Quốc đã ký thỏa thuận quốc phòng tại Islamabad. "
            "Hai nước sẽ tập trận hải quân chung.",
            [
                ("Pakistan", "PAK", "PAK", "name"),
                ("Trung Quốc", "CHN", "CHN", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("Hai nước", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "Hải quân Pakistan tiếp nhận hai tàu khu trục do Trung Quốc đóng, Bắc Kinh cho biết.",
            [
                ("Hải quân Pakistan", "PAK.NAVY", "PAK", "agent"),
                ("Trung Quốc", "CHN", "CHN", "name"),
                ("Bắc Kinh", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "Tổng thống Nga Vladimir Putin gặp Bộ trưởng "
            "Ngoại giao Pakistan; CIA và ISI theo dõi sát.",
            [
                ("Tổng thống Nga", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("Vladimir Putin", "RUS.putin", "RUS", "agent"),
                ("Pakistan", "PAK", "PAK", "name"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("ISI", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "NATO lên án Taliban, còn Washington yêu cầu giải thích.",
            [
                ("NATO", "NATO", "NATO", "name"),
                ("Taliban", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "people_noun_and_army",
            "Người Pakistan biểu tình phản đối Mỹ, còn quân đội Ấn Độ tăng cường tuần tra.",
            [
                ("Người Pakistan", "PAK", "PAK", "demonym"),
                ("Mỹ", "USA", "USA", "name"),
                ("quân đội Ấn Độ", "IND.ARMED_FORCES", "IND", "agent"),
            ],
        ),
        Case(
            "anh_lowercase_is_a_pronoun",
            "Anh ấy nói rằng anh không biết gì về chuyện đó.",
            [],
        ),
        Case("indian_ocean_is_not_india", "Tàu chở dầu đi qua Ấn Độ Dương an toàn.", []),
    ],
    "ur": [
        Case(
            "names_capital_pair",
            "پاکستان اور چین نے اسلام آباد میں دفاعی معاہدے پر دستخط کیے۔ "
            "دونوں ممالک مشترکہ بحری مشقیں کریں گے۔",
            [
                ("پاکستان", "PAK", "PAK", "name"),
                ("چین", "CHN", "CHN", "name"),
                ("اسلام آباد", "PAK", "PAK", "capital"),
                *_pair("دونوں ممالک", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "پاکستانی بحریہ کو چین سے دو جنگی جہاز ملے، بیجنگ نے اس کی تصدیق کی۔",
            [
                ("پاکستانی بحریہ", "PAK.NAVY", "PAK", "agent"),
                ("چین", "CHN", "CHN", "name"),
                ("بیجنگ", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "روسی صدر ولادیمیر پیوٹن نے پاکستان کے وزیر خارجہ سے ملاقات کی، "
            "جبکہ سی آئی اے اور آئی ایس آئی صورتحال پر نظر رکھے ہوئے ہیں۔",
            [
                ("روسی صدر", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("ولادیمیر پیوٹن", "RUS.putin", "RUS", "agent"),
                ("پاکستان", "PAK", "PAK", "name"),
                ("سی آئی اے", "USA.CIA", "USA", "agent"),
                ("آئی ایس آئی", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "نیٹو نے طالبان کی مذمت کی اور واشنگٹن نے وضاحت طلب کی۔",
            [
                ("نیٹو", "NATO", "NATO", "name"),
                ("طالبان", "TALIBAN", "TALIBAN", "name"),
                ("واشنگٹن", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "oblique_plural_demonym_and_army",
            "پاکستانیوں نے احتجاج کیا اور پاک فوج کے ترجمان نے بھارت پر الزام لگایا۔",
            [
                ("پاکستانیوں", "PAK", "PAK", "demonym"),
                ("پاک فوج", "PAK.ARMY", "PAK", "agent"),
                ("بھارت", "IND", "IND", "name"),
            ],
        ),
        Case(
            "genitive_agent",
            "پاکستان کی فوج نے کہا کہ امریکی بحریہ کے جہاز بحیرہ عرب میں موجود ہیں۔",
            [
                ("پاکستان کی فوج", "PAK.ARMY", "PAK", "agent"),
                ("امریکی بحریہ", "USA.NAVY", "USA", "agent"),
            ],
        ),
        Case("indian_ocean_is_not_india", "تیل بردار جہاز بحر ہند سے بحفاظت گزر گئے۔", []),
        Case(
            "demonym_adjective_kind",
            "پاکستانی عوام اس فیصلے پر متحد ہیں۔",
            [("پاکستانی", "PAK", "PAK", "demonym")],
        ),
    ],
    "hi": [
        Case(
            "names_capital_pair",
            "पाकिस्तान और चीन ने इस्लामाबाद में एक रक्षा समझौते पर हस्ताक्षर किए। "
            "दोनों देश संयुक्त नौसैनिक अभ्यास करेंगे।",
            [
                ("पाकिस्तान", "PAK", "PAK", "name"),
                ("चीन", "CHN", "CHN", "name"),
                ("इस्लामाबाद", "PAK", "PAK", "capital"),
                *_pair("दोनों देश", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "पाकिस्तानी नौसेना को चीन से दो युद्धपोत मिले, बीजिंग ने यह जानकारी दी।",
            [
                ("पाकिस्तानी नौसेना", "PAK.NAVY", "PAK", "agent"),
                ("चीन", "CHN", "CHN", "name"),
                ("बीजिंग", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "रूसी राष्ट्रपति व्लादिमीर पुतिन ने पाकिस्तान के विदेश मंत्री से मुलाकात की; "
            "सीआईए और आईएसआई नज़र रखे हुए हैं।",
            [
                ("रूसी राष्ट्रपति", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("व्लादिमीर पुतिन", "RUS.putin", "RUS", "agent"),
                ("पाकिस्तान", "PAK", "PAK", "name"),
                ("सीआईए", "USA.CIA", "USA", "agent"),
                ("आईएसआई", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "नाटो ने तालिबान की निंदा की और वाशिंगटन ने स्पष्टीकरण मांगा।",
            [
                ("नाटो", "NATO", "NATO", "name"),
                ("तालिबान", "TALIBAN", "TALIBAN", "name"),
                ("वाशिंगटन", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "demonym_plural_and_government",
            "पाकिस्तानियों ने विरोध प्रदर्शन किया और भारत सरकार ने कड़ा बयान जारी किया।",
            [
                ("पाकिस्तानियों", "PAK", "PAK", "demonym"),
                ("भारत सरकार", "IND.GOV", "IND", "agent"),
            ],
        ),
        Case(
            "army_by_name",
            "पाकिस्तान सेना के प्रवक्ता ने कहा कि भारतीय थल सेना ने गोलीबारी की।",
            [
                ("पाकिस्तान सेना", "PAK.ARMY", "PAK", "agent"),
                ("भारतीय थल सेना", "IND.ARMY", "IND", "agent"),
            ],
        ),
        Case(
            "demonyms_and_own_capital",
            "एक पाकिस्तानी पत्रकार ने बताया कि अमेरिकी अधिकारी नई दिल्ली पहुंचे।",
            [
                ("पाकिस्तानी", "PAK", "PAK", "demonym"),
                ("अमेरिकी", "USA", "USA", "demonym"),
                ("नई दिल्ली", "IND", "IND", "capital"),
            ],
        ),
        Case("indian_ocean_is_not_india", "हिंद महासागर में तेल टैंकर सुरक्षित पहुंचे।", []),
    ],
    "fa": [
        Case(
            "names_capital_pair",
            "پاکستان و چین در اسلام‌آباد یک توافق دفاعی امضا کردند. "
            "دو کشور رزمایش دریایی مشترک برگزار خواهند کرد.",
            [
                ("پاکستان", "PAK", "PAK", "name"),
                ("چین", "CHN", "CHN", "name"),
                ("اسلام\u200cآباد", "PAK", "PAK", "capital"),
                *_pair("دو کشور", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "نیروی دریایی پاکستان دو ناوچه از چین دریافت کرد و پکن این خبر را تأیید کرد.",
            [
                ("نیروی دریایی پاکستان", "PAK.NAVY", "PAK", "agent"),
                ("چین", "CHN", "CHN", "name"),
                ("پکن", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_service",
            "ولادیمیر پوتین، رئیس‌جمهور روسیه، با وزیر امور خارجه پاکستان دیدار کرد "
            "و آی‌اس‌آی اوضاع را زیر نظر دارد.",
            [
                ("ولادیمیر پوتین", "RUS.putin", "RUS", "agent"),
                ("رئیس\u200cجمهور روسیه", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("پاکستان", "PAK", "PAK", "name"),
                ("آی\u200cاس\u200cآی", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "ناتو طالبان را محکوم کرد و واشنگتن خواستار توضیح شد.",
            [
                ("ناتو", "NATO", "NATO", "name"),
                ("طالبان", "TALIBAN", "TALIBAN", "name"),
                ("واشنگتن", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "enclitic_plural_joined",
            "پاکستانیها و هندیها در این نشست شرکت کردند و تهران از آنها استقبال کرد.",
            [
                ("پاکستانیها", "PAK", "PAK", "demonym"),
                ("هندیها", "IND", "IND", "demonym"),
                ("تهران", "IRN", "IRN", "capital"),
            ],
        ),
        Case(
            "army_and_officials",
            "ارتش پاکستان به هند هشدار داد و مقامات پاکستانی واکنش نشان دادند.",
            [
                ("ارتش پاکستان", "PAK.ARMY", "PAK", "agent"),
                ("هند", "IND", "IND", "name"),
                ("مقامات پاکستانی", "PAK.GOV", "PAK", "agent"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "نفتکش‌ها بدون اسکورت از اقیانوس هند عبور کردند.",
            [],
        ),
        Case(
            "demonym_before_zwnj_plural_kind",
            "پاکستانی\u200cها در برابر سفارت تجمع کردند.",
            [("پاکستانی", "PAK", "PAK", "demonym")],
        ),
    ],
    "tr": [
        Case(
            "names_capital_pair",
            "Pakistan ve Çin, İslamabad'da bir savunma anlaşması imzaladı. "
            "İki ülke ortak tatbikat düzenleyecek.",
            [
                ("Pakistan", "PAK", "PAK", "name"),
                ("Çin", "CHN", "CHN", "name"),
                ("İslamabad'da", "PAK", "PAK", "capital"),
                *_pair("İki ülke", "PAK", "CHN"),
            ],
        ),
        Case(
            "case_forms_and_demonym",
            "Pakistanlı öğrenciler, Pakistan'ın Çin'den iki fırkateyn alacağını söyledi.",
            [
                ("Pakistanlı", "PAK", "PAK", "demonym"),
                ("Pakistan'ın", "PAK", "PAK", "name"),
                ("Çin'den", "CHN", "CHN", "name"),
            ],
        ),
        Case(
            "generic_navy_and_abd",
            "Pakistan Deniz Kuvvetleri, ABD'nin eleştirilerine rağmen tatbikata katıldı.",
            [
                ("Pakistan Deniz Kuvvetleri", "PAK.NAVY", "PAK", "agent"),
                ("ABD'nin", "USA", "USA", "name"),
            ],
        ),
        Case(
            "own_capital_person_services",
            "Vladimir Putin, Ankara'da Türk mevkidaşıyla görüştü; CIA ve MİT gelişmeleri izliyor.",
            [
                ("Vladimir Putin", "RUS.putin", "RUS", "agent"),
                ("Ankara'da", "TUR", "TUR", "capital"),
                ("Türk", "TUR", "TUR", "demonym"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("MİT", "TUR.MIT", "TUR", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "NATO, Taliban yönetimini kınadı ve Washington açıklama istedi.",
            [
                ("NATO", "NATO", "NATO", "name"),
                ("Taliban", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "ministry_by_name",
            "Çin Dışişleri Bakanlığı açıklama yaptı ve Rusya'nın tutumunu eleştirdi.",
            [
                ("Çin Dışişleri Bakanlığı", "CHN.MFA", "CHN", "agent"),
                ("Rusya'nın", "RUS", "RUS", "name"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "Petrol tankerleri Hint Okyanusu'nu güvenle geçti.",
            [],
        ),
    ],
    "de": [
        Case(
            "names_capital_pair",
            "Pakistan und China haben in Islamabad ein Verteidigungsabkommen unterzeichnet. "
            "Beide Länder planen gemeinsame Manöver.",
            [
                ("Pakistan", "PAK", "PAK", "name"),
                ("China", "CHN", "CHN", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("Beide Länder", "PAK", "CHN"),
            ],
        ),
        Case(
            "inflected_demonym_agents_capital",
            "Die pakistanischen Streitkräfte erhielten Fregatten, wie Peking mitteilte; "
            "die pakistanische Marine übernimmt sie.",
            [
                ("pakistanischen Streitkräfte", "PAK.ARMED_FORCES", "PAK", "agent"),
                ("Peking", "CHN", "CHN", "capital"),
                ("pakistanische Marine", "PAK.NAVY", "PAK", "agent"),
            ],
        ),
        Case(
            "genitive_names",
            "Die Außenpolitik Pakistans bleibt vorsichtig, "
            "während Chinas Marine Schiffe entsendet.",
            [
                ("Pakistans", "PAK", "PAK", "name"),
                ("Chinas Marine", "CHN.NAVY", "CHN", "agent"),
            ],
        ),
        Case(
            "person_demonym_services",
            "Wladimir Putin empfing den pakistanischen Außenminister; "
            "der BND und die CIA beobachten die Lage.",
            [
                ("Wladimir Putin", "RUS.putin", "RUS", "agent"),
                ("pakistanischen", "PAK", "PAK", "demonym"),
                ("BND", "DEU.BND", "DEU", "agent"),
                ("CIA", "USA.CIA", "USA", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "Die NATO verurteilte die Taliban, und Washington verlangte Aufklärung.",
            [
                ("NATO", "NATO", "NATO", "name"),
                ("Taliban", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "people_noun_and_ministry",
            "Tausende Pakistaner demonstrierten, und das "
            "Verteidigungsministerium Pakistans schwieg.",
            [
                ("Pakistaner", "PAK", "PAK", "demonym"),
                ("Verteidigungsministerium Pakistans", "PAK.MOD", "PAK", "agent"),
            ],
        ),
        Case(
            "indian_ocean_is_not_india",
            "Tanker durchquerten den Indischen Ozean ohne Geleitschutz.",
            [],
        ),
    ],
    "pt": [
        Case(
            "names_capital_pair",
            "O Paquistão e a China assinaram um acordo de defesa em Islamabad. "
            "Os dois países farão exercícios navais.",
            [
                ("Paquistão", "PAK", "PAK", "name"),
                ("China", "CHN", "CHN", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("Os dois países", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_demonyms",
            "A Marinha do Paquistão recebeu duas fragatas chinesas e a delegação paquistanesa "
            "elogiou o acordo.",
            [
                ("Marinha do Paquistão", "PAK.NAVY", "PAK", "agent"),
                ("chinesas", "CHN", "CHN", "demonym"),
                ("paquistanesa", "PAK", "PAK", "demonym"),
            ],
        ),
        Case(
            "capitals_org_group",
            "Pequim saudou o acordo, enquanto a OTAN condenou "
            "os talibãs e Washington pediu explicações.",
            [
                ("Pequim", "CHN", "CHN", "capital"),
                ("OTAN", "NATO", "NATO", "name"),
                ("talibãs", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "person_and_services",
            "Vladimir Putin recebeu o ministro paquistanês "
            "da Defesa; a CIA e o ISI acompanham o caso.",
            [
                ("Vladimir Putin", "RUS.putin", "RUS", "agent"),
                ("paquistanês", "PAK", "PAK", "demonym"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("ISI", "PAK.ISI", "PAK", "agent"),
            ],
        ),
        Case(
            "armed_forces_and_own_capital",
            "As Forças Armadas do Paquistão treinaram com o Exército Brasileiro em Brasília.",
            [
                ("Forças Armadas do Paquistão", "PAK.ARMED_FORCES", "PAK", "agent"),
                ("Exército Brasileiro", "BRA.ARMY", "BRA", "agent"),
                ("Brasília", "BRA", "BRA", "capital"),
            ],
        ),
        Case("indian_ocean_is_not_india", "Petroleiros cruzaram o oceano Índico sem escolta.", []),
    ],
    "id": [
        Case(
            "names_capital_pair",
            "Pakistan dan Tiongkok menandatangani perjanjian pertahanan di Islamabad. "
            "Kedua negara akan menggelar latihan angkatan laut bersama.",
            [
                ("Pakistan", "PAK", "PAK", "name"),
                ("Tiongkok", "CHN", "CHN", "name"),
                ("Islamabad", "PAK", "PAK", "capital"),
                *_pair("Kedua negara", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "Angkatan Laut Pakistan menerima dua fregat buatan China, kata Beijing.",
            [
                ("Angkatan Laut Pakistan", "PAK.NAVY", "PAK", "agent"),
                ("China", "CHN", "CHN", "name"),
                ("Beijing", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "head_of_state_person_service",
            "Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri Pakistan, "
            "sementara CIA memantau situasi.",
            [
                ("Presiden Rusia", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("Vladimir Putin", "RUS.putin", "RUS", "agent"),
                ("Pakistan", "PAK", "PAK", "name"),
                ("CIA", "USA.CIA", "USA", "agent"),
            ],
        ),
        Case(
            "org_group_capital",
            "NATO mengecam Taliban, sementara Washington meminta penjelasan.",
            [
                ("NATO", "NATO", "NATO", "name"),
                ("Taliban", "TALIBAN", "TALIBAN", "name"),
                ("Washington", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "ministry_and_own_capital",
            "Kementerian Luar Negeri Pakistan berterima kasih kepada Jakarta atas bantuannya.",
            [
                ("Kementerian Luar Negeri Pakistan", "PAK.MFA", "PAK", "agent"),
                ("Jakarta", "IDN", "IDN", "capital"),
            ],
        ),
        Case(
            "isi_the_word_and_indian_ocean",
            "Isi perjanjian itu dirahasiakan, tetapi isi dokumen tentang Samudra Hindia bocor.",
            [],
        ),
    ],
    "ja": [
        Case(
            "names_capital_pair",
            "パキスタンと中国はイスラマバードで防衛協定に署名した。両国は合同海上演習を行う。",
            [
                ("パキスタン", "PAK", "PAK", "name"),
                ("中国", "CHN", "CHN", "name"),
                ("イスラマバード", "PAK", "PAK", "capital"),
                *_pair("両国", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "パキスタン海軍は中国製のフリゲート2隻を受け取ったと北京が発表した。",
            [
                ("パキスタン海軍", "PAK.NAVY", "PAK", "agent"),
                ("中国", "CHN", "CHN", "name"),
                ("北京", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_people_noun",
            "ロシアのプーチン大統領はパキスタン人の記者団と会見した。",
            [
                ("ロシア", "RUS", "RUS", "name"),
                ("プーチン", "RUS.putin", "RUS", "agent"),
                ("パキスタン", "PAK", "PAK", "name"),
            ],
        ),
        Case(
            "group_org_service_capital",
            "タリバンは北大西洋条約機構の撤退を歓迎し、中央情報局とワシントンは警戒した。",
            [
                ("タリバン", "TALIBAN", "TALIBAN", "name"),
                ("北大西洋条約機構", "NATO", "NATO", "name"),
                ("中央情報局", "USA.CIA", "USA", "agent"),
                ("ワシントン", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "armed_forces_and_ministry",
            "パキスタン軍と中国人民解放軍が共同訓練を実施し、中国外務省が発表した。",
            [
                ("パキスタン軍", "PAK.ARMED_FORCES", "PAK", "agent"),
                ("中国人民解放軍", "CHN.PLA", "CHN", "agent"),
                ("中国外務省", "CHN.MFA", "CHN", "agent"),
            ],
        ),
        Case("indian_ocean_is_not_india", "タンカーはインド洋を無事に通過した。", []),
        Case(
            "latin_acronym_before_particle",
            "NATOはタリバンを非難した。",
            [
                ("NATO", "NATO", "NATO", "name"),
                ("タリバン", "TALIBAN", "TALIBAN", "name"),
            ],
        ),
    ],
    "ko": [
        Case(
            "names_capital_pair",
            "파키스탄과 중국은 이슬라마바드에서 방위 협정에 서명했다. "
            "양국은 합동 해상 훈련을 실시할 예정이다.",
            [
                ("파키스탄", "PAK", "PAK", "name"),
                ("중국", "CHN", "CHN", "name"),
                ("이슬라마바드", "PAK", "PAK", "capital"),
                *_pair("양국", "PAK", "CHN"),
            ],
        ),
        Case(
            "generic_agent_capital",
            "파키스탄 해군은 중국이 건조한 호위함 두 척을 인수했다고 베이징이 밝혔다.",
            [
                ("파키스탄 해군", "PAK.NAVY", "PAK", "agent"),
                ("중국", "CHN", "CHN", "name"),
                ("베이징", "CHN", "CHN", "capital"),
            ],
        ),
        Case(
            "person_and_head_of_state",
            "블라디미르 푸틴 러시아 대통령은 파키스탄 외교장관과 회담했다.",
            [
                ("블라디미르 푸틴", "RUS.putin", "RUS", "agent"),
                ("러시아 대통령", "RUS.HEAD_OF_STATE", "RUS", "agent"),
                ("파키스탄", "PAK", "PAK", "name"),
            ],
        ),
        Case(
            "org_group_capital",
            "나토는 탈레반을 규탄했고 워싱턴은 해명을 요구했다.",
            [
                ("나토", "NATO", "NATO", "name"),
                ("탈레반", "TALIBAN", "TALIBAN", "name"),
                ("워싱턴", "USA", "USA", "capital"),
            ],
        ),
        Case(
            "armed_forces_and_ministry",
            "파키스탄군과 한국군이 훈련했고 중국 외교부는 반발했다.",
            [
                ("파키스탄군", "PAK.ARMED_FORCES", "PAK", "agent"),
                ("한국군", "KOR.ARMED_FORCES", "KOR", "agent"),
                ("중국 외교부", "CHN.MFA", "CHN", "agent"),
            ],
        ),
        Case(
            "services_in_hangul",
            "미국 중앙정보국(CIA)과 파키스탄 정보부는 정보를 교환했고 미 국무부는 논평하지 않았다.",
            [
                ("미국 중앙정보국", "USA.CIA", "USA", "agent"),
                ("CIA", "USA.CIA", "USA", "agent"),
                ("파키스탄 정보부", "PAK.INTEL", "PAK", "agent"),
                ("미 국무부", "USA.STATE_DEPT", "USA", "agent"),
            ],
        ),
        Case("indian_ocean_is_not_india", "유조선들이 인도양을 무사히 통과했다.", []),
        Case(
            "latin_acronym_before_particle",
            "CIA와 ISI가 이를 주시하고 있다.",
            [
                ("CIA", "USA.CIA", "USA", "agent"),
                ("ISI", "PAK.ISI", "PAK", "agent"),
            ],
        ),
    ],
}

# Bugs in the matcher (not in the data), kept as strict xfails: (code, case name) → mark.
XFAILS: dict[tuple[str, str], pytest.MarkDecorator] = {}


def _found(text: str, code: str) -> list[Found]:
    doc = document(text, code)
    assert all(p.kind == "body" for p in doc.paragraphs), "test texts are body paragraphs"
    return [(m.text, m.actor_id, m.endpoint, m.kind) for m in find_mentions(doc)]


def _params():
    for code, cases in CASES.items():
        for case in cases:
            marks = [XFAILS[(code, case.name)]] if (code, case.name) in XFAILS else []
            yield pytest.param(code, case, id=f"{code}-{case.name}", marks=marks)


def test_every_manifest_language_is_covered():
    assert set(CASES) == set(lang.codes())


@pytest.mark.parametrize("code", lang.codes())
def test_each_language_has_enough_passing_cases(code):
    passing = [c for c in CASES.get(code, []) if (code, c.name) not in XFAILS]
    assert len(passing) >= 4, code
    negatives = [c for c in passing if not c.expected or "not" in c.name]
    pairs = [c for c in passing if any(kind == "coreference" for *_, kind in c.expected)]
    assert negatives and pairs, code


def test_xfails_name_real_cases():
    names = {(code, case.name) for code, cases in CASES.items() for case in cases}
    assert set(XFAILS) <= names


@pytest.mark.parametrize(("code", "case"), list(_params()))
def test_mentions(code, case):
    assert _found(case.text, code) == case.expected


# Phrases holding a state's name that are not that state (kb_blockers.yaml:
# currencies, seas, Persian/Urdu/Arabic مالی 'financial'), the sentence-initial
# rule of matcher.yaml, and common news spellings added to kb_states.yaml.
NOT_A_PARTY: dict[str, list[Case]] = {
    "en": [
        Case(
            "currency_is_not_a_party",
            "India will buy the jets from France for 3 billion US dollars.",
            [("India", "IND", "IND", "name"), ("France", "FRA", "FRA", "name")],
        ),
        Case(
            "currency_sign_is_not_a_party",
            "Egypt signed a US$2.5 billion loan with Saudi Arabia.",
            [("Egypt", "EGY", "EGY", "name"), ("Saudi Arabia", "SAU", "SAU", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Chinese coast guard ships entered disputed waters in the South China Sea.",
            [("Chinese coast guard", "CHN.COAST_GUARD", "CHN", "agent")],
        ),
        Case(
            "ambiguous_opener_before_lowercase",
            "Jordan and Egypt agreed to share intelligence. "
            "Chad Smith, a spokesman, confirmed the deal.",
            [("Jordan", "JOR", "JOR", "name"), ("Egypt", "EGY", "EGY", "name")],
        ),
    ],
    "de": [
        Case(
            "currency_is_not_a_party",
            "Deutschland liefert Polen Panzer im Wert von 2 Milliarden US-Dollar.",
            [("Deutschland", "DEU", "DEU", "name"), ("Polen", "POL", "POL", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Chinesische Schiffe kreuzten im Südchinesischen Meer nahe Vietnam.",
            [("Chinesische", "CHN", "CHN", "demonym"), ("Vietnam", "VNM", "VNM", "name")],
        ),
        Case(
            "ambiguous_opener_before_lowercase",
            "Niger und Mali unterzeichneten ein Abkommen.",
            [("Niger", "NER", "NER", "name"), ("Mali", "MLI", "MLI", "name")],
        ),
    ],
    "fr": [
        Case(
            "currency_is_not_a_party",
            "La France vendra 26 Rafale à l'Inde pour 7 milliards de dollars américains.",
            [
                ("France", "FRA", "FRA", "name"),
                ("Rafale", "rafale", None, "equipment"),
                ("Inde", "IND", "IND", "name"),
            ],
        ),
        Case(
            "sea_is_not_a_state",
            "Des navires chinois ont patrouillé en mer de Chine méridionale.",
            [("chinois", "CHN", "CHN", "demonym")],
        ),
        Case(
            "unaccented_capitals",
            "Les Etats-Unis et l'Egypte ont signé un accord avec Taiwan.",
            [
                ("Etats-Unis", "USA", "USA", "name"),
                ("Egypte", "EGY", "EGY", "name"),
                ("Taiwan", "TWN", "TWN", "name"),
            ],
        ),
    ],
    "es": [
        Case(
            "currency_is_not_a_party",
            "España venderá a Marruecos blindados por 500 millones de dólares estadounidenses.",
            [("España", "ESP", "ESP", "name"), ("Marruecos", "MAR", "MAR", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Buques chinos patrullaron el mar de China Meridional cerca de Filipinas.",
            [("chinos", "CHN", "CHN", "demonym"), ("Filipinas", "PHL", "PHL", "name")],
        ),
        Case(
            "ee_uu_without_space",
            "EE.UU. y México firmaron un acuerdo.",
            [("EE.UU.", "USA", "USA", "name"), ("México", "MEX", "MEX", "name")],
        ),
    ],
    "pt": [
        Case(
            "currency_is_not_a_party",
            "O Brasil comprará da Suécia caças por 4 bilhões de dólares americanos.",
            [("Brasil", "BRA", "BRA", "name"), ("Suécia", "SWE", "SWE", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Navios chineses patrulharam o mar do Sul da China.",
            [("chineses", "CHN", "CHN", "demonym")],
        ),
        Case(
            "european_portuguese_names",
            "Portugal e a Roménia assinaram um acordo com o Quénia.",
            [
                ("Portugal", "PRT", "PRT", "name"),
                ("Roménia", "ROU", "ROU", "name"),
                ("Quénia", "KEN", "KEN", "name"),
            ],
        ),
    ],
    "id": [
        Case(
            "currency_is_not_a_party",
            "Indonesia dan Jepang menyepakati kerja sama senilai 1 miliar dolar AS.",
            [("Indonesia", "IDN", "IDN", "name"), ("Jepang", "JPN", "JPN", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Kapal China berpatroli di Laut China Selatan dekat Filipina.",
            [("China", "CHN", "CHN", "name"), ("Filipina", "PHL", "PHL", "name")],
        ),
        Case(
            "variant_names",
            "Ethiopia dan Ukrain menandatangani perjanjian.",
            [("Ethiopia", "ETH", "ETH", "name"), ("Ukrain", "UKR", "UKR", "name")],
        ),
    ],
    "tr": [
        Case(
            "currency_is_not_a_party",
            "Türkiye, Pakistan'a 1,5 milyar ABD doları değerinde korvet satacak.",
            [("Türkiye", "TUR", "TUR", "name"), ("Pakistan'a", "PAK", "PAK", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Çin gemileri Güney Çin Denizi'nde devriye gezdi.",
            [("Çin", "CHN", "CHN", "name")],
        ),
    ],
    "ru": [
        Case(
            "currency_is_not_a_party",
            "Индия закупит у России вооружения на 5 миллиардов долларов США.",
            [("Индия", "IND", "IND", "name"), ("России", "RUS", "RUS", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "Китайские корабли патрулировали Южно-Китайское море.",
            [("Китайские", "CHN", "CHN", "demonym")],
        ),
    ],
    "vi": [
        Case(
            "currency_is_not_a_party_and_news_names",
            "Ukraine và Maroc đã ký thỏa thuận trị giá 200 triệu đô la Mỹ.",
            [("Ukraine", "UKR", "UKR", "name"), ("Maroc", "MAR", "MAR", "name")],
        ),
        Case(
            "peninsula_is_not_a_state",
            "Tàu Trung Quốc tuần tra gần bán đảo Triều Tiên và Gruzia phản đối.",
            [("Trung Quốc", "CHN", "CHN", "name"), ("Gruzia", "GEO", "GEO", "name")],
        ),
    ],
    "ar": [
        Case(
            "currency_is_not_a_party",
            "وقعت مصر مع فرنسا صفقة بقيمة 4 مليارات دولار أمريكي.",
            [("مصر", "EGY", "EGY", "name"), ("فرنسا", "FRA", "FRA", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "أجرت البحرية الهندية مناورات في بحر العرب.",
            [("البحرية الهندية", "IND.NAVY", "IND", "agent")],
        ),
    ],
    "fa": [
        Case(
            "financial_is_not_mali",
            "عربستان سعودی ۲ میلیارد دلار کمک مالی به پاکستان داد.",
            [("عربستان سعودی", "SAU", "SAU", "name"), ("پاکستان", "PAK", "PAK", "name")],
        ),
        Case(
            "army_of_mali_still_found",
            "ارتش مالی با فرانسه همکاری می\u200cکند.",
            [("ارتش مالی", "MLI.ARMY", "MLI", "agent"), ("فرانسه", "FRA", "FRA", "name")],
        ),
    ],
    "ur": [
        Case(
            "currency_and_financial_are_not_parties",
            "سعودی عرب نے پاکستان کو تین ارب امریکی ڈالر کی مالی امداد دی۔",
            [("سعودی عرب", "SAU", "SAU", "name"), ("پاکستان", "PAK", "PAK", "name")],
        ),
        Case(
            "nigeria_spelling",
            "نائیجیریا اور پاکستان نے معاہدہ کیا۔",
            [("نائیجیریا", "NGA", "NGA", "name"), ("پاکستان", "PAK", "PAK", "name")],
        ),
    ],
    "hi": [
        Case(
            "currency_is_not_a_party",
            "भारत ने फ्रांस से 7 अरब अमेरिकी डॉलर में विमान खरीदे।",
            [("भारत", "IND", "IND", "name"), ("फ्रांस", "FRA", "FRA", "name")],
        ),
        Case(
            "sea_is_not_a_state",
            "भारतीय नौसेना ने अरब सागर में अभ्यास किया।",
            [("भारतीय नौसेना", "IND.NAVY", "IND", "agent")],
        ),
    ],
    "zh": [
        Case(
            "currency_is_not_a_party",
            "印度以50亿美元从俄罗斯购买武器，合印度卢比数千亿。",
            [("印度", "IND", "IND", "name"), ("俄罗斯", "RUS", "RUS", "name")],
        ),
        Case(
            "sea_is_not_a_state_navy_is",
            "中国海军在南中国海和东中国海巡航，日本海军也参加。",
            [("中国海军", "CHN.NAVY", "CHN", "agent"), ("日本海军", "JPN.NAVY", "JPN", "agent")],
        ),
    ],
    "ja": [
        Case(
            "currency_is_not_a_party",
            "インドはロシアから50億米ドルで兵器を購入した。",
            [("インド", "IND", "IND", "name"), ("ロシア", "RUS", "RUS", "name")],
        ),
        Case(
            "sea_is_not_a_state_navy_is",
            "中国海軍が南シナ海と日本海で演習した。日本海軍の艦艇も参加した。",
            [("中国海軍", "CHN.NAVY", "CHN", "agent"), ("日本海軍", "JPN.NAVY", "JPN", "agent")],
        ),
    ],
    "ko": [
        Case(
            "currency_is_not_a_party",
            "인도는 러시아에서 50억 미국 달러 규모의 무기를 샀다.",
            [("인도", "IND", "IND", "name"), ("러시아", "RUS", "RUS", "name")],
        ),
        Case(
            "sea_is_not_a_state_and_equipment",
            "중국 해군이 남중국해에서 훈련했다. 이스라엘은 아이언돔을 배치했다.",
            [
                ("중국 해군", "CHN.NAVY", "CHN", "agent"),
                ("이스라엘", "ISR", "ISR", "name"),
                ("아이언돔", "iron_dome", None, "equipment"),
            ],
        ),
    ],
}


def test_not_a_party_covers_every_language():
    assert set(NOT_A_PARTY) == set(lang.codes())


@pytest.mark.parametrize(
    ("code", "case"),
    [
        pytest.param(c, case, id=f"{c}-{case.name}")
        for c, cases in NOT_A_PARTY.items()
        for case in cases
    ],
)
def test_not_a_party(code, case):
    assert _found(case.text, code) == case.expected


# Well-known equipment written in the language's own script (kb_equipment.yaml).
NATIVE_EQUIPMENT: dict[str, Case] = {
    "hi": Case(
        "native_equipment",
        "भारत ने अमेरिका से जेवलिन और स्टिंगर मिसाइलें खरीदीं।",
        [
            ("भारत", "IND", "IND", "name"),
            ("अमेरिका", "USA", "USA", "name"),
            ("जेवलिन", "javelin", None, "equipment"),
            ("स्टिंगर", "stinger", None, "equipment"),
        ],
    ),
    "ur": Case(
        "native_equipment",
        "امریکہ نے یوکرین کو جیولن اور ہیمارس فراہم کیے۔",
        [
            ("امریکہ", "USA", "USA", "name"),
            ("یوکرین", "UKR", "UKR", "name"),
            ("جیولن", "javelin", None, "equipment"),
            ("ہیمارس", "himars", None, "equipment"),
        ],
    ),
    "fa": Case(
        "native_equipment",
        "روسیه تانک\u200cهای تی-۹۰ و موشک اسکندر را به کار گرفت.",
        [
            ("روسیه", "RUS", "RUS", "name"),
            ("تی-۹۰", "t_90", None, "equipment"),
            ("موشک اسکندر", "iskander", None, "equipment"),
        ],
    ),
    "ar": Case(
        "native_equipment",
        "زودت الولايات المتحدة أوكرانيا بصواريخ أتاكمز.",
        [
            ("الولايات المتحدة", "USA", "USA", "name"),
            ("أوكرانيا", "UKR", "UKR", "name"),
            ("أتاكمز", "atacms", None, "equipment"),
        ],
    ),
    "ru": Case(
        "native_equipment",
        "США направили в регион эсминец Арли Бёрк и беспилотники Рипер.",
        [
            ("США", "USA", "USA", "name"),
            ("Арли Бёрк", "arleigh_burke", None, "equipment"),
            ("Рипер", "mq_9", None, "equipment"),
        ],
    ),
    "zh": Case(
        "native_equipment",
        "英国向乌克兰提供了风暴阴影导弹和鱼叉导弹。",
        [
            ("英国", "GBR", "GBR", "name"),
            ("乌克兰", "UKR", "UKR", "name"),
            ("风暴阴影", "storm_shadow", None, "equipment"),
            ("鱼叉导弹", "harpoon", None, "equipment"),
        ],
    ),
    "ja": Case(
        "native_equipment",
        "英国はウクライナにストームシャドーを供与した。",
        [
            ("英国", "GBR", "GBR", "name"),
            ("ウクライナ", "UKR", "UKR", "name"),
            ("ストームシャドー", "storm_shadow", None, "equipment"),
        ],
    ),
    "ko": Case(
        "native_equipment",
        "독일은 우크라이나에 타우러스 미사일을 보내지 않았다.",
        [
            ("독일", "DEU", "DEU", "name"),
            ("우크라이나", "UKR", "UKR", "name"),
            ("타우러스", "taurus", None, "equipment"),
        ],
    ),
}


@pytest.mark.parametrize("code", list(NATIVE_EQUIPMENT))
def test_native_equipment_names(code):
    case = NATIVE_EQUIPMENT[code]
    assert _found(case.text, code) == case.expected
