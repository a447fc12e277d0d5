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

-- One row per version of a record. A version is visible in snapshot s when valid_from <= s < valid_to;
-- valid_to = 2147483647 while the version is current. body is the hub's binary form (RecordCodec).
CREATE TABLE record_version (
    seq          BIGINT   PRIMARY KEY,
    kind         SMALLINT NOT NULL,
    id           CHAR(24) NOT NULL,
    hash         BIGINT   NOT NULL,
    valid_from   INTEGER  NOT NULL,
    valid_to     INTEGER  NOT NULL,
    created_at   BIGINT   NOT NULL,
    modified_at  BIGINT   NOT NULL,
    body         BYTEA    NOT NULL
);
-- No secondary index: the catalog is loaded by one scan, pages read versions by seq, and the rare
-- maintenance statements (discard, prune) scan too. Every index would slow the bulk insert of a large upload.

-- Events, v3 and v2 in one sequence. api: 0 = both, 2 = v2 only, 3 = v3 only.
-- record_type is the ResourceType name; object_id the id the object has in that api.
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
CREATE INDEX event_version ON event (version);
CREATE INDEX event_old_version ON event (old_version);
