using ChatPhone.Bench.Bulk;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bench.LargeTenants;
using ChatPhone.Bench.Turns;

namespace ChatPhone.UnitTests.Bench;

public sealed class BenchReportingTests
{
    private const string Before = "# Commandstats\r\ncmdstat_hget:calls=10,usec=50,usec_per_call=5.00,rejected_calls=0,failed_calls=0\r\ncmdstat_info:calls=3,usec=9\r\ncmdstat_exec:calls=2,usec=4\r\n";
    private const string After = "# Commandstats\r\ncmdstat_hget:calls=16,usec=80\r\ncmdstat_info:calls=4,usec=12\r\ncmdstat_exec:calls=2,usec=4\r\ncmdstat_EVALSHA:calls=1,usec=7\r\n";

    [Fact]
    public void CommandStats_Parse_ReadsCallsPerCommand_AndIgnoresOtherLines()
    {
        var calls = CommandStats.Parse(Before);

        Assert.Equal(new Dictionary<string, long> { ["hget"] = 10, ["info"] = 3, ["exec"] = 2 }, calls);
    }

    [Fact]
    public void CommandStats_Delta_LeavesOutTheInfoCallItself_AndCommandsThatDidNotMove()
    {
        var delta = CommandStats.Delta(CommandStats.Parse(Before), CommandStats.Parse(After));

        Assert.Equal(new Dictionary<string, long> { ["evalsha"] = 1, ["hget"] = 6 }, delta);
    }

    [Fact]
    public void CommandStats_Field_ReadsAnInfoValue()
    {
        Assert.Equal("7.0.15", CommandStats.Field("# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n", "redis_version"));
        Assert.Null(CommandStats.Field("# Server\r\n", "redis_version"));
    }

