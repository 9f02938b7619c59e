using NewsLingo.Server.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsLingo();

var app = builder.Build();
app.MapNewsLingo();
app.Run();
