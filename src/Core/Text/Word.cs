namespace NewsBot.Core.Text;

/// <summary>One word of an <see cref="AnalyzedText"/>.</summary>
/// <param name="Folded">Lower-cased, diacritic-free, spelling-canonical form ("defense" -> "defence").</param>
/// <param name="Stem">The Porter2 stem of <paramref name="Folded"/>.</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character (a joined compound spans both parts).</param>
/// <param name="Sentence">Index of the sentence it belongs to.</param>
/// <param name="IsStopWord">True for a function word.</param>
public readonly record struct Word(string Folded, string Stem, int Start, int End, int Sentence, bool IsStopWord);
