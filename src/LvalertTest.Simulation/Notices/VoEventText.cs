using System.Globalization;
using System.Xml.Linq;

namespace LvalertTest.Simulation.Notices;

/// <summary>
/// Writes GCN-style VOEvent 2.0 packets: <c>voe:VOEvent</c> root, <c>What</c> params (optionally in groups), the
/// event time and position under <c>WhereWhen</c>, an inference name under <c>Why</c> and a follow-up citation.
/// </summary>
internal sealed class VoEventText(string ivorn, string role)
{
    private static readonly XNamespace Voe = "http://www.ivoa.net/xml/VOEvent/v2.0";
    private readonly List<XElement> _what = [];
    private DateTimeOffset? _time;
    private (double Ra, double Dec, double Error)? _position;
    private string? _name;
    private string? _followUp;
    private string? _citationText;

    public VoEventText Param(string name, object value)
    {
        _what.Add(ParamElement(name, value));
        return this;
    }

    public VoEventText Group(string name, params (string Name, object Value)[] parameters)
    {
        _what.Add(new XElement("Group", new XAttribute("name", name), parameters.Select(p => ParamElement(p.Name, p.Value))));
        return this;
    }

    public VoEventText At(DateTimeOffset time, (double Ra, double Dec, double Error)? position = null)
    {
        _time = time;
        _position = position;
        return this;
    }

    public VoEventText Named(string name)
    {
        _name = name;
        return this;
    }

    public VoEventText Citing(string? followUpIvorn, string? description = null)
    {
        _followUp = followUpIvorn;
        _citationText = description;
        return this;
    }

    public override string ToString()
    {
        var coords = new XElement("AstroCoords", new XAttribute("coord_system_id", "UTC-FK5-GEO"));
        if (_time is { } t)
        {
            coords.Add(new XElement("Time", new XAttribute("unit", "s"), new XElement("TimeInstant", new XElement("ISOTime", t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ff", CultureInfo.InvariantCulture)))));
        }

        if (_position is { } p)
        {
            coords.Add(new XElement(
                "Position2D",
                new XAttribute("unit", "deg"),
                new XElement("Name1", "RA"),
                new XElement("Name2", "Dec"),
                new XElement("Value2", new XElement("C1", Number(p.Ra)), new XElement("C2", Number(p.Dec))),
                new XElement("Error2Radius", Number(p.Error))));
        }

        var root = new XElement(
            Voe + "VOEvent",
            new XAttribute(XNamespace.Xmlns + "voe", Voe.NamespaceName),
            new XAttribute("ivorn", ivorn),
            new XAttribute("role", role),
            new XAttribute("version", "2.0"),
            new XElement("What", _what),
            new XElement("WhereWhen", new XElement("ObsDataLocation", new XElement("ObservationLocation", new XElement("AstroCoordSystem", new XAttribute("id", "UTC-FK5-GEO")), coords))));
        if (_name is not null)
        {
            root.Add(new XElement("Why", new XElement("Inference", new XElement("Name", _name))));
        }

        if (_followUp is not null || _citationText is not null)
        {
            root.Add(new XElement("Citations", _followUp is null ? null : new XElement("EventIVORN", new XAttribute("cite", "followup"), _followUp), _citationText is null ? null : new XElement("Description", _citationText)));
        }

        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + "\n" + root + "\n";
    }

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static XElement ParamElement(string name, object value) =>
        new("Param", new XAttribute("name", name), new XAttribute("value", value is double d ? d.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant() : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
}
