using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsBot.QuoteBench;

/// <summary>
/// Fills a migrated SQLite store with a synthetic corpus (articles of ten quotes each) in one transaction. It writes
/// the store's tables directly because a million quotes through SaveAsync one article at a time takes too long for a
/// benchmark run; the queries measured afterwards all go through the real store and handlers.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] First = ["John", "Maria", "Tomas", "Anna", "Pieter", "Olga", "Karl", "Ines", "Marek", "Lena", "Jonas", "Sofia", "Ivan", "Clara", "Emil", "Nora", "Pavel", "Greta", "Luca", "Ilse"];
    private static readonly string[] Last = ["Brenn", "Quill", "Vaara", "Sarre", "Holm", "Dvorak", "Lind", "Moreau", "Kowal", "Berg", "Novak", "Falk", "Rossi", "Weber", "Nagy", "Petrov", "Costa", "Jansen", "Keller", "Marsh", "Healey", "Lecornu", "Rubio", "Peskov", "Starmer"];
    private static readonly string[] Words = ("troops ceasefire coalition guarantee force border talks air cover backstop peace deal Ukraine Europe Moscow " +
        "sanctions plan mission headquarters deployment navy drones security pressure ball court table commitment readiness summit allies " +
        "minister treaty region convoy harbour winter spring promise signal veto people planes ships numbers locations partners leaders").Split(' ');

    public static async Task FillAsync(string path, int quotes, int seed)
    {
        var random = new Random(seed);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var article = Command(connection, transaction,
            "INSERT INTO articles(key, article_id, origin, text_hash, title, body, url, source, published, ingested_at, story_key) VALUES ($k, $id, 'bench', $id, $t, $b, NULL, $s, $p, $p, $k)",
            "$k", "$id", "$t", "$b", "$s", "$p");
        await using var quote = Command(connection, transaction,
            "INSERT INTO quotes(key, article_key, speaker, speaker_folded, role, text, kind, start_offset, end_offset) VALUES ($q, $k, $sp, $f, NULL, $x, 'direct', 0, $n)",
            "$q", "$k", "$sp", "$f", "$x", "$n");
        await using var fts = Command(connection, transaction, "INSERT INTO quotes_fts(rowid, speaker, text) VALUES ($q, $sp, $x)", "$q", "$sp", "$x");
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var key = 0L;
        for (var a = 1; key < quotes; a++)
        {
            var published = start.AddMinutes(a * 3).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            Set(article, a, $"bench-{a}", $"Story {a}", "body", $"Outlet {a % 7}", published);
            await article.ExecuteNonQueryAsync();
            for (var i = 0; i < 10 && key < quotes; i++)
            {
                key++;
                var speaker = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}";
                var text = string.Join(' ', Enumerable.Range(0, 12 + random.Next(12)).Select(_ => Words[random.Next(Words.Length)]));
                Set(quote, key, a, speaker, speaker.ToLowerInvariant(), text, text.Length);
                await quote.ExecuteNonQueryAsync();
                Set(fts, key, speaker, text);
                await fts.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
    }
}
