-- +goose Up
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Outlets publish articles (publisher) or write the wire copy they carry (agency).
CREATE TABLE outlets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL CHECK (btrim(name) <> ''),
    kind        text NOT NULL CHECK (kind IN ('publisher', 'agency')),
    domain      text CHECK (domain IS NULL OR domain ~ '^[a-z0-9.-]+$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url               text UNIQUE CHECK (url IS NULL OR url ~ '^https?://'),
    content_hash      bytea NOT NULL UNIQUE CHECK (length(content_hash) = 32),
    headline          text,
    byline            text,
    dateline          text,
    published         date,
    publisher_id      bigint REFERENCES outlets (id),
    agency_id         bigint REFERENCES outlets (id),
    body              text NOT NULL CHECK (body <> ''),
    source            text NOT NULL CHECK (source <> ''),
    extractor_version text NOT NULL,
    ingested_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published_idx ON articles (published);
CREATE INDEX articles_publisher_idx ON articles (publisher_id);
CREATE INDEX articles_agency_idx ON articles (agency_id);

-- name_key and alias keys hold the name folded for matching (no accents, lower
-- case, collapsed spaces); the application computes them so the rule lives in
-- one place.
CREATE TABLE speakers (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug         text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text NOT NULL CHECK (btrim(name) <> ''),
    name_key     text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('person', 'office', 'organization', 'role')),
    description  text,
    wikidata_id  text CHECK (wikidata_id IS NULL OR wikidata_id ~ '^Q[1-9][0-9]*$'),
    holder_id    bigint REFERENCES speakers (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, name_key),
    CHECK (holder_id IS NULL OR kind = 'office'),
    CHECK (holder_id IS NULL OR holder_id <> id)
);
CREATE INDEX speakers_name_trgm ON speakers USING gin (name_key gin_trgm_ops);

CREATE TABLE speaker_aliases (
    speaker_id  bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    alias       text NOT NULL CHECK (btrim(alias) <> ''),
    alias_key   text NOT NULL CHECK (alias_key <> ''),
    PRIMARY KEY (speaker_id, alias_key)
);
CREATE INDEX speaker_aliases_key_trgm ON speaker_aliases USING gin (alias_key gin_trgm_ops);
CREATE INDEX speaker_aliases_key_idx ON speaker_aliases (alias_key);

CREATE TABLE quotes (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id        bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_id        bigint REFERENCES speakers (id),
    text              text NOT NULL CHECK (text <> ''),
    kind              text NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    cue_type          text NOT NULL DEFAULT 'speech' CHECK (cue_type IN ('speech', 'writing', 'thought', 'report')),
    -- Offsets count Unicode code points in articles.body; end is exclusive.
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL,
    fragments         jsonb,
    mention_text      text,
    mention_start     integer,
    mention_end       integer,
    cue_text          text,
    cue_start         integer,
    cue_end           integer,
    venue             text,
    said_on           date,
    confidence        real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    speaker_confidence real CHECK (speaker_confidence >= 0 AND speaker_confidence <= 1),
    extractor_version text NOT NULL,
    tsv               tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    UNIQUE (article_id, start_offset, end_offset),
    CHECK (end_offset > start_offset),
    CHECK ((mention_text IS NULL) = (mention_start IS NULL) AND (mention_start IS NULL) = (mention_end IS NULL)),
    CHECK (mention_start IS NULL OR (mention_start >= 0 AND mention_end > mention_start)),
    CHECK ((cue_text IS NULL) = (cue_start IS NULL) AND (cue_start IS NULL) = (cue_end IS NULL)),
    CHECK (cue_start IS NULL OR (cue_start >= 0 AND cue_end > cue_start)),
    CHECK (fragments IS NULL OR jsonb_typeof(fragments) = 'array')
);
CREATE INDEX quotes_article_idx ON quotes (article_id);
CREATE INDEX quotes_speaker_idx ON quotes (speaker_id, id);
CREATE INDEX quotes_tsv_idx ON quotes USING gin (tsv);
CREATE INDEX quotes_text_trgm ON quotes USING gin (text gin_trgm_ops);

-- +goose Down
DROP TABLE quotes;
DROP TABLE speaker_aliases;
DROP TABLE speakers;
DROP TABLE articles;
DROP TABLE outlets;
