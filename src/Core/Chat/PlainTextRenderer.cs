using System.Globalization;
using System.Text;

namespace NewsBot.Core.Chat;

/// <summary>Renders an answer as plain text for the console and for command-line output.</summary>
public static class PlainTextRenderer
{
    /// <summary>The answer as lines of text.</summary>
    public static string Render(ChatAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder();
        text.Append("== ").Append(answer.Title).Append(" ==\n");
        foreach (var section in answer.Sections)
        {
            text.Append('\n');
            if (section.Heading is not null)
                text.Append("# ").Append(section.Heading).Append('\n');
            if (section.Body is not null)
                text.Append(section.Body).Append('\n');
            foreach (var quote in section.Quotes)
                text.Append("  “").Append(quote.Text).Append("” — ").Append(Attribution(quote)).Append('\n');
            foreach (var link in section.Links)
                text.Append("  · ").Append(link.Outlet ?? "source").Append(": ").Append(link.Title).Append(link.Url is null ? "" : " <" + link.Url + ">").Append('\n');
        }

        if (answer.Footer is not null)
            text.Append('\n').Append(answer.Footer).Append('\n');
        return text.ToString();
    }

    /// <summary>"John Healey, UK Defence Secretary (Outlet, 2025-03-12)".</summary>
    public static string Attribution(AnswerQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var text = new StringBuilder(quote.Speaker);
        if (!string.IsNullOrEmpty(quote.Role))
            text.Append(", ").Append(quote.Role);
        var where = new List<string>();
        if (!string.IsNullOrEmpty(quote.Outlet))
            where.Add(quote.Outlet);
        if (quote.Date is { } date)
            where.Add(date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (where.Count > 0)
            text.Append(" (").Append(string.Join(", ", where)).Append(')');
        return text.ToString();
    }
}
