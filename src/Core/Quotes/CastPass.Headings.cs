namespace NewsBot.Core.Quotes;

/// <summary>Section headings that name a person and their office, as a roundup of statements sets them.</summary>
internal static partial class CastPass
{
    // "Keir Starmer, UK Prime Minister" on a line of its own, above what he posted: the person of the section, with the
    // office the heading gives, so "The Prime Minister posted ..." below is him. A line with no full stop, a name of
    // two to four words, a comma and up to eight words that hold a role word.
    private static bool SectionHeading(ArticleCast cast, List<Piece> p)
    {
        if (p.Count < 4 || p.Count > 14 || p.Exists(piece => piece.Kind is PieceKind.End or PieceKind.Quote or PieceKind.Colon))
            return false;
        var comma = p.FindIndex(piece => piece.Kind == PieceKind.Comma);
        if (comma is < 2 or > 4 || comma + 1 >= p.Count || p.FindLastIndex(piece => piece.Kind == PieceKind.Comma) != comma)
            return false;
        for (var k = 0; k < comma; k++)
        {
            if (!p[k].IsCapitalised)
                return false;
        }

        var role = JoinTexts(p, comma + 1, p.Count - comma - 1);
        if (p.FindIndex(comma + 1, piece => piece.IsWord && NameLexicon.RoleWords.Contains(piece.Text)) < 0
            || NameParts.Parse(JoinTexts(p, 0, comma)) is not { Kind: SpeakerKind.Person })
            return false;
        cast.Named(JoinTexts(p, 0, comma), p[0].Start, role, subject: false);
        return true;
    }
}
