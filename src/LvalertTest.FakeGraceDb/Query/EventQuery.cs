using System.Globalization;
using LvalertTest.Core.Events;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb.Query;

/// <summary>
/// The event query forms of the real service that the supervisor and people use, all combined with AND:
/// GPS ranges <c>a .. b</c> (or <c>gpstime: a .. b</c>), <c>created: 2017-08-17 12:00:00 .. 2017-08-17 13:00:00</c>,
/// <c>far &lt; x</c> / <c>far &gt; x</c>, label names (or <c>label: NAME</c>), GraceIDs (several mean any of them),
/// and group / pipeline / search names. Anything else is an error naming the token, never an empty result.
/// </summary>
public sealed class EventQuery
{
    private readonly List<Func<GraceEvent, bool>> _fieldTerms = [];
    private readonly List<string> _labels = [];
    private readonly List<GraceId> _ids = [];

    private EventQuery()
    {
    }

    public static EventQuery Parse(string? text, GraceDbCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var query = new EventQuery();
        var tokens = new Tokens(Tokenise(text ?? string.Empty), text ?? string.Empty);
        while (!tokens.AtEnd)
        {
            query.ParseTerm(tokens, catalog);
        }

        return query;
    }

    /// <summary>The terms that need only the event document (cheap); labels are checked by <see cref="Matches"/>.</summary>
    public bool MatchesWithoutLabels(GraceEvent e) =>
        (_ids.Count == 0 || _ids.Contains(e.GraceId)) && _fieldTerms.TrueForAll(term => term(e));

    public bool Matches(GraceEvent e) =>
        MatchesWithoutLabels(e) && _labels.TrueForAll(l => e.Labels.Contains(l, StringComparer.Ordinal));

    private void ParseTerm(Tokens tokens, GraceDbCatalog catalog)
    {
        string token = tokens.Next();
        string lower = token.ToLowerInvariant();
        switch (lower)
        {
            case "created:":
            {
                (DateTimeOffset from, DateTimeOffset to) = (ReadDate(tokens), ExpectRangeEnd(tokens, ReadDate));
                _fieldTerms.Add(e => e.Created >= from && e.Created <= to);
                return;
            }

            case "gpstime:":
            {
                (double from, double to) = (ReadNumber(tokens), ExpectRangeEnd(tokens, ReadNumber));
                _fieldTerms.Add(e => e.GpsTime >= from && e.GpsTime <= to);
                return;
            }

            case "far":
            case "far:":
                ParseFar(tokens);
                return;

            case "label:":
            {
                string label = tokens.Next();
                _labels.Add(catalog.IsLabel(label) ? label : throw tokens.Error($"'{label}' is not a label"));
                return;
            }
        }

        if (IsNumber(token, out double start))
        {
            double end = ExpectRangeEnd(tokens, ReadNumber);
            _fieldTerms.Add(e => e.GpsTime >= start && e.GpsTime <= end);
        }
        else if (catalog.IsLabel(token))
        {
            _labels.Add(token);
        }
        else if (GraceId.TryParse(token, out GraceId id))
        {
            _ids.Add(id);
        }
        else if (Find(catalog.Groups, token) is { } group)
        {
            _fieldTerms.Add(e => e.Group == group);
        }
        else if (Find(catalog.Pipelines, token) is { } pipeline)
        {
            _fieldTerms.Add(e => e.Pipeline == pipeline);
        }
        else if (Find(catalog.Searches, token) is { } search)
        {
            _fieldTerms.Add(e => e.Search == search);
        }
        else
        {
            throw tokens.Error($"cannot read '{token}' (expected a GPS range 'a .. b', 'created: <date> .. <date>', 'far < x', a label, a GraceID, or a group, pipeline or search name)");
        }
    }

    private void ParseFar(Tokens tokens)
    {
        string op = tokens.Next();
        double value = ReadNumber(tokens);
        Func<double, bool> test = op switch
        {
            "<" => far => far < value,
            "<=" => far => far <= value,
            ">" => far => far > value,
            ">=" => far => far >= value,
            _ => throw tokens.Error($"expected <, <=, > or >= after 'far', got '{op}'"),
        };
        _fieldTerms.Add(e => e.Far is { } far && test(far));
    }

    private static T ExpectRangeEnd<T>(Tokens tokens, Func<Tokens, T> read)
    {
        string separator = tokens.AtEnd ? "(end of query)" : tokens.Next();
        return separator == ".." ? read(tokens) : throw tokens.Error($"expected '..' in a range, got {separator}");
    }

    private static double ReadNumber(Tokens tokens)
    {
        string token = tokens.Next();
        return IsNumber(token, out double value) ? value : throw tokens.Error($"'{token}' is not a number");
    }

    private static DateTimeOffset ReadDate(Tokens tokens)
    {
        string date = tokens.Next();
        if (!tokens.AtEnd && tokens.Peek().Contains(':', StringComparison.Ordinal) && char.IsDigit(tokens.Peek()[0]))
        {
            date += " " + tokens.Next();
        }

        return DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time)
            ? time
            : throw tokens.Error($"'{date}' is not a date (expected e.g. 2017-08-17 12:41:04)");
    }

    private static bool IsNumber(string token, out double value) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string? Find(IReadOnlyList<string> names, string token) =>
        names.FirstOrDefault(n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whitespace-separated tokens, with "..", "&lt;", "&gt;" split off even when written without spaces.</summary>
    private static List<string> Tokenise(string text)
    {
        var tokens = new List<string>();
        foreach (string word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string rest = word;
            int range;
            while ((range = rest.IndexOf("..", StringComparison.Ordinal)) >= 0)
            {
                if (range > 0)
                {
                    tokens.Add(rest[..range]);
                }

                tokens.Add("..");
                rest = rest[(range + 2)..];
            }

            if (rest.Length > 1 && rest[0] is '<' or '>' && !rest.StartsWith("<=", StringComparison.Ordinal) && !rest.StartsWith(">=", StringComparison.Ordinal))
            {
                tokens.Add(rest[..1]);
                rest = rest[1..];
            }

            if (rest.Length > 0)
            {
                tokens.Add(rest);
            }
        }

        return tokens;
    }

    private sealed class Tokens(List<string> items, string text)
    {
        private int _position;

        public bool AtEnd => _position >= items.Count;

        public string Peek() => items[_position];

        public string Next() => !AtEnd ? items[_position++] : throw Error("the query ends too early");

        public GraceDbValidationException Error(string problem) => new($"invalid query '{text}': {problem}");
    }
}
