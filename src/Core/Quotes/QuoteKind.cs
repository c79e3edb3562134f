namespace NewsBot.Core.Quotes;

/// <summary>How a quote reached the page.</summary>
public enum QuoteKind
{
    /// <summary>Words inside quotation marks, a whole sentence or more.</summary>
    Direct,

    /// <summary>A few quoted words inside reported speech: said his country would "have contact".</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: said Moscow was still awaiting details.</summary>
    Indirect,
}
