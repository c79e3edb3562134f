using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Hosting;

/// <summary>
/// Builds the host every command uses: appsettings.json beside the executable, then NEWSBOT__ environment
/// variables; logs on standard error so standard output stays the chat and the command results.
/// </summary>
internal static class BotHost
{
    /// <param name="minimumLevel">The least important log level written.</param>
    /// <param name="settings">Configuration that overrides the file and the environment (tests, command-line flags).</param>
    public static HostApplicationBuilder CreateBuilder(LogLevel minimumLevel = LogLevel.Information, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("NEWSBOT__");
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.AddNewsBotCore();
        return builder;
    }

    /// <summary>Runs every options validator now, as ValidateOnStart would, for commands that do not start the host.</summary>
    public static void ValidateConfiguration(IServiceProvider services) =>
        services.GetService<IStartupValidator>()?.Validate();
}
