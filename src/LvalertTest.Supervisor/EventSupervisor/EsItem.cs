using System.Text.Json.Nodes;
using LvalertTest.Supervisor.Queue;

namespace LvalertTest.Supervisor.EventSupervisor;

/// <summary>
/// An eventSupervisor item: the tasks one config section asks for, filed under the event. Its recipe is the item
/// name and the triggering alert, from which a restarted engine builds it again.
/// </summary>
public sealed class EsItem(DateTimeOffset t0, EsItemRequest request, IReadOnlyList<EsTask> tasks)
    : QueueItem(t0, tasks, request.ItemName, request.GraceId, new ItemRecipe(RecipeKind, new JsonObject { ["item"] = request.ItemName, ["alert"] = request.Alert.DeepClone() }))
{
    public const string RecipeKind = "es.item";
}
