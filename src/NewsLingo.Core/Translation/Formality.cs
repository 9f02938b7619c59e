namespace NewsLingo.Core.Translation;

/// <summary>Register requested for the translation; backends that cannot honour it ignore it.</summary>
public enum Formality
{
    Default = 0,
    Formal = 1,
    Informal = 2,
}
