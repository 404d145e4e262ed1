Console.Error.WriteLine("triangulate: not yet wired");
return 2;
