using System.Threading.Channels;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>The bounded hand-off between the receiving side and the pump. Full means overloaded: the item is refused, never waited for.</summary>
internal sealed class DiscordWorkQueue
{
    private readonly Channel<DiscordWork> _channel = Channel.CreateBounded<DiscordWork>(new BoundedChannelOptions(512)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<DiscordWork> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="work"/>; false when the queue is full.</summary>
    public bool TryPost(DiscordWork work) => _channel.Writer.TryWrite(work);
}
