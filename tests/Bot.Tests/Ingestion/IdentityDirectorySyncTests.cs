using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Ingestion;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Bot.Tests.Ingestion;

public sealed class IdentityDirectorySyncTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsbot-identities-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return Task.CompletedTask;
    }

    private async Task<SqliteNewsStore> OpenAsync()
    {
        var store = new SqliteNewsStore(Path.Combine(_root, "news.db"));
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    private static IdentityDirectorySync Sync(IdentityResolver identities, SqliteNewsStore store) =>
        new(identities, store, new FakeTimeProvider(), NullLogger<IdentityDirectorySync>.Instance);

    [Fact]
    public async Task StartAsync_StoredIdentity_ResolverFoldsItsAlias()
    {
        await using var store = await OpenAsync();
        await store.UpsertIdentityAsync(
            new SpeakerIdentity("Mette Frederiksen", "person") { Aliases = ["Frederiksen"], Roles = ["Danish prime minister"] },
            CancellationToken.None);
        var identities = new IdentityResolver();
        using var sync = Sync(identities, store);

        await sync.StartAsync(CancellationToken.None);
        await sync.StopAsync(CancellationToken.None);

        Assert.Equal("Mette Frederiksen", identities.Resolve("Frederiksen", SpeakerKind.Person).Canonical);
    }

    [Fact]
    public async Task StopAsync_IdentityGrownDuringRun_SavedToDirectory()
    {
        await using var store = await OpenAsync();
        var identities = new IdentityResolver();
        using var sync = Sync(identities, store);
        await sync.StartAsync(CancellationToken.None);

        identities.Resolve("Kaja Kallas", SpeakerKind.Person, "EU foreign policy chief");
        await sync.StopAsync(CancellationToken.None);

        var stored = Assert.Single(await store.ListIdentitiesAsync(CancellationToken.None));
        Assert.Equal("Kaja Kallas", stored.Canonical);
        Assert.Contains("EU foreign policy chief", stored.Roles);
    }

    [Fact]
    public async Task StartAsync_SavedByEarlierRun_NextResolverKnowsIt()
    {
        await using var store = await OpenAsync();
        var first = new IdentityResolver();
        using (var sync = Sync(first, store))
        {
            await sync.StartAsync(CancellationToken.None);
            first.Resolve("Sébastien Lecornu", SpeakerKind.Person);
            await sync.StopAsync(CancellationToken.None);
        }

        var second = new IdentityResolver();
        using var again = Sync(second, store);
        await again.StartAsync(CancellationToken.None);
        await again.StopAsync(CancellationToken.None);

        Assert.Equal("Sébastien Lecornu", second.Resolve("Lecornu", SpeakerKind.Person).Canonical);
    }
}
