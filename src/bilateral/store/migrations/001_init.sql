-- bilateral store, version 1: documents and their text units, and the
-- tables later stages fill (mentions, facts, evidence).
-- Offsets are Python string indices (Unicode code points) into documents.text.

CREATE TABLE documents (
    id            VARCHAR PRIMARY KEY,   -- content hash of raw_text
    name          VARCHAR NOT NULL,      -- file name, JSONL id, or "stdin"
    path          VARCHAR,               -- where it was first read from
    fmt           VARCHAR,               -- txt | md | html | pdf | jsonl
    title         VARCHAR,
    url           VARCHAR,
    date          VARCHAR,               -- ISO 8601, partial allowed
    lang          VARCHAR,               -- main language (ISO 639-1)
    langs         VARCHAR[],             -- every language seen, largest share first
    raw_text      VARCHAR NOT NULL,      -- the text as read and decoded
    text          VARCHAR NOT NULL,      -- the clean text every span points into
    removed       JSON,                  -- [{start, end, reason}] in raw_text offsets
    offset_map    JSON,                  -- [[clean_start, raw_start, length], ...]
    n_chars       INTEGER,
    n_paragraphs  INTEGER,
    n_sentences   INTEGER,
    pipeline      VARCHAR,               -- bilateral version that made the rows
    ingested_at   TIMESTAMP
);

-- Where each document was read from; a source whose content changes
-- points to a new document and the old one (if nothing else points to it)
-- is deleted with everything derived from it.
CREATE TABLE sources (
    source      VARCHAR PRIMARY KEY,     -- path, path:line for JSONL, "-" for stdin
    doc_id      VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    seen_at     TIMESTAMP
);

CREATE TABLE paragraphs (
    doc_id          VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    kind            VARCHAR,             -- heading | body
    lang            VARCHAR,
    lang_confidence DOUBLE,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE sentences (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    paragraph   INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    lang        VARCHAR,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE mentions (
    doc_id      VARCHAR NOT NULL,
    sentence    INTEGER,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        VARCHAR,
    actor_id    VARCHAR,                 -- KB id matched, e.g. PAK.ISI
    endpoint    VARCHAR,                 -- the state/organisation/group it counts as
    kind        VARCHAR,                 -- name | demonym | capital | agent | heading | coreference
    confidence  DOUBLE
);

CREATE TABLE facts (
    id          VARCHAR PRIMARY KEY,
    doc_id      VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    target      VARCHAR NOT NULL,
    polarity    VARCHAR,
    modality    VARCHAR,
    record      JSON,                    -- the full fact record of spec/facts.md
    confidence  DOUBLE,
    extractor   VARCHAR
);

CREATE TABLE evidence (
    fact_id     VARCHAR NOT NULL,
    doc_id      VARCHAR NOT NULL,
    sentence    INTEGER,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    lang        VARCHAR
);
