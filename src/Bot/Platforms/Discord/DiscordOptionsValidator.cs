using Microsoft.Extensions.Options;
using Quartz;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Start-up checks of the "Discord" section; each failure names the full key and never shows a secret.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (DiscordToken.Problem(options.Token) is { } problem)
            errors.Add("Discord:Token " + problem + ".");
        CheckSnowflake(errors, "Discord:ApplicationId", options.ApplicationId);
        CheckSnowflake(errors, "Discord:DevelopmentGuildId", options.DevelopmentGuildId);
        if (!Uri.TryCreate(options.RestBaseUrl, UriKind.Absolute, out var rest) || rest.Scheme is not ("https" or "http"))
            errors.Add($"Discord:RestBaseUrl must be an http(s) address such as https://discord.com/api/v10 (was '{options.RestBaseUrl}').");
        if (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("wss" or "ws"))
            errors.Add($"Discord:GatewayUrl must be a ws(s) address such as wss://gateway.discord.gg (was '{options.GatewayUrl}').");
        if (options.ShardCount < 1)
            errors.Add($"Discord:ShardCount must be at least 1 (was {options.ShardCount}).");
        if (options.ShardId < 0 || options.ShardId >= Math.Max(1, options.ShardCount))
            errors.Add($"Discord:ShardId must be between 0 and Discord:ShardCount - 1 (was {options.ShardId}).");
        if (options.DeferAfterMilliseconds is < 0 or > 2500)
            errors.Add($"Discord:DeferAfterMilliseconds must be between 0 and 2500 (was {options.DeferAfterMilliseconds}).");
        if (options.MinReconnectDelayMilliseconds < 1 || options.MaxReconnectDelayMilliseconds < options.MinReconnectDelayMilliseconds)
            errors.Add("Discord:MinReconnectDelayMilliseconds must be at least 1 and at most Discord:MaxReconnectDelayMilliseconds.");
        foreach (var (key, url) in options.WebhookUrls)
        {
            if (DiscordWebhook.TryParse(url) is null)
                errors.Add($"Discord:WebhookUrls:{key} must be a webhook URL of the form https://discord.com/api/webhooks/ID/TOKEN (the value is not shown).");
        }

        for (var i = 0; i < options.Channels.Count; i++)
            CheckChannel(errors, $"Discord:Channels:{i}", options.Channels[i], options);
        CheckInteractions(errors, options.Interactions);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckChannel(List<string> errors, string key, DiscordChannelOptions channel, DiscordOptions options)
    {
        if (channel.Id.StartsWith("webhook:", StringComparison.Ordinal))
        {
            if (!options.WebhookUrls.ContainsKey(channel.Id["webhook:".Length..]))
                errors.Add($"{key}:Id names webhook '{channel.Id["webhook:".Length..]}', which Discord:WebhookUrls does not define.");
        }
        else if (!IsSnowflake(channel.Id))
        {
            errors.Add($"{key}:Id must be a channel id (digits) or webhook:NAME (was '{channel.Id}').");
        }

        if (!string.IsNullOrWhiteSpace(channel.DigestCron) && !IsCron(channel.DigestCron))
            errors.Add($"{key}:DigestCron must be a Quartz cron expression such as '0 0 8 * * ?' (was '{channel.DigestCron}').");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone, out _))
            errors.Add($"{key}:TimeZone must be an IANA time zone such as Europe/London (was '{channel.TimeZone}').");
    }

    private static void CheckInteractions(List<string> errors, DiscordInteractionsOptions interactions)
    {
        if (!interactions.Enabled)
            return;
        if (!Uri.TryCreate(interactions.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            errors.Add($"Discord:Interactions:Url must be an http(s) address to listen on (was '{interactions.Url}').");
        if (interactions.PublicKey is not { Length: 64 } key || !key.All(Uri.IsHexDigit))
            errors.Add("Discord:Interactions:PublicKey must be the application's public key, 64 hex digits, when Discord:Interactions:Enabled is true.");
    }

    private static void CheckSnowflake(List<string> errors, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !IsSnowflake(value))
            errors.Add($"{key} must be a Discord id (digits only; was '{value}').");
    }

    private static bool IsCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
