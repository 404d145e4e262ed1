using System.Text;

namespace Triangulate.Tests.Support;

/// <summary>A folder of its own under the temporary directory for one test class, deleted afterwards; files are
/// written by path relative to it.</summary>
public abstract class TempFolder : IDisposable
{
    protected TempFolder(string prefix)
    {
        Dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    protected string Dir { get; }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    protected string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));
}
