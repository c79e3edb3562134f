using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>Reading: articles by period, full-text search, quotes, speakers and statistics.</summary>
public sealed partial class SqliteNewsStore
{
    private const string ArticleColumns =
        "SELECT a.key, a.article_id, a.title, a.body, a.url, a.source, a.published, a.origin, a.language, a.text_offset, a.ingested_at, a.story_key, n.analysis, a.version ";

    private const string AnalysedArticles = ArticleColumns + "FROM articles a JOIN analyses n ON n.article_key = a.key";

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadArticlesAsync(
            $"""
            {AnalysedArticles} WHERE n.profile = $p AND a.ingested_at >= $from AND a.ingested_at < $to {(query.RelevantOnly ? "AND n.relevant = 1" : "")}
            ORDER BY a.ingested_at DESC, a.key DESC LIMIT $l
            """, query.Profile, cancellationToken,
            ("$p", query.Profile), ("$from", Format(query.From)), ("$to", Format(query.To)), ("$l", query.Limit));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string terms, string profile, int limit, CancellationToken cancellationToken)
    {
        var match = FtsQuery.From(terms);
        if (match is null)
            return Task.FromResult<IReadOnlyList<StoredArticle>>([]);
        return ReadArticlesAsync(
            // Ranked inside the full-text index, so only the rows shown are read with their body and analysis. Every
            // match counts, analysed for the profile or not (an article in another language).
            $"""
            {ArticleColumns} FROM (
                SELECT key, rank FROM (SELECT rowid AS key, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH $m ORDER BY rowid DESC LIMIT $window)
                ORDER BY rank LIMIT $l) f
            JOIN articles a ON a.key = f.key LEFT JOIN analyses n ON n.article_key = a.key AND n.profile = $p
            ORDER BY f.rank
            """,
            profile, cancellationToken, ("$p", profile), ("$m", match), ("$l", limit), ("$window", ArticleSearch.Window));
    }

    // Articles of profile's analysis; one with none (a search match) gets ArticleAnalysis.NotAnalysed.
    private async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(string sql, string profile, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<StoredArticle>();
        while (await reader.ReadAsync(ct))
        {
            var article = new Article(
                reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : new Uri(reader.GetString(4)),
                ParseNullable(reader, 6), NullableString(reader, 5), NullableString(reader, 7))
            {
                Language = NullableString(reader, 8),
                TextOffset = reader.GetInt32(9),
            };
            var analysis = reader.IsDBNull(12) ? ArticleAnalysis.NotAnalysed(profile, article.Language) : JsonSerializer.Deserialize<ArticleAnalysis>(reader.GetString(12))!;
            list.Add(new StoredArticle(reader.GetInt64(0), article, Parse(reader.GetString(10)), analysis)
            {
                StoryKey = reader.IsDBNull(11) ? reader.GetInt64(0) : reader.GetInt64(11),
                Version = reader.GetInt32(13),
            });
        }

        return list;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Newest stored quotes first, and every shape of query stops at its limit: a speaker alone walks the
    /// (speaker_folded, key DESC) index; topic words walk the full-text index backwards by rowid, with the speaker's
    /// name as a phrase in its own column, so a common word never makes SQLite rank or sort all of its matches.
    /// </remarks>
    public async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        var parameters = new List<(string, object?)> { ("$l", query.Limit) };
        var match = FtsQuery.From(query.Topic, query.Phrase);
        // Filters on the quote and its article, applied inside each per-speaker walk as well as to the whole.
        var filters = new List<string>();
        if (query.Since is { } since)
        {
            var first = await FirstQuoteSinceAsync(connection, since, cancellationToken);
            if (first == NothingSince)
                return [];
            filters.Add("COALESCE(a.published, a.ingested_at) >= $since");
            parameters.Add(("$since", Format(since)));
            if (first is { } key)
            {
                filters.Add($"{(match is null ? "q.key" : "f.rowid")} >= $first");
                parameters.Add(("$first", key));
            }
        }

        var where = new List<string>(filters);
        IReadOnlyList<string>? speakers = null;
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            speakers = await MatchingSpeakersAsync(connection, SpeakerNames.QueryForm(query.Speaker), cancellationToken);
            if (speakers.Count == 0)
                return [];
            parameters.AddRange(speakers.Select((s, i) => ("$s" + i, (object?)s)));
            if (match is null)
            {
                // A surname can name several speakers: each one's newest quotes come from its own index walk, stopped
                // at the limit, and only those few are merged (an IN list would read and sort all their quotes).
                var filter = string.Concat(filters.Select(f => " AND " + f));
                where.Add("q.key IN (" + string.Join(" UNION ALL ", speakers.Select((_, i) =>
                    $"SELECT key FROM (SELECT q.key FROM quotes q JOIN articles a ON a.key = q.article_key WHERE q.speaker_folded = $s{i}{filter} ORDER BY q.key DESC LIMIT $l)")) + ")");
            }
            else
            {
                where.Add("q.speaker_folded IN (" + string.Join(", ", speakers.Select((_, i) => "$s" + i)) + ")");
            }
        }

        var from = "quotes q";
        var order = "q.key";
        if (match is not null)
        {
            from = "quotes_fts f JOIN quotes q ON q.key = f.rowid";
            order = "f.rowid";
            // Folded names hold only letters, digits and spaces, so each is a safe FTS5 phrase.
            var speakerPart = speakers is null ? "" : "speaker : (" + string.Join(" OR ", speakers.Select(s => $"\"{s}\"")) + ") AND ";
            where.Add("quotes_fts MATCH $m");
            parameters.Add(("$m", speakerPart + "text : (" + match + ")"));
        }

        var sql = $"""
            SELECT q.speaker, q.role, q.text, q.kind, q.start_offset, q.end_offset, a.key, a.title, a.source, a.url, COALESCE(a.published, a.ingested_at)
            FROM {from} JOIN articles a ON a.key = q.article_key
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY {order} DESC LIMIT $l
            """;
        await using var command = Command(connection, null, sql, parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<QuoteHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var quote = new Quote(reader.GetString(0), NullableString(reader, 1), reader.GetString(2),
                Enum.Parse<QuoteKind>(reader.GetString(3), ignoreCase: true), reader.GetInt32(4), reader.GetInt32(5));
            hits.Add(new QuoteHit(quote, reader.GetInt64(6), reader.GetString(7), NullableString(reader, 8),
                reader.IsDBNull(9) ? null : new Uri(reader.GetString(9)), Parse(reader.GetString(10))));
        }

        return hits;
    }

    // FirstQuoteSinceAsync's answer when no article is dated on or after the period's start.
    private const long NothingSince = long.MaxValue;

    // Up to this many articles in a period, their lowest quote key is worth finding: it bounds every walk.
    private const int BoundedPeriodArticles = 5000;

    /// <summary>
    /// The lowest quote key whose article is dated on or after <paramref name="since"/> when the period holds few
    /// articles (so a newest-first walk never reads older quotes, however few of them match), <see cref="NothingSince"/>
    /// when it holds none, and null when it holds many (the walk then meets its limit early anyway).
    /// </summary>
    private static async Task<long?> FirstQuoteSinceAsync(SqliteConnection connection, DateTimeOffset since, CancellationToken ct)
    {
        var from = ("$since", (object?)Format(since));
        var articles = Convert.ToInt32(await ScalarAsync(connection, null,
            $"SELECT COUNT(*) FROM (SELECT 1 FROM articles WHERE COALESCE(published, ingested_at) >= $since LIMIT {BoundedPeriodArticles + 1})", ct, from),
            System.Globalization.CultureInfo.InvariantCulture);
        if (articles == 0)
            return NothingSince;
        if (articles > BoundedPeriodArticles)
            return null;
        // CROSS JOIN keeps SQLite's join order: from the few dated articles to their quotes, never the reverse.
        return await ScalarAsync(connection, null,
            "SELECT MIN(q.key) FROM articles a CROSS JOIN quotes q ON q.article_key = a.key WHERE COALESCE(a.published, a.ingested_at) >= $since", ct, from) as long?
            ?? NothingSince;
    }

    /// <summary>
    /// The folded names of quoted speakers that <paramref name="form"/> names: as a whole name, a surname, a first name
    /// or through a known identity's alias. Reads the speakers table (one row per speaker), never the quotes.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MatchingSpeakersAsync(SqliteConnection connection, string form, CancellationToken ct)
    {
        var patterns = SpeakerNames.LikePatterns(await SpeakerFormsAsync(connection, form, ct));
        if (patterns.Count == 0)
            return [];
        await using var command = Command(connection, null,
            "SELECT DISTINCT speaker_folded FROM speakers WHERE " + string.Join(" OR ", patterns.Select((_, i) => $"speaker_folded LIKE $p{i}")),
            patterns.Select((p, i) => ("$p" + i, (object?)p)).ToArray());
        return await StoreRows.ListAsync(command, StoreRows.FirstString, ct);
    }

    /// <summary>The query's folded form plus every name of an identity known by that name.</summary>
    private static async Task<IReadOnlyList<string>> SpeakerFormsAsync(SqliteConnection connection, string form, CancellationToken ct)
    {
        if (form.Length == 0)
            return [form];
        await using var command = Command(connection, null, "SELECT names_key FROM speaker_identities WHERE names_key LIKE $n", ("$n", "%|" + form + "|%"));
        return SpeakerNames.FormsWith(form, await StoreRows.ListAsync(command, StoreRows.FirstString, ct));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Without a topic or period the counts come from the speakers table the quote triggers maintain. With a topic, the
    /// full-text index yields the latest matches first (rowid order), so the window costs no more than it counts.
    /// </remarks>
    public async Task<IReadOnlyList<SpeakerCount>> ListSpeakersAsync(string? topic, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var match = FtsQuery.From(topic);
        await using var connection = await OpenAsync(cancellationToken);
        long? first = null;
        if (since is { } start && (first = await FirstQuoteSinceAsync(connection, start, cancellationToken)) == NothingSince)
            return [];
        var sql = match is null && since is null
            ? "SELECT speaker, role, quotes FROM speakers ORDER BY quotes DESC, speaker LIMIT 50"
            : $"""
              SELECT q.speaker, MAX(q.role), COUNT(*) FROM quotes q JOIN articles a ON a.key = q.article_key
              {(match is not null
                  ? $"JOIN (SELECT rowid AS key FROM quotes_fts WHERE quotes_fts MATCH $m {(first is not null ? "AND rowid >= $first" : "")} ORDER BY rowid DESC LIMIT $window) f ON f.key = q.key WHERE 1 = 1"
                  : "WHERE 1 = 1")}
              {(since is not null ? "AND COALESCE(a.published, a.ingested_at) >= $since" : "")}
              {(first is not null && match is null ? "AND q.key >= $first" : "")}
              GROUP BY q.speaker ORDER BY COUNT(*) DESC, q.speaker LIMIT 50
              """;
        await using var command = Command(connection, null, sql, ("$m", match is null ? null : "text : (" + match + ")"), ("$since", Format(since)), ("$first", first),
            ("$window", SpeakerCount.TopicWindow));
        return await StoreRows.ListAsync(command, StoreRows.SpeakerCount, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(DISTINCT article_key) FROM analyses WHERE relevant = 1),
                   (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM quarantine), (SELECT MAX(ingested_at) FROM articles)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreStatistics(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), ParseNullable(reader, 4));
    }
}
