using LvalertTest.Core.Alerts;
using LvalertTest.Core.GraceDb;

namespace LvalertTest.FakeGraceDb;

/// <summary>How a fake GraceDb store behaves. Init-only: a store's options do not change while it is open.</summary>
public sealed record FakeGraceDbOptions
{
    public GraceDbCatalog Catalog { get; init; } = GraceDbCatalog.Default;

    /// <summary>The alert dialect of a new store; an existing store keeps the one it was created with.</summary>
    public AlertDialect Dialect { get; init; } = AlertDialect.Legacy;

    /// <summary>The base of the URLs in JSON payloads (links, files), ending in '/'.</summary>
    public string ServiceUrl { get; init; } = "https://gracedb.invalid/api/";

    /// <summary>The user that writes when a call names none.</summary>
    public string DefaultUser { get; init; } = "lvalerttest@ligo.org";

    /// <summary>The clock that stamps <c>created</c>: the kernel's <c>VirtualClock</c> in simulations.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether alerts are appended to the store's alert journal (alerts.jsonl) as well as published to subscribers.
    /// A long in-memory soak turns it off: nothing reads the journal there, and it would hold every alert of the run.
    /// </summary>
    public bool JournalAlerts { get; init; } = true;

    /// <summary>Where store warnings go (a torn last line skipped, ...).</summary>
    public Action<string> Warn { get; init; } = _ => { };
}
