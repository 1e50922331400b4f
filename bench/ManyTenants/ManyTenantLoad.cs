using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.Turns;

namespace ChatPhone.Bench.ManyTenants;

/// <summary>A P7 tenant as seeded: its id and the numbers its first users hold (user i holds <c>Numbers[i]</c>).</summary>
internal sealed record SeededTenant(string Id, IReadOnlyList<string> Numbers);

/// <summary>
/// The P7 load: iterations walk the tenants in turn, so every tenant is active; a tenant's iteration is a user's
/// "what's my number?" ten times in eleven and its admin's round (search → acquire click → assign → confirm click,
/// to one of its licensed users without a number) once in eleven, staggered so both kinds run throughout. A tenant's
/// turns go to bot process <c>tenant mod processes</c>, as a front end routing by tenant would send them.
/// </summary>
internal sealed class ManyTenantLoad
{
    /// <summary>Users per tenant.</summary>
    public const int Users = 10;

    /// <summary>Users holding a number from the seeding; the others are the admin's to give one.</summary>
    public const int UsersWithNumbers = 5;

    /// <summary>The kinds of turn, in report order.</summary>
    public static readonly string[] Kinds = ["what's my number", "1 search", "2 acquire click", "3 assign (plan card)", "4 confirm click"];

    private readonly IReadOnlyList<SeededTenant> _tenants;
    private readonly ConcurrentQueue<int>[] _unassigned;
    private long _next = -1;
    private int _busy;
    private int _skipped;

    public ManyTenantLoad(IReadOnlyList<SeededTenant> tenants)
    {
        _tenants = tenants;
        _unassigned = tenants.Select(_ => new ConcurrentQueue<int>(Enumerable.Range(UsersWithNumbers, Users - UsersWithNumbers))).ToArray();
    }

    /// <summary>Admin rounds cut short by store.busy (the person goes back in line).</summary>
    public int Busy => _busy;

    /// <summary>Admin rounds due when the tenant had no user without a number left (a user's turn ran instead).</summary>
    public int Skipped => _skipped;

    /// <summary>One iteration against <paramref name="processes"/> (one client per bot process).</summary>
    public Func<int, Recorder, Task<bool>> Iteration(IReadOnlyList<TurnClient> processes) => async (_, recorder) =>
    {
        var n = Interlocked.Increment(ref _next);
        var index = (int)(n % _tenants.Count);
        var cycle = n / _tenants.Count;
        var tenant = _tenants[index];
        var client = processes[index % processes.Count];
        var adminTurn = (cycle + index) % (Users + 1) == 0;
        if (adminTurn && _unassigned[index].TryDequeue(out var person))
        {
            await AdminAsync(client, tenant, _unassigned[index], person, recorder);
        }
        else
        {
            if (adminTurn)
            {
                Interlocked.Increment(ref _skipped);
            }

            await MyNumberAsync(client, tenant, (int)(cycle % UsersWithNumbers), recorder);
        }

        return true;
    };

    /// <summary>
    /// Untimed, before the clock starts: each process runs an admin round and a few "what's my number?" for a tenant
    /// routed to it (the first search of a process also builds the carrier's stock of the place).
    /// </summary>
    public async Task WarmUpAsync(IReadOnlyList<TurnClient> processes)
    {
        var recorder = new Recorder();
        for (var index = 0; index < Math.Min(processes.Count, _tenants.Count); index++)
        {
            var client = processes[index % processes.Count];
            if (_unassigned[index].TryDequeue(out var person))
            {
                await AdminAsync(client, _tenants[index], _unassigned[index], person, recorder);
            }

            for (var user = 0; user < UsersWithNumbers; user++)
            {
                await MyNumberAsync(client, _tenants[index], user, recorder);
            }
        }
    }

    private static async Task MyNumberAsync(TurnClient client, SeededTenant tenant, int user, Recorder recorder)
    {
        var replies = await recorder.TimeAsync(Kinds[0], () =>
            client.SendAsync(TurnClient.Message(Seeding.PersonId(user), "what's my number?", $"{tenant.Id}-u{user}", tenant: tenant.Id)));
        Seeding.Expect(TurnClient.Shown(replies).Contains(tenant.Numbers[user], StringComparison.Ordinal),
            $"\"what's my number\" in {tenant.Id} did not show {tenant.Numbers[user]}: {TurnClient.Shown(replies)}");
    }

    private async Task AdminAsync(TurnClient client, SeededTenant tenant, ConcurrentQueue<int> unassigned, int person, Recorder recorder)
    {
        var conversation = $"{tenant.Id}-admin";
        var search = await recorder.TimeAsync(Kinds[1], () =>
            client.SendAsync(TurnClient.Message(Scenarios.Admin, "find 1 number in Seattle", conversation, tenant: tenant.Id)));
        if (WasBusy(search, unassigned, person))
        {
            return;
        }

        var acquire = TurnClient.ActionData(search, "numbers.acquire") ?? throw Failed(tenant, "search", search);
        var number = TurnClient.ChoiceValues(search).FirstOrDefault() ?? throw Failed(tenant, "search", search);
        acquire = (JsonObject)acquire.DeepClone();
        acquire["numbers"] = number;
        var acquired = await recorder.TimeAsync(Kinds[2], () => client.SendAsync(TurnClient.Invoke(Scenarios.Admin, acquire, conversation, tenant.Id)));
        if (WasBusy(acquired, unassigned, person))
        {
            return;
        }

        Seeding.Expect(TurnClient.Shown(acquired).Contains("Numbers acquired", StringComparison.Ordinal), $"acquire in {tenant.Id}: " + TurnClient.Shown(acquired));
        var plan = await recorder.TimeAsync(Kinds[3], () =>
            client.SendAsync(TurnClient.Message(Scenarios.Admin, $"assign {number} to {Seeding.Upn(person)}", conversation, tenant: tenant.Id)));
        var confirm = TurnClient.ActionData(plan, "plan.confirm") ?? throw Failed(tenant, "assign", plan);
        var done = await recorder.TimeAsync(Kinds[4], () => client.SendAsync(TurnClient.Invoke(Scenarios.Admin, confirm, conversation, tenant.Id)));
        if (WasBusy(done, unassigned, person))
        {
            return;
        }

        Seeding.Expect(TurnClient.Shown(done).Contains("is now", StringComparison.Ordinal), $"confirm in {tenant.Id}: " + TurnClient.Shown(done));
    }

    private bool WasBusy(JsonArray replies, ConcurrentQueue<int> unassigned, int person)
    {
        if (!TurnClient.Shown(replies).Contains("store.busy", StringComparison.Ordinal))
        {
            return false;
        }

        Interlocked.Increment(ref _busy);
        unassigned.Enqueue(person);
        return true;
    }

    private static BenchException Failed(SeededTenant tenant, string step, JsonArray replies) =>
        new($"The {step} turn in {tenant.Id} did not answer as expected: {TurnClient.Shown(replies)}");
}
