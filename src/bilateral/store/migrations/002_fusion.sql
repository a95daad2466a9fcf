-- bilateral store, version 2: the fused view (one row per distinct fact,
-- with all its evidence) and the queue of fact keys whose fusion is stale.
-- The store only marks keys; the `fuse` stage empties the queue, so a
-- crash between the two leaves work to do, never a wrong view.

CREATE TABLE fused (
    id           VARCHAR PRIMARY KEY,
    type         VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    target       VARCHAR NOT NULL,
    polarity     VARCHAR,              -- affirmed if any evidence affirms it
    modality     VARCHAR,              -- the strongest of its evidence
    contested    BOOLEAN,              -- its evidence disagrees (see conflicts)
    conflicts    VARCHAR[],            -- polarity | modality
    first_year   INTEGER,
    last_year    INTEGER,
    n_facts      INTEGER,
    n_documents  INTEGER,
    n_sources    INTEGER,
    langs        VARCHAR[],
    confidence   DOUBLE,
    quad_class   INTEGER,
    record       JSON                  -- the fused record (docs/fusion.md)
);

CREATE TABLE fused_evidence (
    fused_id    VARCHAR NOT NULL,
    fact_id     VARCHAR NOT NULL,
    doc_id      VARCHAR NOT NULL
);

CREATE TABLE fuse_queue (
    type        VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    target      VARCHAR NOT NULL,
    PRIMARY KEY (type, source, target)
);

-- Stores written before fusion existed: every fact key is stale.
INSERT INTO fuse_queue SELECT DISTINCT type, source, target FROM facts;
