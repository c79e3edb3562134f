using System.Text;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>Turns a slash command interaction into the router's request: options become the argument text.</summary>
internal static class InteractionRequests
{
    public static ChatRequest ToRequest(DiscordInteraction interaction, string? profile)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var command = interaction.CommandName ?? "help";
        var declared = SlashCommandCatalog.Declared(command);
        var arguments = new StringBuilder();
        foreach (var (name, value) in interaction.Options.OrderBy(o => IndexOf(declared, o.Key)))
        {
            if (value.Trim().Length == 0)
                continue;
            var keyword = declared.FirstOrDefault(d => d.Name == name)?.Keyword;
            if (arguments.Length > 0)
                arguments.Append(' ');
            if (keyword is not null)
                arguments.Append(keyword).Append(' ');
            arguments.Append(value.Trim());
        }

        return new ChatRequest("discord", interaction.ChannelId, interaction.UserId, command, arguments.ToString())
        {
            IsAdmin = interaction.IsAdmin,
            Profile = profile,
        };
    }

    private static int IndexOf(IReadOnlyList<SlashOption> declared, string name)
    {
        for (var i = 0; i < declared.Count; i++)
        {
            if (declared[i].Name == name)
                return i;
        }

        return declared.Count;
    }
}
