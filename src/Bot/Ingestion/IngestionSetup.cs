using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsBot.Bot.Ingestion;

/// <summary>Registers store migration, the speaker-directory sync, the feed-folder watcher and the feed poller (migration first: hosted services start in order).</summary>
internal static class IngestionSetup
{
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StoreMigrationService>();
        builder.Services.AddHostedService<IdentityDirectorySync>();
        builder.Services.AddHostedService<FolderWatchService>();
        builder.Services.AddHostedService<FeedPollService>();
        return builder;
    }
}
