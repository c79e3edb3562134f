using System.Collections.Frozen;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The first names of the embedded list (Lexicon/first-names.txt) by gender: the names of the beat's countries that a
/// story gives without saying whether "he" or "she" fits ("Henrike Lossau ... she said"). Each name is held as written
/// and folded, so "Dovile" finds "Dovilė".
/// </summary>
internal static class FirstNameList
{
    private const string ResourceName = "NewsBot.Core.Quotes.first-names.txt";

    private static readonly (FrozenSet<string> Female, FrozenSet<string> Male) Names = Load();

    /// <summary>Women's first names of the list.</summary>
    public static FrozenSet<string> Female => Names.Female;

    /// <summary>Men's first names of the list.</summary>
    public static FrozenSet<string> Male => Names.Male;

    private static (FrozenSet<string> Female, FrozenSet<string> Male) Load()
    {
        using var stream = typeof(FirstNameList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from NewsBot.Core.");
        using var reader = new StreamReader(stream);
        var female = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var male = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        HashSet<string>? section = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('['))
            {
                section = line switch
                {
                    "[female]" => female,
                    "[male]" => male,
                    _ => throw new InvalidOperationException($"{ResourceName}: unknown section {line}."),
                };
                continue;
            }

            if (section is null)
                throw new InvalidOperationException($"{ResourceName}: names before the first section.");
            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                section.Add(name);
                section.Add(Tokenizer.Fold(name));
            }
        }

        return (female.ToFrozenSet(StringComparer.OrdinalIgnoreCase), male.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
