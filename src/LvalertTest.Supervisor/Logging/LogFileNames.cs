namespace LvalertTest.Supervisor.Logging;

/// <summary>The names lvalertMP and eventSupervisor gave their log files.</summary>
public static class LogFileNames
{
    private const string IniSuffix = ".ini";

    /// <summary>
    /// A listener child process's run log: <c>&lt;process_type&gt;_&lt;config basename without .ini&gt;.log</c>.
    /// lvalertMP trimmed the suffix with Python's <c>strip('.ini')</c>, which strips any of '.', 'i', 'n' from both
    /// ends ("main.ini" became "ma"); only an exact, case-sensitive ".ini" suffix is removed here.
    /// </summary>
    public static string RunLogName(string processType, string configPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(processType);
        ArgumentException.ThrowIfNullOrEmpty(configPath);
        string baseName = Path.GetFileName(configPath);
        if (baseName.EndsWith(IniSuffix, StringComparison.Ordinal))
        {
            baseName = baseName[..^IniSuffix.Length];
        }

        if (baseName.Length == 0)
        {
            throw new ArgumentException("the config path names no file: " + configPath, nameof(configPath));
        }

        return processType + "_" + baseName + ".log";
    }

    /// <summary>
    /// eventSupervisor's per-event log: <c>&lt;graceid&gt;.log</c>. GraceIDs arrive in alerts from the network, so
    /// anything but ASCII letters, digits, '-' and '_' becomes '_': no GraceID can name a path outside the directory.
    /// </summary>
    public static string GraceIdLogName(string graceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(graceId);
        return string.Create(graceId.Length, graceId, static (chars, id) =>
        {
            for (int i = 0; i < id.Length; i++)
            {
                char c = id[i];
                chars[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_';
            }
        }) + ".log";
    }
}
