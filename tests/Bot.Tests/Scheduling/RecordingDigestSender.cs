using System.Collections.Concurrent;
using NewsBot.Bot.Platforms;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Scheduling;

/// <summary>A digest sender that records what it posts; optionally the first post blocks until cancelled (a node killed mid-run).</summary>
internal sealed class RecordingDigestSender(string platform = "test", string node = "") : IDigestSender
{
    private readonly ConcurrentQueue<Post> _posts = new();
    private readonly BlockFirst? _blockFirst;

    public RecordingDigestSender(string platform, string node, ConcurrentQueue<Post> shared, BlockFirst? blockFirst = null)
        : this(platform, node)
    {
        _posts = shared;
        _blockFirst = blockFirst;
    }

    public string Platform => platform;

    public Exception? FailWith { get; set; }

    public ConcurrentQueue<Post> Posts => _posts;

    public async Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (FailWith is { } failure)
            throw failure;
        if (_blockFirst is not null && _blockFirst.TryBlock(node))
            await Task.Delay(Timeout.Infinite, cancellationToken);
        _posts.Enqueue(new Post(node, channelId, answer, idempotencyKey));
        return $"m{_posts.Count}";
    }

    internal sealed record Post(string Node, string ChannelId, ChatAnswer Answer, string Key);

    /// <summary>Makes the first send (on whichever node) hang until its job is cancelled, and says which node it was.</summary>
    internal sealed class BlockFirst
    {
        private int _taken;

        public TaskCompletionSource<string> Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryBlock(string node)
        {
            if (Interlocked.Exchange(ref _taken, 1) != 0)
                return false;
            Blocked.TrySetResult(node);
            return true;
        }
    }
}
