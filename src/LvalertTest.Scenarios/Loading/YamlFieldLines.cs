using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LvalertTest.Scenarios.Loading;

/// <summary>
/// Where each field of a YAML document is written, by the field paths the loader names in its errors
/// (<c>events[0].steps[1].prob</c>), so an error can give the line a person has to fix.
/// </summary>
internal sealed partial class YamlFieldLines
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public YamlFieldLines(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, string.Empty);
        }
    }

    /// <summary>The line of <paramref name="field"/>, else of the nearest enclosing field that is written; null if none is.</summary>
    public int? LineOf(string field)
    {
        for (string path = field; path.Length > 0; path = Parent(path))
        {
            if (_lines.TryGetValue(path, out int line))
            {
                return line;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        Match last = LastPart().Match(path);
        return last.Success ? path[..last.Index] : string.Empty;
    }

    private void Walk(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach ((YamlNode key, YamlNode value) in mapping.Children)
                {
                    string name = (key as YamlScalarNode)?.Value ?? string.Empty;
                    string child = path.Length == 0 ? name : $"{path}.{name}";
                    _lines.TryAdd(child, (int)key.Start.Line);
                    Walk(value, child);
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    string child = $"{path}[{i}]";
                    _lines.TryAdd(child, (int)sequence.Children[i].Start.Line);
                    Walk(sequence.Children[i], child);
                }

                break;
        }
    }

    // The last ".name" or "[i]" of a path.
    [GeneratedRegex(@"(\.[^.\[]+|\[\d+\])$")]
    private static partial Regex LastPart();
}
