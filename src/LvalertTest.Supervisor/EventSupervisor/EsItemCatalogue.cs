using LvalertTest.Supervisor.EventSupervisor.Items;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// Every item the event supervisor knows, by the config section name that enables it, and how its tasks are made.
/// Families register themselves (one file each, as the original had one module per follow-up).
/// </summary>
public sealed class EsItemCatalogue
{
    private readonly SortedDictionary<string, Func<EsItemRequest, IReadOnlyList<EsTask>>> _makers = new(StringComparer.Ordinal);

    private EsItemCatalogue()
    {
    }

    /// <summary>The full catalogue.</summary>
    public static EsItemCatalogue Default { get; } = Build();

    public IReadOnlyCollection<string> Names => _makers.Keys;

    public bool Knows(string itemName) => _makers.ContainsKey(itemName);

    public IReadOnlyList<EsTask> Tasks(EsItemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _makers.TryGetValue(request.ItemName, out Func<EsItemRequest, IReadOnlyList<EsTask>>? make)
            ? make(request)
            : throw new KeyNotFoundException($"no event supervisor item is called '{request.ItemName}'");
    }

    internal void Add(string itemName, Func<EsItemRequest, IReadOnlyList<EsTask>> make)
    {
        if (!_makers.TryAdd(itemName, make))
        {
            throw new InvalidOperationException($"item '{itemName}' is registered twice");
        }
    }

    private static EsItemCatalogue Build()
    {
        var catalogue = new EsItemCatalogue();
        BasicItems.Register(catalogue);
        DqItems.Register(catalogue);
        PeItems.Register(catalogue);
        SkymapItems.Register(catalogue);
        ApprovalProcessorItems.Register(catalogue);
        return catalogue;
    }
}
