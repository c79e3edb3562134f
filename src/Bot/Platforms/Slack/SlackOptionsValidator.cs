using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Platforms.Slack;

/// <summary>
/// Start-up checks of the "Slack" section. Every message names the full key; no message ever shows a token,
/// a secret or a webhook URL, only what shape was expected.
/// </summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        var botEnabled = !string.IsNullOrWhiteSpace(options.BotToken);
        if (botEnabled)
            ValidateBot(options, errors);
        foreach (var (key, url) in options.WebhookUrls)
        {
            if (url is null || !url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
                errors.Add($"Slack:WebhookUrls:{key} must be an absolute https URL (https://hooks.slack.com/services/...); the value is not shown.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateBot(SlackOptions options, List<string> errors)
    {
        if (!HasPrefix(options.BotToken, "xoxb-"))
            errors.Add("Slack:BotToken must be a bot token starting with xoxb- (set NEWSBOT__Slack__BotToken); the value is not shown.");
        if (options.Mode == SlackMode.SocketMode && !HasPrefix(options.AppToken, "xapp-"))
            errors.Add("Slack:AppToken must be an app-level token starting with xapp- when Slack:Mode is SocketMode (set NEWSBOT__Slack__AppToken); the value is not shown.");
        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
            errors.Add("Slack:SigningSecret is required when Slack:Mode is Http (set NEWSBOT__Slack__SigningSecret).");
        if (!Enum.IsDefined(options.Mode))
            errors.Add("Slack:Mode must be SocketMode or Http.");
        if (options.ApiBaseUrl is null || !options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
            errors.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL such as https://slack.com/api/ (was '{options.ApiBaseUrl}').");
        if (options.Connections is < 1 or > 10)
            errors.Add($"Slack:Connections must be between 1 and 10 (was {options.Connections}).");
        if (options.Mode == SlackMode.Http && !Uri.TryCreate(options.HttpListenUrl, UriKind.Absolute, out _))
            errors.Add($"Slack:HttpListenUrl must be an absolute URL such as http://0.0.0.0:3000 (was '{options.HttpListenUrl}').");
        if (!(options.CommandPrefix ?? "").All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            errors.Add($"Slack:CommandPrefix may hold only lower-case letters, digits, - and _ (was '{options.CommandPrefix}').");
        for (var i = 0; i < options.Channels.Count; i++)
            ValidateChannel(options.Channels[i], $"Slack:Channels:{i}", errors);
        for (var i = 0; i < options.AdminUserIds.Count; i++)
        {
            if (!IsSlackId(options.AdminUserIds[i], "UW"))
                errors.Add($"Slack:AdminUserIds:{i} must be a user id such as U012AB3CD (was '{options.AdminUserIds[i]}').");
        }
    }

    private static void ValidateChannel(SlackChannelOptions channel, string key, List<string> errors)
    {
        if (!IsSlackId(channel.Id, "CGD"))
            errors.Add($"{key}:Id must be a channel id such as C012AB3CD (was '{channel.Id}').");
        if (!string.IsNullOrWhiteSpace(channel.DigestCron) && !Quartz.CronExpression.TryParse(channel.DigestCron, out _))
            errors.Add($"{key}:DigestCron must be a Quartz cron expression such as '0 0 8 * * ?' (was '{channel.DigestCron}').");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone ?? "", out _))
            errors.Add($"{key}:TimeZone must be an IANA time zone such as Europe/London (was '{channel.TimeZone}').");
    }

    private static bool HasPrefix(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length + 8 && !value.Any(char.IsWhiteSpace);

    private static bool IsSlackId(string? value, string firstLetters) =>
        value is { Length: >= 3 } && firstLetters.Contains(value[0], StringComparison.Ordinal) && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
