using System.Text.Json;

namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>Receives gateway events. Called on the receive loop: implementations hand work off and return at once.</summary>
internal interface IGatewayEventSink
{
    void OnReady(GatewayReady ready);

    /// <summary>A dispatch (op 0) event; <paramref name="data"/> outlives the frame it came in.</summary>
    void OnDispatch(string type, JsonElement data);
}
