using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>
/// /subscribe [PROFILE] [at HH:MM] [in TIME/ZONE]: a daily digest in this channel (administrators only). The time is
/// stored as a cron expression in the channel's IANA time zone; the scheduler picks the change up within a minute.
/// </summary>
public sealed class SubscribeHandler(ISubscriptionStore store, ProfileCatalog profiles) : ICommandHandler
{
    /// <summary>The time of day used when none is given.</summary>
    public const string DefaultTime = "08:00";

    /// <summary>The time zone used when none is given.</summary>
    public const string DefaultTimeZone = "UTC";

    /// <inheritdoc />
    public string Name => "subscribe";

    /// <inheritdoc />
    public string Usage => "[PROFILE] [at HH:MM] [in TIME/ZONE]";

    /// <inheritdoc />
    public string Description => "Post a daily digest in this channel (administrators)";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsAdmin)
            return AdminOnly.Refusal(Name);
        var words = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? profile = null, time = null, zone = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Equals("at", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length)
                time = words[++i];
            else if (words[i].Equals("in", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length)
                zone = words[++i];
            else if (profile is null)
                profile = words[i];
            else
                return Usage_($"I don't understand '{words[i]}'.");
        }

        profile ??= request.Profile ?? profiles.Default.Profile.Name;
        if (!profiles.Profiles.ContainsKey(profile))
            return Usage_($"There is no topic profile '{profile}' (there are: {string.Join(", ", profiles.Profiles.Keys.Order(StringComparer.Ordinal))}).");
        if (!TimeOnly.TryParseExact(time ?? DefaultTime, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return Usage_($"I can't read the time '{time}'; use 24-hour HH:MM, e.g. at 07:30.");
        zone ??= DefaultTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            return Usage_($"I don't know the time zone '{zone}'; use an IANA name such as Europe/London.");

        var cron = string.Create(CultureInfo.InvariantCulture, $"0 {at.Minute} {at.Hour} * * ?");
        await store.UpsertSubscriptionAsync(
            new ChannelSubscription(request.Platform, request.ChannelId, profile, cron, zone) { CreatedBy = request.UserId }, cancellationToken);
        return ChatAnswer.Text("Subscribed",
            string.Create(CultureInfo.InvariantCulture, $"This channel gets the daily {profile} digest at {at:HH\\:mm} {zone}, covering the 24 hours before."));
    }

    private ChatAnswer Usage_(string problem) =>
        ChatAnswer.Text("Subscribe", $"{problem}\nUsage: /{Name} {Usage}", ephemeral: true);
}
