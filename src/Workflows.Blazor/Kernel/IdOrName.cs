namespace Workflows.Blazor.Kernel;

/// <summary>
/// The one record someone meant by an id or a name (as a command line takes <c>--workflow "VIP welcome"</c>): the id wins;
/// a name must belong to exactly one record, or the answer says there are several and asks for the id.
/// </summary>
public static class IdOrName
{
    /// <summary>
    /// The one of <c>records</c> whose id, or else whose name ignoring case, is <c>idOrName</c>; <c>kind</c> names them in the
    /// singular (<c>journey</c>). Names are compared here rather than in SQL, where each database spells "ignoring case" its own way.
    /// </summary>
    public static (string Id, string Name) Single(IReadOnlyList<(string Id, string Name)> records, string idOrName, string kind)
    {
        var byId = records.Where(r => r.Id == idOrName).ToList();
        var found = byId.Count > 0 ? byId : [.. records.Where(r => string.Equals(r.Name, idOrName, StringComparison.OrdinalIgnoreCase))];
        return found switch
        {
            [var only] => only,
            [] => throw AppException.NotFound($"{kind} with the id or name", idOrName),
            _ => throw AppException.Invalid($"{found.Count} {kind}s are named '{idOrName}'; give the id of the one you mean."),
        };
    }
}
