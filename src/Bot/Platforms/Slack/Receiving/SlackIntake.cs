using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>
/// Where every delivery from Slack enters, from a socket or from HTTP: deduplicates it, maps it and queues it.
/// Never blocks and never runs a handler, so the caller can acknowledge at once.
/// </summary>
internal sealed class SlackIntake(SlackRequestMapper mapper, SlackDeduplicator deduplicator, SlackWorkQueue queue, ILogger<SlackIntake> logger)
{
    /// <summary>A Socket Mode envelope (already acknowledged by the caller).</summary>
    public void AcceptEnvelope(JsonElement envelope)
    {
        var id = Text(envelope, "envelope_id") ?? "";
        if (!First("envelope:" + id) || !envelope.TryGetProperty("payload", out var payload))
            return;
        switch (Text(envelope, "type"))
        {
            case "events_api":
                AcceptEvent(payload);
                break;
            case "slash_commands":
                AcceptSlashCommand(Fields(payload), id);
                break;
            default:
                // Interactive payloads: the bot posts no buttons or modals yet, so there is nothing to act on.
                break;
        }
    }

    /// <summary>An Events API event_callback, from HTTP or from a Socket Mode envelope.</summary>
    public void AcceptEvent(JsonElement callback)
    {
        var eventId = Text(callback, "event_id");
        if (eventId is not null && !First("event:" + eventId))
            return;
        var inbound = mapper.FromEvent(callback);
        if (inbound is not null)
            Enqueue(inbound);
    }

    /// <summary>A slash command's fields; <paramref name="deliveryId"/> tells a redelivery (trigger_id when present).</summary>
    public void AcceptSlashCommand(IReadOnlyDictionary<string, string> fields, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var key = fields.GetValueOrDefault("trigger_id") is { Length: > 0 } trigger ? trigger : deliveryId;
        if (!First("command:" + key))
            return;
        var inbound = mapper.FromSlashCommand(fields);
        if (inbound is not null)
            Enqueue(inbound);
    }

    private bool First(string key)
    {
        if (deduplicator.TryFirst(key))
            return true;
        logger.Duplicate(key);
        return false;
    }

    private void Enqueue(SlackInbound inbound)
    {
        if (!queue.TryEnqueue(inbound))
            logger.QueueFull(inbound.Request.Command, inbound.Request.ChannelId);
    }

    private static Dictionary<string, string> Fields(JsonElement payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.ValueKind != JsonValueKind.Object)
            return fields;
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
                fields[property.Name] = property.Value.GetString()!;
        }

        return fields;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
