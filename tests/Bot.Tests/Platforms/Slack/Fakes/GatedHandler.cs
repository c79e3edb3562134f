using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Slack.Fakes;

/// <summary>/slow: a handler that does not finish until the test releases it.</summary>
public sealed class GatedHandler : ICommandHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "slow";

    public string Usage => "";

    public string Description => "A test command that waits for the test";

    /// <summary>Completes when a request has reached the handler.</summary>
    public Task Started => _started.Task;

    /// <summary>True once the handler returned its answer.</summary>
    public bool Finished { get; private set; }

    public void Release() => _release.TrySetResult();

    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        Finished = true;
        return ChatAnswer.Text("Slow answer", "Done at last.");
    }
}
