namespace LvalertTest.FakeGraceDb.Store;

/// <summary>
/// A list that only grows, handing out snapshots without copying: a snapshot covers the items present when it was
/// taken, and later appends go past its end (or into a new array), so what a caller holds never changes under it.
/// </summary>
internal sealed class AppendOnlyList<T>
{
    private T[] _items;

    public AppendOnlyList(IEnumerable<T> initial)
    {
        _items = [.. initial];
        Count = _items.Length;
    }

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            // A new array: snapshots of the old one keep it, unchanged.
            Array.Resize(ref _items, Math.Max(8, Count * 2));
        }

        _items[Count++] = item;
    }

    public IReadOnlyList<T> Snapshot() => new ArraySegment<T>(_items, 0, Count);
}
