using System.Collections.Immutable;
using System.Text.Json.Serialization;
using LvalertTest.Core.Events;

namespace LvalertTest.Simulation.Schedules;

/// <summary>
/// What an action does, as data: a schedule can be printed, saved as JSON and compared.
/// The subtypes are the writes a GraceDb client (pipeline, follow-up, human, operator) makes.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CreateEvent), "create_event")]
[JsonDerivedType(typeof(WriteLog), "write_log")]
[JsonDerivedType(typeof(AddLabel), "add_label")]
[JsonDerivedType(typeof(RemoveLabel), "remove_label")]
[JsonDerivedType(typeof(SignOff), "sign_off")]
[JsonDerivedType(typeof(UploadVoEvent), "upload_voevent")]
[JsonDerivedType(typeof(SendCommand), "send_command")]
[JsonDerivedType(typeof(RawAlert), "raw_alert")]
public abstract record ActionBody
{
    /// <summary>The event the action concerns, or null for actions addressed to no event (commands, raw alerts).</summary>
    [JsonIgnore]
    public EventHandle? Event => GetEvent();

    /// <summary>The kind's name, as in the JSON discriminator ("write_log", ...).</summary>
    [JsonIgnore]
    public string Kind => KindName;

    /// <summary>One line for timelines and printed schedules.</summary>
    public abstract string Describe();

    // Event and Kind are not virtual properties: an override would be serialised, clashing with the subtypes'
    // "event" and with the "kind" discriminator.
    private protected abstract string KindName { get; }

    private protected virtual EventHandle? GetEvent() => null;
}

/// <summary>A pipeline uploads a new candidate event; the handle receives its GraceID.</summary>
public sealed record CreateEvent(
    [property: JsonPropertyName("event")] EventHandle Handle,
    string Group,
    string Pipeline,
    string? Search,
    string FileName,
    string FileContent,
    ImmutableArray<string> Labels = default,
    bool Offline = false) : ActionBody
{
    private protected override string KindName => "create_event";

    public ImmutableArray<string> Labels { get; init; } = Labels.IsDefault ? [] : Labels;

    private protected override EventHandle? GetEvent() => Handle;

    public override string Describe() =>
        $"create {Group}/{Pipeline}{(Search is null ? string.Empty : "/" + Search)} from {FileName}";
}

/// <summary>
/// A log entry, optionally with a file upload and tag names. The file is <see cref="FileBytes"/> when given (binary
/// uploads: gzip, FITS), otherwise <see cref="FileContent"/> as UTF-8. Comment and file name may hold
/// <see cref="GraceIdPlaceholder"/>, replaced by the event's GraceID when the action runs (iDQ and EM-bright files
/// are named after it).
/// </summary>
public sealed record WriteLog(
    [property: JsonPropertyName("event")] EventHandle Handle,
    string Comment,
    string? FileName = null,
    string? FileContent = null,
    ImmutableArray<string> Tags = default,
    byte[]? FileBytes = null) : ActionBody
{
    public const string GraceIdPlaceholder = "{graceid}";

    private protected override string KindName => "write_log";

    public ImmutableArray<string> Tags { get; init; } = Tags.IsDefault ? [] : Tags;

    private protected override EventHandle? GetEvent() => Handle;

    /// <summary>The comment with the event's GraceID in place of <see cref="GraceIdPlaceholder"/>.</summary>
    public string CommentFor(GraceId graceId) => Comment.Replace(GraceIdPlaceholder, graceId.ToString(), StringComparison.Ordinal);

    /// <summary>The file name with the event's GraceID in place of <see cref="GraceIdPlaceholder"/>, or null.</summary>
    public string? FileNameFor(GraceId graceId) => FileName?.Replace(GraceIdPlaceholder, graceId.ToString(), StringComparison.Ordinal);

    /// <summary>The bytes to upload, or null without a file.</summary>
    public byte[]? Upload() => FileName is null ? null : FileBytes ?? System.Text.Encoding.UTF8.GetBytes(FileContent ?? string.Empty);

    public override string Describe()
    {
        string file = FileName is null ? string.Empty : $" [{FileName}]";
        string tags = Tags.IsEmpty ? string.Empty : $" tags={string.Join(',', Tags)}";
        return $"log \"{Comment}\"{file}{tags}";
    }
}

public sealed record AddLabel([property: JsonPropertyName("event")] EventHandle Handle, string Label) : ActionBody
{
    private protected override string KindName => "add_label";

    private protected override EventHandle? GetEvent() => Handle;

    public override string Describe() => $"label +{Label}";
}

public sealed record RemoveLabel([property: JsonPropertyName("event")] EventHandle Handle, string Label) : ActionBody
{
    private protected override string KindName => "remove_label";

    private protected override EventHandle? GetEvent() => Handle;

    public override string Describe() => $"label -{Label}";
}

/// <summary>An operator (OP, with an instrument) or advocate (ADV) answers a sign-off request.</summary>
public sealed record SignOff(
    [property: JsonPropertyName("event")] EventHandle Handle,
    SignoffType SignoffType,
    string? Instrument,
    SignoffStatus Status,
    string Comment) : ActionBody
{
    private protected override string KindName => "sign_off";

    private protected override EventHandle? GetEvent() => Handle;

    public override string Describe() =>
        $"signoff {SignoffType}{(Instrument is null ? string.Empty : " " + Instrument)} {Status}";
}

/// <summary>A VOEvent of the given type is created for the event.</summary>
public sealed record UploadVoEvent(
    [property: JsonPropertyName("event")] EventHandle Handle,
    VoEventType VoEventType,
    string? SkymapFileName = null) : ActionBody
{
    private protected override string KindName => "upload_voevent";

    private protected override EventHandle? GetEvent() => Handle;

    public override string Describe() =>
        $"voevent {VoEventType}{(SkymapFileName is null ? string.Empty : " skymap=" + SkymapFileName)}";
}

/// <summary>An lvalertMP command sent to a node: <c>{"uid":"command","alert_type":Command,"object":Arguments}</c>.</summary>
public sealed record SendCommand(
    string Command,
    ImmutableSortedDictionary<string, string> Arguments,
    string? Node = null) : ActionBody
{
    private protected override string KindName => "send_command";

    // Ordinal keys, so the command prints and serialises the same on every machine.
    public ImmutableSortedDictionary<string, string> Arguments { get; init; } =
        (Arguments ?? ImmutableSortedDictionary<string, string>.Empty).WithComparers(StringComparer.Ordinal);

    public override string Describe() =>
        $"command {Command}({string.Join(", ", Arguments.Select(a => $"{a.Key}={a.Value}"))}){(Node is null ? string.Empty : " to " + Node)}";
}

/// <summary>An alert published as it is, bypassing GraceDb (for malformed-input and listener tests).</summary>
public sealed record RawAlert(string Node, string Payload) : ActionBody
{
    private protected override string KindName => "raw_alert";

    public override string Describe() => $"raw alert to {Node} ({Payload.Length} chars)";
}
