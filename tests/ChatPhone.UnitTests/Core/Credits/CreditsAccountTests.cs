using ChatPhone.Core.Credits;

namespace ChatPhone.UnitTests.Core.Credits;

public sealed class CreditsAccountTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ExpiryOf_IsTwelveCalendarMonthsLater() =>
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero), CreditsAccount.ExpiryOf(Start));

    [Fact]
    public void Fund_AddsALotWithASequentialIdAndItsExpiry()
    {
        var account = CreditsAccount.Empty.Fund(20m, Start, LotSource.Purchase).Fund(30m, Start.AddDays(1), LotSource.AutoRecharge);

        Assert.Equal(["lot-1", "lot-2"], account.Lots.Select(l => l.Id));
        Assert.Equal(new CreditLot("lot-2", 30m, 30m, Start.AddDays(1), Start.AddDays(1).AddMonths(12), LotSource.AutoRecharge), account.Lots[1]);
        Assert.Equal(50m, account.Balance(Start.AddDays(2)));
    }

    [Fact]
    public void Balance_JustBeforeAndAtExpiry_CountsThenDropsTheLot()
    {
        var account = CreditsAccount.Empty.Fund(25m, Start, LotSource.Purchase);
        var expiry = CreditsAccount.ExpiryOf(Start);

        Assert.Equal(25m, account.Balance(expiry.AddTicks(-1)));
        Assert.True(account.HasPositiveBalance(expiry.AddTicks(-1)));
        Assert.Equal(0m, account.Balance(expiry));
        Assert.Equal(25m, account.ExpiredAmount(expiry));
        Assert.False(account.HasPositiveBalance(expiry));
    }

    [Fact]
    public void Debit_SpendsTheOldestUnexpiredLotFirst()
    {
        var account = CreditsAccount.Empty
            .Fund(20m, Start, LotSource.Purchase)
            .Fund(50m, Start.AddMonths(3), LotSource.Purchase);

        var (after, unpaid) = account.Debit(30m, Start.AddMonths(4));

        Assert.Equal(0m, unpaid);
        Assert.Equal([0m, 40m], after.Lots.Select(l => l.Remaining));
    }

    [Fact]
    public void Debit_SkipsExpiredLots_AndReportsWhatCouldNotBePaid()
    {
        var account = CreditsAccount.Empty
            .Fund(20m, Start, LotSource.Purchase)
            .Fund(20m, Start.AddMonths(6), LotSource.Purchase);

        var (after, unpaid) = account.Debit(25m, Start.AddMonths(13));

        Assert.Equal(5m, unpaid);
        Assert.Equal([20m, 0m], after.Lots.Select(l => l.Remaining));
        Assert.Equal(20m, after.ExpiredAmount(Start.AddMonths(13)));
    }

    [Fact]
    public void Debit_Zero_ChangesNothing()
    {
        var account = CreditsAccount.Empty.Fund(20m, Start, LotSource.Purchase);

        var (after, unpaid) = account.Debit(0m, Start);

        Assert.Equal(0m, unpaid);
        Assert.Equal(account.Lots, after.Lots);
    }
}
