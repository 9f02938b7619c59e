// WebApplicationFactory<Program> needs a public type from this assembly to find its entry point;
// top-level statements make Program internal, so the tests' host reaches it through this declaration.
public partial class Program
{
}
