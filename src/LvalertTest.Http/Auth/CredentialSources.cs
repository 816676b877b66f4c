namespace LvalertTest.Http.Auth;

/// <summary>
/// Where credentials may come from, in the order they are tried (the official client's order, minus X.509): a bearer
/// token given directly, a token file, a username and password, the netrc entry for the service's host, none.
/// </summary>
public sealed record CredentialSources
{
    public string? Token { get; init; }

    /// <summary>A file holding the token (a SciToken's <c>bt_u$UID</c>), read when the client is made.</summary>
    public string? TokenFile { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>The netrc file; when null, <c>$NETRC</c> or <c>~/.netrc</c> if it exists.</summary>
    public string? NetrcFile { get; init; }

    /// <summary>Whether to look at the default netrc file when <see cref="NetrcFile"/> is not given.</summary>
    public bool UseDefaultNetrc { get; init; } = true;

    /// <summary>Picks the credentials for a service host; a named file that is missing or malformed throws, naming it.</summary>
    public GraceDbCredentials Resolve(string host)
    {
        if (!string.IsNullOrWhiteSpace(Token))
        {
            return new BearerToken(Token);
        }

        if (TokenFile is not null)
        {
            string token = ReadFile(TokenFile, "token file").Trim();
            return token.Length > 0 ? new BearerToken(token) : throw new FormatException($"{TokenFile}: the token file is empty");
        }

        if (Username is not null || Password is not null)
        {
            return Username is { Length: > 0 } && Password is not null
                ? new BasicCredentials(Username, Password)
                : throw new FormatException("basic credentials need both a username and a password");
        }

        string? netrc = NetrcFile ?? (UseDefaultNetrc ? DefaultNetrc() : null);
        if (netrc is not null)
        {
            NetrcEntry? entry = Auth.NetrcFile.Parse(ReadFile(netrc, "netrc file"), netrc).Find(host);
            if (entry is { Login: { Length: > 0 } login, Password: { } password })
            {
                return new BasicCredentials(login, password);
            }
        }

        return GraceDbCredentials.None;
    }

    private static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{path}: cannot read the {what} ({e.Message})", e);
        }
    }

    private static string? DefaultNetrc()
    {
        string? named = Environment.GetEnvironmentVariable("NETRC");
        if (!string.IsNullOrEmpty(named))
        {
            return named;
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string path = Path.Combine(home, ".netrc");
        return home.Length > 0 && File.Exists(path) ? path : null;
    }
}
