using System.Buffers.Binary;

namespace NewsBot.Core.Storage.Dedup;

/// <summary>
/// MinHash signatures over word shingles, and the banding that makes near-duplicate lookup sub-linear (LSH): two
/// texts whose shingle sets have Jaccard similarity J share at least one band with probability
/// 1 - (1 - J^Rows)^Bands, so a lookup reads only the articles filed under the new article's band keys.
/// With 12 bands of 2 rows: J = 0.3 is found 68% of the time, J = 0.5 97%, J = 0.7 99.9%; unrelated news (bigram
/// J around 0.01) 0.1% of the time, and those few candidates are then rejected on the full signature.
/// Few bands keep each save cheap: every band is one index entry, and in SQLite each lands on its own page.
/// Pure and thread-safe. The seeds are fixed forever: signatures are stored, so they must stay comparable.
/// </summary>
public static class MinHash
{
    /// <summary>Number of bands cut from the start of a signature.</summary>
    public const int Bands = 12;

    /// <summary>Signature values per band.</summary>
    public const int Rows = 2;

    /// <summary>Values in a signature: more than the bands use, so the similarity check on candidates is finer.</summary>
    public const int Length = 64;

    private static readonly ulong[] Multipliers = new ulong[Length];
    private static readonly ulong[] Increments = new ulong[Length];

#pragma warning disable CA1810 // the seed tables are computed, not constant; a static constructor keeps them in order
    static MinHash()
#pragma warning restore CA1810
    {
        var state = 0x5EED_0F_4E_57_B0_7UL;
        for (var i = 0; i < Length; i++)
        {
            Multipliers[i] = SplitMix(ref state) | 1;
            Increments[i] = SplitMix(ref state);
        }
    }

    /// <summary>The signature of a set of shingle hashes; empty when there are no shingles.</summary>
    public static uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        if (shingles.IsEmpty)
            return [];
        var signature = new uint[Length];
        for (var i = 0; i < Length; i++)
        {
            // Multiply-shift hashing: the high half of a*x+b is a good-enough independent permutation per i.
            // One function at a time over all shingles keeps a and b in registers.
            var (a, b) = (Multipliers[i], Increments[i]);
            var min = uint.MaxValue;
            foreach (var shingle in shingles)
            {
                var value = (uint)(((a * shingle) + b) >> 32);
                if (value < min)
                    min = value;
            }

            signature[i] = min;
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the two shingle sets: the share of equal signature values.</summary>
    public static double Similarity(ReadOnlySpan<uint> first, ReadOnlySpan<uint> second)
    {
        if (first.Length != Length || second.Length != Length)
            return 0;
        var equal = 0;
        for (var i = 0; i < Length; i++)
        {
            if (first[i] == second[i])
                equal++;
        }

        return (double)equal / Length;
    }

    /// <summary>One key per band (the band's index and values hashed together); empty for an empty signature.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> signature)
    {
        if (signature.Length != Length)
            return [];
        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = Mix((ulong)band + 0x9E37_79B9_7F4A_7C15UL);
            for (var row = 0; row < Rows; row++)
                hash = Mix(hash ^ signature[(band * Rows) + row]);
            keys[band] = unchecked((long)hash);
        }

        return keys;
    }

    /// <summary>Packs a signature for storage (little-endian uint32s).</summary>
    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), signature[i]);
        return bytes;
    }

    /// <summary>Unpacks a stored signature.</summary>
    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(i * sizeof(uint), sizeof(uint)));
        return signature;
    }

    /// <summary>A 64-bit finaliser (splitmix64's) with good avalanche.</summary>
    internal static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58_476D_1CE4_E5B9UL;
        value ^= value >> 27;
        value *= 0x94D0_49BB_1331_11EBUL;
        return value ^ (value >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E37_79B9_7F4A_7C15UL;
        return Mix(state);
    }
}
