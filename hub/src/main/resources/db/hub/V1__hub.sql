-- The hub's own tables. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- Settings fixed at first start: the district key, its epoch, generated tokens.
CREATE TABLE hub_meta (
    name    VARCHAR(64)   PRIMARY KEY,
    setting VARCHAR(4000) NOT NULL
);

-- Every upload the hub looked at, whatever became of it.
-- state: BUILDING, HELD, PUBLISHED, DISCARDED, REJECTED
CREATE TABLE snapshot (
    seq          INTEGER       PRIMARY KEY,
    state        VARCHAR(16)   NOT NULL,
    received_at  BIGINT        NOT NULL,
    decided_at   BIGINT        NOT NULL,
    fingerprint  TEXT          NOT NULL,
    errors       BIGINT        NOT NULL,
    warnings     BIGINT        NOT NULL,
    report       TEXT          NOT NULL,
    changes      TEXT          NOT NULL,
    reason       VARCHAR(4000) NOT NULL
);

-- Record versions, packed: the bodies of up to 256 versions a snapshot wrote, in ascending (kind, id)
-- order so that a page of a list reads few packs. A version is numbered (pack << 8) | slot. Each entry is
-- the record's created and last-modified times and its binary form (RecordCodec).
CREATE TABLE record_pack (
    pack      BIGINT  PRIMARY KEY,
    snapshot  INTEGER NOT NULL,
    body      BYTEA   NOT NULL
);

-- A snapshot's catalog: which version of each record it has, content hashes, and the relations the API
-- needs, as one binary stream cut into parts (CatalogCodec). Kept for the served and the held snapshot.
CREATE TABLE catalog_part (
    snapshot  INTEGER NOT NULL,
    part      INTEGER NOT NULL,
    data      BYTEA   NOT NULL,
    PRIMARY KEY (snapshot, part)
);

-- Events, v3 and v2 in one sequence. api: 0 = both, 2 = v2 only, 3 = v3 only.
-- record_type is the ResourceType name; object_id the id the object has in that api; version the record
-- version shown as data.object, old_version the one before an update (0 otherwise).
CREATE TABLE event (
    seq          BIGINT       PRIMARY KEY,
    id           CHAR(24)     NOT NULL UNIQUE,
    snapshot     INTEGER      NOT NULL,
    api          SMALLINT     NOT NULL,
    record_type  VARCHAR(16)  NOT NULL,
    action       VARCHAR(8)   NOT NULL,
    object_id    CHAR(24)     NOT NULL,
    version      BIGINT       NOT NULL,
    old_version  BIGINT       NOT NULL,
    schools      TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL
);
CREATE INDEX event_snapshot ON event (snapshot);
