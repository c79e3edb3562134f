namespace NewsBot.Core.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations; each runs once, in order, in its own transaction, under an
/// advisory lock so that instances starting together migrate one at a time. Never edit a released migration.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock key every instance takes while migrating ("NewsBot" in ASCII).</summary>
    public const long MigrationLock = 0x4E65_7773_426F_74;

    public static readonly string[] Migrations =
    [
        // 1: the news store. Search vectors are built from the folded words the application computes (diacritics and
        // case folded the same way as every query), so no unaccent extension or superuser is needed.
        """
        CREATE TABLE articles (
            key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id text NOT NULL UNIQUE,
            origin text,
            text_hash text NOT NULL,
            url_key text,
            title text NOT NULL,
            body text NOT NULL,
            url text,
            source text,
            published timestamptz,
            language text,
            text_offset integer NOT NULL DEFAULT 0,
            ingested_at timestamptz NOT NULL,
            story_key bigint,
            version integer NOT NULL DEFAULT 1,
            signature bytea,
            search tsvector NOT NULL
        );
        CREATE UNIQUE INDEX ux_articles_text_hash ON articles (text_hash);
        CREATE UNIQUE INDEX ux_articles_url_key ON articles (url_key);
        CREATE INDEX ix_articles_ingested ON articles (ingested_at);
        CREATE INDEX ix_articles_story ON articles (story_key);
        CREATE INDEX ix_articles_search ON articles USING gin (search);
        CREATE TABLE analyses (
            article_key bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
            profile text NOT NULL,
            relevant boolean NOT NULL,
            score double precision NOT NULL,
            analysis text NOT NULL,
            PRIMARY KEY (article_key, profile)
        );
        CREATE INDEX ix_analyses_profile ON analyses (profile, relevant);
        CREATE TABLE quotes (
            key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_key bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
            speaker text NOT NULL,
            speaker_folded text NOT NULL,
            role text,
            text text NOT NULL,
            kind text NOT NULL,
            start_offset integer NOT NULL,
            end_offset integer NOT NULL,
            search tsvector NOT NULL
        );
        CREATE INDEX ix_quotes_article ON quotes (article_key);
        CREATE INDEX ix_quotes_speaker ON quotes (speaker_folded);
        CREATE INDEX ix_quotes_search ON quotes USING gin (search);
        CREATE TABLE story_bands (
            band_key bigint NOT NULL,
            article_key bigint NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
            PRIMARY KEY (band_key, article_key)
        );
        CREATE INDEX ix_story_bands_article ON story_bands (article_key);
        CREATE TABLE processed_inputs (
            origin text NOT NULL,
            content_hash text NOT NULL,
            processed_at timestamptz NOT NULL,
            PRIMARY KEY (origin, content_hash)
        );
        CREATE TABLE quarantine (
            key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            origin text NOT NULL,
            error text NOT NULL,
            at timestamptz NOT NULL
        );
        CREATE TABLE feeds (
            url text PRIMARY KEY,
            interval_seconds integer NOT NULL,
            full_text boolean NOT NULL,
            etag text,
            last_modified timestamptz,
            last_success timestamptz,
            last_attempt timestamptz,
            last_error text,
            consecutive_failures integer NOT NULL DEFAULT 0,
            added_by text
        );
        CREATE TABLE subscriptions (
            platform text NOT NULL,
            channel_id text NOT NULL,
            profile text NOT NULL,
            cron text NOT NULL,
            time_zone text NOT NULL,
            created_by text,
            PRIMARY KEY (platform, channel_id, profile)
        );
        CREATE TABLE deliveries (
            key text PRIMARY KEY,
            status text NOT NULL,
            instance text NOT NULL,
            started_at timestamptz NOT NULL,
            delivered_at timestamptz,
            message_ids text,
            late boolean NOT NULL DEFAULT false
        );
        CREATE INDEX ix_deliveries_status ON deliveries (status, started_at);
        CREATE TABLE speaker_identities (
            canonical text PRIMARY KEY,
            kind text NOT NULL,
            roles text[] NOT NULL,
            aliases text[] NOT NULL,
            names_key text NOT NULL
        );
        """,
        // 2: once Quartz's job-store tables; the scheduler (src/Bot/Scheduling) now owns its own schema, so Core knows
        // nothing of Quartz. Kept as a no-op so later versions keep their numbers.
        "SELECT 1;",
        // Quote look-ups that stop at their limit: a speaker's quotes newest first straight from a btree index, and a
        // speakers table whose counts triggers keep in step with every insert and delete (update, retention's cascade),
        // so /speakers and name resolution never group the whole quotes table.
        """
        CREATE INDEX ix_quotes_speaker_recent ON quotes (speaker_folded, key DESC);
        DROP INDEX ix_quotes_speaker;
        CREATE TABLE speakers (
            speaker text PRIMARY KEY,
            speaker_folded text NOT NULL,
            role text,
            quotes integer NOT NULL
        );
        CREATE INDEX ix_speakers_folded ON speakers (speaker_folded);
        INSERT INTO speakers(speaker, speaker_folded, role, quotes)
            SELECT speaker, MAX(speaker_folded), MAX(role), COUNT(*) FROM quotes GROUP BY speaker;
        CREATE FUNCTION newsbot_quote_speaker_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO speakers(speaker, speaker_folded, role, quotes) VALUES (NEW.speaker, NEW.speaker_folded, NEW.role, 1)
            ON CONFLICT (speaker) DO UPDATE SET quotes = speakers.quotes + 1, role = COALESCE(speakers.role, EXCLUDED.role);
            RETURN NULL;
        END $$;
        CREATE FUNCTION newsbot_quote_speaker_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE speakers SET quotes = quotes - 1 WHERE speaker = OLD.speaker;
            DELETE FROM speakers WHERE speaker = OLD.speaker AND quotes <= 0;
            RETURN NULL;
        END $$;
        CREATE TRIGGER tr_quotes_speaker_added AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION newsbot_quote_speaker_added();
        CREATE TRIGGER tr_quotes_speaker_removed AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION newsbot_quote_speaker_removed();
        """,
    ];
}
