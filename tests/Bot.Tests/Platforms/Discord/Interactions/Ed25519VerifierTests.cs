using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Discord.Interactions;
using NewsBot.Bot.Tests.Platforms.Discord.Fakes;
using NSec.Cryptography;

namespace NewsBot.Bot.Tests.Platforms.Discord.Interactions;

public sealed class Ed25519VerifierTests
{
    [Fact]
    public async Task Verify_AgreesWithDiscordInteractionsVerifyKey()
    {
        using var key = Signer.NewKey();
        var publicKey = Signer.PublicKeyHex(key);
        const string body = """{"type":1,"id":"1","application_id":"800","token":"t"}""";
        var good = Signer.Sign(key, "1700000000", body);
        var cases = new[]
        {
            (Timestamp: "1700000000", Body: body, Signature: good),
            (Timestamp: "1700000000", Body: body.Replace("800", "801", StringComparison.Ordinal), Signature: good),
            (Timestamp: "1700000001", Body: body, Signature: good),
            (Timestamp: "1700000000", Body: body, Signature: new string('0', 128)),
        };
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-verify-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(cases.Select(c => new JsonObject
        {
            ["publicKey"] = publicKey, ["timestamp"] = c.Timestamp, ["body"] = c.Body, ["signature"] = c.Signature,
        }).ToArray()));

        var (exit, output) = await NodeScripts.RunAsync("verify.mjs", file);
        File.Delete(file);

        var verifier = new Ed25519Verifier(publicKey);
        var ours = cases.Select(c => verifier.Verify(c.Signature, c.Timestamp, Encoding.UTF8.GetBytes(c.Body)).ToString().ToLowerInvariant());
        Assert.True(exit == 0, output);
        Assert.Equal(["true", "false", "false", "false"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), ours);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("not hex at all, but 128 characters long..........................................................................")]
    public void Verify_MalformedSignature_IsFalse(string? signature)
    {
        using var key = Signer.NewKey();

        Assert.False(new Ed25519Verifier(Signer.PublicKeyHex(key)).Verify(signature, "1", "{}"u8));
    }
}
