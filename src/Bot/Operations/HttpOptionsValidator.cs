using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Operations;

/// <summary>Checks the "Http" section; every failure names its full key.</summary>
internal sealed class HttpOptionsValidator : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        if (!options.Enabled)
            return ValidateOptionsResult.Success;
        var urls = (options.Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
            return ValidateOptionsResult.Fail("Http:Urls must list at least one URL such as http://0.0.0.0:8080 when Http:Enabled is true.");
        var bad = urls.Where(u => !Uri.TryCreate(u.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Http:Urls must be http or https URLs (not '{string.Join("', '", bad)}').");
    }
}
