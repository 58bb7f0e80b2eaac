using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security.Outbound;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// The real app in memory over a real SQLite file of its own, with a fake clock so days pass in a call,
/// and an API client that carries a valid key. The scheduler's every-second tick is off: under a fake clock the
/// test decides when a due-work pass runs (<see cref="TickAsync"/>), so no pass runs at a moment it did not choose.
/// </summary>
public sealed class AppFactory : InProcessApp
{
    private readonly List<IActionHandler> _extraActions = [];
    private readonly List<Type> _stoppedServices = [];
    private LogCapture? _logs;

    public AppFactory()
    {
        Set("Runner:Workers", "2");
        Set("Runner:SchedulerTick", "false");
        Set("Demo:Seed", "false");
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A setting as appsettings.json would give it, e.g. <c>Runner:RetentionDays</c>.</summary>
    public AppFactory WithSetting(string key, string value)
    {
        Set(key, value);
        return this;
    }

    /// <summary>Loads the demo store (customers, products, orders, ...) on start, as a fresh install does.</summary>
    public AppFactory WithDemoData() => WithSetting("Demo:Seed", "true");

    /// <summary>The app's AI model is <paramref name="model"/>, as the settings page would configure it.</summary>
    internal AppFactory WithModel(FakeOpenAiServer model)
    {
        foreach (var (key, value) in model.Settings)
        {
            Set(key, value);
        }
        return this;
    }

    /// <summary>Outbound calls (HTTP steps, journey subscribers) may reach <paramref name="receiver"/>.</summary>
    internal AppFactory AllowingCallsTo(HttpTestReceiver receiver) =>
        WithSetting($"{OutboundOptions.SectionName}:AllowedHosts:0", new Uri(receiver.Url).Authority);

    /// <summary>Registers an action only tests have, e.g. one that fails on purpose.</summary>
    public AppFactory WithAction(IActionHandler action)
    {
        _extraActions.Add(action);
        return this;
    }

    /// <summary>Leaves a background service out, e.g. the event dispatcher, to stand for a crash before it ran; a test may start it itself.</summary>
    public AppFactory WithoutHostedService<T>() where T : IHostedService
    {
        _stoppedServices.Add(typeof(T));
        return this;
    }

    /// <summary>Everything the app logs also goes to <paramref name="logs"/>.</summary>
    public AppFactory WithLogs(LogCapture logs)
    {
        _logs = logs;
        return this;
    }

    /// <summary>One due-work pass, as the every-second tick runs it: fires due timers and schedules at the fake clock's time.</summary>
    public Task TickAsync() => Services.GetRequiredService<DueWorkProcessor>().ProcessAsync();

    /// <summary>Moves the fake clock on and runs the due-work pass that time makes due.</summary>
    public Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return TickAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (_logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(_logs);
            }
            foreach (var action in _extraActions)
            {
                services.AddSingleton(action);
            }
            foreach (var stopped in services.Where(d => d.ServiceType == typeof(IHostedService) && _stoppedServices.Contains(d.ImplementationType!)).ToList())
            {
                services.Remove(stopped);
            }
        });
    }
}
