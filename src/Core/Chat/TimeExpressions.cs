using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Chat;

/// <summary>Reads the time expressions editors type: "24h", "7d", "2w", "2025-03-12", "monday", "yesterday", "this week".</summary>
public static partial class TimeExpressions
{
    /// <summary>The moment <paramref name="text"/> points to, relative to <paramref name="now"/>; null when unreadable.</summary>
    public static DateTimeOffset? Since(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim().ToLowerInvariant();
        var duration = Duration().Match(value);
        if (duration.Success)
        {
            var amount = int.Parse(duration.Groups[1].Value, CultureInfo.InvariantCulture);
            return duration.Groups[2].Value switch
            {
                "m" => now.AddMinutes(-amount),
                "h" => now.AddHours(-amount),
                "d" => now.AddDays(-amount),
                _ => now.AddDays(-7 * amount),
            };
        }

        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        switch (value)
        {
            case "today":
                return today;
            case "yesterday":
                return today.AddDays(-1);
            case "this week":
            case "the past week":
            case "the last week":
                return now.AddDays(-7);
            case "last week":
                return now.AddDays(-14);
            case "this month":
                return now.AddDays(-30);
        }

        if (Enum.TryParse<DayOfWeek>(value, ignoreCase: true, out var day) && !int.TryParse(value, out _))
        {
            var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
            return today.AddDays(back == 0 ? -7 : -back);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    /// <summary>A duration such as "24h" or "7d"; null when unreadable.</summary>
    public static TimeSpan? Duration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = DateTimeOffset.UnixEpoch.AddYears(100);
        var match = Duration().Match(text.Trim().ToLowerInvariant());
        return match.Success ? now - Since(text, now) : null;
    }

    [GeneratedRegex(@"^(\d{1,4})\s*(m|h|d|w)$")]
    private static partial Regex Duration();
}
