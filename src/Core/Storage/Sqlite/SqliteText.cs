using System.Globalization;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>How the SQLite store writes times: round-trippable UTC text, which sorts in time order.</summary>
internal static class SqliteText
{
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } v ? Format(v) : null;

    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
