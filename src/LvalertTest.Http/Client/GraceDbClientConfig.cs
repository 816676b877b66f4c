using System.Globalization;
using LvalertTest.Core.Config;
using LvalertTest.Http.Auth;

namespace LvalertTest.Http.Client;

/// <summary>
/// A REST client's settings from an INI section (default <c>[gracedb]</c>), so switching between the real service and
/// the served fake is a configuration change:
/// <code>
/// [gracedb]
/// service_url = https://gracedb-playground.ligo.org/api/
/// token_file = /run/user/1000/bt_u1000     ; or: token = ..., or username / password, or netrc = ~/.netrc
/// retries = 5
/// retry_delay = 1          ; seconds before the first retry, doubling each time
/// retry_max_delay = 60
/// timeout = 100            ; seconds per attempt
/// </code>
/// Every problem is a <see cref="FormatException"/> naming the file and option.
/// </summary>
public static class GraceDbClientConfig
{
    public const string DefaultSection = "gracedb";

    public static (GraceDbRestClientOptions Options, TimeSpan Timeout) Read(IniDocument ini, string section = DefaultSection)
    {
        ArgumentNullException.ThrowIfNull(ini);
        if (!ini.HasSection(section))
        {
            throw new IniFormatException($"{ini.Source}: no [{section}] section");
        }

        string where = $"{ini.Source}: [{section}]";
        string url = ini.GetOrNull(section, "service_url") ?? throw new IniFormatException($"{where} service_url: is required");
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            throw new IniFormatException($"{where} service_url: '{url}' is not an http(s) URL");
        }

        var sources = new CredentialSources
        {
            Token = ini.GetOrNull(section, "token"),
            TokenFile = Path(ini.GetOrNull(section, "token_file")),
            Username = ini.GetOrNull(section, "username"),
            Password = ini.GetOrNull(section, "password"),
            NetrcFile = Path(ini.GetOrNull(section, "netrc")),
        };
        GraceDbCredentials credentials;
        try
        {
            credentials = sources.Resolve(serviceUrl.Host);
        }
        catch (FormatException e)
        {
            throw new IniFormatException($"{where}: {e.Message}");
        }

        RetryPolicy retry;
        try
        {
            retry = new RetryPolicy
            {
                MaxRetries = (int)Number(ini, section, where, "retries", RetryPolicy.Default.MaxRetries),
                InitialDelay = TimeSpan.FromSeconds(Number(ini, section, where, "retry_delay", RetryPolicy.Default.InitialDelay.TotalSeconds)),
                MaxDelay = TimeSpan.FromSeconds(Number(ini, section, where, "retry_max_delay", RetryPolicy.Default.MaxDelay.TotalSeconds)),
            }.Validated();
        }
        catch (ArgumentException e)
        {
            throw new IniFormatException($"{where}: {e.Message}");
        }
        catch (FormatException e) when (e is not IniFormatException)
        {
            throw new IniFormatException($"{where}: {e.Message}");
        }

        double timeout = Number(ini, section, where, "timeout", 100);
        if (timeout <= 0)
        {
            throw new IniFormatException($"{where} timeout: {timeout} must be a positive number of seconds");
        }

        return (new GraceDbRestClientOptions { ServiceUrl = serviceUrl, Credentials = credentials, Retry = retry }, TimeSpan.FromSeconds(timeout));
    }

    private static double Number(IniDocument ini, string section, string where, string option, double absent)
    {
        string? text = ini.GetOrNull(section, option);
        if (text is null)
        {
            return absent;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= 0
            ? value
            : throw new IniFormatException($"{where} {option}: '{text}' is not a non-negative number");
    }

    /// <summary>Expands a leading '~' to the home directory, as the original clients' paths do.</summary>
    private static string? Path(string? path) =>
        path is ['~', '/', ..]
            ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;
}
