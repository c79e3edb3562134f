using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Operations;

/// <summary>Checks the "Operations" section; every failure names its full key.</summary>
internal sealed class OperationsOptionsValidator : IValidateOptions<OperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperationsOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.HeartbeatFile))
            errors.Add("Operations:HeartbeatFile must name a file.");
        if (options.HeartbeatSeconds is < 1 or > 300)
            errors.Add($"Operations:HeartbeatSeconds must be between 1 and 300 (was {options.HeartbeatSeconds}).");
        if (options.UserCommandsPerMinute is < 1 or > 1000)
            errors.Add($"Operations:UserCommandsPerMinute must be between 1 and 1000 (was {options.UserCommandsPerMinute}).");
        if (options.ChannelCommandsPerMinute is < 1 or > 10000)
            errors.Add($"Operations:ChannelCommandsPerMinute must be between 1 and 10000 (was {options.ChannelCommandsPerMinute}).");
        if (options.OtlpEndpoint is { } otlp && (!otlp.IsAbsoluteUri || otlp.Scheme is not ("http" or "https")))
            errors.Add($"Operations:OtlpEndpoint must be an absolute http or https address (was '{otlp}').");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
