namespace LvalertTest.Supervisor.EventSupervisor.Items;

/// <summary>The chansets an OmegaScan start message names, and the message that says they are done.</summary>
internal static class OmegaScanChansets
{
    public const string StartPrefix = "automatic OmegaScans begun for: ";

    public const string FinishPrefix = "automatic OmegaScans finished for: ";

    /// <summary>
    /// The chansets after the start prefix of the alert's log comment (the description when the alert carries no
    /// log entry), up to the first '.', separated by commas. The original stripped the prefix's characters from both
    /// ends (<c>str.strip</c>), which ate chanset letters: "l1_llhoft" became "l1_llho". Fixed: the prefix is removed.
    /// </summary>
    public static IReadOnlyList<string> Parse(EsItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string comment = request.Object["comment"]?.ToString() is { Length: > 0 } c ? c : request.Description;
        IReadOnlyList<string> chansets = Parse(comment);
        return chansets.Count > 0
            ? chansets
            : throw new InvalidDataException($"[{request.ItemName}] for {request.GraceId}: no chansets in '{comment}'");
    }

    public static IReadOnlyList<string> Parse(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        int at = comment.IndexOf(StartPrefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        string list = comment[(at + StartPrefix.Length)..];
        int stop = list.IndexOfAny(['.', '\n']);
        list = stop < 0 ? list : list[..stop];
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string FinishMessage(IReadOnlyList<string> chansets) => FinishPrefix + string.Join(", ", chansets);
}
