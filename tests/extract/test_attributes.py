"""Time, money and quantity from sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral import lang
from bilateral.extract.attributes import find_money, find_quantity, find_time
from bilateral.extract.lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The deal was signed on 9 February 2008 in Islamabad.", "en", ("2008-02-09", "day")),
        ("Tháng 5 năm 2008, hai bên ký hợp đồng.", "vi", ("2008-05", "month")),
        ("Between 2004 and 2006 the kingdom was isolated.", "en", ("2004", "range")),
        ("Trong giai đoạn 2004 tới 2006, Nepal bị cô lập.", "vi", ("2004", "range")),
        ("Arms flowed in during the 1980s.", "en", ("1980", "decade")),
        ("Поставки начались в 1990-х годах.", "ru", ("1990", "decade")),
        ("两国在1980年代开始合作。", "zh", ("1980", "decade")),
        ("The navy bought two frigates in 1994.", "en", ("1994", "year")),
    ],
)
def test_time_expressions(text, lang, expected):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.precision) == expected


def test_range_and_decade_ends():
    assert find_time("from 1993-2001 the ties grew", "en").end == "2001"
    assert find_time("in the 1960s", "en").end == "1969"


@pytest.mark.parametrize(
    "text",
    [
        "The exercise Arabian Shark '08 ended.",
        "After 9/11 aid rose.",
        "It cost $25 million.",
        "Citation [4] follows.",
        "The 1500 troops left.",
    ],
)
def test_not_years(text):
    time = find_time(text, "en")
    assert time is None or time.start not in ("2008", "1911", "2025", "1500")


def test_nearest_time_to_the_trigger_wins():
    text = "In 1999 talks began, and in 2008 the sale was completed."
    assert find_time(text, "en", near=text.index("sale")).start == "2008"


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        ("the aid rose to $4.2 billion in three years", "en", 4.2e9, "USD"),
        ("con số này đã tăng lên $4.2 tỷ", "vi", 4.2e9, "USD"),
        ("một hợp đồng trị giá hơn US$100 triệu", "vi", 1e8, "USD"),
        ("a contract worth 1,500 million dollars", "en", 1.5e9, "USD"),
    ],
)
def test_money_with_scale_words(text, lang, amount, currency):
    value = find_money(text, lexicon(lang))
    assert value is not None
    assert value["amount"] == pytest.approx(amount) and value["currency"] == currency


def test_no_money_without_a_currency():
    assert find_money("They bought 22 tanks in 2008.", lexicon("en")) is None


def test_quantity_before_equipment():
    text = "Pakistan sold 22 Al-Khalid tanks to Sri Lanka."
    assert find_quantity(text, text.index("Al-Khalid")) == 22
    assert find_quantity("In 2008 Al-Khalid tanks", len("In 2008 ")) is None


# --- every language: decades, ranges, relative dates, money, vague amounts, counts ---

DOC_DATE = "2024-03-12"  # the dateline that relative expressions are read against


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moscow sold hundreds of tanks to Damascus in the late 1980s.", "en"),
        ("Washington armed the rebels in the eighties.", "en"),
        ("Trong thập niên 1980, Liên Xô viện trợ cho Việt Nam.", "vi"),
        ("Trong những năm 1980, hai nước ký nhiều hiệp định.", "vi"),
        ("زودت موسكو دمشق بالأسلحة في الثمانينيات.", "ar"),
        ("توترت العلاقات في ثمانينيات القرن الماضي.", "ar"),
        ("مسکو در دهه ۱۹۸۰ به دمشق سلاح فروخت.", "fa"),
        ("سوویت یونین نے 1980 کی دہائی میں افغانستان پر حملہ کیا۔", "ur"),
        ("1980 के दशक में सोवियत संघ ने भारत को टैंक दिए।", "hi"),
        ("В 1980-х годах СССР поставлял оружие в Сирию.", "ru"),
        ("两国在1980年代开始军事合作。", "zh"),
        ("ソ連は1980年代にシリアへ戦車を売却した。", "ja"),
        ("소련은 1980년대 시리아에 전차를 판매했다.", "ko"),
        ("Frankreich lieferte in den 1980er Jahren Kampfjets an den Irak.", "de"),
        ("La France a livré des Mirage à l'Irak dans les années 1980.", "fr"),
        ("Argentina compró aviones en la década de 1980.", "es"),
        ("O Brasil vendeu blindados ao Iraque na década de 1980.", "pt"),
        ("Indonesia membeli kapal perang pada tahun 1980-an.", "id"),
        ("Türkiye 1980'lerde ABD'den F-16 aldı.", "tr"),
        ("Türkiye 1980'li yıllarda ABD'den F-16 aldı.", "tr"),
    ],
)
def test_decades_in_every_language(text, lang):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.end, time.precision) == ("1980", "1989", "decade")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pakistan supplied tanks from 1998 to 2000.", "en"),
        ("Pakistan supplied tanks between 1998 and 2000.", "en"),
        ("Từ năm 1998 đến năm 2000, hai nước giao tranh.", "vi"),
        ("Hai nước giao tranh 1998 tới 2000.", "vi"),
        ("اندلعت الحرب بين عامي 1998 و2000.", "ar"),
        ("اندلعت الحرب من ١٩٩٨ إلى ٢٠٠٠.", "ar"),
        ("جنگ از ۱۹۹۸ تا ۲۰۰۰ ادامه داشت.", "fa"),
        ("جنگ 1998 سے 2000 تک جاری رہی۔", "ur"),
        ("युद्ध 1998 से 2000 तक चला।", "hi"),
        ("Война шла с 1998 по 2000 год.", "ru"),
        ("两国在1998年至2000年间交战。", "zh"),
        ("両国は1998年から2000年まで戦った。", "ja"),
        ("양국은 1998년부터 2000년까지 전쟁을 벌였다.", "ko"),
        ("Der Krieg dauerte von 1998 bis 2000.", "de"),
        ("La guerre a duré entre 1998 et 2000.", "fr"),
        ("La guerra duró entre 1998 y 2000.", "es"),
        ("A guerra durou entre 1998 e 2000.", "pt"),
        ("Perang berlangsung antara 1998 dan 2000.", "id"),
        ("Savaş 1998 ile 2000 arasında sürdü.", "tr"),
        ("Savaş 1998-2000 yılları arasında sürdü.", "tr"),
    ],
)
def test_ranges_in_every_language(text, lang):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.end, time.precision) == ("1998", "2000", "range")


@pytest.mark.parametrize(
    ("text", "lang", "start", "precision"),
    [
        ("Seoul bought the frigates last year.", "en", "2023", "year"),
        ("The talks resumed last month.", "en", "2024-02", "month"),
        ("Hai bên nối lại đàm phán tháng trước.", "vi", "2024-02", "month"),
        ("Переговоры возобновились в прошлом месяце.", "ru", "2024-02", "month"),
        ("双方上个月恢复谈判。", "zh", "2024-02", "month"),
        ("Năm ngoái, Hà Nội mua thêm tàu ngầm.", "vi", "2023", "year"),
        ("وقعت الرياض الاتفاق العام الماضي.", "ar", "2023", "year"),
        ("تهران پارسال قرارداد را امضا کرد.", "fa", "2023", "year"),
        ("پاکستان نے پچھلے سال معاہدہ کیا۔", "ur", "2023", "year"),
        ("भारत ने पिछले साल समझौता किया।", "hi", "2023", "year"),
        ("Москва подписала договор в прошлом году.", "ru", "2023", "year"),
        ("两国去年签署了协议。", "zh", "2023", "year"),
        ("両国は昨年協定に署名した。", "ja", "2023", "year"),
        ("양국은 지난해 협정에 서명했다.", "ko", "2023", "year"),
        ("Berlin unterzeichnete das Abkommen im vergangenen Jahr.", "de", "2023", "year"),
        ("Paris a signé l'accord l'année dernière.", "fr", "2023", "year"),
        ("Madrid firmó el acuerdo el año pasado.", "es", "2023", "year"),
        ("Brasília assinou o acordo no ano passado.", "pt", "2023", "year"),
        ("Jakarta menandatangani perjanjian itu tahun lalu.", "id", "2023", "year"),
        ("Ankara anlaşmayı geçen yıl imzaladı.", "tr", "2023", "year"),
        ("Ankara anlaşmayı bu yıl imzaladı.", "tr", "2024", "year"),
    ],
)
def test_relative_dates_against_the_document_date(text, lang, start, precision):
    time = find_time(text, lang, doc_date=DOC_DATE)
    assert time is not None
    assert (time.start, time.end, time.precision) == (start, start, precision)


def test_relative_dates_need_a_document_date():
    assert find_time("Seoul bought the frigates last year.", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "start", "end", "precision"),
    [
        ("After 9/11 the aid to Pakistan rose.", "en", "2001-09-11", None, "after"),
        ("Sau vụ khủng bố ngày 11 tháng 9, Mỹ tăng viện trợ.", "vi", "2001-09-11", None, "after"),
        ("بعد هجمات 11 سبتمبر زادت المساعدات.", "ar", "2001-09-11", None, "after"),
        ("9·11事件以来，两国合作加强。", "zh", "2001-09-11", None, "after"),
        (
            "Après les attentats du 11 septembre, l'aide a augmenté.",
            "fr",
            "2001-09-11",
            None,
            "after",
        ),
        ("11 Eylül saldırılarından sonra yardım arttı.", "tr", "2001-09-11", None, "after"),
        ("پس از حملات ۱۱ سپتامبر، کمک‌ها افزایش یافت.", "fa", "2001-09-11", None, "after"),
        ("نائن الیون کے بعد امداد بڑھ گئی۔", "ur", "2001-09-11", None, "after"),
        ("9/11 हमलों के बाद सहायता बढ़ी।", "hi", "2001-09-11", None, "after"),
        ("После терактов 11 сентября помощь выросла.", "ru", "2001-09-11", None, "after"),
        ("同時多発テロ以降、援助が増えた。", "ja", "2001-09-11", None, "after"),
        ("9·11 테러 이후 원조가 늘었다.", "ko", "2001-09-11", None, "after"),
        (
            "Nach den Anschlägen vom 11. September stieg die Hilfe.",
            "de",
            "2001-09-11",
            None,
            "after",
        ),
        (
            "Tras los atentados del 11 de septiembre, la ayuda creció.",
            "es",
            "2001-09-11",
            None,
            "after",
        ),
        (
            "Após os atentados de 11 de setembro, a ajuda cresceu.",
            "pt",
            "2001-09-11",
            None,
            "after",
        ),
        ("Setelah serangan 11 September, bantuan meningkat.", "id", "2001-09-11", None, "after"),
        ("The 9/11 attacks changed the alliance.", "en", "2001-09-11", "2001-09-11", "day"),
    ],
)
def test_eras_of_named_events(text, lang, start, end, precision):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.end, time.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jane's reported the sale [2] in detail.", "en"),
        ("The exercise Shark '08 ended with live firing.", "en"),
        ("Egypt paid $2010 per unit.", "en"),
        ("Cuộc tập trận Shark '08 kết thúc [3].", "vi"),
        ("نشرت 1500 جندي على الحدود [4].", "ar"),
        ("Около 2000 человек участвовали в учениях.", "ru"),
        ("The 2500 troops left the base.", "en"),
        ("Hai nước triển khai 1200 binh sĩ.", "vi"),
    ],
)
def test_never_a_date(text, lang):
    assert find_time(text, lang) is None


def test_a_citation_marker_after_a_year_is_not_the_year():
    assert find_time("The ministry denied it [2008].", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        ("Washington pledged $4.2 billion in military aid.", "en", 4.2e9, "USD"),
        ("The loan is worth 1.5 crore rupees.", "en", 1.5e7, "INR"),
        ("The cabinet cleared Rs.1,200 crore for the jets.", "en", 1.2e10, "INR"),
        ("The bank lent USD 5 million to the ministry.", "en", 5e6, "USD"),
        ("Nhật Bản cho Việt Nam vay 3,8 tỷ USD.", "vi", 3.8e9, "USD"),
        ("قدمت قطر منحة بقيمة 2.5 مليار دولار.", "ar", 2.5e9, "USD"),
        ("قدمت واشنطن ٣٫٨ مليار دولار.", "ar", 3.8e9, "USD"),
        ("چین ۱٫۵ میلیارد دلار وام داد.", "fa", 1.5e9, "USD"),
        ("چین نے پاکستان کو 5 ارب ڈالر قرض دیا۔", "ur", 5e9, "USD"),
        ("भारत ने 500 करोड़ रुपये की सहायता दी।", "hi", 5e9, "INR"),
        ("Россия выделила 3,5 млрд долларов.", "ru", 3.5e9, "USD"),
        ("中国提供了14亿美元贷款。", "zh", 1.4e9, "USD"),
        ("日本は30億ドルの支援を表明した。", "ja", 3e9, "USD"),
        ("한국은 3천억 원을 지원했다.", "ko", 3e11, "KRW"),
        ("Deutschland sagte 1,2 Milliarden Euro zu.", "de", 1.2e9, "EUR"),
        ("Paris a promis 2,5 milliards de dollars.", "fr", 2.5e9, "USD"),
        ("España aportó 300 millones de euros.", "es", 3e8, "EUR"),
        ("O Brasil doou 1,5 bilhão de dólares.", "pt", 1.5e9, "USD"),
        ("Jepang memberikan pinjaman Rp156 triliun.", "id", 1.56e14, "IDR"),
        ("Bank itu menyalurkan USD10,07 miliar.", "id", 1.007e10, "USD"),
        ("Türkiye 1,5 milyar dolar kredi verdi.", "tr", 1.5e9, "USD"),
    ],
)
def test_money_in_every_language(text, lang, amount, currency):
    value = find_money(text, lexicon(lang))
    assert value is not None
    assert value["amount"] == pytest.approx(amount) and value["currency"] == currency


@pytest.mark.parametrize(
    ("text", "lang", "magnitude"),
    [
        ("China has invested billions of dollars in the port.", "en", 1e9),
        ("Trung Quốc đầu tư hàng triệu dollar vào cảng.", "vi", 1e6),
        ("استثمرت الصين عشرات المليارات في الميناء.", "ar", 1e10),
        ("چین میلیاردها دلار سرمایه‌گذاری کرد.", "fa", 1e9),
        ("چین نے اربوں ڈالر کی سرمایہ کاری کی۔", "ur", 1e9),
        ("चीन ने अरबों डॉलर का निवेश किया।", "hi", 1e9),
        ("Китай вложил сотни миллионов долларов в порт.", "ru", 1e8),
        ("中国向该港口投资了数十亿美元。", "zh", 1e9),
        ("中国は港に数十億ドルを投資した。", "ja", 1e9),
        ("중국은 항구에 수십억 달러를 투자했다.", "ko", 1e9),
        ("China investierte mehrere Milliarden Dollar in den Hafen.", "de", 1e9),
        ("La Chine a investi des milliards de dollars dans le port.", "fr", 1e9),
        ("China invirtió miles de millones de dólares en el puerto.", "es", 1e9),
        ("A China investiu bilhões de dólares no porto.", "pt", 1e9),
        ("China menanamkan miliaran dolar di pelabuhan itu.", "id", 1e9),
        ("Çin limana milyarlarca dolar yatırdı.", "tr", 1e9),
    ],
)
def test_vague_amounts_in_every_language(text, lang, magnitude):
    value = find_money(text, lexicon(lang))
    assert value is not None
    assert value["amount"] is None and value["magnitude"] == magnitude


def test_currency_does_not_reach_across_another_number():
    value = find_money("埃及采购了24架阵风战斗机，总价52亿欧元。", lexicon("zh"))
    assert value is not None and value["amount"] == pytest.approx(5.2e9)


@pytest.mark.parametrize(
    ("text", "name", "lang", "count"),
    [
        ("Pakistan delivered 22 Al-Khalid tanks to Sri Lanka.", "Al-Khalid", "en", 22),
        ("On 12 March 2019 22 Al-Khalid tanks arrived.", "Al-Khalid", "en", 22),
        ("Trung Quốc bán 44 xe tăng MBT-2000 cho Bangladesh.", "MBT-2000", "vi", 44),
        ("Nga giao 12 máy bay chiến đấu đa năng Su-30 cho Việt Nam.", "Su-30", "vi", 12),
        ("باعت روسيا 12 مقاتلة سو-35 لمصر.", "سو-35", "ar", 12),
        ("روسیه ۲۴ فروند سوخو-۳۵ به ایران داد.", "سوخو", "fa", 24),
        ("چین نے 36 جے-10 طیارے پاکستان کو دیے۔", "جے-10", "ur", 36),
        ("फ्रांस ने 36 राफेल विमान भारत को दिए।", "राफेल", "hi", 36),
        ("Россия поставила 12 истребителей Су-35 в Египет.", "Су-35", "ru", 12),
        ("巴基斯坦向斯里兰卡交付了22辆哈立德主战坦克。", "哈立德", "zh", 22),
        ("エジプトはラファール戦闘機24機を購入した。", "ラファール", "ja", 24),
        ("ポーランドはK2戦車180両を発注した。", "K2", "ja", 180),
        ("이집트는 라팔 전투기 24대를 구매했다.", "라팔", "ko", 24),
        ("Ägypten kaufte 24 Rafale-Kampfjets.", "Rafale", "de", 24),
        ("L'Égypte a acheté 24 avions Rafale.", "Rafale", "fr", 24),
        ("Egipto compró 24 cazas Rafale.", "Rafale", "es", 24),
        ("O Egito comprou 24 caças Rafale.", "Rafale", "pt", 24),
        ("Mesir membeli 24 jet tempur Rafale.", "Rafale", "id", 24),
        ("Mısır 24 Rafale savaş uçağı aldı.", "Rafale", "tr", 24),
    ],
)
def test_quantities_in_every_language(text, name, lang, count):
    assert find_quantity(text, text.index(name), lang) == count


def test_no_count_from_a_year_or_a_model_number():
    text = "In 2008 Al-Khalid tanks arrived."
    assert find_quantity(text, text.index("Al-Khalid"), "en") is None
    text = "Poland ordered F-35 fighters."
    assert find_quantity(text, text.index("fighters"), "en") is None


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("ایران در سال ۱۴۰۲ پهپاد به روسیه فروخت.", "2023", "2024", "year"),
        ("عراق در دهه ۱۳۶۰ به ایران حمله کرد.", "1981", "1991", "decade"),
        ("دو کشور از ۱۳۸۵ تا ۱۳۸۷ مذاکره کردند.", "2006", "2009", "range"),
    ],
)
def test_solar_hijri_years_in_persian(text, start, end, precision):
    time = find_time(text, "fa")
    assert time is not None
    assert (time.start, time.end, time.precision) == (start, end, precision)


def test_a_persian_count_is_no_solar_year():
    assert find_time("در این حمله ۱۴۰۰ نفر کشته شدند.", "fa") is None
    assert find_time("In 1402 the fleet sailed.", "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ties with Riyadh grew in the mid-1990s.", "en", ("1990", "1999", "decade")),
        ("The border war of 1998-99 left thousands dead.", "en", ("1998", "1999", "range")),
        ("The agreement was signed on 2004-05-12.", "en", ("2004-05-12", "2004-05-12", "day")),
        ("ソ連は1977～1991年にエチオピアへ戦車を供与した。", "ja", ("1977", "1991", "range")),
        ("Россия заключила договор в апреле 2023 года.", "ru", ("2023-04", "2023-04", "month")),
    ],
)
def test_more_time_forms(text, lang, expected):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.end, time.precision) == expected


@pytest.mark.parametrize("code", ["xx", *lang.codes()])
def test_amounts_extra_keys_are_well_formed(code):
    data = lang.load_data(code, "amounts.yaml") or {}
    for key in ("symbols", "before_number"):
        for word, iso in (data.get(key) or {}).items():
            assert isinstance(word, str) and word.strip() == word and word, (code, key, word)
            assert isinstance(iso, str) and iso.isupper() and len(iso) == 3, (code, key, iso)
    for mark, ascii_mark in (data.get("separators") or {}).items():
        assert len(mark) == 1 and ascii_mark in (".", ","), (code, mark)
    for classifier in data.get("classifiers") or []:
        assert isinstance(classifier, str) and classifier and not classifier.isdigit(), code
    assert isinstance(data.get("count_words", 3), int), code


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("Ties with Riyadh grew in the '90s.", "en", "1990"),
        ("Trong thập niên 90, hai nước mở rộng thương mại.", "vi", "1990"),
        ("В 90-х годах Россия продала Китаю истребители.", "ru", "1990"),
        ("В 30-е годы СССР торговал с Германией.", "ru", "1930"),
        ("两国在80年代开始军事合作。", "zh", "1980"),
        ("両国は80年代に協力を始めた。", "ja", "1980"),
        ("양국은 90년대에 협력을 시작했다.", "ko", "1990"),
        ("In den 80er Jahren lieferte Paris Waffen an Bagdad.", "de", "1980"),
        ("Dans les années 80, Paris a armé Bagdad.", "fr", "1980"),
        ("En los años 90 Madrid vendió fragatas.", "es", "1990"),
        ("Nos anos 70 o Brasil exportou blindados.", "pt", "1970"),
        ("Pada tahun 80-an Indonesia membeli pesawat.", "id", "1980"),
        ("Türkiye 90'lı yıllarda tank aldı.", "tr", "1990"),
    ],
)
def test_two_digit_decades(text, lang, start):
    time = find_time(text, lang)
    assert time is not None
    assert (time.start, time.end, time.precision) == (start, str(int(start) + 9), "decade")


def test_a_russian_ordinal_is_no_decade():
    assert find_time("Команда заняла 20-е место.", "ru") is None
