using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Slack.Rendering;

/// <summary>
/// Renders a <see cref="ChatAnswer"/> as Block Kit: a header, sections for text, each quote with a context line
/// (speaker, outlet, date, link), link lists and a footer, split across messages within <see cref="SlackLimits"/>.
/// A quote with its attribution, and every link, stays whole. All user and feed text goes through <see cref="SlackText"/>.
/// </summary>
internal static class SlackBlockRenderer
{
    private const string Continued = " (continued)";

    /// <summary>The messages that carry <paramref name="answer"/>, in order (at least one).</summary>
    public static IReadOnlyList<SlackMessage> Render(ChatAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var units = Units(answer).ToList();
        var messages = new List<SlackMessage>();
        var blocks = new JsonArray(Header(answer.Title, continued: false));
        var size = Size(blocks[0]!);
        foreach (var unit in units)
        {
            var unitSize = unit.Sum(Size);
            if (blocks.Count > 1 && (blocks.Count + unit.Count > SlackLimits.BlocksPerMessage || size + unitSize > SlackLimits.BlocksJson))
            {
                messages.Add(new SlackMessage(Fallback(answer, messages.Count), blocks));
                blocks = new JsonArray(Header(answer.Title, continued: true));
                size = Size(blocks[0]!);
            }

            foreach (var block in unit)
                blocks.Add(block);
            size += unitSize;
        }

        messages.Add(new SlackMessage(Fallback(answer, messages.Count), blocks));
        return messages;
    }

    private static IEnumerable<List<JsonObject>> Units(ChatAnswer answer)
    {
        foreach (var section in answer.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
                yield return [Section("*" + SlackText.Escape(SlackText.Truncate(section.Heading, 500)) + "*")];
            if (!string.IsNullOrWhiteSpace(section.Body))
            {
                foreach (var piece in SlackText.Split(SlackText.Escape(section.Body), SlackLimits.SectionText))
                    yield return [Section(piece)];
            }

            foreach (var quote in section.Quotes)
                yield return Quote(quote);
            foreach (var piece in LinkLines(section.Links))
                yield return [Section(piece)];
        }

        if (!string.IsNullOrWhiteSpace(answer.Footer))
            yield return [Context([SlackText.Escape(SlackText.Truncate(answer.Footer, 1900))])];
    }

    private static List<JsonObject> Quote(AnswerQuote quote)
    {
        // One line, so a single "> " marker makes it a block quote; room is left for it and the quote marks.
        var pieces = SlackText.Split(SlackText.Escape(quote.Text.ReplaceLineEndings(" ")), SlackLimits.SectionText - 10).ToList();
        var unit = new List<JsonObject>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var text = (i == 0 ? "“" : "") + pieces[i] + (i == pieces.Count - 1 ? "”" : "");
            unit.Add(Section("> " + text));
        }

        var who = "— *" + SlackText.Escape(SlackText.Truncate(quote.Speaker, 200)) + "*"
            + (string.IsNullOrEmpty(quote.Role) ? "" : ", " + SlackText.Escape(SlackText.Truncate(quote.Role, 300)));
        var elements = new List<string> { who };
        if (!string.IsNullOrEmpty(quote.Outlet))
            elements.Add(SlackText.Escape(SlackText.Truncate(quote.Outlet, 200)));
        if (quote.Date is { } date)
            elements.Add(date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (quote.Url is not null)
            elements.Add(SlackText.Link(quote.Url, "source"));
        unit.Add(Context(elements));
        return unit;
    }

    /// <summary>One line per link, grouped into sections of at most 3000 characters; a link is never cut.</summary>
    private static IEnumerable<string> LinkLines(IReadOnlyList<AnswerLink> links)
    {
        var text = new StringBuilder();
        foreach (var link in links)
        {
            var line = "• " + SlackText.Link(link.Url, SlackText.Truncate(link.Title, 300))
                + (string.IsNullOrEmpty(link.Outlet) ? "" : " · " + SlackText.Escape(SlackText.Truncate(link.Outlet, 200)));
            if (text.Length > 0 && text.Length + 1 + line.Length > SlackLimits.SectionText)
            {
                yield return text.ToString();
                text.Clear();
            }

            text.Append(text.Length > 0 ? "\n" : "").Append(line);
        }

        if (text.Length > 0)
            yield return text.ToString();
    }

    private static JsonObject Header(string title, bool continued)
    {
        var suffix = continued ? Continued : "";
        // Escaped like mrkdwn (Slack decodes the three entities everywhere), cut before escaping so no entity is split.
        var limit = SlackLimits.HeaderText - suffix.Length;
        var room = limit;
        var text = SlackText.Escape(SlackText.Truncate(title, room));
        while (text.Length > limit)
        {
            room = Math.Max(1, Math.Min(room - 1, room * limit / text.Length));
            text = SlackText.Escape(SlackText.Truncate(title, room));
        }

        return new JsonObject
        {
            ["type"] = "header",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text + suffix, ["emoji"] = false },
        };
    }

    // verbatim: Slack must not auto-link channel names or parse mentions out of quoted text.
    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn, ["verbatim"] = true },
    };

    private static JsonObject Context(IEnumerable<string> elements)
    {
        var array = new JsonArray();
        foreach (var element in elements.Take(SlackLimits.ContextElements))
            array.Add(new JsonObject { ["type"] = "mrkdwn", ["text"] = element, ["verbatim"] = true });
        return new JsonObject { ["type"] = "context", ["elements"] = array };
    }

    private static string Fallback(ChatAnswer answer, int index)
    {
        var first = answer.Sections.Select(s => s.Body ?? (s.Quotes.Count > 0 ? s.Quotes[0].Text : null)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var text = answer.Title + (index > 0 ? Continued : first is null ? "" : ": " + first);
        return SlackText.Escape(SlackText.Truncate(text, SlackLimits.FallbackText));
    }

    private static int Size(JsonNode block) => block.ToJsonString().Length + 1;
}
