from bilateral.document import Document, OffsetMap, TextBuilder, content_id


def test_builder_maps_every_copied_character_back():
    raw = "Intro[4] text.\nTemplate:X\nGlued here"
    builder = TextBuilder(raw)
    builder.copy(0, 5)  # "Intro"
    builder.remove(5, 8, "citation")
    builder.copy(8, 15)  # " text.\n"
    builder.remove(15, 26, "template")
    builder.copy(26, 31)  # "Glued"
    builder.insert(" ")
    builder.copy(32, 36)  # "here"
    text, offsets, removed = builder.build()
    assert text == "Intro text.\nGlued here"
    for i, char in enumerate(text):
        if i != 17:  # the inserted space
            assert raw[offsets.to_raw(i)] == char
    assert [r.reason for r in removed] == ["citation", "template"]
    assert offsets.raw_span(0, 11) == (0, 14)


def test_offset_map_round_trips_through_json():
    offsets = OffsetMap([(0, 0, 5), (5, 8, 7)])
    assert OffsetMap.from_json(offsets.to_json()) == offsets
    assert OffsetMap.identity(3).to_raw(2) == 2


def test_document_id_is_content_hash_not_name():
    a = Document(name="a.txt", raw_text="Same text.")
    b = Document(name="b.txt", raw_text="Same text.")
    c = Document(name="a.txt", raw_text="Other text.")
    assert a.id == b.id == content_id("Same text.")
    assert a.id != c.id
    assert len(a.id) == 16
