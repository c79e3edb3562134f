using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Discord.Gateway;

namespace NewsBot.Bot.Tests.Platforms.Discord.Gateway;

public sealed class GatewayPayloadTests
{
    [Fact]
    public void Serialize_Over4096Bytes_ThrowsWithoutContent()
    {
        var payload = new JsonObject { ["op"] = 3, ["d"] = new string('x', 5000) + "secret" };

        var error = Assert.Throws<InvalidOperationException>(() => GatewayPayload.Serialize(payload));
        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Identify_FitsAndCarriesIntents()
    {
        var bytes = GatewayPayload.Serialize(GatewayPayload.Identify("t.o.k", GatewayIntents.NewsBot, 0, 1));

        var d = JsonNode.Parse(bytes)!["d"]!;
        Assert.Equal(4609, d["intents"]!.GetValue<int>());
        Assert.True(bytes.Length <= GatewayPayload.MaxBytes);
    }

    [Theory]
    [InlineData(4004, true)]
    [InlineData(4014, true)]
    [InlineData(4000, false)]
    [InlineData(4009, false)]
    [InlineData(null, false)]
    public void Fatal_ClassifiesCloseCodes(int? code, bool fatal) =>
        Assert.Equal(fatal, GatewayCloseCodes.Fatal(code) is not null);
}
