using System.Collections.Concurrent;
using System.Text.Json;
using NewsBot.Bot.Platforms.Discord.Gateway;

namespace NewsBot.Bot.Tests.Platforms.Discord.Fakes;

/// <summary>A gateway event sink that records what it was given.</summary>
internal sealed class RecordingSink : IGatewayEventSink
{
    public ConcurrentQueue<GatewayReady> Readies { get; } = new();

    public ConcurrentQueue<(string Type, JsonElement Data)> Events { get; } = new();

    public void OnReady(GatewayReady ready) => Readies.Enqueue(ready);

    public void OnDispatch(string type, JsonElement data) => Events.Enqueue((type, data));
}
