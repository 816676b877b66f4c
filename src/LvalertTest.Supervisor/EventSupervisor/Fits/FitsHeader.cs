using System.Globalization;
using System.Text;
using LvalertTest.Core.Skymaps;

namespace LvalertTest.Supervisor.EventSupervisor.Fits;

/// <summary>
/// One FITS header: 80-character ASCII cards up to <c>END</c>, in 2880-byte blocks (FITS standard 4.0, §4). Values are
/// kept as written; the typed readers parse the fixed-format forms (quoted strings, T/F, integers, reals).
/// </summary>
public sealed class FitsHeader
{
    public const int CardLength = FitsLayout.CardLength;
    public const int BlockLength = FitsLayout.BlockLength;

    private readonly List<KeyValuePair<string, string>> _cards;

    private FitsHeader(List<KeyValuePair<string, string>> cards, int length)
    {
        _cards = cards;
        Length = length;
    }

    /// <summary>The header's length in bytes, whole blocks.</summary>
    public int Length { get; }

    /// <summary>The keywords in order, with their raw value fields (comment removed).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Cards => _cards;

    /// <summary>Reads the header that starts at <paramref name="offset"/>; throws on a missing END or a non-ASCII card.</summary>
    public static FitsHeader Read(ReadOnlySpan<byte> file, int offset)
    {
        var cards = new List<KeyValuePair<string, string>>();
        for (int at = offset; at + CardLength <= file.Length; at += CardLength)
        {
            ReadOnlySpan<byte> card = file.Slice(at, CardLength);
            foreach (byte b in card)
            {
                if (b is < 0x20 or > 0x7E)
                {
                    throw new InvalidDataException($"FITS header card at byte {at} is not printable ASCII");
                }
            }

            string text = Encoding.ASCII.GetString(card);
            string keyword = text[..8].TrimEnd();
            if (keyword == "END")
            {
                int used = at + CardLength - offset;
                return new FitsHeader(cards, (used + BlockLength - 1) / BlockLength * BlockLength);
            }

            // Only "KEYWORD = value" cards carry values; COMMENT, HISTORY and blank cards do not.
            if (text.Length > 9 && text[8] == '=' && text[9] == ' ')
            {
                cards.Add(new KeyValuePair<string, string>(keyword, ValueField(text[10..])));
            }
        }

        throw new InvalidDataException($"FITS header starting at byte {offset} has no END card");
    }

    public bool Has(string keyword) => _cards.Any(c => c.Key == keyword);

    /// <summary>A character-string value (quotes removed, doubled quotes undone, trailing blanks dropped), or null.</summary>
    public string? Text(string keyword)
    {
        string? raw = Raw(keyword);
        if (raw is null)
        {
            return null;
        }

        if (!raw.StartsWith('\''))
        {
            throw new InvalidDataException($"FITS keyword {keyword} is not a string: {raw}");
        }

        return raw[1..^1].Replace("''", "'", StringComparison.Ordinal).TrimEnd();
    }

    /// <summary>An integer value; throws when absent or not an integer.</summary>
    public long Integer(string keyword)
    {
        string raw = Raw(keyword) ?? throw new InvalidDataException($"FITS header has no {keyword}");
        return long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw new InvalidDataException($"FITS keyword {keyword} is not an integer: {raw}");
    }

    public bool Logical(string keyword)
    {
        string raw = Raw(keyword) ?? throw new InvalidDataException($"FITS header has no {keyword}");
        return raw switch
        {
            "T" => true,
            "F" => false,
            _ => throw new InvalidDataException($"FITS keyword {keyword} is not a logical: {raw}"),
        };
    }

    private string? Raw(string keyword)
    {
        foreach (KeyValuePair<string, string> card in _cards)
        {
            if (card.Key == keyword)
            {
                return card.Value;
            }
        }

        return null;
    }

    // The value ends at a '/' outside a quoted string; a string keeps its quotes here.
    private static string ValueField(string field)
    {
        string trimmed = field.TrimStart();
        if (!trimmed.StartsWith('\''))
        {
            int slash = trimmed.IndexOf('/', StringComparison.Ordinal);
            return (slash < 0 ? trimmed : trimmed[..slash]).Trim();
        }

        for (int i = 1; i < trimmed.Length; i++)
        {
            if (trimmed[i] != '\'')
            {
                continue;
            }

            if (i + 1 < trimmed.Length && trimmed[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return trimmed[..(i + 1)];
        }

        throw new InvalidDataException($"FITS string value has no closing quote: {trimmed}");
    }
}
