using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Console;

/// <summary>The console as a chat platform: answers are rendered as plain text to standard output.</summary>
internal sealed class ConsoleChatPlatform(TextWriter output) : IChatPlatform, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Name => "console";

    public void Dispose() => _gate.Dispose();

    public async Task SendAsync(string channelId, ChatAnswer answer, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(PlainTextRenderer.Render(answer).AsMemory(), cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
