using System.Text.Json.Nodes;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>A REST request the fake received.</summary>
public sealed record FakeRestRequest(string Method, string Path, string Query, string? Authorization, string? ContentType, string Body, string? UserAgent = null)
{
    /// <summary>When the fake received it (Stopwatch ticks), for latency measurements.</summary>
    public long At { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
