namespace ChatPhone.Graph.Tests;

public sealed class GraphOptionsValidatorTests
{
    private static GraphOptions Valid() =>
        new() { TenantId = "contoso.onmicrosoft.com", ClientId = "5f1e3c7a-0000-4000-8000-00000000c0de", ClientSecret = "s" };

    [Fact]
    public void Validate_SecretOrCertificateApp_Passes()
    {
        var certificate = Path.GetTempFileName();
        try
        {
            Assert.True(new GraphOptionsValidator().Validate(null, Valid()).Succeeded);
            Assert.True(new GraphOptionsValidator().Validate(null, new GraphOptions
            {
                TenantId = Guid.NewGuid().ToString(), ClientId = Guid.NewGuid().ToString(), CertificatePath = certificate,
            }).Succeeded);
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    public static TheoryData<string, Action<GraphOptions>> Invalid => new()
    {
        { "Graph:ClientSecret and Graph:CertificatePath", o => o.CertificatePath = "/etc/hostname" },
        { "Graph:ClientSecret and Graph:CertificatePath", o => o.ClientSecret = null },
        { "Graph:CertificatePath names no readable file", o => (o.ClientSecret, o.CertificatePath) = (null, "/nowhere/app.pfx") },
        { "Graph:TenantId", o => o.TenantId = "contoso" },
        { "Graph:BaseUrl", o => o.BaseUrl = "http://graph.microsoft.com/v1.0" },
        { "Graph:MaxAttempts", o => o.MaxAttempts = 0 },
        { "Graph:NumberPageSize", o => o.NumberPageSize = 1001 },
        { "Graph:FirstRetryDelay", o => o.MaxRetryDelay = TimeSpan.FromMilliseconds(10) },
        { "Graph:OperationPollInterval", o => o.OperationPollInterval = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_WrongSetting_FailsNamingIt(string named, Action<GraphOptions> spoil)
    {
        var options = Valid();
        spoil(options);

        var result = new GraphOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }
}
