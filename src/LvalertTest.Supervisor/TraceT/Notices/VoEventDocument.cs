using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace LvalertTest.Supervisor.TraceT.Notices;

/// <summary>
/// Read access to a VOEvent 2.0 packet by local element names, so the <c>voe:</c>-prefixed, default-namespace and
/// namespace-less packets GCN has sent over the years all read alike. Every failure names the packet.
/// </summary>
internal sealed class VoEventDocument
{
    private readonly XElement _root;
    private readonly string _source;

    private VoEventDocument(XElement root, string source)
    {
        _root = root;
        _source = source;
    }

    public static VoEventDocument Load(string text, string source)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException e)
        {
            throw new NoticeFormatException($"{source}: not well-formed XML: {FirstLine(e.Message)}", e);
        }

        XElement root = document.Root ?? throw new NoticeFormatException($"{source}: empty XML document");
        return root.Name.LocalName == "VOEvent"
            ? new VoEventDocument(root, source)
            : throw new NoticeFormatException($"{source}: root element is <{root.Name.LocalName}>, not <VOEvent>");
    }

    public string? Attribute(string name) => _root.Attribute(name)?.Value;

    /// <summary>The first <c>Param</c> anywhere with this name (TraceT's <c>.//Param[@name=...]</c>).</summary>
    public string? Param(string name) =>
        _root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Param" && (string?)e.Attribute("name") == name)?.Attribute("value")?.Value;

    public string? ParamIn(string group, string name) =>
        _root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Group" && (string?)e.Attribute("name") == group)?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "Param" && (string?)e.Attribute("name") == name)?.Attribute("value")?.Value;

    /// <summary>Text of the element at this path of local names below the root (null if any step is missing).</summary>
    public string? Text(params string[] path)
    {
        XElement? at = _root;
        foreach (string step in path)
        {
            at = at?.Elements().FirstOrDefault(e => e.Name.LocalName == step);
        }

        return at?.Value;
    }

    /// <summary>Text of the first element with this local name anywhere.</summary>
    public string? FirstText(string localName) => _root.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    public XElement? FirstElement(string localName, string attribute, string value) =>
        _root.Descendants().FirstOrDefault(e => e.Name.LocalName == localName && (string?)e.Attribute(attribute) == value);

    public double? Number(string? text, string what)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new NoticeFormatException($"{_source}: {what} is '{text.Trim()}', not a number");
    }

    public int? Integer(string? text, string what)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new NoticeFormatException($"{_source}: {what} is '{text.Trim()}', not an integer");
    }

    public NoticeFormatException Error(string message) => new($"{_source}: {message}");

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