    [Fact]
    public void MarkdownTable_WritesHeaderSeparatorAndRows_EscapingPipesAndFormattingNumbers()
    {
        var table = new MarkdownTable("store", "turns/s", "p99 ms", "count")
            .Row("redis|garnet", 1234.567, 0.456, 12_000L)
            .Row("garnet", 12.345, null, 3);

        Assert.Equal(
            "| store | turns/s | p99 ms | count |\n|---|---|---|---|\n| redis\\|garnet | 1,235 | 0.46 | 12,000 |\n| garnet | 12.3 | — | 3 |\n",
            table.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MarkdownTable_ARowOfTheWrongWidth_IsABug()
    {
        Assert.Throws<ArgumentException>(() => new MarkdownTable("a", "b").Row(1));
    }

    [Fact]
    public void RedisBenchmark_RequestsPerSecond_ReadsTheSetLine()
    {
        Assert.Equal(186567.16, BulkBench.RequestsPerSecond("SET: rps=0.0 (overall: nan) avg_msec=nan\rSET: 186567.16 requests per second, p50=0.191 msec\n"));
        Assert.Null(BulkBench.RequestsPerSecond("ERR unknown command"));
    }

    [Fact]
    public void Options_SmokeRun_WritesToATemporaryDirectory_NeverToTheRepositoryReport()
    {
        var smoke = BenchOptions.Parse(["all", "--smoke", "--store", "redis"], "/repo");
        var full = BenchOptions.Parse([], "/repo");

        Assert.False(smoke.WritesRepositoryReport);
        Assert.NotEqual("/repo", smoke.OutputDirectory);
        Assert.Equal(["redis"], smoke.Stores);
        Assert.True(full.WritesRepositoryReport);
        Assert.Equal(("/repo", "dotnet run -c Release --project bench -- all"), (full.OutputDirectory, full.CommandLine));
        Assert.Throws<BenchException>(() => BenchOptions.Parse(["p9"], "/repo"));
    }

    [Fact]
    public void Options_LargeTenantSizes_ReadThousands_AndPartsSixAndSevenRunOnlyWhenNamed()
    {
        var p6 = BenchOptions.Parse(["p6", "--sizes", "1k,10k,200000", "--store", "redis"], "/repo");
        var p7 = BenchOptions.Parse(["p7", "--tenants", "50"], "/repo");
        var all = BenchOptions.Parse(["all"], "/repo");

        Assert.Equal([1000, 10_000, 200_000], p6.Sizes.LargeTenants);
        Assert.False(p6.WritesRepositoryReport);
        Assert.Equal(50, p7.Sizes.ManyTenants);
        Assert.True(p6.Runs("p6") && p7.Runs("p7"));
        Assert.False(all.Runs("p6") || all.Runs("p7"));
        Assert.True(all.Runs("p3"));
        Assert.Throws<BenchException>(() => BenchOptions.Parse(["p6", "--sizes", "10x"], "/repo"));
        Assert.Throws<BenchException>(() => BenchOptions.Parse(["p7", "--tenants", "1,2"], "/repo"));
        var fewer = BenchOptions.Parse(["p6", "--sizes", "200k", "--samples", "20"], "/repo");
        Assert.Equal((20, 200, false), (fewer.Sizes.LargeSamples, p6.Sizes.LargeSamples, fewer.WritesRepositoryReport));
        Assert.Throws<BenchException>(() => BenchOptions.Parse(["p6", "--samples", "1,2"], "/repo"));
    }

    [Fact]
    public void LargeTenantReport_RatioOfTheP99s_AndSizesInThousands()
    {
        var small = new LatencySummary("search", 200, 1, 2, 4, 5);
        var large = new LatencySummary("search", 200, 2, 5, 9, 12);

        Assert.Equal(2.25, LargeTenantReport.Ratio(large, small));
        Assert.True(double.IsNaN(LargeTenantReport.Ratio(null, small)));
        Assert.Equal(("1k", "200k", "1,500"), (LargeTenantReport.Size(1000), LargeTenantReport.Size(200_000), LargeTenantReport.Size(1500)));
    }

    [Fact]
    public void RedisCluster_TenantOf_ReadsTheHashTag()
    {
        Assert.Equal("tenant-0042", RedisCluster.TenantOf("many1a2b3c4d:{t:tenant-0042}:numbers"));
        Assert.Null(RedisCluster.TenantOf("many1a2b3c4d:outbox"));
    }

    [Fact]
    public void SlotCheck_SaysWhetherEveryTenantStaysInOneSlot()
    {
        var nodes = new Dictionary<string, int> { ["127.0.0.1:6470"] = 10, ["127.0.0.1:6471"] = 12 };
        var tenants = new Dictionary<string, int> { ["127.0.0.1:6470"] = 1, ["127.0.0.1:6471"] = 1 };

        Assert.EndsWith("every tenant's keys in one slot", new SlotCheck(2, 22, 0, 2, nodes, tenants).ToString());
        Assert.EndsWith("**1 tenants' keys span more than one slot**", new SlotCheck(2, 22, 1, 3, nodes, tenants).ToString());
    }

    [Fact]
    public void TurnClient_Message_NamesTheTenantAsTeamsDoes_OnlyWhenGiven()
    {
        var named = TurnClient.Message("user", "hi", "conversation", tenant: "tenant-0001");
        var unnamed = TurnClient.Message("user", "hi", "conversation");

        Assert.Equal("tenant-0001", (string?)named["conversation"]!["tenantId"]);
        Assert.Equal("tenant-0001", (string?)named["channelData"]!["tenant"]!["id"]);
        Assert.Null(unnamed["conversation"]!["tenantId"]);
        Assert.Null(unnamed["channelData"]);
    }

    [Fact]
    public void CpuUse_Busy_CountsUserToStealButNotIdleOrIowait()
    {
        Assert.Equal(TimeSpan.FromSeconds(21), CpuUse.Busy("cpu  1000 100 500 90000 4000 200 200 100 0 0"));
        Assert.Null(CpuUse.Busy("cpu0 1 2 3 4 5 6 7 8"));
    }

    [Fact]
    public void LogTicks_CoverTheValues_OneTwoFivePerDecade()
    {
        Assert.Equal([2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000], Plots.LogTicks(3.1, 1800));
        Assert.Equal([0.5, 1, 2], Plots.LogTicks(0.9, 1.1));
    }

    [Fact]
    public void ALoadThatRecordedNothing_SummarisesAsNoTurns_InsteadOfFailingTheRun()
    {
        // A scenario that runs out of work before its run starts (every seeded person already holds a number) records nothing.
        var (all, perLabel) = Recorder.Merge([new Recorder()]);

        Assert.Equal(("all", 0L, 0.0, 0.0), (all.Label, all.Count, all.P50, all.P99));
        Assert.Empty(perLabel);
    }
}
