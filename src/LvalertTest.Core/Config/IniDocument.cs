using System.Globalization;

namespace LvalertTest.Core.Config;

/// <summary>A configuration file that cannot be read or lacks a value: the message names the file (and line or option).</summary>
public sealed class IniFormatException(string message) : FormatException(message);

/// <summary>
/// An INI file read with the semantics of Python 2's ConfigParser, which the original configs were written for:
/// <c>key = value</c> or <c>key: value</c>; option names lower-cased, section names kept; full-line <c>#</c> and
/// <c>;</c> comments, and <c>;</c> comments after whitespace on a value line; values continued on indented lines
/// (joined with '\n', blank and comment lines skipped); a repeated section merges and a repeated option's last value
/// wins; <c>[DEFAULT]</c> supplies options to every section.
/// </summary>
public sealed class IniDocument
{
    private const string DefaultSection = "DEFAULT";
    private readonly List<string> _sectionOrder = [];
    private readonly Dictionary<string, List<KeyValuePair<string, string>>> _sections = new(StringComparer.Ordinal);

    private IniDocument(string source) => Source = source;

    /// <summary>Where the text came from (a file path), used in every error.</summary>
    public string Source { get; }

    /// <summary>The sections in order of first appearance, without DEFAULT.</summary>
    public IReadOnlyList<string> Sections => _sectionOrder;

    public static IniDocument Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new IniDocument(source);
        List<KeyValuePair<string, string>>? section = null;
        string? sectionName = null;
        int option = -1;
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';' || (trimmed.StartsWith("rem", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 3 && char.IsWhiteSpace(trimmed[3])))
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]) && section is not null && option >= 0)
            {
                // A continuation line of the last option's value.
                KeyValuePair<string, string> last = section[option];
                section[option] = new(last.Key, last.Value + "\n" + trimmed);
                continue;
            }

            if (trimmed[0] == '[')
            {
                int close = trimmed.IndexOf(']', StringComparison.Ordinal);
                if (close < 2)
                {
                    throw new IniFormatException($"{source}:{i + 1}: malformed section header '{trimmed}'");
                }

                sectionName = trimmed[1..close];
                if (!document._sections.TryGetValue(sectionName, out section))
                {
                    section = [];
                    document._sections.Add(sectionName, section);
                    if (sectionName != DefaultSection)
                    {
                        document._sectionOrder.Add(sectionName);
                    }
                }

                option = -1;
                continue;
            }

            if (section is null)
            {
                throw new IniFormatException($"{source}:{i + 1}: '{trimmed}' comes before any [section] header");
            }

            int separator = trimmed.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                throw new IniFormatException($"{source}:{i + 1}: expected 'option = value' in [{sectionName}], got '{trimmed}'");
            }

            string name = trimmed[..separator].Trim().ToLowerInvariant();
            string value = StripInlineComment(trimmed[(separator + 1)..]).Trim();
            option = section.FindIndex(kv => kv.Key == name);
            if (option >= 0)
            {
                section[option] = new(name, value);
            }
            else
            {
                section.Add(new(name, value));
                option = section.Count - 1;
            }
        }

        return document;
    }

    public bool HasSection(string section) => _sections.ContainsKey(section) && section != DefaultSection;

    public bool HasOption(string section, string option) => GetOrNull(section, option) is not null;

    /// <summary>The option's value, from the section or else from DEFAULT; null when neither has it.</summary>
    public string? GetOrNull(string section, string option)
    {
        string key = option.ToLowerInvariant();
        if (!HasSection(section))
        {
            return null;
        }

        foreach (string name in new[] { section, DefaultSection })
        {
            if (_sections.TryGetValue(name, out List<KeyValuePair<string, string>>? options))
            {
                int index = options.FindIndex(kv => kv.Key == key);
                if (index >= 0)
                {
                    return options[index].Value;
                }
            }
        }

        return null;
    }

    public string Get(string section, string option) =>
        GetOrNull(section, option) ?? throw new IniFormatException(HasSection(section)
            ? $"{Source}: [{section}] has no option '{option}'"
            : $"{Source}: no section [{section}]");

    public double GetDouble(string section, string option)
    {
        string text = Get(section, option);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new IniFormatException($"{Source}: [{section}] {option}: '{text}' is not a number");
    }

    public int GetInt(string section, string option)
    {
        string text = Get(section, option);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new IniFormatException($"{Source}: [{section}] {option}: '{text}' is not an integer");
    }

    /// <summary>Python's getboolean: 1, yes, true, on / 0, no, false, off (any case).</summary>
    public bool GetBoolean(string section, string option)
    {
        string text = Get(section, option);
        return text.ToLowerInvariant() switch
        {
            "1" or "yes" or "true" or "on" => true,
            "0" or "no" or "false" or "off" => false,
            _ => throw new IniFormatException($"{Source}: [{section}] {option}: '{text}' is not a boolean (true/false, yes/no, on/off, 1/0)"),
        };
    }

    /// <summary>A value split on whitespace and newlines (node lists, flag lists).</summary>
    public IReadOnlyList<string> GetList(string section, string option) =>
        Get(section, option).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The section's own options and DEFAULT's, section first, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Items(string section)
    {
        if (!HasSection(section))
        {
            throw new IniFormatException($"{Source}: no section [{section}]");
        }

        List<KeyValuePair<string, string>> own = [.. _sections[section]];
        if (_sections.TryGetValue(DefaultSection, out List<KeyValuePair<string, string>>? defaults))
        {
            own.AddRange(defaults.Where(d => !own.Exists(o => o.Key == d.Key)));
        }

        return own;
    }

    // Python 2: a ';' starts a comment on a value line only when whitespace precedes it.
    private static string StripInlineComment(string value)
    {
        for (int i = 1; i < value.Length; i++)
        {
            if (value[i] == ';' && char.IsWhiteSpace(value[i - 1]))
            {
                return value[..i];
            }
        }

        return value;
    }
}
