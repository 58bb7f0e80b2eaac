namespace Workflows.Blazor.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The one way open pages hear of committed changes, on this instance and (through <see cref="ChangeRelay"/>) on the
    /// others sharing the database. It paces pages by the wall clock, not the app's <see cref="TimeProvider"/>: a test that
    /// stops the app's clock must not stop its pages from following.
    /// </summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services) => services
        .AddSingleton(provider => new ChangeNotifications(TimeProvider.System, provider.GetRequiredService<ILogger<ChangeNotifications>>()))
        .AddHostedService<ChangeRelay>();
}
