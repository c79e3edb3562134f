using Microsoft.Extensions.Hosting;

namespace NewsBot.Bot.Scheduling;

/// <summary>Applies Quartz's PostgreSQL tables before the scheduler starts (registered ahead of Quartz's hosted service).</summary>
internal sealed class QuartzSchemaMigrationService(string connectionString) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => PostgresQuartzSchema.MigrateAsync(connectionString, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
