using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ChatPhone.Bench.Infrastructure;

namespace ChatPhone.Bench.Turns;

/// <summary>
/// The turns P1 and P2 measure: (a) echo, (b) "what's my number?" as a person holding a number, (c) an admin finds
/// and acquires a number, then assigns it to a licensed person through the plan card and its Confirm click.
/// Each HTTP request is one turn, recorded under its own label.
/// </summary>
internal sealed class Scenarios(TurnClient chatPhone, TurnClient echo, int usersWithNumbers, IEnumerable<int> adminPool)
{
    /// <summary>Megan Bowen, a demo admin.</summary>
    public const string Admin = "00000000-0000-4000-8000-000000000001";

    private readonly ConcurrentQueue<int> _unassigned = new(adminPool);
    private int _busy;

    /// <summary>
    /// Admin rounds cut short because a turn answered "Too many changes at once" (store.busy: every retry of the command
    /// lost to another admin's write on the same collection); the turn was answered and timed, the person goes back in line.
    /// </summary>
    public int Busy => _busy;

    /// <summary>The scenario names in report order.</summary>
    public static readonly string[] Names = ["echo", "my number", "admin acquire+assign"];

    /// <summary>The iteration of scenario <paramref name="name"/>.</summary>
    public Func<int, Recorder, Task<bool>> Iteration(string name) => name switch
    {
        "echo" => EchoAsync,
        "my number" => MyNumberAsync,
        _ => AdminAsync,
    };

    private async Task<bool> EchoAsync(int worker, Recorder recorder)
    {
        var replies = await recorder.TimeAsync("echo", () => echo.SendAsync(TurnClient.Message(Admin, "hello", $"echo-{worker}")));
        Seeding.Expect(TurnClient.Shown(replies).Contains("echo: hello", StringComparison.Ordinal), "the echo bot did not echo");
        return true;
    }

    private async Task<bool> MyNumberAsync(int worker, Recorder recorder)
    {
        var person = Random.Shared.Next(usersWithNumbers);
        var replies = await recorder.TimeAsync("what's my number", () =>
            chatPhone.SendAsync(TurnClient.Message(Seeding.PersonId(person), "what's my number?", $"mine-{person}")));
        Seeding.Expect(TurnClient.Shown(replies).Contains(Seeding.Number(person), StringComparison.Ordinal), "\"what's my number\" did not show the number: " + TurnClient.Shown(replies));
        return true;
    }

    /// <summary>Four turns; false once every seeded licensed person holds a number.</summary>
    public async Task<bool> AdminAsync(int worker, Recorder recorder)
    {
        if (!_unassigned.TryDequeue(out var person))
        {
            return false;
        }

        var conversation = $"admin-{worker}";
        var client = chatPhone;
        var search = await recorder.TimeAsync("1 search", () => client.SendAsync(TurnClient.Message(Admin, "find 1 number in Seattle", conversation)));
        if (WasBusy(search, person))
        {
            return true;
        }

        var acquire = TurnClient.ActionData(search, "numbers.acquire") ?? throw Failed("search", search);
        var number = TurnClient.ChoiceValues(search).FirstOrDefault() ?? throw Failed("search", search);
        acquire = (JsonObject)acquire.DeepClone();
        acquire["numbers"] = number;
        var acquired = await recorder.TimeAsync("2 acquire click", () => client.SendAsync(TurnClient.Invoke(Admin, acquire, conversation)));
        if (WasBusy(acquired, person))
        {
            return true;
        }

        Seeding.Expect(TurnClient.Shown(acquired).Contains("Numbers acquired", StringComparison.Ordinal), "acquire: " + TurnClient.Shown(acquired));
        var plan = await recorder.TimeAsync("3 assign (plan card)", () =>
            client.SendAsync(TurnClient.Message(Admin, $"assign {number} to {Seeding.Upn(person)}", conversation)));
        var confirm = TurnClient.ActionData(plan, "plan.confirm") ?? throw Failed("assign", plan);
        var done = await recorder.TimeAsync("4 confirm click", () => client.SendAsync(TurnClient.Invoke(Admin, confirm, conversation)));
        if (WasBusy(done, person))
        {
            return true;
        }

        Seeding.Expect(TurnClient.Shown(done).Contains("is now", StringComparison.Ordinal), "confirm: " + TurnClient.Shown(done));
        return true;
    }

    private bool WasBusy(JsonArray replies, int person)
    {
        if (!TurnClient.Shown(replies).Contains("store.busy", StringComparison.Ordinal))
        {
            return false;
        }

        Interlocked.Increment(ref _busy);
        _unassigned.Enqueue(person);
        return true;
    }

    private static BenchException Failed(string step, JsonArray replies) =>
        new($"The {step} turn did not answer as expected: {TurnClient.Shown(replies)}");
}
