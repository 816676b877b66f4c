namespace LvalertTest.Core.Alerts;

/// <summary>
/// The pub-sub nodes of an event, as the real server names them: <c>group_pipeline</c> and, with a search,
/// <c>group_pipeline_search</c>, all lower case. Every alert goes to each, so a listener on both sees duplicates.
/// </summary>
public static class AlertNodes
{
    public static IReadOnlyList<string> For(string group, string pipeline, string? search)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(pipeline);
        string basic = $"{group}_{pipeline}".ToLowerInvariant();
        return string.IsNullOrEmpty(search) ? [basic] : [basic, $"{basic}_{search.ToLowerInvariant()}"];
    }
}
