using System.Text.Json.Nodes;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>
/// The slash commands NewsBot registers, built from the router's command list so Discord offers exactly what the
/// router answers, each with typed, described options. A command without a known option list gets one free-text option.
/// </summary>
internal static class SlashCommandCatalog
{
    private static readonly Dictionary<string, SlashOption[]> Options = new(StringComparer.Ordinal)
    {
        ["whosaid"] = [new("name", "The person or institution, e.g. Healey", Required: true), new("about", "Only quotes about this topic", Keyword: "about"), new("since", "Only since: 24h, 7d, monday, 2025-03-12", Keyword: "since")],
        ["digest"] = [new("since", "The period: 24h, 7d, or a date (default: the last day)", Keyword: "since")],
        ["quotes"] = [new("topic", "What the quotes are about, e.g. air cover", Required: true)],
        ["search"] = [new("terms", "Words to look for in stored articles", Required: true)],
        ["speakers"] = [new("topic", "Only speakers on this topic")],
        ["status"] = [],
        ["help"] = [],
        ["subscribe"] = [new("profile", "The topic profile this channel follows", Required: true), new("time", "Daily digest time, HH:MM", Required: true), new("timezone", "IANA time zone, e.g. Europe/London")],
        ["unsubscribe"] = [],
        ["feeds"] = [new("action", "list, add or remove", Required: true), new("url", "The feed address (for add and remove)")],
    };

    /// <summary>The option list of <paramref name="command"/>.</summary>
    public static IReadOnlyList<SlashOption> OptionsOf(ICommandHandler command) =>
        Options.TryGetValue(command.Name, out var options)
            ? options
            : command.Usage.Length == 0 ? [] : [new SlashOption("text", Clip(command.Usage))];

    /// <summary>The declared options of the command called <paramref name="name"/> (none when it has no list).</summary>
    public static IReadOnlyList<SlashOption> Declared(string name) => Options.TryGetValue(name, out var options) ? options : [];

    /// <summary>The commands for one bulk overwrite: every routed command but the free-text "ask", plus /help.</summary>
    public static JsonArray Build(IEnumerable<ICommandHandler> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var list = new JsonArray();
        foreach (var command in commands.Where(c => c.Name != "ask").OrderBy(c => c.Name, StringComparer.Ordinal))
            list.Add(Command(command.Name, command.Description, OptionsOf(command)));
        if (!commands.Any(c => c.Name == "help"))
            list.Add(Command("help", "The commands NewsBot answers", []));
        return list;
    }

    private static JsonObject Command(string name, string description, IReadOnlyList<SlashOption> options) => new()
    {
        ["name"] = name,
        ["type"] = 1,
        ["description"] = Clip(description),
        ["options"] = new JsonArray(options.OrderByDescending(o => o.Required).Take(25).Select(o => (JsonNode)new JsonObject
        {
            ["type"] = o.Type,
            ["name"] = o.Name,
            ["description"] = Clip(o.Description),
            ["required"] = o.Required,
        }).ToArray()),
    };

    private static string Clip(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
