using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Bot.Platforms.Slack.Rendering;

/// <summary>
/// Slack text safety: escapes the three control characters so user and feed text can never form a link, a
/// &lt;!channel&gt; or a &lt;@U...&gt; mention, and neutralises the bare broadcast words Slack also honours.
/// </summary>
internal static partial class SlackText
{
    /// <summary>Word joiner: invisible, and it breaks "@here" so no client reads it as a broadcast.</summary>
    private const char WordJoiner = '\u2060';

    /// <summary><paramref name="text"/> as safe mrkdwn or fallback text.</summary>
    public static string Escape(string text) =>
        Broadcast().Replace(EscapeControl(text), m => "@" + WordJoiner + m.Value[1..]);

    /// <summary>Only &amp;, &lt; and &gt; escaped: for URLs, which the broadcast rule must not alter.</summary>
    private static string EscapeControl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>A link &lt;url|label&gt;, or the escaped label alone when the URL is not http(s).</summary>
    public static string Link(Uri? url, string label)
    {
        var safeLabel = Escape(label.Replace('|', '/'));
        if (url is null || !url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return safeLabel;
        return "<" + EscapeControl(url.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal) + "|" + safeLabel + ">";
    }

    /// <summary>Slack's escaped incoming text back to what the user typed.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        if (max <= 1)
            return "…";
        var cut = text.LastIndexOf(' ', max - 1, max - 1);
        if (cut < max / 2)
            cut = max - 1;
        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>
    /// Splits already-escaped text into pieces of at most <paramref name="max"/> characters, at paragraph, line or
    /// word boundaries; a single word longer than that is cut, but never inside an entity such as &amp;amp;.
    /// </summary>
    public static IEnumerable<string> Split(string escaped, int max)
    {
        var rest = escaped.AsMemory();
        while (rest.Length > max)
        {
            var window = rest.Span[..max];
            var cut = window.LastIndexOf("\n\n");
            if (cut < max / 2)
                cut = window.LastIndexOf('\n');
            if (cut < max / 2)
                cut = window.LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = max;
                var amp = window.LastIndexOf('&');
                if (amp > 0 && window[amp..].IndexOf(';') < 0)
                    cut = amp;
            }

            var piece = rest[..cut].ToString().TrimEnd();
            if (piece.Length > 0)
                yield return piece;
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
            yield return rest.ToString();
    }

    [GeneratedRegex(@"@(here|channel|everyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Broadcast();
}
