namespace NewsBot.Bot.Platforms.Slack.Api;

/// <summary>A Slack Web API call answered <c>ok:false</c> (or failed at the HTTP level): the method and Slack's error code.</summary>
public sealed class SlackApiException : Exception
{
    /// <summary>A failure of <paramref name="method"/> with Slack's <paramref name="error"/> code.</summary>
    public SlackApiException(string method, string error, Exception? inner = null)
        : base($"Slack {method} failed: {error}", inner)
    {
        Method = method;
        Error = error;
    }

    /// <summary>For serializers and analyzers; prefer the (method, error) constructor.</summary>
    public SlackApiException() : this("unknown", "unknown")
    {
    }

    /// <summary>For serializers and analyzers; prefer the (method, error) constructor.</summary>
    public SlackApiException(string message) : this("unknown", message)
    {
    }

    /// <summary>For serializers and analyzers; prefer the (method, error) constructor.</summary>
    public SlackApiException(string message, Exception innerException) : this("unknown", message, innerException)
    {
    }

    /// <summary>The Web API method (chat.postMessage) or "webhook" / "response_url".</summary>
    public string Method { get; }

    /// <summary>Slack's error code (channel_not_found, invalid_auth, ...), or http_NNN.</summary>
    public string Error { get; }

    /// <summary>True when the token or the app's configuration is wrong: retrying cannot help.</summary>
    public bool IsFatal => Error is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired" or "no_permission" or "missing_scope" or "not_allowed_token_type";
}
