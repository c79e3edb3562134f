using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsBot.Bot.Ingestion;

/// <summary>Registers store migration and the feed-folder watcher (migration first: hosted services start in order).</summary>
internal static class IngestionSetup
{
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StoreMigrationService>();
        builder.Services.AddHostedService<FolderWatchService>();
        return builder;
    }
}
