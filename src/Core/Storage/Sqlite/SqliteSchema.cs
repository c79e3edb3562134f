namespace NewsBot.Core.Storage.Sqlite;

/// <summary>The SQLite schema as numbered migrations; each runs once, in order, inside a transaction.</summary>
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
    ];
}
