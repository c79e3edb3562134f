using System.Text;

namespace NewsBot.Bot.Platforms.Discord.Rendering;

/// <summary>Escapes plain text for Discord markdown so quoted and feed text shows as written.</summary>
internal static class DiscordMarkdown
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // '<' stops "<@123>" and "<#123>" from rendering as mentions; the rest are markdown's own.
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '<' or '>')
                escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A masked link "[title](url)", or the title alone when the URL is unusable in markdown.</summary>
    public static string Link(string title, Uri? url)
    {
        var label = Escape(title);
        if (url is null || !url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return label;
        var address = url.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal);
        return address.Length > 512 ? label : $"[{label}]({address})";
    }
}
