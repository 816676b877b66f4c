namespace LvalertTest.Http.Auth;

/// <summary>
/// A <c>~/.netrc</c> file, read as ftp/curl/Python's netrc read it: whitespace-separated tokens, <c>machine NAME</c>
/// or <c>default</c> starting an entry, then <c>login</c>, <c>password</c>, <c>account</c>; <c>macdef</c> bodies
/// (up to a blank line) skipped; <c>#</c> comments. The official GraceDb client falls back to it for basic auth.
/// </summary>
public sealed class NetrcFile
{
    private readonly List<NetrcEntry> _entries;

    private NetrcFile(List<NetrcEntry> entries) => _entries = entries;

    public IReadOnlyList<NetrcEntry> Entries => _entries;

    /// <summary>Parses netrc text; a malformed file throws <see cref="FormatException"/> naming the source and line.</summary>
    public static NetrcFile Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<NetrcEntry>();
        string? machine = null;
        bool inEntry = false;
        string? login = null;
        string? password = null;
        var tokens = new Tokens(text, source);
        while (tokens.Next() is { } token)
        {
            switch (token)
            {
                case "machine":
                case "default":
                    if (inEntry)
                    {
                        entries.Add(new NetrcEntry(machine, login, password));
                    }

                    inEntry = true;
                    machine = token == "machine" ? tokens.Value(token) : null;
                    login = null;
                    password = null;
                    break;
                case "login":
                    login = tokens.Value(token, inEntry);
                    break;
                case "password":
                    password = tokens.Value(token, inEntry);
                    break;
                case "account":
                    tokens.Value(token, inEntry);
                    break;
                case "macdef":
                    tokens.Value(token);
                    tokens.SkipMacroBody();
                    break;
                default:
                    throw tokens.Error($"unexpected '{token}' (expected machine, default, login, password, account or macdef)");
            }
        }

        if (inEntry)
        {
            entries.Add(new NetrcEntry(machine, login, password));
        }

        return new NetrcFile(entries);
    }

    /// <summary>The first entry for the host, else the <c>default</c> entry, else null.</summary>
    public NetrcEntry? Find(string host) =>
        _entries.Find(e => string.Equals(e.Machine, host, StringComparison.OrdinalIgnoreCase))
        ?? _entries.Find(e => e.Machine is null);

    /// <summary>Splits netrc text into tokens, tracking lines for error messages.</summary>
    private sealed class Tokens(string text, string source)
    {
        private int _position;
        private int _line = 1;

        public string? Next()
        {
            while (_position < text.Length)
            {
                char c = text[_position];
                if (c == '#')
                {
                    while (_position < text.Length && text[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else if (char.IsWhiteSpace(c))
                {
                    _line += c == '\n' ? 1 : 0;
                    _position++;
                }
                else
                {
                    return ReadToken();
                }
            }

            return null;
        }

        public string Value(string keyword, bool inEntry = true)
        {
            if (!inEntry)
            {
                throw Error($"'{keyword}' before any machine or default entry");
            }

            return Next() ?? throw Error($"'{keyword}' has no value");
        }

        /// <summary>A macro's body runs to the first empty line.</summary>
        public void SkipMacroBody()
        {
            int blank = text.IndexOf("\n\n", _position, StringComparison.Ordinal);
            int end = blank < 0 ? text.Length : blank + 2;
            _line += text.AsSpan(_position, end - _position).Count('\n');
            _position = end;
        }

        public FormatException Error(string reason) => new($"{source}:{_line}: {reason}");

        private string ReadToken()
        {
            var token = new System.Text.StringBuilder();
            bool quoted = text[_position] == '"';
            if (quoted)
            {
                _position++;
            }

            while (_position < text.Length)
            {
                char c = text[_position];
                if (quoted ? c == '"' : char.IsWhiteSpace(c))
                {
                    _position += quoted ? 1 : 0;
                    return token.ToString();
                }

                if (c == '\\' && _position + 1 < text.Length)
                {
                    _position++;
                    c = text[_position];
                }

                token.Append(c);
                _position++;
            }

            return quoted ? throw Error("a quoted value is not closed") : token.ToString();
        }
    }
}

/// <summary>One netrc entry; <see cref="Machine"/> is null for <c>default</c>.</summary>
public sealed record NetrcEntry(string? Machine, string? Login, string? Password)
{
    public override string ToString() => $"netrc entry for {Machine ?? "default"} (login {Login})";
}
