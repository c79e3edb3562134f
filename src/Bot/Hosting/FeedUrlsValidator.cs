namespace NewsBot.Bot.Hosting;

/// <summary>The checks of the "Feeds" polling settings; each message names the full key.</summary>
internal static class FeedUrlsValidator
{
    public static IEnumerable<string> Validate(FeedOptions options)
    {
        if (options.SettleMilliseconds is < 50 or > 60000)
            yield return $"Feeds:SettleMilliseconds must be between 50 and 60000 (was {options.SettleMilliseconds}).";
        if (options.DefaultIntervalSeconds is < 60 or > 86400)
            yield return $"Feeds:DefaultIntervalSeconds must be between 60 and 86400 (was {options.DefaultIntervalSeconds}).";
        if (options.MaxFeedBytes is < 1024 or > 100 * 1024 * 1024)
            yield return $"Feeds:MaxFeedBytes must be between 1024 and 104857600 (was {options.MaxFeedBytes}).";
        if (options.RequestTimeoutSeconds is < 1 or > 300)
            yield return $"Feeds:RequestTimeoutSeconds must be between 1 and 300 (was {options.RequestTimeoutSeconds}).";
        if (options.MaxRetries is < 0 or > 10)
            yield return $"Feeds:MaxRetries must be between 0 and 10 (was {options.MaxRetries}).";
        var seen = new HashSet<Uri>();
        for (var i = 0; i < (options.Urls ?? []).Count; i++)
        {
            var feed = options.Urls![i];
            var key = $"Feeds:Urls:{i}";
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                yield return $"{key}:Url must be an absolute http or https URL (was '{feed.Url}').";
            else if (!seen.Add(url))
                yield return $"{key}:Url repeats a feed listed earlier ('{feed.Url}').";
            if (feed.IntervalSeconds is < 10 or > 86400)
                yield return $"{key}:IntervalSeconds must be between 10 and 86400 (was {feed.IntervalSeconds}).";
        }
    }
}
