using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Platforms.Discord.Rest;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>
/// Registers the slash commands with one idempotent bulk overwrite: in the development guild when one is
/// configured (instant), globally otherwise. Running it again with the same commands changes nothing.
/// </summary>
internal sealed partial class SlashCommandRegistrar(
    DiscordRestClient rest, CommandRouter router, IOptions<DiscordOptions> options, ILogger<SlashCommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guild = string.IsNullOrEmpty(options.Value.DevelopmentGuildId) ? null : options.Value.DevelopmentGuildId;
        var commands = SlashCommandCatalog.Build(router.Commands);
        await rest.SendAsync(DiscordRoutes.OverwriteCommands(applicationId, guild, commands), cancellationToken);
        LogRegistered(commands.Count, guild ?? "all guilds (global)");
    }

    [LoggerMessage(EventId = 6170, Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands for {Scope}")]
    private partial void LogRegistered(int count, string scope);
}
