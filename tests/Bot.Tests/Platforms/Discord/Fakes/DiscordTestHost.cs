using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms.Discord;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>
/// The whole bot as `newsbot run` wires it (core + Discord), on a real SQLite store in a temp folder holding two
/// articles written for the tests, talking to a <see cref="FakeDiscord"/>.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Channel = "500";

    private DiscordTestHost(FakeDiscord fake, IHost host, string folder)
    {
        Fake = fake;
        Host = host;
        Folder = folder;
    }

    public FakeDiscord Fake { get; }

    public IHost Host { get; }

    public string Folder { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<DiscordTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var folder = Directory.CreateTempSubdirectory("newsbot-discord-").FullName;
        var feeds = Directory.CreateDirectory(Path.Combine(folder, "feeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(feeds, "healey-reassurance.txt"), """
            Defence secretary sets out terms for a reassurance force
            UK Defence Secretary John Healey said on Tuesday that British troops could join a reassurance force once a ceasefire held.
            "We will stand ready to deploy if the guarantees are credible and the mission is clear," Healey said in London.
            Mr Healey added that "@everyone in the coalition must carry a fair share of the load" if the mission went ahead.
            """);
        await File.WriteAllTextAsync(Path.Combine(feeds, "port-strike.txt"), """
            Dock workers vote to extend strike at the port
            Union organiser Maria Lindqvist said the vote showed the strength of feeling among members.
            "Nobody wants a long dispute, but the offer on the table does not keep up with prices," Lindqvist said.
            """);
        var config = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "sqlite",
            ["Store:SqlitePath"] = Path.Combine(folder, "newsbot.db"),
            ["Feeds:Folder"] = feeds,
            ["Topics:ProfileFolder"] = Path.Combine(AppContext.BaseDirectory, "profiles"),
            ["Topics:DefaultProfile"] = "coalition",
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:RestBaseUrl"] = fake.RestBaseUrl,
            ["Discord:GatewayUrl"] = fake.GatewayUrl,
            ["Discord:MinReconnectDelayMilliseconds"] = "5",
            ["Discord:MaxReconnectDelayMilliseconds"] = "50",
            ["Discord:DeferAfterMilliseconds"] = "0",
            ["Discord:Channels:0:Id"] = Channel,
            ["Discord:Channels:0:Profile"] = "coalition",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = folder });
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.AddNewsBotCore();
        builder.AddDiscord();
        var host = builder.Build();
        await host.Services.GetRequiredService<INewsStore>().MigrateAsync(CancellationToken.None);
        await host.Services.GetRequiredService<FolderScanner>().ScanAsync(feeds, false, CancellationToken.None);
        await host.StartAsync();
        return new DiscordTestHost(fake, host, folder);
    }

    /// <summary>Accepts the bot's gateway connection and makes it READY as user 900 of application 800.</summary>
    public async Task<FakeGatewayConnection> ReadyAsync()
    {
        var connection = await Fake.NextConnectionAsync();
        await connection.HelloAsync();
        await connection.ExpectAsync(2);
        await connection.DispatchAsync("READY", 1, new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "900", ["username"] = "newsbot", ["bot"] = true },
            ["application"] = new JsonObject { ["id"] = "800" },
            ["session_id"] = "e2e",
            ["resume_gateway_url"] = Fake.ResumeUrl,
            ["guilds"] = new JsonArray(),
        });
        await FakeDiscord.WaitUntilAsync(() => Get<DiscordIdentity>().UserId is not null);
        return connection;
    }

    public static JsonObject Interaction(string id, string token, string command, params (string Name, string Value)[] options) => new()
    {
        ["id"] = id,
        ["application_id"] = "800",
        ["type"] = 2,
        ["token"] = token,
        ["channel_id"] = Channel,
        ["guild_id"] = "700",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "55", ["username"] = "reporter" }, ["permissions"] = "0" },
        ["data"] = new JsonObject
        {
            ["id"] = "1",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray()),
        },
    };

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Fake.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned up by the OS.
        }
    }
}
