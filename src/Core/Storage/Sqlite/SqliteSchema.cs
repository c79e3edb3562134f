namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// The SQLite schema as numbered migrations; each runs once, in order, inside a transaction. Never edit a
/// released migration: add the next one.
/// </summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            key INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL UNIQUE,
            origin TEXT,
            text_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            url TEXT,
            source TEXT,
            published TEXT,
            language TEXT,
            text_offset INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL,
            story_key INTEGER
        );
        CREATE INDEX ix_articles_ingested ON articles(ingested_at);
        CREATE INDEX ix_articles_text_hash ON articles(text_hash);
        CREATE TABLE analyses (
            article_key INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            profile TEXT NOT NULL,
            relevant INTEGER NOT NULL,
            score REAL NOT NULL,
            analysis TEXT NOT NULL,
            PRIMARY KEY (article_key, profile)
        );
        CREATE TABLE quotes (
            key INTEGER PRIMARY KEY,
            article_key INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            speaker TEXT NOT NULL,
            speaker_folded TEXT NOT NULL,
            role TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL
        );
        CREATE INDEX ix_quotes_article ON quotes(article_key);
        CREATE INDEX ix_quotes_speaker ON quotes(speaker_folded);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='key', tokenize='porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE quotes_fts USING fts5(speaker, text, content='quotes', content_rowid='key', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TABLE processed_inputs (
            origin TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            processed_at TEXT NOT NULL,
            PRIMARY KEY (origin, content_hash)
        );
        CREATE TABLE quarantine (
            key INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            error TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
        """
        ALTER TABLE articles ADD COLUMN url_key TEXT;
        ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE articles ADD COLUMN signature BLOB;
        CREATE INDEX ix_articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL;
        CREATE INDEX ix_articles_story ON articles(story_key);
        CREATE TABLE story_bands (
            band_key INTEGER NOT NULL,
            article_key INTEGER NOT NULL,
            PRIMARY KEY (band_key, article_key)
        ) WITHOUT ROWID;
        CREATE INDEX ix_story_bands_article ON story_bands(article_key);
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            interval_seconds INTEGER NOT NULL,
            full_text INTEGER NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_success TEXT,
            last_attempt TEXT,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            added_by TEXT
        );
        CREATE TABLE subscriptions (
            platform TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            profile TEXT NOT NULL,
            cron TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            created_by TEXT,
            PRIMARY KEY (platform, channel_id, profile)
        );
        CREATE TABLE deliveries (
            key TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            instance TEXT NOT NULL,
            started_at TEXT NOT NULL,
            delivered_at TEXT,
            message_ids TEXT,
            late INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_deliveries_status ON deliveries(status, started_at);
        CREATE TABLE speaker_identities (
            canonical TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            roles TEXT NOT NULL,
            aliases TEXT NOT NULL,
            names_key TEXT NOT NULL
        );
        """,
        // Quote look-ups that stop at their limit: a speaker's quotes newest first straight from an index, and a
        // speakers table whose counts triggers keep in step with every insert and delete (update, retention), so
        // /speakers and name resolution never group the whole quotes table; articles by their date, so a "since" tells
        // which quotes (by key) can match at all.
        """
        CREATE INDEX ix_quotes_speaker_recent ON quotes(speaker_folded, key DESC);
        CREATE INDEX ix_articles_dated ON articles(COALESCE(published, ingested_at));
        DROP INDEX ix_quotes_speaker;
        CREATE TABLE speakers (
            speaker TEXT PRIMARY KEY,
            speaker_folded TEXT NOT NULL,
            role TEXT,
            quotes INTEGER NOT NULL
        );
        CREATE INDEX ix_speakers_folded ON speakers(speaker_folded);
        INSERT INTO speakers(speaker, speaker_folded, role, quotes)
            SELECT speaker, MAX(speaker_folded), MAX(role), COUNT(*) FROM quotes GROUP BY speaker;
        CREATE TRIGGER tr_quotes_speaker_added AFTER INSERT ON quotes BEGIN
            INSERT OR IGNORE INTO speakers(speaker, speaker_folded, role, quotes) VALUES (new.speaker, new.speaker_folded, new.role, 0);
            UPDATE speakers SET quotes = quotes + 1, role = COALESCE(role, new.role) WHERE speaker = new.speaker;
        END;
        CREATE TRIGGER tr_quotes_speaker_removed AFTER DELETE ON quotes BEGIN
            UPDATE speakers SET quotes = quotes - 1 WHERE speaker = old.speaker;
            DELETE FROM speakers WHERE speaker = old.speaker AND quotes <= 0;
        END;
        """,
        """
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
        """,
    ];
}
