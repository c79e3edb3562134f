using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Ingestion;

/// <summary>
/// Publication dates as feeds and pages really write them: RFC 822 with or without weekday, seconds or a numeric
/// zone (and with a wrong weekday, which is ignored), zone names (GMT, EST, CEST...), two-digit years, full month
/// names, ISO 8601 with or without time and zone. Unreadable dates are null, never an error: an item without a
/// date is still news. A date with no zone is taken as UTC.
/// </summary>
public static partial class PublicationDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["MSK"] = "+03:00", ["IST"] = "+05:30", ["JST"] = "+09:00", ["AEST"] = "+10:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm zzz", "d MMM yyyy", "d MMMM yyyy",
    ];

    /// <summary>The date in <paramref name="value"/>, or null when there is none or it cannot be read.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = Spaces().Replace(value.Trim(), " ");
        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
            return iso;

        var rfc = Weekday().Replace(text, "");
        rfc = rfc.Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        rfc = ZoneName().Replace(rfc, m => Zones.TryGetValue(m.Groups["zone"].Value, out var offset) ? " " + offset : m.Value);
        rfc = NumericZone().Replace(rfc, " ${sign}${h}:${m}");
        if (!ZoneAtEnd().IsMatch(rfc) && TimeAtEnd().IsMatch(rfc))
            rfc += " +00:00";
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[A-Za-z]{3,9}\.?,?\s+(?=\d)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+(?<zone>[A-Za-z]{1,4})$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"\s*(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$")]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"[+-]\d{2}:\d{2}$")]
    private static partial Regex ZoneAtEnd();

    [GeneratedRegex(@"\d{1,2}:\d{2}(:\d{2})?$")]
    private static partial Regex TimeAtEnd();
}
