using NewsBot.Core.Chat;

namespace NewsBot.SlackBench;

/// <summary>Answers every question at once, so the bench measures Slack plumbing rather than the Q&amp;A engine.</summary>
internal sealed class EchoHandler : ICommandHandler
{
    public string Name => "ask";

    public string Usage => "QUESTION";

    public string Description => "Echo (bench)";

    public Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ChatAnswer.Text("Echo", request.Arguments));
}
