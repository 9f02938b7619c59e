using NewsLingo.BareServer;

// Same host defaults as NewsLingo (WebApplication, Kestrel h2c, the same log levels from
// appsettings.json) so the load test's difference is NewsLingo's own work, not the host's.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc();

var app = builder.Build();
app.MapGrpcService<BareTranslationService>();
app.Run();
