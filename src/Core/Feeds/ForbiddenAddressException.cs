namespace NewsBot.Core.Feeds;

/// <summary>A feed or page address the SSRF guard refuses: wrong scheme, or a host on a private or special network.</summary>
public sealed class ForbiddenAddressException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ForbiddenAddressException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    public ForbiddenAddressException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public ForbiddenAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
