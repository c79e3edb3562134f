using Microsoft.Extensions.Options;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Hosting;

/// <summary>Start-up checks of each options section; every failure names the full key and what is allowed.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var errors = new List<string>();
        if (options.Provider is not ("sqlite" or "postgres"))
            errors.Add($"Store:Provider must be 'sqlite' or 'postgres' (was '{options.Provider}').");
        if (options.Provider == "sqlite" && string.IsNullOrWhiteSpace(options.SqlitePath))
            errors.Add("Store:SqlitePath must name a file when Store:Provider is 'sqlite'.");
        if (options.Provider == "postgres" && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
            errors.Add("Store:PostgresConnectionString is required when Store:Provider is 'postgres' (set NEWSBOT__Store__PostgresConnectionString).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

internal sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Folder))
            errors.Add("Feeds:Folder must name a folder.");
        if (options.RescanSeconds is < 1 or > 86400)
            errors.Add($"Feeds:RescanSeconds must be between 1 and 86400 (was {options.RescanSeconds}).");
        errors.AddRange(FeedUrlsValidator.Validate(options));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

internal sealed class TopicOptionsValidator : IValidateOptions<TopicOptions>
{
    public ValidateOptionsResult Validate(string? name, TopicOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProfileFolder))
            errors.Add("Topics:ProfileFolder must name a folder.");
        if (string.IsNullOrWhiteSpace(options.DefaultProfile))
            errors.Add("Topics:DefaultProfile must name a profile.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var errors = new List<string>();
        if (options.SummarySentences is < 1 or > 10)
            errors.Add($"Digest:SummarySentences must be between 1 and 10 (was {options.SummarySentences}).");
        if (options.MaxStories is < 1 or > 50)
            errors.Add($"Digest:MaxStories must be between 1 and 50 (was {options.MaxStories}).");
        if (TimeExpressions.Duration(options.DefaultPeriod ?? "") is null)
            errors.Add($"Digest:DefaultPeriod must be a duration such as 24h or 7d (was '{options.DefaultPeriod}').");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
