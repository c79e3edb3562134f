using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>The topic profile each configured channel follows (null: the default profile).</summary>
internal sealed class DiscordChannelProfiles(IOptions<DiscordOptions> options)
{
    public string? ProfileOf(string channelId) =>
        options.Value.Channels.FirstOrDefault(c => c.Id == channelId) is { Profile: { Length: > 0 } profile } ? profile : null;
}
