namespace NewsBot.Core.Storage;

/// <summary>The stored spelling of <see cref="DeliveryStatus"/>, shared by both stores.</summary>
internal static class DeliveryStatuses
{
    public const string Started = "started";
    public const string Delivered = "delivered";

    public static DeliveryStatus Parse(string value) => value switch
    {
        Started => DeliveryStatus.Started,
        Delivered => DeliveryStatus.Delivered,
        _ => throw new InvalidDataException($"Unknown delivery status '{value}'."),
    };
}
