namespace NewsBot.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets in a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];
}
