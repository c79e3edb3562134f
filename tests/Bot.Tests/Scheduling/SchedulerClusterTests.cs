using System.Collections.Concurrent;
using Npgsql;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Scheduling;
using NewsBot.Tests.Support;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>Three schedulers clustered on one real PostgreSQL database, as three replicas of the bot would be.</summary>
[Collection(PostgresGroup.Name)]
public sealed class SchedulerClusterTests(PostgresServer server) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private static readonly string[] NodeNames = ["node-a", "node-b", "node-c"];
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task MigrateAsync_RunTwice_CreatesQuartzTablesOnce()
    {
        var database = await server.CreateDatabaseAsync();

        await PostgresQuartzSchema.MigrateAsync(database, CancellationToken.None);
        await PostgresQuartzSchema.MigrateAsync(database, CancellationToken.None);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'qrtz\\_%'", connection);
        Assert.Equal(15L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task ThreeInstances_DigestFires_PostedExactlyOnceByOneInstance()
    {
        var posts = new ConcurrentQueue<RecordingDigestSender.Post>();
        var nodes = await StartClusterAsync(posts, blockFirst: null);
        try
        {
            Assert.True(await SchedulerNode.WaitUntilAsync(() => !posts.IsEmpty, Limit), "no instance posted the digest");
            // Give the other instances several acquisition rounds to (wrongly) fire it again.
            await Task.Delay(TimeSpan.FromSeconds(4));

            Assert.Single(posts);
            Assert.Equal(1, nodes.Sum(n => n.DigestRuns.Count()));
            Assert.Equal(3, (await nodes[0].Scheduler.QueryClusterNodes(CancellationToken.None)).Count);
        }
        finally
        {
            foreach (var node in nodes)
                await node.DisposeAsync();
        }
    }

    [Fact]
    public async Task ThreeInstances_OneKilledWhilePosting_AnotherTakesOverAndPostsOnce()
    {
        var posts = new ConcurrentQueue<RecordingDigestSender.Post>();
        var block = new RecordingDigestSender.BlockFirst();
        var nodes = await StartClusterAsync(posts, block);
        try
        {
            var first = await block.Blocked.Task.WaitAsync(Limit);
            await nodes.Single(n => n.Name == first).KillAsync();

            Assert.True(await SchedulerNode.WaitUntilAsync(() => !posts.IsEmpty, Limit), "no instance took the digest over");
            await Task.Delay(TimeSpan.FromSeconds(3));
            var post = Assert.Single(posts);
            Assert.NotEqual(first, post.Node);
            Assert.Contains(nodes.Where(n => n.Name != first).SelectMany(n => n.DigestRuns), r => r.Succeeded);
        }
        finally
        {
            foreach (var node in nodes)
                await node.DisposeAsync();
        }
    }

    private async Task<List<SchedulerNode>> StartClusterAsync(ConcurrentQueue<RecordingDigestSender.Post> posts, RecordingDigestSender.BlockFirst? blockFirst)
    {
        var database = await server.CreateDatabaseAsync();
        // The store migrates first, as at start-up (StoreMigrationService runs before the scheduler's migration).
        var log = await ClusterDeliveryLog.CreateAsync(database);
        await PostgresQuartzSchema.MigrateAsync(database, CancellationToken.None);
        var store = new StoreOptions { Provider = "postgres", PostgresConnectionString = database };
        var starting = NodeNames.Select(name => SchedulerNode.StartAsync(name, _folder, store, log, new RecordingDigestSender("test", name, posts, blockFirst)));
        return [.. await Task.WhenAll(starting)];
    }
}
