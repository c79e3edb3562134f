using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Commands;

/// <summary>
/// The top-level boundary of every command: a configuration or input error becomes a clear message on standard
/// error and exit code 2 (with the key or file it concerns), never a stack trace.
/// </summary>
internal static class CommandRunner
{
    public const int ConfigurationError = 2;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("Configuration error:");
            foreach (var failure in e.Failures)
                await Console.Error.WriteLineAsync("  " + failure);
            return ConfigurationError;
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + e.Message);
            return ConfigurationError;
        }
        catch (DirectoryNotFoundException e)
        {
            await Console.Error.WriteLineAsync("Error: " + e.Message);
            return ConfigurationError;
        }
    }
}
