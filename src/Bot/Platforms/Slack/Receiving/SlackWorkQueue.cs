using System.Threading.Channels;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>
/// The hand-off between receiving (which must ack within 3 s) and answering (which may take longer): a bounded
/// channel. Writers never wait: a full queue drops the request with an error log rather than delay later acks.
/// </summary>
internal sealed class SlackWorkQueue
{
    private readonly Channel<SlackInbound> _channel;

    public SlackWorkQueue(int capacity = 256)
    {
        _channel = Channel.CreateBounded<SlackInbound>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Queues <paramref name="item"/>; false when the queue is full.</summary>
    public bool TryEnqueue(SlackInbound item) => _channel.Writer.TryWrite(item);

    /// <summary>The pump's end.</summary>
    public ChannelReader<SlackInbound> Reader => _channel.Reader;
}
