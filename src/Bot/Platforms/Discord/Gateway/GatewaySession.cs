namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>The resumable state of a gateway session: id, resume address and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    /// <summary>The last dispatch sequence number, sent with heartbeats and resumes.</summary>
    public long? Sequence { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl.TrimEnd('/');
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
