using Microsoft.Extensions.Hosting;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Ingestion;

/// <summary>Applies the store's schema migrations before anything else starts.</summary>
internal sealed class StoreMigrationService(INewsStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
