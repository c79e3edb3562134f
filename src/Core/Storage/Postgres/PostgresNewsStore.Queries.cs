using System.Text.Json;
using Npgsql;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>Reading: articles by period, full-text search, quotes, speakers and statistics.</summary>
public sealed partial class PostgresNewsStore
{
    private const string ArticleColumns =
        "SELECT a.key, a.article_id, a.title, a.body, a.url, a.source, a.published, a.origin, a.language, a.text_offset, a.ingested_at, COALESCE(a.story_key, a.key), n.analysis, a.version ";

    private const string AnalysedArticles = ArticleColumns + "FROM articles a JOIN analyses n ON n.article_key = a.key";

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadArticlesAsync(
            $"""
            {AnalysedArticles} WHERE n.profile = @p AND a.ingested_at >= @from AND a.ingested_at < @to {(query.RelevantOnly ? "AND n.relevant" : "")}
            ORDER BY a.ingested_at DESC, a.key DESC LIMIT @l
            """, query.Profile, cancellationToken,
            ("p", query.Profile), ("from", query.From), ("to", query.To), ("l", query.Limit));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string terms, string profile, int limit, CancellationToken cancellationToken)
    {
        if (PostgresTextQuery.From(terms) is not { } match)
            return Task.FromResult<IReadOnlyList<StoredArticle>>([]);
        return ReadArticlesAsync(
            $"""
            {ArticleColumns} FROM articles a LEFT JOIN analyses n ON n.article_key = a.key AND n.profile = @p
            WHERE a.key IN (SELECT key FROM articles WHERE search @@ {match.Sql} ORDER BY key DESC LIMIT @window)
            ORDER BY ts_rank_cd(a.search, {match.Sql}) DESC, a.key DESC LIMIT @l
            """,
            profile, cancellationToken, [("p", profile), ("l", limit), ("window", ArticleSearch.Window), .. match.Parameters]);
    }

    // Articles of profile's analysis; one with none (a search match) gets ArticleAnalysis.NotAnalysed.
    private async Task<IReadOnlyList<StoredArticle>> ReadArticlesAsync(string sql, string profile, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<StoredArticle>();
        while (await reader.ReadAsync(ct))
        {
            var article = new Article(
                reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : new Uri(reader.GetString(4)),
                NullableTime(reader, 6), NullableString(reader, 5), NullableString(reader, 7))
            {
                Language = NullableString(reader, 8),
                TextOffset = reader.GetInt32(9),
            };
            var analysis = reader.IsDBNull(12) ? ArticleAnalysis.NotAnalysed(profile, article.Language) : JsonSerializer.Deserialize<ArticleAnalysis>(reader.GetString(12))!;
            list.Add(new StoredArticle(reader.GetInt64(0), article, reader.GetFieldValue<DateTimeOffset>(10), analysis)
            {
                StoryKey = reader.GetInt64(11),
                Version = reader.GetInt32(13),
            });
        }

        return list;
    }

    /// <inheritdoc />
    /// <remarks>Newest stored quotes first; a speaker alone walks the (speaker_folded, key DESC) index to the limit.</remarks>
    public async Task<IReadOnlyList<QuoteHit>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var where = new List<string>();
        var parameters = new List<(string, object?)> { ("l", query.Limit) };
        var match = PostgresTextQuery.From(query.Topic, query.Phrase);
        if (match is { } m)
        {
            where.Add($"q.search @@ {m.Sql}");
            parameters.AddRange(m.Parameters);
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            // A surname, a full name, a folded spelling or a known alias find the quoted speakers' folded names in
            // the speakers table; the quotes are then read through the (speaker_folded, key DESC) index.
            var speakers = await MatchingSpeakersAsync(connection, SpeakerNames.QueryForm(query.Speaker), cancellationToken);
            if (speakers.Count == 0)
                return [];
            where.Add("q.speaker_folded = ANY(@speakers)");
            parameters.Add(("speakers", speakers.ToArray()));
        }

        if (query.Since is { } since)
        {
            where.Add("COALESCE(a.published, a.ingested_at) >= @since");
            parameters.Add(("since", since));
        }

        var sql = $"""
            SELECT q.speaker, q.role, q.text, q.kind, q.start_offset, q.end_offset, a.key, a.title, a.source, a.url, COALESCE(a.published, a.ingested_at)
            FROM quotes q JOIN articles a ON a.key = q.article_key
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY q.key DESC LIMIT @l
            """;
        await using var command = Command(connection, null, sql, parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<QuoteHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var quote = new Quote(reader.GetString(0), NullableString(reader, 1), reader.GetString(2),
                Enum.Parse<QuoteKind>(reader.GetString(3), ignoreCase: true), reader.GetInt32(4), reader.GetInt32(5));
            hits.Add(new QuoteHit(quote, reader.GetInt64(6), reader.GetString(7), NullableString(reader, 8),
                reader.IsDBNull(9) ? null : new Uri(reader.GetString(9)), reader.GetFieldValue<DateTimeOffset>(10)));
        }

        return hits;
    }

    /// <summary>
    /// The folded names of quoted speakers that <paramref name="form"/> names: as a whole name, a surname, a first name
    /// or through a known identity's alias. Reads the speakers table (one row per speaker), never the quotes.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MatchingSpeakersAsync(NpgsqlConnection connection, string form, CancellationToken ct)
    {
        var patterns = SpeakerNames.LikePatterns(await SpeakerFormsAsync(connection, form, ct));
        if (patterns.Count == 0)
            return [];
        await using var command = Command(connection, null, "SELECT DISTINCT speaker_folded FROM speakers WHERE speaker_folded LIKE ANY(@patterns)", ("patterns", patterns.ToArray()));
        return await StoreRows.ListAsync(command, StoreRows.FirstString, ct);
    }

    /// <summary>The query's folded form plus every name of an identity known by that name.</summary>
    private static async Task<IReadOnlyList<string>> SpeakerFormsAsync(NpgsqlConnection connection, string form, CancellationToken ct)
    {
        if (form.Length == 0)
            return [form];
        await using var command = Command(connection, null, "SELECT names_key FROM speaker_identities WHERE strpos(names_key, @n) > 0", ("n", "|" + form + "|"));
        return SpeakerNames.FormsWith(form, await StoreRows.ListAsync(command, StoreRows.FirstString, ct));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SpeakerCount>> ListSpeakersAsync(string? topic, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var match = PostgresTextQuery.From(topic);
        var parameters = new List<(string, object?)>();
        var where = new List<string>();
        if (match is { } m)
        {
            // Only the latest matches count (SpeakerCount.TopicWindow): a common word matches much of a big store.
            where.Add($"q.key IN (SELECT key FROM quotes WHERE search @@ {m.Sql} ORDER BY key DESC LIMIT @window)");
            parameters.AddRange(m.Parameters);
            parameters.Add(("window", SpeakerCount.TopicWindow));
        }

        if (since is { } s)
        {
            where.Add("COALESCE(a.published, a.ingested_at) >= @since");
            parameters.Add(("since", s));
        }

        // Without a topic or period the counts come from the speakers table the quote triggers maintain.
        var sql = where.Count == 0
            ? "SELECT speaker, role, quotes FROM speakers ORDER BY quotes DESC, speaker COLLATE \"C\" LIMIT 50"
            : $"""
            SELECT q.speaker, MAX(q.role), COUNT(*)::int FROM quotes q JOIN articles a ON a.key = q.article_key
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            GROUP BY q.speaker ORDER BY COUNT(*) DESC, q.speaker COLLATE "C" LIMIT 50
            """;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters.ToArray());
        return await StoreRows.ListAsync(command, StoreRows.SpeakerCount, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            SELECT (SELECT COUNT(*) FROM articles)::int, (SELECT COUNT(DISTINCT article_key) FROM analyses WHERE relevant)::int,
                   (SELECT COUNT(*) FROM quotes)::int, (SELECT COUNT(*) FROM quarantine)::int, (SELECT MAX(ingested_at) FROM articles)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreStatistics(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), NullableTime(reader, 4));
    }
}
