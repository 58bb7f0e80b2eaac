namespace Workflows.Engine.Runtime.Actions;

/// <summary>The registered actions, found by their name or any alias.</summary>
public sealed class ActionCatalog
{
    private readonly Dictionary<string, IActionHandler> _byName = new(StringComparer.Ordinal);

    public ActionCatalog(IEnumerable<IActionHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Declaration.AllNames)
            {
                if (!_byName.TryAdd(name, handler))
                {
                    throw new InvalidOperationException(
                        $"Action name '{name}' is declared by both {_byName[name].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }
        Declarations = handlers.Select(h => h.Declaration).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ActionDeclaration> Declarations { get; }

    public IEnumerable<string> AllNames => _byName.Keys;

    public IActionHandler? Find(string name) => _byName.GetValueOrDefault(name);

    public ActionDeclaration? FindDeclaration(string name) => Find(name)?.Declaration;
}
