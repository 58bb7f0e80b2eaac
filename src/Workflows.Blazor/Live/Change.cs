namespace Workflows.Blazor.Live;

/// <summary>Something committed to the database that open pages may want to show: what <see cref="ChangeNotifications"/> carries.</summary>
public abstract record Change;
