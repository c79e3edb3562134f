using System.Globalization;
using System.Text;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord.Rendering;

/// <summary>
/// Renders a <see cref="ChatAnswer"/> as embeds within all of Discord's limits, split across as many messages as
/// it takes. Splits fall between blocks (paragraph pieces, quotes, link lines), so no word or link is cut.
/// </summary>
internal static class DiscordRenderer
{
    public static IReadOnlyList<DiscordMessage> Render(ChatAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var embeds = new List<DiscordEmbed>();
        for (var i = 0; i < answer.Sections.Count; i++)
        {
            var section = answer.Sections[i];
            var blocks = Blocks(section).ToList();
            var title = i == 0 ? answer.Title : section.Heading;
            if (i == 0 && section.Heading is not null)
                blocks.Insert(0, "**" + DiscordMarkdown.Escape(TextSplitter.Truncate(section.Heading, DiscordLimits.Title)) + "**");
            embeds.AddRange(Pack(title is null ? null : TextSplitter.Truncate(title, DiscordLimits.Title), blocks));
        }

        if (embeds.Count == 0)
            embeds.Add(new DiscordEmbed(TextSplitter.Truncate(answer.Title, DiscordLimits.Title), "", null));
        if (answer.Footer is not null)
        {
            var last = embeds[^1];
            var room = Math.Min(DiscordLimits.Footer, DiscordLimits.EmbedTotal - last.Length);
            embeds[^1] = room >= 20 && room >= Math.Min(answer.Footer.Length, 200)
                ? last with { Footer = TextSplitter.Truncate(answer.Footer, room) }
                : new DiscordEmbed(null, "", TextSplitter.Truncate(answer.Footer, DiscordLimits.Footer));
        }

        return Messages(embeds);
    }

    private static IEnumerable<string> Blocks(AnswerSection section)
    {
        if (section.Body is not null)
        {
            foreach (var paragraph in section.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (var piece in TextSplitter.Split(DiscordMarkdown.Escape(paragraph), DiscordLimits.Block))
                    yield return piece;
            }
        }

        foreach (var quote in section.Quotes)
            yield return Quote(quote);
        foreach (var link in section.Links)
        {
            var line = "• " + DiscordMarkdown.Link(TextSplitter.Truncate(link.Title, 200), link.Url) + (link.Outlet is null ? "" : " — " + DiscordMarkdown.Escape(TextSplitter.Truncate(link.Outlet, 100)));
            yield return line;
        }
    }

    private static string Quote(AnswerQuote quote)
    {
        var source = new List<string>();
        if (!string.IsNullOrEmpty(quote.Outlet))
            source.Add(quote.Outlet);
        if (quote.Date is { } date)
            source.Add(date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var who = "— **" + DiscordMarkdown.Escape(TextSplitter.Truncate(quote.Speaker, 100)) + "**"
                  + (string.IsNullOrEmpty(quote.Role) ? "" : ", " + DiscordMarkdown.Escape(TextSplitter.Truncate(quote.Role, 100)))
                  + (source.Count == 0 ? "" : " · " + DiscordMarkdown.Link(TextSplitter.Truncate(string.Join(", ", source), 120), quote.Url));
        var room = Math.Max(60, DiscordLimits.Block - who.Length - 6);
        return "> “" + TextSplitter.Truncate(DiscordMarkdown.Escape(quote.Text), room) + "”\n" + who;
    }

    /// <summary>Blocks into embeds of at most 4096 description characters; only the first embed carries the title.</summary>
    private static IEnumerable<DiscordEmbed> Pack(string? title, IReadOnlyList<string> blocks)
    {
        var description = new StringBuilder();
        foreach (var block in blocks)
        {
            if (description.Length > 0 && description.Length + 2 + block.Length > DiscordLimits.Description)
            {
                yield return new DiscordEmbed(title, description.ToString(), null);
                title = null;
                description.Clear();
            }

            if (description.Length > 0)
                description.Append("\n\n");
            description.Append(block);
        }

        if (description.Length > 0 || title is not null)
            yield return new DiscordEmbed(title, description.ToString(), null);
    }

    /// <summary>Embeds into messages of at most 10 embeds and 6000 characters.</summary>
    private static List<DiscordMessage> Messages(List<DiscordEmbed> embeds)
    {
        var messages = new List<DiscordMessage>();
        var current = new List<DiscordEmbed>();
        var length = 0;
        foreach (var embed in embeds)
        {
            if (current.Count > 0 && (current.Count == DiscordLimits.EmbedsPerMessage || length + embed.Length > DiscordLimits.EmbedTotal))
            {
                messages.Add(new DiscordMessage(current));
                current = [];
                length = 0;
            }

            current.Add(embed);
            length += embed.Length;
        }

        if (current.Count > 0)
            messages.Add(new DiscordMessage(current));
        return messages;
    }
}
