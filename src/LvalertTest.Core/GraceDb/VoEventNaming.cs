using LvalertTest.Core.Events;

namespace LvalertTest.Core.GraceDb;

/// <summary>The service's names for VOEvents: API codes, file names and IVORNs.</summary>
public static class VoEventNaming
{
    public static string Code(VoEventType type) => type switch
    {
        VoEventType.Preliminary => "PR",
        VoEventType.Initial => "IN",
        VoEventType.Update => "UP",
        VoEventType.Retraction => "RE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static VoEventType FromCode(string code) =>
        TryFromCode(code) ?? throw new GraceDbValidationException($"'{code}' is not a VOEvent type (PR, IN, UP, RE)");

    /// <summary>The type of an API code or the client's name for it (<c>PR</c> or <c>preliminary</c>); null if neither.</summary>
    public static VoEventType? TryFromCode(string? code) => code switch
    {
        "PR" or "preliminary" => VoEventType.Preliminary,
        "IN" or "initial" => VoEventType.Initial,
        "UP" or "update" => VoEventType.Update,
        "RE" or "retraction" => VoEventType.Retraction,
        _ => null,
    };

    /// <summary><c>G298048-1-Preliminary.xml</c>.</summary>
    public static string FileName(GraceId id, int n, VoEventType type) => $"{id}-{n}-{type}.xml";

    public static string Ivorn(GraceId id, int n, VoEventType type) => $"ivo://gwnet/LVC#{id}-{n}-{type}";
}
