namespace LvalertTest.Http;

/// <summary>
/// The names both sides of the REST API agree on: the API root's template keys (as the real server names them, so the
/// official client works against the served fake) and the one header the fake adds.
/// </summary>
public static class ApiNames
{
    public const string EventDetailTemplate = "event-detail-template";
    public const string EventLogTemplate = "event-log-template";
    public const string EventLogDetailTemplate = "event-log-detail-template";
    public const string EventLabelTemplate = "event-label-template";
    public const string FilesTemplate = "files-template";
    public const string VoEventListTemplate = "voevent-list-template";
    public const string VoEventDetailTemplate = "voevent-detail-template";
    public const string SignoffListTemplate = "signoff-list-template";

    /// <summary>
    /// Who the call acts for (a log's issuer, a label's creator, a sign-off's submitter). The real service always uses
    /// the authenticated account and ignores the header; the served fake, which has no accounts, honours it.
    /// </summary>
    public const string ActingUserHeader = "X-LvalertTest-User";

    /// <summary>The error body's field for the kind of failure the fake adds where a status alone is ambiguous (a 500 from a corrupt store).</summary>
    public const string ErrorKindField = "kind";

    public const string StoreErrorKind = "store";
}
