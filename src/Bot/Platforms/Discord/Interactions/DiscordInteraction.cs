using System.Globalization;
using System.Text.Json;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>The parts of an interaction NewsBot uses. The token is a secret for 15 minutes: never logged.</summary>
internal sealed record DiscordInteraction(
    string Id, string ApplicationId, string Token, int Type, string? CommandName, string ChannelId, string? GuildId, string UserId, bool IsAdmin)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;

    // ADMINISTRATOR (1 << 3) or MANAGE_GUILD (1 << 5) may change channel settings.
    private const ulong AdminPermissions = (1UL << 3) | (1UL << 5);

    /// <summary>Name/value pairs of the command's options, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    public static DiscordInteraction Parse(JsonElement d)
    {
        var member = d.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        var user = member is { } mm && mm.TryGetProperty("user", out var mu) ? mu : d.TryGetProperty("user", out var u) ? u : default;
        var permissions = member is { } p && p.TryGetProperty("permissions", out var perms) && ulong.TryParse(perms.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0UL;
        var data = d.TryGetProperty("data", out var dd) ? dd : default;
        var options = new List<KeyValuePair<string, string>>();
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("options", out var opts) && opts.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in opts.EnumerateArray())
            {
                if (option.TryGetProperty("value", out var value))
                    options.Add(new(option.GetProperty("name").GetString() ?? "", value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText()));
            }
        }

        return new DiscordInteraction(
            d.GetProperty("id").GetString()!,
            d.GetProperty("application_id").GetString()!,
            d.GetProperty("token").GetString()!,
            d.GetProperty("type").GetInt32(),
            data.ValueKind == JsonValueKind.Object && data.TryGetProperty("name", out var name) ? name.GetString() : null,
            d.TryGetProperty("channel_id", out var channel) ? channel.GetString() ?? "" : "",
            d.TryGetProperty("guild_id", out var guild) ? guild.GetString() : null,
            user.ValueKind == JsonValueKind.Object ? user.GetProperty("id").GetString() ?? "" : "",
            (permissions & AdminPermissions) != 0)
        {
            Options = options,
        };
    }

    public override string ToString() => $"interaction {Id} /{CommandName} in {ChannelId}";
}
