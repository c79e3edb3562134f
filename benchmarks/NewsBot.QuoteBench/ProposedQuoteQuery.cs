using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.QuoteBench;

/// <summary>
/// The quote query the store would need for the p99 target, measured on the same database for comparison (it is not
/// what <c>SqliteNewsStore</c> runs today): the speaker matched exactly on its folded canonical name through an index
/// ordered by recency (the handler resolves "Healey" to "John Healey" first), and topic words matched through FTS5
/// restricted to the text column, newest rows first, so no query ranks or scans every match.
/// </summary>
internal sealed class ProposedQuoteQuery(string path)
{
    public static void CreateIndex(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE INDEX IF NOT EXISTS ix_bench_quotes_speaker_recent ON quotes(speaker_folded, key DESC)";
        command.ExecuteNonQuery();
    }

    public int Find(string? canonicalSpeaker, string? topic, DateTimeOffset? since)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        var where = new List<string>();
        var from = "quotes q";
        var match = FtsQuery.From(topic);
        var order = "q.key";
        if (match is not null)
        {
            // With topic words the speaker joins the full-text match as a phrase in its column, and FTS5 walks its
            // lists newest first, stopping at the limit.
            from = "quotes_fts f JOIN quotes q ON q.key = f.rowid";
            order = "f.rowid";
            where.Add("quotes_fts MATCH $m");
            var speakerPart = canonicalSpeaker is null ? "" : "speaker : " + FtsQuery.From(null, canonicalSpeaker) + " AND ";
            command.Parameters.AddWithValue("$m", speakerPart + "text : (" + match + ")");
        }
        else if (canonicalSpeaker is not null)
        {
            where.Add("q.speaker_folded = $s");
            command.Parameters.AddWithValue("$s", string.Join(' ', Tokenizer.Tokenize(canonicalSpeaker).Select(t => t.Value)));
        }

        if (since is { } s)
        {
            where.Add("a.published >= $since");
            command.Parameters.AddWithValue("$since", s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        command.CommandText = $"""
            SELECT q.speaker, q.text, a.title, a.source, a.published FROM {from} JOIN articles a ON a.key = q.article_key
            WHERE {string.Join(" AND ", where)} ORDER BY {order} DESC LIMIT 10
            """;
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
            count++;
        return count;
    }
}
