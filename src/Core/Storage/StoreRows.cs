using System.Data.Common;

namespace NewsBot.Core.Storage;

/// <summary>
/// Row reading the SQLite and PostgreSQL stores share: the SQL differs by dialect, but turning rows into values does
/// not, so both stores read through these.
/// </summary>
internal static class StoreRows
{
    /// <summary>Runs <paramref name="command"/> and maps every row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct))
            list.Add(read(reader));
        return list;
    }

    /// <summary>The first column as text.</summary>
    public static string FirstString(DbDataReader reader) => reader.GetString(0);

    /// <summary>A speaker count row: speaker, role (nullable), number of quotes.</summary>
    public static SpeakerCount SpeakerCount(DbDataReader reader) =>
        new(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2));

    /// <summary>A subscriptions row: platform, channel_id, profile, cron, time_zone, created_by.</summary>
    public static ChannelSubscription Subscription(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))
        {
            CreatedBy = reader.IsDBNull(5) ? null : reader.GetString(5),
        };
}
