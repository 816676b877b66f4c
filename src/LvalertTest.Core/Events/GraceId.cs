using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LvalertTest.Core.Events;

/// <summary>
/// A GraceDb event id: one prefix letter for the group's kind of event and a zero-padded sequence number
/// (<c>G184098</c>, <c>T000042</c>, <c>E123456</c>). Prefixes: G (CBC and Burst), T (Test), M (MDC),
/// E (External), H (hardware injection). The original fake numbered from <c>000000</c>, so zero parses too.
/// </summary>
public readonly record struct GraceId : IComparable<GraceId>
{
    public const string Prefixes = "GTMEH";

    /// <summary>Numbers are zero-padded to six digits, as the original fake and the production service's ids read.</summary>
    public const int MinimumDigits = 6;

    private GraceId(char prefix, long number)
    {
        Prefix = prefix;
        Number = number;
    }

    public char Prefix { get; }

    public long Number { get; }

    public static GraceId Create(char prefix, long number)
    {
        if (!Prefixes.Contains(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(prefix), $"'{prefix}' is not a GraceID prefix (one of {Prefixes})");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return new GraceId(prefix, number);
    }

    public static GraceId Parse(string text)
    {
        if (TryParse(text, out GraceId id))
        {
            return id;
        }

        throw new FormatException($"'{text}' is not a GraceID: expected one of the letters {Prefixes} followed by digits, e.g. G184098");
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out GraceId id)
    {
        id = default;
        if (text is null || text.Length < 2 || !Prefixes.Contains(text[0], StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> digits = text.AsSpan(1);
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            return false;
        }

        id = new GraceId(text[0], number);
        return true;
    }

    public int CompareTo(GraceId other)
    {
        int byPrefix = Prefix.CompareTo(other.Prefix);
        return byPrefix != 0 ? byPrefix : Number.CompareTo(other.Number);
    }

    public override string ToString() =>
        Prefix == default ? "(no GraceID)" : Prefix + Number.ToString("D" + MinimumDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
