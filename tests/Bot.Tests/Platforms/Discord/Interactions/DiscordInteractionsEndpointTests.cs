using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Discord.Interactions;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;
using NSec.Cryptography;

namespace NewsBot.Bot.Tests.Platforms.Discord.Interactions;

public sealed class DiscordInteractionsEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly Key _key = Signer.NewKey();
    private readonly HttpClient _http = new();
    private DiscordTestHost _bot = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        _bot = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:Interactions:Enabled"] = "true",
            ["Discord:Interactions:Url"] = "http://127.0.0.1:0/interactions",
            ["Discord:Interactions:PublicKey"] = Signer.PublicKeyHex(_key),
        });
        _endpoint = _bot.Get<DiscordInteractionsEndpoint>().Address!;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task Post_Unsigned_Is401()
    {
        using var response = await _http.PostAsync(_endpoint, new StringContent("""{"type":1}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignatureOverOtherBody_Is401()
    {
        using var response = await PostAsync("""{"type":1}""", signedBody: """{"type":2}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedPing_IsPong()
    {
        using var response = await PostAsync("""{"id":"1","application_id":"800","type":1,"token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_SignedCommand_IsDeferredInTheResponseThenCompleted()
    {
        var interaction = DiscordTestHost.Interaction("h1", "htok1", "whosaid", ("name", "Healey")).ToJsonString();

        using var response = await PostAsync(interaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());
        await FakeDiscord.WaitUntilAsync(() => _bot.Fake.RequestsTo("PATCH", "webhooks/800/htok1/messages/@original").Count == 1);
        Assert.Empty(_bot.Fake.RequestsTo("POST", "interactions/h1/"));
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? signedBody = null)
    {
        const string timestamp = "1763870000";
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Signer.Sign(_key, timestamp, signedBody ?? body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await _http.SendAsync(request);
    }
}
